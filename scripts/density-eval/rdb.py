import zlib,struct,sys,bz2,lzma
def blobs(path):
    b=open(path,'rb').read(); i=0; out=[]
    while i<len(b)-5:
        n=struct.unpack('>I',b[i:i+4])[0]
        t=b[i+4:i+5]
        for skip,dec in ((4,lambda x:zlib.decompressobj().decompress(x)),(5,None)):
            pass
        # try zlib directly after length
        try:
            d=zlib.decompressobj(); data=d.decompress(b[i+4:]); used=len(b[i+4:])-len(d.unused_data)
            out.append(data); i=i+4+used; continue
        except Exception: pass
        try:
            if t==b'Z': d=zlib.decompressobj(); data=d.decompress(b[i+5:]); used=len(b[i+5:])-len(d.unused_data)
            elif t==b'2': d=bz2.BZ2Decompressor(); data=d.decompress(b[i+5:]); used=len(b[i+5:])-len(d.unused_data)
            elif t==b'X': d=lzma.LZMADecompressor(); data=d.decompress(b[i+5:]); used=len(b[i+5:])-len(d.unused_data)
            else: raise Exception
            out.append(data); i=i+5+used; continue
        except Exception as e: i+=1
    return out
def strings(data):
    """extract CHARSXP strings from XDR serialization (heuristic)"""
    res=[];i=0;L=len(data)
    while i<L-8:
        flags=struct.unpack('>I',data[i:i+4])[0]
        if flags&0xff==9 and flags>>12 in (0,1,2,4,8,0x40//1,): 
            n=struct.unpack('>i',data[i+4:i+8])[0]
            if n==-1: res.append(None); i+=8; continue
            if 0<=n<100000 and i+8+n<=L:
                res.append(data[i+8:i+8+n].decode('utf-8','replace')); i+=8+n; continue
        i+=1
    return res
