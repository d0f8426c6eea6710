#!/usr/bin/env python3
"""Extract paragraphs (<p>, <div class=para>, <paragraph> in xhp) and count 40-200 word ones.
usage: paras.py LANG(ru|en) OUTFILE PATH... ; writes JSONL"""
import sys, os, re, json, gzip
from html.parser import HTMLParser
VOID={'br','img','hr','meta','link','input','col','area','base','wbr','embed','source','ahelp','image','bookmark_value','embedvar','switchinline','caseinline','defaultinline','variable','link'}
class P(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.out=[]; s.stack=[]; s.pstart=None; s.buf=[]; s.skip=0
    def handle_starttag(s,t,a):
        if t in VOID:
            if t=='br' and s.pstart is not None: s.buf.append(' ')
            return
        s.stack.append(t)
        if t in ('script','style','pre') and s.pstart is not None: s.skip+=1; s.stack[-1]='SKIP'
        cls=dict(a).get('class') or ''
        if s.pstart is None and (t=='p' or t=='paragraph' or (t=='div' and 'para' in cls.split())):
            s.pstart=len(s.stack); s.buf=[]
    def handle_startendtag(s,t,a): pass
    def handle_endtag(s,t):
        if t in VOID: return
        # pop to matching
        for i in range(len(s.stack)-1,-1,-1):
            if s.stack[i]==t or (s.stack[i]=='SKIP' and t in ('script','style','pre')):
                while len(s.stack)>i:
                    x=s.stack.pop()
                    if x=='SKIP': s.skip-=1
                    if s.pstart is not None and len(s.stack)<s.pstart:
                        s.out.append(''.join(s.buf)); s.pstart=None
                break
    def handle_data(s,d):
        if s.pstart is not None and not s.skip: s.buf.append(d)
def cyr(t):
    L=[c for c in t if c.isalpha()]
    return sum(1 for c in L if '\u0400'<=c<='\u04ff')/max(1,len(L))
if __name__=='__main__':
    lang=sys.argv[1]; out=open(sys.argv[2],'w'); files=[]
    for p in sys.argv[3:]:
        if os.path.isdir(p):
            for r,d,fs in os.walk(p):
                for f in fs: files.append(os.path.join(r,f))
        else: files.append(p)
    n=0; nf=0; tot=0
    for f in sorted(files):
        if not re.search(r'\.(x?html?|xhp|docbook|xml|page)(\.gz)?$',f): continue
        raw=(gzip.open if f.endswith('.gz') else open)(f,'rb').read().decode('utf-8','replace')
        pp=P(); pp.feed(raw); k=0
        for t in pp.out:
            t=re.sub(r'\s+',' ',t).strip(); tot+=1
            w=len(t.split())
            if not 40<=w<=200: continue
            c=cyr(t)
            if lang=='ru' and c<0.7: continue
            if lang=='en' and c>0.0: continue
            out.write(json.dumps({'file':f,'words':w,'text':t},ensure_ascii=False)+'\n'); n+=1; k+=1
        if k: nf+=1
    print(f"paras_total={tot} usable_40_200={n} files_with_usable={nf}")
