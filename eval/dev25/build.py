#!/usr/bin/env python3
"""Build eval/dev25/questions.json from the specs in qspecs.py (python3 stdlib only).

Each spec gives the documents that hold the evidence (with an optional anchor text that picks the
line or a (first, last) pair that picks a range) and the facts. Without an anchor the lines are found
from the facts themselves. The script stops when an anchor is missing or not unique, when a fact
is found on several lines of a document without an anchor, when a fact is not in its ranges, or
when a fact occurs in its own question. The NFKC form of every fact is added as an alternative.
"""
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
SET_REL = 'eval/dev25'
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from qspecs import QS, DOCS  # noqa: E402

WS = re.compile(r'\s+')


def sw(s):
    return WS.sub('', s)


def nk(s):
    return WS.sub('', unicodedata.normalize('NFKC', s))


def source_of(key):
    f = DOCS[key]
    return f if f.startswith('seeds/') else f'{SET_REL}/docs/{f}'


def lines_of(key):
    src = source_of(key)
    path = os.path.join(ROOT, src)
    t = open(path, encoding='utf-8').read().split('\n')
    if t and t[-1] == '':
        t = t[:-1]
    return t


manifest = json.load(open(os.path.join(HERE, 'manifest.json'), encoding='utf-8'))
style_of = {d['file']: d['style'] for d in manifest['documents']}

errors = []
out = []


def find_anchor(L, a, key, qn):
    hits = [i for i, l in enumerate(L, 1) if sw(a) in sw(l)]
    if len(hits) != 1:
        errors.append(f'{qn}: anchor {a!r} in {key}: {len(hits)} hits {hits[:5]}')
        return None
    return hits[0]


for n, spec in enumerate(QS, 1):
    qn = f'#{n} {spec["q"][:30]}'
    facts = [[f] if isinstance(f, str) else list(f) for f in spec.get('facts', [])]
    if spec['cat'] == 'unanswerable':
        out.append({'category': 'unanswerable', 'lang': spec['lang'], 'question': spec['q'],
                    'evidence': [], 'facts': [], 'abstain': True, 'style': 'none', 'note': spec.get('note', '')})
        continue
    ev = []
    for key, anchor in spec['ev']:
        L = lines_of(key)
        if anchor is None:
            found = set()
            for f in facts:
                hits = set()
                for alt in f:
                    hits |= {i for i, l in enumerate(L, 1) if sw(alt) in sw(l) or nk(alt) in nk(l)}
                if len(hits) == 1:
                    found |= hits
                elif len(hits) > 1:
                    errors.append(f'{qn}: fact {f[0]!r} on several lines of {key}: {sorted(hits)[:6]}')
            if not found:
                errors.append(f'{qn}: no fact found in {key}')
                continue
            a, b = min(found), max(found)
        elif isinstance(anchor, tuple):
            a = find_anchor(L, anchor[0], key, qn)
            b = find_anchor(L, anchor[1], key, qn)
            if a is None or b is None:
                continue
        else:
            a = b = find_anchor(L, anchor, key, qn)
            if a is None:
                continue
        if b - a > 8:
            errors.append(f'{qn}: range {key} {a}-{b} too wide')
        ev.append({'source': source_of(key), 'line_start': a, 'line_end': b, '_seg': L[a - 1:b]})
    # facts: check and add NFKC alternatives
    qtext = nk(spec['q'])
    new_facts = []
    for f in facts:
        alts = []
        for alt in f:
            if alt not in alts:
                alts.append(alt)
            n2 = unicodedata.normalize('NFKC', alt)
            if n2 not in alts:
                alts.append(n2)
        for alt in alts:
            if not any(nk(alt) in nk(''.join(e['_seg'])) for e in ev):
                errors.append(f'{qn}: fact alt {alt!r} not in cited ranges')
            if nk(alt) and nk(alt) in qtext:
                errors.append(f'{qn}: fact alt {alt!r} occurs in the question')
        if not any(sw(alt) in sw(''.join(e['_seg'])) for alt in alts for e in ev):
            errors.append(f'{qn}: no verbatim alternative for {f[0]!r}')
        new_facts.append(alts)
    for e in ev:
        seg = nk(''.join(e['_seg']))
        if not any(nk(alt) in seg for f in new_facts for alt in f):
            errors.append(f'{qn}: range {e["source"]} {e["line_start"]}-{e["line_end"]} holds no fact')
    first = ev[0]['source'] if ev else ''
    style = style_of.get(os.path.basename(first), 'none')
    cat = spec['cat']
    if spec['lang'] == 'en' and cat not in ('unanswerable',):
        cat = 'english'
    out.append({'category': cat, 'lang': spec['lang'], 'question': spec['q'],
                'evidence': [{k: e[k] for k in ('source', 'line_start', 'line_end')} for e in ev],
                'facts': new_facts, 'abstain': False, 'style': style, 'note': spec.get('note', '')})

if errors:
    print(f'{len(errors)} errors')
    for e in errors:
        print('  - ' + e)
    sys.exit(1)

random.seed(25)
random.shuffle(out)
final = []
tags = {}
for i, q in enumerate(out, 1):
    qid = f'i{i:03d}'
    note = q.pop('note')
    if note.startswith('partly'):
        tags[qid] = note
    final.append({'id': qid, **q})
with open(os.path.join(HERE, 'questions.json'), 'w', encoding='utf-8') as fh:
    json.dump(final, fh, ensure_ascii=False, indent=1)
    fh.write('\n')
with open(os.path.join(HERE, 'partly.json'), 'w', encoding='utf-8') as fh:
    json.dump(tags, fh, ensure_ascii=False, indent=1)
    fh.write('\n')
print(f'wrote {len(final)} questions; partly answerable: {sorted(tags)}')
