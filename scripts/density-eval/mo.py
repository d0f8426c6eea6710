import struct,sys
def read_mo(path):
    b=open(path,'rb').read()
    magic=struct.unpack('<I',b[:4])[0]
    e='<' if magic==0x950412de else '>'
    _,n,oo,to=struct.unpack(e+'4I',b[4:20])
    out=[]
    for i in range(n):
        l,o=struct.unpack(e+'2I',b[oo+8*i:oo+8*i+8]); k=b[o:o+l]
        l,o=struct.unpack(e+'2I',b[to+8*i:to+8*i+8]); v=b[o:o+l]
        k=k.decode('utf-8','replace'); v=v.decode('utf-8','replace')
        if '\x04' in k: ctx,k=k.split('\x04',1)
        out.append((k.split('\x00')[0],v.split('\x00')[0]))
    return out
