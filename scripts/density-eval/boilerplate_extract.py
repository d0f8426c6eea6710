import json,re,os,glob,gettext,yaml,html
B='/tmp/bpsrc'
out={}
def add(src,key,en,ru):
    out.setdefault(src,[]).append({'key':key,'en':en,'ru':ru})
def flat(d,p=''):
    r={}
    if isinstance(d,dict):
        for k,v in d.items(): r.update(flat(v,f'{p}.{k}' if p else str(k)))
    elif isinstance(d,str): r[p]=d
    return r
# 1 ghost
for f in glob.glob(f'{B}/ghost/i18n/package/locales/ru/*.json'):
    for k,v in json.load(open(f)).items():
        if v: add('ghost-i18n',os.path.basename(f)[:-5]+':'+k,k,v)
# 2 nodebb
for f in glob.glob(f'{B}/nodebb-1.4.0/package/public/language/ru/*.json'):
    ru=json.load(open(f)); en=json.load(open(f.replace('/ru/','/en-GB/')))
    for k in en:
        if ru.get(k): add('nodebb',os.path.basename(f)[:-5]+':'+k,en[k],ru[k])
# 3 cookie-bar html: align text nodes
def texts(p):
    t=open(p,encoding='utf-8').read()
    t=re.sub(r'<!--.*?-->','',t,flags=re.S)
    t=re.sub(r'<a[^>]*class=\'(chrome|firefox|ie|opera|safari)\'.*?</a>','',t,flags=re.S)
    # split on block-ish tags
    parts=re.split(r'<br>|<hr>|<p>|</p>|<div[^>]*>|</div>|<label[^>]*>|</label>|<button[^>]*>|</button>|<i [^>]*>|</i>|<a [^>]*id="cookie-bar-[a-z-]*"[^>]*>|</a>(?=\s*<a)',t)
    res=[]
    for s in parts:
        s=html.unescape(re.sub(r'<[^>]+>','',s)); s=' '.join(s.split())
        if s and re.search(r'\w',s): res.append(s)
    return res
en=texts(f'{B}/cookie-bar-1.10.3/package/lang/en.html'); ru=texts(f'{B}/cookie-bar-1.10.3/package/lang/ru.html')
print('cookie-bar aligned',len(en),len(ru))
for i,(a,b) in enumerate(zip(en,ru)): add('cookie-bar',str(i),a,b)
# 4 tarteaucitron
def tac(p):
    t=open(p,encoding='utf-8').read()
    t=t[t.index('{'):t.rindex('}')+1]
    t=re.sub(r'//.*','',t); t=re.sub(r',\s*}','}',t)
    return flat(json.loads(t))
en=tac(f'{B}/tarteaucitronjs-1.34.0/package/lang/tarteaucitron.en.js'); ru=tac(f'{B}/tarteaucitronjs-1.34.0/package/lang/tarteaucitron.ru.js')
for k in en:
    if ru.get(k): add('tarteaucitron',k,en[k],ru[k])
# 5 klaro / orejime? klaro only
en=flat(yaml.safe_load(open(f'{B}/klaro-0.7.22/package/src/translations/en.yml'))); ru=flat(yaml.safe_load(open(f'{B}/klaro-0.7.22/package/src/translations/ru.yml')))
for k in en:
    if ru.get(k): add('klaro',k,en[k],ru[k])
# 6 wordpress
for f in ['ru_RU','admin-ru_RU']:
    t=gettext.GNUTranslations(open(f'{B}/deb/x_wordpress-l10n/usr/share/wordpress/wp-content/languages/{f}.mo','rb'))
    for k,v in t._catalog.items():
        if isinstance(k,tuple): 
            if k[1]!=0: continue
            k=k[0]
        if k and v: add('wordpress-'+f,'',k.split('\x04')[-1],v)
# 7 mediawiki core
mw=f'{B}/deb/x_mediawiki/usr/share/mediawiki/languages/i18n/'
en=json.load(open(mw+'en.json')); ru=json.load(open(mw+'ru.json'))
for k in en:
    if k!='@metadata' and ru.get(k): add('mediawiki-core',k,en[k],ru[k])
# 8 dokuwiki
dw=f'{B}/deb/x_dokuwiki/usr/share/dokuwiki/inc/lang/'
def php(p):
    t=open(p,encoding='utf-8').read(); r={}
    for m in re.finditer(r"\$lang\[(['\"])(.+?)\1\]\s*=\s*'((?:[^'\\]|\\.)*)'\s*;",t): r[m.group(2)]=m.group(3).replace("\\'","'")
    for m in re.finditer(r"\$lang\[(['\"])(.+?)\1\]\s*=\s*\"((?:[^\"\\]|\\.)*)\"\s*;",t): r[m.group(2)]=m.group(3)
    return r
en=php(dw+'en/lang.php'); ru=php(dw+'ru/lang.php')
for k in en:
    if ru.get(k): add('dokuwiki',k,en[k],ru[k])
for f in glob.glob(dw+'ru/*.txt'):
    b=os.path.basename(f)
    if b=='stopwords.txt' or not os.path.exists(dw+'en/'+b): continue
    add('dokuwiki-txt',b,open(dw+'en/'+b).read(),open(f).read())
# 9 allauth
t=gettext.GNUTranslations(open(glob.glob(f'{B}/deb/x_python3-django-allauth/usr/lib/python3/dist-packages/allauth/locale/ru/LC_MESSAGES/django.mo')[0],'rb'))
for k,v in t._catalog.items():
    if isinstance(k,tuple):
        if k[1]!=0: continue
        k=k[0]
    if k and v: add('django-allauth','',k,v)
# 10 waline
m=json.load(open(f'{B}/waline-client-3.13.0/package/dist/waline.js.map'))
def arr(suffix):
    i=[i for i,s in enumerate(m['sources']) if s.endswith(suffix)][0]
    body=m['sourcesContent'][i]; body=body[body.index('['):body.rindex(']')+1]
    return json.loads(re.sub(r",\s*\]",']',body.replace("\\'","\u2019").replace("'",'"')))
en=arr('/en.ts'); ru=arr('/ru.ts')
for i,(a,b) in enumerate(zip(en,ru)):
    if a!=b: add('waline',str(i),a,b)
def clean(s):
    s=re.sub(r'<[^>]+>',' ',s); s=re.sub(r'\{\{[^}]*\}\}|\{[^}]*\}|%\d\$s|%[sd]|%\d|\$\d|%%|\[\[|\]\]|[=*/]{2,}',' ',s)
    return s
def nw(s): return len(re.findall(r'\w+',clean(s)))
summ={}
for src,rows in out.items():
    for r in rows: r['en_w']=nw(r['en']); r['ru_w']=nw(r['ru'])
    with open(f'{B}/out/{src}.jsonl','w') as fo:
        for r in rows: fo.write(json.dumps(r,ensure_ascii=False)+'\n')
    summ[src]=dict(pairs=len(rows),short_en=sum(r['en_w']<=4 for r in rows),short_ru=sum(r['ru_w']<=4 for r in rows),sent_en=sum(r['en_w']>=8 for r in rows),sent_ru=sum(r['ru_w']>=8 for r in rows))
for k,v in summ.items(): print(f'{k:22s}',v)
# hexo themes
out2={}
for th in ['hexo-theme-next-8.29.0','hexo-theme-icarus-6.1.1','hexo-theme-fluid-1.9.9']:
    L=f'{B}/{th}/package/languages/'
    en=flat(yaml.safe_load(open(L+'en.yml'))); ru=flat(yaml.safe_load(open(L+'ru.yml')))
    rows=[{'key':k,'en':en[k],'ru':ru[k]} for k in en if ru.get(k) and isinstance(ru[k],str)]
    for r in rows: r['en_w']=nw(r['en']); r['ru_w']=nw(r['ru'])
    with open(f'{B}/out/{th}.jsonl','w') as fo:
        for r in rows: fo.write(json.dumps(r,ensure_ascii=False)+'\n')
    print(th,dict(pairs=len(rows),short_en=sum(r['en_w']<=4 for r in rows),short_ru=sum(r['ru_w']<=4 for r in rows),sent_en=sum(r['en_w']>=8 for r in rows),sent_ru=sum(r['ru_w']>=8 for r in rows)))
