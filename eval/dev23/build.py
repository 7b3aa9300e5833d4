#!/usr/bin/env python3
"""Build eval/dev23/questions.json, partly.json and unanswerable_checks.json from qspecs.py
(python3 stdlib only; adapted from eval/dev20/build.py).

Each spec names the documents that hold the evidence, with an optional anchor: a string picks the one
line that holds it, a (first, last) pair of strings picks the range between two anchor lines. Without
an anchor the range is found from the facts themselves: for every fact the shortest run of lines
(at most 4) whose joined text holds it; the fact must have exactly one such run in that document.
Matching ignores whitespace, so a fact may run over a line break (newspaper columns in d05).
The script stops when an anchor is missing or not unique, when a fact is ambiguous without an anchor,
when a fact is not in its ranges, when a range is wider than 10 lines, or when a fact occurs in its
own question. The NFKC form of every fact is added as an alternative.
Unanswerable specs carry `absent` regexes (applied to every document and every seed after NFKC with
whitespace removed; none may match) and `present` strings (the near-miss wording that must occur in
the documents); both are written to unanswerable_checks.json for validate.py.
"""
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
SET_REL = 'eval/dev23'
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
    path = os.path.join(ROOT, source_of(key))
    t = open(path, encoding='utf-8').read().split('\n')
    if t and t[-1] == '':
        t = t[:-1]
    return t


manifest = json.load(open(os.path.join(HERE, 'manifest.json'), encoding='utf-8'))
style_of = {d['file']: d['style'] for d in manifest['documents']}

errors = []
out = []


def find_anchor(L, a, key, qn):
    hits = [i for i, l in enumerate(L, 1) if sw(a) in sw(l) or nk(a) in nk(l)]
    if len(hits) != 1:
        errors.append(f'{qn}: anchor {a!r} in {key}: {len(hits)} hits {hits[:5]}')
        return None
    return hits[0]


def runs_for(L, alts):
    """Shortest line runs (start, end) whose joined text holds one of the alternatives."""
    found = set()
    for i in range(1, len(L) + 1):
        for w in range(0, 4):
            j = i + w
            if j > len(L):
                break
            seg = L[i - 1:j]
            if any(sw(a) in sw(''.join(seg)) or nk(a) in nk(''.join(seg)) for a in alts):
                found.add((i, j))
                break
    # keep only minimal runs (not containing another run)
    return sorted(r for r in found if not any(o != r and r[0] <= o[0] and o[1] <= r[1] for o in found))


for n, spec in enumerate(QS, 1):
    qn = f'#{n} {spec["q"][:30]}'
    facts = [[f] if isinstance(f, str) else list(f) for f in spec.get('facts', [])]
    if spec['cat'] == 'unanswerable':
        out.append({'category': 'unanswerable', 'lang': spec['lang'], 'question': spec['q'],
                    'evidence': [], 'facts': [], 'abstain': True, 'style': 'none', 'note': spec.get('note', ''),
                    '_absent': spec.get('absent', []), '_present': spec.get('present', [])})
        if not spec.get('absent') or not spec.get('present'):
            errors.append(f'{qn}: unanswerable spec needs absent and present lists')
        continue
    ev = []
    for key, anchor in spec['ev']:
        L = lines_of(key)
        if anchor is None:
            found = []
            for f in facts:
                r = runs_for(L, f)
                if len(r) == 1:
                    found.append(r[0])
                elif len(r) > 1:
                    errors.append(f'{qn}: fact {f[0]!r} in several places of {key}: {r[:6]}')
            if not found:
                errors.append(f'{qn}: no fact found in {key}')
                continue
            a, b = min(x[0] for x in found), max(x[1] for x in found)
        elif isinstance(anchor, tuple):
            a = find_anchor(L, anchor[0], key, qn)
            b = find_anchor(L, anchor[1], key, qn)
            if a is None or b is None:
                continue
            if b < a:
                errors.append(f'{qn}: anchors reversed in {key}')
                continue
        else:
            a = b = find_anchor(L, anchor, key, qn)
            if a is None:
                continue
        if b - a > 9:
            errors.append(f'{qn}: range {key} {a}-{b} too wide')
        ev.append({'source': source_of(key), 'line_start': a, 'line_end': b, '_seg': L[a - 1:b]})
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
    if spec['lang'] == 'en':
        cat = 'english'
    out.append({'category': cat, 'lang': spec['lang'], 'question': spec['q'],
                'evidence': [{k: e[k] for k in ('source', 'line_start', 'line_end')} for e in ev],
                'facts': new_facts, 'abstain': False, 'style': style, 'note': spec.get('note', '')})

qs = [o['question'] for o in out]
dups = {q for q in qs if qs.count(q) > 1}
if dups:
    errors.append(f'duplicate question texts: {sorted(dups)[:3]}')

if errors:
    print(f'{len(errors)} errors')
    for e in errors:
        print('  - ' + e)
    sys.exit(1)

random.seed(23)
random.shuffle(out)
final = []
tags = {}
checks = {}
for i, q in enumerate(out, 1):
    qid = f'c{i:03d}'
    note = q.pop('note')
    absent = q.pop('_absent', None)
    present = q.pop('_present', None)
    if note.startswith('partly'):
        tags[qid] = note
    if q['category'] == 'unanswerable':
        checks[qid] = {'why': note, 'absent': absent, 'present': present}
    final.append({'id': qid, **q})
with open(os.path.join(HERE, 'questions.json'), 'w', encoding='utf-8') as fh:
    json.dump(final, fh, ensure_ascii=False, indent=1)
    fh.write('\n')
with open(os.path.join(HERE, 'partly.json'), 'w', encoding='utf-8') as fh:
    json.dump(tags, fh, ensure_ascii=False, indent=1)
    fh.write('\n')
with open(os.path.join(HERE, 'unanswerable_checks.json'), 'w', encoding='utf-8') as fh:
    json.dump(checks, fh, ensure_ascii=False, indent=1)
    fh.write('\n')
print(f'wrote {len(final)} questions; partly answerable: {sorted(tags)}; unanswerable checks: {len(checks)}')
