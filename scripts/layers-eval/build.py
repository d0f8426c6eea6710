#!/usr/bin/env python3
"""Builds eval/layers/{en,ru}.tsv from the packages that fetch.sh downloads (Debian bookworm and npm).

Every passage is real public text written by others (see eval/layers/SOURCES.md), of four kinds that are the same
in both languages:
    guide      how-to and administration prose (Debian Administrator's Handbook, GNOME help; a page = a document)
    reference  manual pages (Linux man-pages project, English original and Russian translation; a page = a document)
    story      narration and dialogue (Wesnoth campaign scenarios; English also Austen and Moby-Dick chapters)
    history    encyclopedic history of peoples (Freeciv's nation legends, 7 nations of one region = a document)
One line a passage, in document order:  split TAB kind TAB document TAB text  (newlines in text written as \\n).
The split (tune or test) goes by document, a stable hash of its name, so no document straddles it; a document
that exists in both languages has the same name and split in both. Deterministic: same packages, same files.

usage: build.py SRC OUT     (SRC: fetch.sh's folder, OUT: eval/layers)
"""
import glob
import gzip
import hashlib
import html
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'density-eval'))
import mo      # noqa: E402  (reads gettext .mo files)
import paras   # noqa: E402  (HTML/XML paragraph extractor)
import rdb     # noqa: E402  (strings of R's lazy-load databases)

MIN_WORDS, MERGE_WORDS, MAX_WORDS = 30, 120, 250   # a passage: 30..250 words; short paragraphs merged up to 120
MAX_PASSAGES = 15                                 # the first passages of a document, at most
MIN_PASSAGES = 3                                  # fewer makes no document (2 where < ENOUGH_DOCS have 3)
DOCS_PER_KIND = 80                                # at most, per kind and language
ENOUGH_DOCS = 50
MIN_COVERAGE = 0.67                               # of a document's paragraphs in the language


def h(s):
    return int(hashlib.md5(s.encode('utf-8')).hexdigest(), 16)


def split_of(doc):
    return 'tune' if h(doc) % 5 < 2 else 'test'


def cyr(t):
    letters = [c for c in t if c.isalpha()]
    return sum('\u0400' <= c <= '\u04ff' for c in letters) / max(1, len(letters))


def nwords(t):
    return len(t.split())


LICENCE = re.compile(r'GNU General Public|GNU Free Documentation|Free Software Foundation|Creative Commons|'
                     r'Permission is granted|WITHOUT ANY WARRANTY|This program is free software|'
                     r'лицензи[яиюей] GNU|Стандартн\w+ общественн\w+ лицензи|GNU GPL', re.I)
END = ('.', '!', '?', ':', ';', '…', ',')


def clean(t):
    """Whitespace of each line collapsed (a paragraph may keep line breaks: a man page's tag above its text)."""
    t = html.unescape(t).replace('\u00a0', ' ').replace('\u00ad', '')
    lines = [re.sub(r'\s+', ' ', l).strip() for l in t.split('\n')]
    return '\n'.join(l for l in lines if l)


def prose(t, lang):
    """Whether a paragraph is running text of the language: not markup, code, a table row, a licence or a heading."""
    if not t:
        return False
    chars = [c for c in t if not c.isspace()]
    if sum(c.isalpha() for c in chars) < 0.6 * len(chars):
        return False
    if sum(c in '{}[];=<>|\\$#*_/' for c in chars) > 0.08 * len(chars):
        return False
    if LICENCE.search(t):
        return False
    if nwords(t) <= 10 and not t.rstrip('"\')»”] ').endswith(END):
        return False   # a heading, a caption, a label
    c = cyr(t)
    return c >= 0.5 if lang == 'ru' else c == 0


SENT = re.compile(r'(?<=[.!?…])\s+(?=["«“(—–-]?[A-ZА-ЯЁ0-9])')


def pieces(t):
    """A paragraph over MAX_WORDS split at sentence ends into pieces near MERGE_WORDS (a sentence over MAX_WORDS: dropped)."""
    if nwords(t) <= MAX_WORDS:
        return [t]
    out, cur = [], []
    for s in SENT.split(t):
        if nwords(s) > MAX_WORDS:
            if cur:
                out.append(' '.join(cur))
            cur = []
            continue
        if cur and nwords(' '.join(cur + [s])) > MERGE_WORDS + 40:
            out.append(' '.join(cur))
            cur = []
        cur.append(s)
    if cur:
        out.append(' '.join(cur))
    return out


def passages(paragraphs, lang):
    """Paragraphs of one document (in order) to its passages: prose of the language only; short neighbours merged up
    to MERGE_WORDS, never across a paragraph left untranslated (prose of the other language, or missing: '').
    Returns (passages, the share of the document's prose paragraphs that are in the language)."""
    other = 'en' if lang == 'ru' else 'ru'
    out, buf, bw, mine, theirs = [], [], 0, 0, 0

    def flush():
        if bw >= MIN_WORDS:
            out.append('\n'.join(buf))
    for p in paragraphs:
        p = clean(p)
        if not prose(p, lang):
            if not p or prose(p, other):
                theirs += 1
                flush()
                buf, bw = [], 0
            continue
        mine += 1
        for q in pieces(p):
            w = nwords(q)
            if buf and ((bw >= MIN_WORDS and bw + w > MERGE_WORDS) or bw + w > MAX_WORDS):
                flush()
                buf, bw = [], 0
            buf.append(q)
            bw += w
    flush()
    return out[:MAX_PASSAGES], mine / max(1, mine + theirs)


def html_paras(path):
    raw = (gzip.open if path.endswith('.gz') else open)(path, 'rb').read().decode('utf-8', 'replace')
    p = paras.P()
    p.feed(raw)
    return [' '.join(t.split()) for t in p.out]   # line breaks of the source are no breaks of the text


X = None  # SRC/x


# ---- guide: Debian Administrator's Handbook and GNOME help -----------------------------------------------------
HANDBOOK_SKIP_CHAPTERS = {'the-debian-project', 'case-study', 'conclusion', 'derivative-distributions', 'foreword',
                          'preface'}  # about the Debian project, the book or other distributions: no how-to


def handbook(lang):
    base = os.path.join(X, 'debian-handbook/usr/share/doc/debian-handbook/html', {'en': 'en-US', 'ru': 'ru-RU'}[lang])
    toc = open(os.path.join(base, 'index.html'), encoding='utf-8').read()
    chapter, pages = None, []
    for href in re.findall(r'href="([^"#]+)\.html', toc):
        if not href.startswith('sect.'):
            chapter = href
        if chapter not in HANDBOOK_SKIP_CHAPTERS and href != 'index' and href not in pages:
            pages.append(href)
    return {'debian-handbook:' + pg: html_paras(os.path.join(base, pg + '.html')) for pg in pages
            if os.path.exists(os.path.join(base, pg + '.html'))}


def gnome_help(lang):
    """GNOME help pages (Mallard): what a reader sees: no <info> (credits, licence, link texts) or editors' <comment>s,
    only the default branch of conditional text, key combinations joined by '+', a bare cross reference shown as the
    title of the page it points to."""
    base = os.path.join(X, 'gnome-user-docs/usr/share/help', {'en': 'C', 'ru': 'ru'}[lang], 'gnome-help')
    pages, titles = {}, {}
    for f in sorted(glob.glob(base + '/*.page')):
        raw = open(f, encoding='utf-8').read()
        page = os.path.basename(f)[:-5]
        info = re.search(r'<info>.*?</info>', raw, re.S)
        link = re.search(r'<title type="link"[^>]*>(.*?)</title>', info.group(0), re.S) if info else None
        body = raw[info.end():] if info else raw
        title = link or re.search(r'<title[^>]*>(.*?)</title>', body, re.S)
        titles[page] = re.sub(r'<[^>]+>', '', title.group(1)).strip() if title else ''
        body = re.sub(r'<comment>.*?</comment>|<if:when\b.*?</if:when>', '', body, flags=re.S)
        pages[page] = re.sub(r'</key>\s*<key>', '</key>+<key>', body)
    docs = {}
    for page, body in pages.items():
        body = re.sub(r'<link\s+xref="([^"#]*)[^"]*"\s*/>', lambda m: html.escape(titles.get(m.group(1), '')), body)
        p = paras.P()
        p.feed(body)
        docs['gnome-help:' + page] = [' '.join(t.split()) for t in p.out]
    return docs


# ---- reference: manual pages -----------------------------------------------------------------------------------
MAN_SKIP = {'NAME', 'SYNOPSIS', 'SEE ALSO', 'AUTHOR', 'AUTHORS', 'COPYRIGHT', 'LICENSE', 'STANDARDS', 'CONFORMING TO',
            'REPORTING BUGS', 'COLOPHON', 'ИМЯ', 'НАЗВАНИЕ', 'СИНТАКСИС', 'ОБЗОР', 'СМ. ТАКЖЕ', 'СМОТРИТЕ ТАКЖЕ', 'ПЕРЕВОД',
            'АВТОР', 'АВТОРЫ', 'АВТОРСКИЕ ПРАВА', 'СТАНДАРТЫ', 'СООТВЕТСТВИЕ СТАНДАРТАМ', 'ИНФОРМАЦИЯ ОБ ОШИБКАХ'}


def man_paras(path):
    """A man page rendered by groff to plain text (one line a filled paragraph); the paragraphs of its descriptive
    sections. A tagged paragraph (.TP) keeps its tag on a line above its text; preformatted blocks (code, tables)
    are left out."""
    raw = gzip.open(path).read().decode('utf-8', 'replace')
    if raw.lstrip().startswith('.so '):
        return []
    r = subprocess.run(['groff', '-t', '-mandoc', '-k', '-Kutf-8', '-Tutf8', '-rLL=20000n', '-rHY=0', '-rcR=1',
                        '-P-c', '-P-b', '-P-u', '-P-o'], input=raw.encode('utf-8'), capture_output=True,
                       env=dict(os.environ, LC_ALL='C.UTF-8'))
    lines = r.stdout.decode('utf-8', 'replace').split('\n')
    nonblank = [i for i, l in enumerate(lines) if l.strip()]
    if len(nonblank) < 3:
        return []
    lines = lines[nonblank[0] + 1:nonblank[-1]]   # no running header and footer
    out, block, section = [], [], ''

    def end_block():
        if not block or section in MAN_SKIP:
            return
        ind = [i for i, _ in block]
        if len(block) == 1:
            out.append(block[0][1])
        else:
            k = 0
            while k < len(block) and ind[k] == ind[0] and nwords(block[k][1]) <= 8:
                k += 1
            if k == len(block) - 1 and ind[-1] > ind[0]:
                out.append('\n'.join(t for _, t in block))   # tag(s) and text
    for l in lines:
        if not l.strip():
            end_block()
            block = []
            continue
        ind = len(l) - len(l.lstrip(' '))
        if ind == 0:
            end_block()
            block = []
            section = l.strip().strip('"').upper()
        elif ind <= 3:
            end_block()
            block = []   # a subsection heading
        else:
            block.append((ind, re.sub(r'\s+', ' ', l.strip())))
    end_block()
    return out


def manpages(lang):
    base = os.path.join(X, 'manpages/usr/share/man') if lang == 'en' else os.path.join(X, 'manpages-ru/usr/share/man/ru')
    docs, seen = {}, set()
    for f in sorted(glob.glob(base + '/man*/*.gz')):
        raw = open(f, 'rb').read()
        if os.path.islink(f) or raw in seen:
            continue   # another name of a page
        seen.add(raw)
        docs['man:' + os.path.basename(f)[:-3]] = man_paras(f)
    return docs


# ---- story: Wesnoth scenarios, Austen's and Melville's chapters --------------------------------------------------
WML = re.compile(r'^\s*(?:message|story)\s*=\s*_\s*"((?:[^"]|"")*)"', re.M)


def wesnoth(lang):
    docs = {}
    for pk in sorted(glob.glob(os.path.join(X, 'wesnoth-1.16-*'))):
        camp = pk.rsplit('-', 1)[1]
        tr = {}
        if lang == 'ru':
            for m in sorted(glob.glob(pk + '/usr/share/games/wesnoth/1.16/locale/ru/LC_MESSAGES/*.mo')):
                tr.update((k, v) for k, v in mo.read_mo(m) if k and v)
        for f in sorted(glob.glob(pk + '/usr/share/games/wesnoth/1.16/data/campaigns/*/scenarios/**/*.cfg',
                                  recursive=True)):
            seen, ps = set(), []
            for m in WML.finditer(open(f, encoding='utf-8').read()):
                s = m.group(1).replace('""', '"')
                if s in seen or '$' in s or '{' in s:
                    continue    # said again in another branch; or with the game's placeholders
                seen.add(s)
                t = s if lang == 'en' else tr.get(s)
                if t:
                    ps.append(re.sub(r'<[^>]+>', '', t))
            docs['wesnoth:%s:%s' % (camp, os.path.basename(f)[:-4])] = ps
    return docs


def austen():
    docs = {}
    path = os.path.join(X, 'r-cran-janeaustenr/usr/lib/R/site-library/janeaustenr/data/Rdata.rdb')
    for blob in rdb.blobs(path):
        lines = [l or '' for l in rdb.strings(blob)]
        book = re.sub(r'\W+', '-', lines[0].strip().lower()).strip('-')
        chap, ps, cur = 0, None, []
        for l in lines + ['']:
            if re.match(r'^\s*(CHAPTER|Chapter) [IVXLC\d]+\.?\s*$', l):
                chap += 1
                ps = docs.setdefault('austen:%s:%03d' % (book, chap), [])
                cur = []
                continue
            if ps is None:
                continue
            if l.strip():
                cur.append(l.strip())
            elif cur:
                if not re.match(r'^(VOLUME|Volume) [IVX]+$|^THE END$|^FINIS$', ' '.join(cur)):
                    ps.append(re.sub(r'_([^_]+)_', r'\1', ' '.join(cur)))   # _emphasis_ of the plain-text edition
                cur = []
    return docs


def moby_dick():
    docs = {}
    for f in glob.glob(os.path.join(os.path.dirname(X), 'npm/moby-dick/package/data/chapter_*.txt')):
        n = int(re.search(r'chapter_(\d+)', f).group(1))
        text = open(f, encoding='utf-8').read().split('\n\n')
        docs['moby-dick:%03d' % n] = [' '.join(p.split()) for p in text[1:]]   # after the chapter's heading
    return dict(sorted(docs.items()))


# ---- history: Freeciv's nation legends ---------------------------------------------------------------------------
REGIONS = ('European', 'Asian', 'African', 'American', 'Oceanian')


def freeciv(lang):
    base = os.path.join(X, 'freeciv-data/usr/share/games/freeciv/nation')
    tr = {k: v for k, v in mo.read_mo(os.path.join(X, 'freeciv-data/usr/share/locale/ru/LC_MESSAGES/freeciv-nations.mo')) if v}
    by_region = {}
    for f in sorted(glob.glob(base + '/*.ruleset')):
        s = open(f, encoding='utf-8').read()
        m = re.search(r'legend\s*=\s*_\("((?:[^"\\]|\\.)*)"\)', s, re.S)
        g = re.search(r'^groups\s*=\s*(.*)$', s, re.M)
        if not m or not m.group(1).strip() or not g:
            continue
        legend = m.group(1).replace('\\\n', '').replace('\\"', '"')
        groups = re.findall(r'"([^"]+)"', g.group(1))
        region = next((r for r in groups if r in REGIONS), 'Other')
        by_region.setdefault(region, []).append(legend)
    docs = {}
    for region in sorted(by_region):
        legends = by_region[region]
        for i in range(0, len(legends), 7):   # 7 nations of one region, by file name: a document
            docs['freeciv-nations:%s:%02d' % (region, i // 7 + 1)] = [
                l if lang == 'en' else tr.get(l, '') for l in legends[i:i + 7]]
    return docs


# ---- assembling ----------------------------------------------------------------------------------------------------
def choose(kind, sources, out):
    """sources, in order: (name, documents by language, most documents to take by language). A document is eligible
    in a language where it makes at least MIN_PASSAGES passages (2 where fewer than ENOUGH_DOCS documents do) and
    at least MIN_COVERAGE of its paragraphs are in the language (translations can be partial). A source takes the same
    number of documents in each language where it can (as many as its scarcest language has eligible), ranked by the
    hash of their names, those eligible in every language of the source first, so the languages share documents;
    a kind takes at most DOCS_PER_KIND documents in all."""
    left = {lang: DOCS_PER_KIND for lang in out}
    for name, docs, quota in sources:
        made = {lang: {d: passages(ps, lang) for d, ps in docs[lang].items()} for lang in docs}
        ok = {}
        for lang in docs:
            for least in (MIN_PASSAGES, 2):
                ok[lang] = [d for d, (ps, cov) in made[lang].items() if len(ps) >= least and cov >= MIN_COVERAGE]
                if len(ok[lang]) >= min(quota[lang], left[lang], ENOUGH_DOCS):
                    break
        scarce = min(len(v) for v in ok.values())
        for lang in docs:
            n = min(quota[lang], left[lang], scarce)
            everywhere = set.intersection(*(set(v) for v in ok.values()))
            ranked = sorted(ok[lang], key=lambda d: (d not in everywhere, h(d)))
            for d in sorted(ranked[:n]):
                for p in made[lang][d][0]:
                    out[lang].append((split_of(d), kind, d, p))
            left[lang] -= n
            print('%s %-9s %-16s %3d documents (%d eligible of %d)' % (lang, kind, name, n, len(ok[lang]),
                                                                       len(made[lang])), file=sys.stderr)


def main():
    global X
    src, outdir = sys.argv[1], sys.argv[2]
    X = os.path.join(src, 'x')
    out = {'en': [], 'ru': []}
    both = ('en', 'ru')
    choose('guide', [('debian-handbook', {l: handbook(l) for l in both}, {'en': 45, 'ru': 45}),
                     ('gnome-help', {l: gnome_help(l) for l in both}, {'en': 80, 'ru': 80})], out)
    choose('reference', [('man-pages', {l: manpages(l) for l in both}, {'en': 80, 'ru': 80})], out)
    choose('story', [('wesnoth', {l: wesnoth(l) for l in both}, {'en': 56, 'ru': 80}),
                     ('austen', {'en': austen()}, {'en': 12}),
                     ('moby-dick', {'en': moby_dick()}, {'en': 12})], out)
    choose('history', [('freeciv-nations', {l: freeciv(l) for l in both}, {'en': 80, 'ru': 80})], out)
    os.makedirs(outdir, exist_ok=True)
    for lang, rows in out.items():
        with open(os.path.join(outdir, lang + '.tsv'), 'w', encoding='utf-8') as f:
            f.write('# split\tkind\tdocument\ttext  (built by scripts/layers-eval/build.py; sources: SOURCES.md)\n')
            seen = set()
            for split, kind, doc, text in rows:
                if text in seen:
                    continue   # the same passage in two documents (none in the bookworm packages)
                seen.add(text)
                f.write('\t'.join([split, kind, doc, text.replace('\t', ' ').replace('\n', '\\n')]) + '\n')


if __name__ == '__main__':
    main()
