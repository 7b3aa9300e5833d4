#!/usr/bin/env python3
"""Build eval/dev24/programmes.json (catalogue gold). Each fact value is looked up in its document;
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
    return f if f.startswith('seeds/') else f'eval/dev24/docs/{f}'


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
prog('地域消防防災技術社会実装拠点形成支援事業',
     ['実装拠点事業', '防災テック拠点事業', '消防防災実装拠点事業',
      'Regional Fire and Disaster Management Technology Implementation Hub Programme', 'FDTI Hub Programme'], 2020, 2024,
     '消防庁（予防課消防技術政策室）',
     [F('start', '令和２年度から実施してまいりました', 'd01'),
      F('start', 'FY2020-FY2024', 'd03'),
      F('start', '令和2年度から', 'd08', '「地域消防防災技術社会実装拠点形成支援事業」（以下「本事業」'),
      F('end', '令和６年度をもって終了することとなりました', 'd01'),
      F('end', 'ends in March 2025', 'd03'),
      F('ministry', '消防庁予防課長', 'd01'),
      F('ministry', '消防庁予防課消防技術政策室', 'd01'),
      F('amount', '２４０', 'd01', '令和２年度', 'national budget (百万円): R2 240 / R3 262 / R4 258 / R5 250 / R6 228; 執行 214 / 250 / 249 / 241 (d08)'),
      F('amount', '２２８', 'd01', '令和６年度'),
      F('amount', '1拠点当たり年4,000万円以内', 'd08', note='first year ３，６００万円以内 (d01)'),
      F('amount', '186,900千円', 'd05', note='Kochi-Nankoku five-year national commissioning total; d06 gives 186900; the English abstract d03 says JPY 189 million (conflict)'),
      F('amount', 'JPY 189 million', 'd03', note='conflicts with 186,900千円 (d05, d06)'),
      F('amount', '３７，９１２，４３０円', 'd15', '４．確定額', note='Kochi-Nankoku FY2023 settled amount (contract ３８，５００，０００円)'),
      F('count', '全国１９件の提案', 'd01', note='proposals in 2020; the FDMA article d08 says 20件 (conflict)'),
      F('count', '全国から20件の提案', 'd08', note='conflicts with １９件 (d01)'),
      F('count', '６拠点', 'd01', '全国１９件'),
      F('count', 'six regional hubs', 'd03'),
      F('duration', '最長5年度', 'd08')],
     successors=['消防防災ＤＸ地域共創推進事業'], predecessors=['消防防災技術地域実証モデル事業'])

prog('消防防災技術地域実証モデル事業',
     ['地域実証モデル事業', 'Regional Fire and Disaster Technology Demonstration Model Project'], 2017, 2019, '消防庁',
     [F('start', '平成２９年度～令和元年度', 'd01'),
      F('start', '平成29年度から令和元年度まで', 'd08'),
      F('start', 'FY2017-FY2019', 'd03'),
      F('count', '全国9地域', 'd08'),
      F('amount', '1地域当たり年1,500万円程度', 'd08')],
     successors=['地域消防防災技術社会実装拠点形成支援事業'])

prog('消防防災ＤＸ地域共創推進事業',
     ['ＤＸ共創事業', '消防防災DX地域共創推進事業', 'Regional Fire and Disaster Management DX Co-Creation Programme'], 2025, None,
     '消防庁（予防課消防技術政策室）；都道府県を通じた間接補助',
     [F('start', '令和７年度から新たに創設する', 'd01'),
      F('start', 'from FY2025', 'd03'),
      F('ministry', '消防技術政策室長の杉本です', 'd14'),
      F('amount', '４６０百万円', 'd01', '（５）要求額', 'FY2025 request (August 2024); government draft ４２０百万円 (d14)'),
      F('amount', '４２０百万円', 'd14'),
      F('amount', '１地域当たり年２，５００万円以内', 'd01', note='拠点発展枠; データ連携枠 年１，５００万円以内・最長２年度 (d14); 3年度目は補助率３分の１の方向 (d14)'),
      F('amount', '国の補助率２分の１', 'd01'),
      F('count', '８地域程度', 'd01', note='planned only (拠点発展枠５ + データ連携枠３, d14)'),
      F('duration', '最長３年度', 'd01')],
     predecessors=['地域消防防災技術社会実装拠点形成支援事業', '地域消防データ連携基盤整備モデル事業'])

prog('地域消防データ連携基盤整備モデル事業', ['データ連携モデル事業'], 2022, 2024, '消防庁',
     [F('start', '令和４年度～令和６年度', 'd01'),
      F('amount', '補助率２分の１', 'd01', '令和４年度～令和６年度'),
      F('amount', '９５', 'd01', '令和６年度　　　　９５', 'budget (百万円): R4 80 (4地域) / R5 92 (5) / R6 95 (5)'),
      F('count', '５', 'd01', '令和６年度　　　　９５')],
     successors=['消防防災ＤＸ地域共創推進事業'])

prog('こうち防災テック研究開発促進事業費補助金',
     ['防災テック補助金', 'Kochi Disaster-Prevention Tech R&D Promotion Subsidy'], 2021, 2025,
     '高知県（商工労働部新産業推進課 防災産業推進室）',
     [F('start', '令和３年３月高知県告示第１７６号', 'd13'),
      F('start', 'since FY2021', 'd03'),
      F('start', '令和３年度の創設から', 'd12'),
      F('end', '令和７年度が最終募集です', 'd12'),
      F('end', 'R7で最終募集', 'd06'),
      F('ministry', '商工労働部 新産業推進課 防災産業推進室', 'd12', '高知県 商工労働部'),
      F('amount', '３分の２以内', 'd13', '一般枠　　　３分の２以内', '一般枠 上限 ８，０００千円（１年度当たり）; 実証枠 (from 令和５年４月１日) ２分の１以内・１５，０００千円'),
      F('amount', '１５，０００千円', 'd13'),
      F('amount', '48000', 'd06', '当初予算額,48000', '当初予算 (千円) R3 48000 / R4 52000 / R5 60000 (補正後 66000) / R6 58000 / R7 内示 55000 (要求 62000)'),
      F('amount', '55000', 'd06', '1,こうち防災テック'),
      F('count', '採択件数（計）,5,6,7,5,23', 'd06', note='23 adoptions R3–R6 (応募 68); the leaflet d12 says 計２４件 (conflict)'),
      F('count', '計２４件', 'd12', note='conflicts with 23 (d06)')],
     predecessors=['高知県防災関連技術開発支援事業費補助金'])

prog('高知県防災関連技術開発支援事業費補助金', ['防災関連技術開発支援事業費補助金'], 2015, 2020, '高知県（新産業推進課）',
     [F('start', '平成２７年４月高知県告示第２９８号', 'd13'),
      F('start', 'H27(2015)', 'd06'),
      F('end', '令和２年度で終了', 'd13'),
      F('end', 'R2で新規募集終了', 'd06'),
      F('amount', '1/2・500万円', 'd06', note='当初予算 (千円) H27 20000 / H28 22000 / H29 22000 / H30 25000 / R1 25000 / R2 24000')],
     successors=['こうち防災テック研究開発促進事業費補助金'])

prog('南国市防災技術実証フィールド提供事業', ['南国市の実証フィールド事業'], 2022, None, '南国市（危機管理課）',
     [F('start', '令和4年度開始、市単独事業', 'd11'),
      F('start', 'Since FY2022', 'd03'),
      F('amount', '1,240千円', 'd11', note='FY2024 city budget'),
      F('count', '令和5年度　　　6件', 'd11', note='受入 R4 3件 / R5 6件 / R6 8件（見込み）; the online briefing d14 says R5 ５件 (conflict)'),
      F('count', '令和５年度に５件', 'd14', note='conflicts with 6件 (d11)')])

prog('知的クラスター創成事業', [], 2002, 2008, '文部科学省',
     [F('start', '平成14年度開始', 'd08'),
      F('start', '平成１４～２０年度', 's000', '知的クラスター創成事業（第Ⅰ期）（平成', '第Ⅰ期; mentioned in d08 only as a comparison')])

prog('都市エリア産学官連携促進事業', [], 2002, 2009, '文部科学省',
     [F('start', '平成１４年～２１年度', 's000', note='seed; d08 mentions the programme without dates')])

prog('地域イノベーション戦略支援プログラム', [], 2011, None, '文部科学省（関係府省が共同で地域を選定）',
     [F('start', '平成23年度～', 'd08'),
      F('start', '地域イノベーション戦略支援プログラム（平成２３年度～）', 's000')])

prog('消防防災科学技術研究推進制度', [], None, None, '消防庁',
     [F('ministry', '消防防災科学技術研究推進制度（競争的研究費）', 'd08', note='real programme, mentioned only as research-stage support (no dates or amounts in the documents)')])

if errors:
    print('\n'.join(errors))
    sys.exit(1)
with open(os.path.join(HERE, 'programmes.json'), 'w', encoding='utf-8') as fh:
    json.dump(P, fh, ensure_ascii=False, indent=1)
    fh.write('\n')
print(f'{len(P)} programmes, {sum(len(p["facts"]) for p in P)} facts')
