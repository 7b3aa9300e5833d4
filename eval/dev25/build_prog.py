#!/usr/bin/env python3
"""Build eval/dev25/programmes.json (catalogue gold). Each fact value is looked up in its document;
an anchor picks the line when the value occurs on several lines. Stops on a missing or ambiguous value."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from qspecs import DOCS  # noqa: E402

WS = re.compile(r'\s+')


def nk(s):
    return WS.sub('', unicodedata.normalize('NFKC', s))


def src(key):
    f = DOCS[key]
    return f if f.startswith('seeds/') else f'eval/dev25/docs/{f}'


def lines(key):
    t = open(os.path.join(ROOT, src(key)), encoding='utf-8').read().split('\n')
    return t[:-1] if t and t[-1] == '' else t


errors = []


def F(kind, value, key, anchor=None, note=None):
    L = lines(key)
    hits = [i for i, l in enumerate(L, 1) if nk(value) in nk(l) and (anchor is None or nk(anchor) in nk(l))]
    if len(hits) != 1:
        errors.append(f'{value!r} in {key} (anchor {anchor!r}): {hits[:6]}')
        return None
    d = {'kind': kind, 'value': value, 'source': src(key), 'line': hits[0]}
    if note:
        d['note'] = note
    return d


P = []


def prog(name, aliases, start, end, ministry, facts, successors=None, predecessors=None):
    d = {'name': name, 'aliases': aliases, 'start_fy': start, 'end_fy': end, 'ministry': ministry,
         'facts': [f for f in facts if f]}
    if successors:
        d['successors'] = successors
    if predecessors:
        d['predecessors'] = predecessors
    P.append(d)
prog('地域文化財デジタル技術開発・活用拠点形成支援事業',
     ['文化財デジタル拠点事業', '文化財DX拠点事業', '文化財DX拠点', 'Regional Cultural Heritage Digital Technology Hub Programme'],
     2020, 2024, '文化庁（文化資源活用課 文化財デジタル技術推進室）',
     [F('start', '令和２年度から令和６年度までの５年間', 'd01'),
      F('start', '令和２年７月１７日', 'd01', note='selection of 大津・彦根 (d08: seven hubs selected in July 2020)'),
      F('start', 'from FY2020 to FY2024', 'd08'),
      F('end', '本年度が最終年度', 'd01', note='令和６年度 (FY2024)'),
      F('ministry', '文化庁（文化資源活用課 文化財デジタル技術推進室）', 'd02'),
      F('amount', 'JPY 40 million per hub per year', 'd08', note='commissioned (委託)'),
      F('amount', '３００百万円', 'd09', note='national budget FY2024 (令和６年度)'),
      F('amount', '３０，０００', 'd01', '国委託額（千円）', '大津・彦根 national commission (千円): 30,000 / 38,000 / 40,000 / 38,000 / 36,000 (R6 予定額); R5 確定 37,604'),
      F('amount', '３７，６０４千円', 'd12', note='R5 after 額の確定'),
      F('amount', '１８２，０００千円', 'd11', note='five-year total for 大津・彦根; d08 says JPY 184 million (conflict)'),
      F('amount', 'JPY 184 million', 'd08', note='conflicts with １８２，０００千円 (d11, d15)'),
      F('count', 'Seven hubs were selected', 'd08', note='7 in July 2020, 8 from FY2021 (平泉・一関 added)'),
      F('count', '全国8拠点', 'd03', note='d10 (March 2024) says 全国7か所 (conflict)'),
      F('count', '全国7か所', 'd10', note='conflicts with 8 (d03, d08, d14)'),
      F('duration', '５年間', 'd01', '事業期間は')],
     successors=['文化資源デジタル活用社会実装推進事業'], predecessors=['文化財三次元計測技術普及モデル事業'])

prog('文化資源デジタル活用社会実装推進事業',
     ['デジタル実装事業', 'Cultural Resources Digital Implementation Programme'], 2025, None, '文化庁',
     [F('start', '令和７年度から', 'd01', '文化庁は、'),
      F('start', 'From FY2025', 'd08'),
      F('amount', '３８５百万円', 'd09', note='FY2025 予算額; 概算要求 ４１０百万円'),
      F('amount', '４１０百万円', 'd09', note='FY2025 概算要求'),
      F('amount', '年2,500万円以内', 'd02', note='補助率1/2, per hub per year'),
      F('amount', '48,000千円', 'd13', note='大津・彦根 FY2025 事業費 (国24,000千円＋県12,000千円＋プラザ等12,000千円)'),
      F('count', '全国9拠点', 'd13', note='selected 6/27 (27 June 2025); d11 expected 10拠点程度'),
      F('duration', '最長3年', 'd02')],
     predecessors=['地域文化財デジタル技術開発・活用拠点形成支援事業', '文化財防災デジタルアーカイブ整備事業'])

prog('文化財防災デジタルアーカイブ整備事業', ['Cultural Property Disaster-Prevention Digital Archive Programme'],
     2021, 2024, '文化庁',
     [F('start', '令和3～6年度', 'd02'),
      F('amount', '９５百万円', 'd09', note='FY2024 budget')],
     successors=['文化資源デジタル活用社会実装推進事業'])

prog('文化財三次元計測技術普及モデル事業', ['3D Measurement Model Project for Cultural Properties'], 2017, 2019, '文化庁',
     [F('start', '平成29年度～令和元年度', 'd02'),
      F('start', '平成２９年度から３年間', 'd04'),
      F('amount', '1,200万円程度', 'd02', note='per region per year (委託)'),
      F('count', '全国6地域', 'd02'),
      F('count', '計２１件', 'd04', note='items measured in 大津市域 (from 平成30年度)')],
     successors=['地域文化財デジタル技術開発・活用拠点形成支援事業'])

prog('しが文化・技術融合型研究開発支援事業費補助金',
     ['文化技術補助金', 'Shiga Culture-Technology Fusion R&D Grant'], 2021, None,
     '滋賀県（商工観光労働部 モノづくり振興課 文化技術イノベーション係）',
     [F('start', '令和３年度創設', 'd01'),
      F('start', 'since FY2021', 'd08'),
      F('amount', '上限８００万円', 'd01', note='一般枠 2/3, 最長2年度; スタートアップ枠 (R5–) 3/4・上限300万円'),
      F('amount', '２４，０００', 'd01', '令和３年度　　１４', '当初予算 (千円): R3 24,000 / R4 30,000 / R5 36,000 (補正後 41,500) / R6 40,000 / R7 45,000'),
      F('amount', '45,000千円', 'd07'),
      F('amount', '118600000', 'd05', note='交付決定額 R3–R6 (円)'),
      F('count', '２２件', 'd11', '採択', 'R3–R6 adoptions (1 cancelled); R5 7 (d05, d01) vs 8 (d10, conflict)'),
      F('count', '8件', 'd10', note='R5 adoptions per the video; 7 in d01/d05 (conflict)'),
      F('duration', '最長2年度', 'd07')],
     predecessors=['滋賀県伝統産業技術高度化支援補助金'])

prog('滋賀県伝統産業技術高度化支援補助金', [], 2014, 2020, '滋賀県',
     [F('start', '平成26年度～令和2年度', 'd02'),
      F('amount', '上限300万円', 'd02', '補助率1/2', note='補助率1/2')],
     successors=['しが文化・技術融合型研究開発支援事業費補助金'])

prog('彦根市文化財デジタル活用実証支援事業', [], 2022, None, '彦根市（文化財課）',
     [F('start', '令和4年度から', 'd03'),
      F('amount', '2,400千円', 'd03', note='R6 市予算; R7 2,600千円 (d13)'),
      F('amount', '2,600千円', 'd13'),
      F('amount', '1/2（上限100万円）', 'd03'),
      F('count', '令和5年度 4件', 'd03', note='実証受入 R4 2 / R5 4 / R6 5 (予定含む)')])

prog('都市エリア産学官連携促進事業', ['City Area Program'], 2002, 2009, '文部科学省',
     [F('start', '平成１４年～２１年度', 's000'),
      F('start', '平成１６年度から', 'd01', note='「びわこ南部エリア」 (平成16年度開始地域, seeds/001 l.1615)'),
      F('start', 'びわこ南部エリア', 's001')])

if errors:
    print('\n'.join(errors))
    sys.exit(1)
with open(os.path.join(HERE, 'programmes.json'), 'w', encoding='utf-8') as fh:
    json.dump(P, fh, ensure_ascii=False, indent=1)
    fh.write('\n')
print(f'{len(P)} programmes, {sum(len(p["facts"]) for p in P)} facts')
