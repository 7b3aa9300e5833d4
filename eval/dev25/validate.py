#!/usr/bin/env python3
"""Validate the dev25 held-out set (python3 stdlib only).

Usage:  python3 eval/dev25/validate.py            (from the repository root or anywhere)
        SET=/path/to/copy python3 validate.py     (check another copy of the set)

Checks
  documents   manifest <-> docs/ match; 15 files (.txt/.md/.csv/.tsv); UTF-8, no BOM, no CR, final LF;
              40-200 lines; 1,000-9,000 characters; style is one of the seven labels; at least one
              document is in English (mostly ASCII); every document is cited by some question.
  questions   JSON parses; ids unique; key order; category / lang / style vocabulary;
              answerable: evidence present, every source exists, every cited line exists,
              first evidence is a dev25 document, style = manifest style of that document,
              every fact has an alternative that occurs verbatim in one of its cited ranges
              (whitespace and line breaks removed, so a fact may span a line break), every
              alternative occurs there after NFKC, every range holds a fact, no fact
              alternative occurs in its own question, cross-document / conflict / two-step
              cite 2+ documents;
              unanswerable: abstain true, evidence [], facts [], style "none".
  programmes  every value occurs on its cited line (or runs over into the next line), known
              kinds, names, aliases, successors and predecessors occur in the documents.
  counts      total >= 180, Japanese >= 145, English >= 24, unanswerable >= 34 (English >= 4);
              partly answerable (listed in partly.json) >= 3, each abstain false with facts;
              ids are i001, i002, ... in order.
  grep        every unanswerable question's probes (regular expressions in qspecs.py) match no line of
              any document in docs/ and no line of seeds/*.txt.
Exit status 0 when there are no failures.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.environ.get('SET', HERE)
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))  # repository root (for seeds/)
SET_REL = 'eval/dev25'

STYLES = {'press-release', 'white-paper', 'evaluation', 'budget-request', 'outline', 'slide-deck', 'minutes'}
CATEGORIES = {'fact', 'number', 'era', 'start', 'list', 'paraphrase', 'cross-document', 'plan', 'two-step',
              'conflict', 'onboarding', 'english', 'unanswerable', 'definition'}
LANGS = {'ja', 'en'}
KEYS = ['id', 'category', 'lang', 'question', 'evidence', 'facts', 'abstain', 'style']
KINDS = {'start', 'end', 'ministry', 'amount', 'count', 'duration'}
MULTI = {'cross-document', 'conflict', 'two-step'}

failures = []


def fail(msg):
    failures.append(msg)


WS = re.compile(r'\s+')


def strip_ws(s):
    return WS.sub('', s)


def nfkc_ws(s):
    return WS.sub('', unicodedata.normalize('NFKC', s))


def read_lines(path):
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    return lines


_cache = {}


def lines_of(source):
    """source is 'eval/dev25/docs/<file>' or 'seeds/<file>'."""
    if source not in _cache:
        if source.startswith(SET_REL + '/'):
            path = os.path.join(SET, source[len(SET_REL) + 1:])
        else:
            path = os.path.join(ROOT, source)
        _cache[source] = read_lines(path) if os.path.isfile(path) else None
    return _cache[source]


# ---------------------------------------------------------------- documents
manifest = json.load(open(os.path.join(SET, 'manifest.json'), encoding='utf-8'))
docs_dir = os.path.join(SET, 'docs')
on_disk = sorted(f for f in os.listdir(docs_dir) if f.endswith(('.txt', '.md', '.csv', '.tsv')))
in_manifest = [d['file'] for d in manifest['documents']]
style_of = {d['file']: d['style'] for d in manifest['documents']}
if sorted(in_manifest) != on_disk:
    fail(f'manifest/docs mismatch: {sorted(set(in_manifest) ^ set(on_disk))}')
if len(on_disk) != 15:
    fail(f'expected 15 documents, found {len(on_disk)}')
ids = [d['id'] for d in manifest['documents']]
if len(set(ids)) != len(ids):
    fail('manifest ids not unique')
for d in manifest['documents']:
    for k in ('file', 'id', 'title', 'style'):
        if not isinstance(d.get(k), str) or not d.get(k):
            fail(f'manifest entry {d.get("file")}: missing {k}')
    if d.get('style') not in STYLES:
        fail(f'manifest {d["file"]}: unknown style {d.get("style")}')
doc_lines = {}
english_docs = []
for f in on_disk:
    raw = open(os.path.join(docs_dir, f), 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        fail(f'{f}: BOM')
    if b'\r' in raw:
        fail(f'{f}: CR')
    if not raw.endswith(b'\n'):
        fail(f'{f}: no final LF')
    try:
        raw.decode('utf-8')
    except UnicodeDecodeError:
        fail(f'{f}: not UTF-8')
    n = len(read_lines(os.path.join(docs_dir, f)))
    doc_lines[f] = n
    if not 40 <= n <= 200:
        fail(f'{f}: {n} lines (want 40-200)')
    nchar = len(raw.decode('utf-8', 'replace'))
    if not 1000 <= nchar <= 9000:
        fail(f'{f}: {nchar} characters (want 1000-9000)')
    txt = raw.decode('utf-8', 'replace')
    if sum(1 for ch in txt if ord(ch) < 128) / max(1, len(txt)) > 0.9:
        english_docs.append(f)

# ---------------------------------------------------------------- questions
questions = json.load(open(os.path.join(SET, 'questions.json'), encoding='utf-8'))
if not isinstance(questions, list):
    fail('questions.json is not a list')
    questions = []
seen = set()
for q in questions:
    qid = q.get('id')
    if list(q.keys()) != KEYS:
        fail(f'{qid}: keys {list(q.keys())}')
    if qid in seen:
        fail(f'{qid}: duplicate id')
    seen.add(qid)
    if q.get('category') not in CATEGORIES:
        fail(f'{qid}: unknown category {q.get("category")}')
    if q.get('lang') not in LANGS:
        fail(f'{qid}: unknown lang {q.get("lang")}')
    if not isinstance(q.get('question'), str) or not q['question'].strip():
        fail(f'{qid}: empty question')
    if q.get('category') == 'english' and q.get('lang') != 'en':
        fail(f'{qid}: english category but lang {q.get("lang")}')
    if q.get('category') == 'unanswerable' or q.get('abstain') is True:
        if not (q.get('category') == 'unanswerable' and q.get('abstain') is True and q.get('evidence') == []
                and q.get('facts') == [] and q.get('style') == 'none'):
            fail(f'{qid}: malformed unanswerable entry')
        continue
    if q.get('abstain') is not False:
        fail(f'{qid}: abstain must be false for answerable questions')
    ev = q.get('evidence') or []
    facts = q.get('facts') or []
    if not ev:
        fail(f'{qid}: no evidence')
        continue
    if not facts:
        fail(f'{qid}: no facts')
    ranges = []  # (source, joined literal text, joined nfkc text)
    for e in ev:
        src, a, b = e.get('source'), e.get('line_start'), e.get('line_end')
        L = lines_of(src) if isinstance(src, str) else None
        if L is None:
            fail(f'{qid}: evidence source missing: {src}')
            continue
        if not (isinstance(a, int) and isinstance(b, int) and 1 <= a <= b <= len(L)):
            fail(f'{qid}: bad range {src} {a}-{b} (file has {len(L)} lines)')
            continue
        seg = L[a - 1:b]
        ranges.append((src, strip_ws(''.join(seg)), nfkc_ws(''.join(seg))))
    first = ev[0].get('source', '')
    if not first.startswith(SET_REL + '/docs/'):
        fail(f'{qid}: first evidence is not a dev25 document ({first})')
    else:
        want = style_of.get(os.path.basename(first))
        if q.get('style') != want:
            fail(f'{qid}: style {q.get("style")} != manifest style {want}')
    if q.get('category') in MULTI and len({e.get('source') for e in ev}) < 2:
        fail(f'{qid}: {q["category"]} must cite 2+ documents')
    qtext = nfkc_ws(q.get('question', ''))
    used = [False] * len(ranges)
    for fact in facts:
        if not (isinstance(fact, list) and fact and all(isinstance(x, str) and x.strip() for x in fact)):
            fail(f'{qid}: malformed fact {fact!r}')
            continue
        literal = False
        for alt in fact:
            lit, nk = strip_ws(alt), nfkc_ws(alt)
            hit = False
            for i, (_, jl, jn) in enumerate(ranges):
                if lit in jl:
                    literal = True
                    hit = True
                    used[i] = True
                elif nk in jn:
                    hit = True
                    used[i] = True
            if not hit:
                fail(f'{qid}: fact alternative not in cited lines: {alt!r}')
            if nk and nk in qtext:
                fail(f'{qid}: fact alternative occurs in the question: {alt!r}')
        if not literal:
            fail(f'{qid}: no alternative of {fact!r} occurs verbatim (whitespace aside)')
    for i, u in enumerate(used):
        if not u:
            fail(f'{qid}: evidence range {ranges[i][0]} holds no fact')

# ---------------------------------------------------------------- programmes
programmes = json.load(open(os.path.join(SET, 'programmes.json'), encoding='utf-8'))
all_docs = nfkc_ws(''.join(open(os.path.join(docs_dir, f), encoding='utf-8').read() for f in on_disk))
n_prog_facts = 0
for p in programmes:
    for k in ('name', 'aliases', 'start_fy', 'end_fy', 'ministry', 'facts'):
        if k not in p:
            fail(f'programme {p.get("name")}: missing {k}')
    for nm in [p.get('name', '')] + list(p.get('aliases', [])):
        if nfkc_ws(nm) not in all_docs:
            fail(f'programme name/alias not in documents: {nm}')
    for rel in list(p.get('successors', [])) + list(p.get('predecessors', [])):
        if nfkc_ws(rel) not in all_docs:
            fail(f'programme {p.get("name")}: successor/predecessor not in documents: {rel}')
    for f in p.get('facts', []):
        n_prog_facts += 1
        if f.get('kind') not in KINDS:
            fail(f'programme {p["name"]}: unknown kind {f.get("kind")}')
        L = lines_of(f.get('source', ''))
        ln = f.get('line')
        if L is None or not isinstance(ln, int) or not 1 <= ln <= len(L):
            fail(f'programme {p["name"]}: bad source/line {f.get("source")}:{ln}')
            continue
        here = nfkc_ws(L[ln - 1])
        both = nfkc_ws(L[ln - 1] + (L[ln] if ln < len(L) else ''))
        v = nfkc_ws(f.get('value', ''))
        if not v or (v not in here and not (v in both and both.find(v) < len(here))):
            fail(f'programme {p["name"]}: value {f.get("value")!r} not on {f.get("source")}:{ln}')


# ---------------------------------------------------------------- grep check of unanswerable questions
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from qspecs import QS  # noqa: E402
probe_of = {spec['q']: spec.get('probes', []) for spec in QS if spec['cat'] == 'unanswerable'}
corpus_lines = []
for f in on_disk:
    corpus_lines += [(f, i, l) for i, l in enumerate(read_lines(os.path.join(docs_dir, f)), 1)]
seeds_dir = os.path.join(ROOT, 'seeds')
for f in sorted(os.listdir(seeds_dir)):
    if f.endswith('.txt'):
        corpus_lines += [('seeds/' + f, i, l) for i, l in enumerate(read_lines(os.path.join(seeds_dir, f)), 1)]
n_probes = 0
for q in questions:
    if q.get('category') != 'unanswerable':
        continue
    probes = probe_of.get(q.get('question'))
    if not probes:
        fail(f'{q.get("id")}: unanswerable question without grep probes')
        continue
    for pr in probes:
        n_probes += 1
        rx = re.compile(pr)
        for f, i, l in corpus_lines:
            if rx.search(l) or rx.search(unicodedata.normalize('NFKC', l)):
                fail(f'{q.get("id")}: probe {pr!r} matches {f}:{i}')

# ---------------------------------------------------------------- counts
total = len(questions)
en = sum(1 for q in questions if q.get('lang') == 'en')
un = sum(1 for q in questions if q.get('category') == 'unanswerable')
un_en = sum(1 for q in questions if q.get('category') == 'unanswerable' and q.get('lang') == 'en')
if total < 180:
    fail(f'only {total} questions (want >= 180)')
if total - en < 145:
    fail(f'only {total - en} Japanese questions (want >= 145)')
if en < 24:
    fail(f'only {en} English questions (want >= 24)')
if un < 34:
    fail(f'only {un} unanswerable questions (want >= 34)')
if un_en < 4:
    fail(f'only {un_en} English unanswerable questions (want >= 4)')
for i, q in enumerate(questions, 1):
    if q.get('id') != f'i{i:03d}':
        fail(f'id {q.get("id")} at position {i} (want i{i:03d})')

if not english_docs:
    fail('no English document')
cited = {os.path.basename(e['source']) for q in questions for e in q.get('evidence', [])}
for f in on_disk:
    if f not in cited:
        fail(f'{f}: not cited by any question')
partly_path = os.path.join(SET, 'partly.json')
partly = json.load(open(partly_path, encoding='utf-8')) if os.path.isfile(partly_path) else {}
by_id = {q.get('id'): q for q in questions}
for pid in partly:
    pq = by_id.get(pid)
    if pq is None or pq.get('abstain') is not False or not pq.get('facts'):
        fail(f'partly answerable {pid}: missing or not marked abstain false with facts')
if len(partly) < 3:
    fail(f'only {len(partly)} partly answerable questions (want >= 3)')

cat = Counter((q.get('category'), q.get('lang')) for q in questions)
sty = Counter(q.get('style') for q in questions)
print(f'dev25 validation: {len(on_disk)} documents ({min(doc_lines.values())}-{max(doc_lines.values())} lines), '
      f'{len(programmes)} programmes / {n_prog_facts} catalogue facts')
print(f'questions: {total} total, {total - en} ja, {en} en, {un} unanswerable '
      f'({sum(1 for q in questions if q.get("category") == "unanswerable" and q.get("lang") == "en")} of them en), '
      f'{total - un} answerable')
print('by category (ja/en): ' + ', '.join(
    f'{c} {cat[(c, "ja")]}/{cat[(c, "en")]}' for c in sorted(CATEGORIES) if cat[(c, 'ja')] + cat[(c, 'en')]))
print('by style of first evidence: ' + ', '.join(f'{s} {n}' for s, n in sorted(sty.items())))
print(f'English documents: {english_docs}; partly answerable: {sorted(partly)}')
print(f'abstain: {sum(1 for q in questions if q.get("abstain") is True)} true, '
      f'{sum(1 for q in questions if q.get("abstain") is False)} false')
print(f'multi-document questions: {sum(1 for q in questions if len({e["source"] for e in q.get("evidence", [])}) > 1)}; '
      f'citing seeds: {sum(1 for q in questions if any(e["source"].startswith("seeds/") for e in q.get("evidence", [])))}')
print(f'grep probes for unanswerable questions: {n_probes} over {len(corpus_lines)} lines of docs/ and seeds/, 0 allowed matches')
if failures:
    print(f'FAILURES: {len(failures)}')
    for m in failures:
        print('  - ' + m)
    sys.exit(1)
print('FAILURES: 0 -- OK')
