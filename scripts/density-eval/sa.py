import email,email.policy,os,re,sys,json,html
sys.path.insert(0,'/tmp/evalsrc/tools'); from paras import cyr
def body(msg):
    parts=[]
    for p in msg.walk():
        if p.get_content_maintype()!='text': continue
        try: t=p.get_content()
        except Exception:
            pl=p.get_payload(decode=True) or b''; cs=p.get_content_charset() or 'latin-1'
            try: t=pl.decode(cs,'replace')
            except LookupError: t=pl.decode('latin-1','replace')
        if p.get_content_subtype()=='html':
            t=re.sub(r'(?is)<(script|style).*?</\1>',' ',t); t=re.sub(r'<[^>]+>',' ',t); t=html.unescape(t)
        parts.append(t)
    return '\n'.join(parts)
base=sys.argv[1]; out=open(sys.argv[2],'w')
for d in sorted(os.listdir(base)):
    p=os.path.join(base,d)
    if not os.path.isdir(p): continue
    n=0;n40=0;ncyr=0
    for f in sorted(os.listdir(p)):
        if not f.endswith('.txt'): continue
        msg=email.message_from_bytes(open(os.path.join(p,f),'rb').read(),policy=email.policy.default)
        b=body(msg); txt=' '.join(b.split()); w=len(txt.split()); n+=1
        c=cyr(txt)
        if c>0.3: ncyr+=1
        if 40<=w: n40+=1
        out.write(json.dumps({'set':d,'file':f,'subject':str(msg.get('subject','')),'words':w,'cyr':round(c,2),'text':txt[:3000]},ensure_ascii=False)+'\n')
    print(d,n,'>=40w',n40,'cyrillic',ncyr)
