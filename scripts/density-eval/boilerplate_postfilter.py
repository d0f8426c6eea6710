# run after extract.py: drop untranslated rows (no Cyrillic in ru) and print summary
import json,glob,re
cyr=re.compile('[\u0400-\u04FF]')
for f in sorted(glob.glob('/tmp/bpsrc/out/*.jsonl')):
    rows=[json.loads(l) for l in open(f)]
    rows=[r for r in rows if cyr.search(r['ru']) and r['en'].strip()]
    open(f,'w').write(''.join(json.dumps(r,ensure_ascii=False)+'\n' for r in rows))
    print(f, len(rows), 'sent_ru>=8:', sum(r['ru_w']>=8 for r in rows), 'sent_en>=8:', sum(r['en_w']>=8 for r in rows))
