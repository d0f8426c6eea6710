"""Writes <language>.tsv from GNOME help pages (Mallard XML): every <p> of three words or more, as
"app/page<TAB>text", whitespace collapsed. The source folder of English is C."""
import os
import re
import sys
import xml.etree.ElementTree as ET

root, langs = sys.argv[1], sys.argv[2:]
for lang in langs:
    src = os.path.join(root, 'C' if lang == 'en' else lang)
    n = 0
    with open(f'{lang}.tsv', 'w', encoding='utf-8') as out:
        for app in sorted(os.listdir(src)):
            for f in sorted(os.listdir(os.path.join(src, app))):
                if not f.endswith('.page'):
                    continue
                try:
                    tree = ET.parse(os.path.join(src, app, f))
                except ET.ParseError:
                    continue
                for el in tree.iter():
                    if el.tag.split('}')[-1] == 'p':
                        text = re.sub(r'\s+', ' ', ''.join(el.itertext())).strip()
                        if len(text.split()) >= 3:
                            out.write(f'{app}/{f}\t{text}\n')
                            n += 1
    print(lang, n, 'paragraphs')
