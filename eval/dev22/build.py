#!/usr/bin/env python3
"""Build questions.json and partly.json for dev22 from qspecs.py (anchors -> line numbers)."""
import json, os, random, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from qspecs import S
man = json.load(open(os.path.join(HERE, 'manifest.json'), encoding='utf-8'))
files = {d['file'][:3]: d['file'] for d in man['documents']}
style = {d['file']: d['style'] for d in man['documents']}
lines = {k: open(os.path.join(HERE, 'docs', f), encoding='utf-8').read().split('\n')[:-1] for k, f in files.items()}
nk = lambda s: re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))
errs = []
def find(doc, anchor):
    hits = [i + 1 for i, l in enumerate(lines[doc]) if anchor in l]
    if len(hits) != 1:
        errs.append(f'anchor {doc} {anchor!r}: {len(hits)} hits')
        return 1
    return hits[0]
random.seed(22)
order = list(range(len(S)))
random.shuffle(order)
out, partly = [], {}
for n, i in enumerate(order, 1):
    s = S[i]
    qid = f'b{n:03d}'
    ev = []
    for e in s['ev']:
        a = find(e[0], e[1]); b = find(e[0], e[2]) if len(e) > 2 else a
        if b < a:
            errs.append(f'{qid}: range reversed {e}')
        ev.append({'source': f'eval/dev22/docs/{files[e[0]]}', 'line_start': a, 'line_end': b})
    for f in s['facts']:
        for alt in f:
            if nk(alt) in nk(s['q']):
                errs.append(f'{qid}: fact {alt!r} in question {s["q"]}')
    st = 'none' if s['cat'] == 'unanswerable' else style[files[s['ev'][0][0]]]
    out.append({'id': qid, 'category': s['cat'], 'lang': s['lang'], 'question': s['q'], 'evidence': ev,
                'facts': s['facts'], 'abstain': s['cat'] == 'unanswerable', 'style': st})
    if s['partly']:
        partly[qid] = s['partly']
if errs:
    print('\n'.join(errs)); sys.exit(1)
json.dump(out, open(os.path.join(HERE, 'questions.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
open(os.path.join(HERE, 'questions.json'), 'a').write('\n')
json.dump(dict(sorted(partly.items())), open(os.path.join(HERE, 'partly.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
open(os.path.join(HERE, 'partly.json'), 'a').write('\n')
print(f'{len(out)} questions, partly {sorted(partly)}')
