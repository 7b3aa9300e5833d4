#!/usr/bin/env python3
"""Build eval/dev21/programmes.json (catalogue gold). Each fact value is looked up in its document;
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
    return f if f.startswith('seeds/') else f'eval/dev21/docs/{f}'


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


prog('地域気象データ利活用イノベーション拠点形成支援事業',
     ['気象データ拠点事業', '旧拠点事業', 'ＷＸ拠点事業', 'Regional Weather-Data Innovation Hub Programme',
      'Weather-Data Hub Programme'], 2018, 2022,
     '気象庁（情報基盤部情報政策課 地域気象データ連携推進室）',
     [F('start', '平成３０年度から令和４年度まで', 'd01'),
      F('start', 'FY2018-FY2022', 'd10'),
      F('start', '2018年07月20日', 'd02', note='selection of the first six areas (Yokkaichi-Suzuka among them)'),
      F('end', '令和４年度で終了予定', 'd12'),
      F('ministry', '気象庁「地域気象データ利活用イノベーション拠点形成支援事業」', 'd02', '（気象データ拠点事業）'),
      F('amount', '210', 'd13', '旧拠点事業　　　　　平成30年度',
        'national budget (百万円): H30 210 / R1 260 / R2 280 / R3 285 / R4 270'),
      F('amount', 'JPY 40 million', 'd10', note='commissioning cap per hub per year (JPY 30 million in the first year); S hubs 年５，０００万円 from R3 (d12)'),
      F('amount', '１億８，４００万円', 'd13', note='national money to the Yokkaichi-Suzuka hub over five years (= JPY 184 million, d10); d06 says 約１億８，８００万円 (the figure d09 corrects)'),
      F('amount', '約１億８，８００万円', 'd06', note='conflicts with １億８，４００万円 (d13, d09)'),
      F('amount', '40,000', 'd10', 'National funds', 'Yokkaichi-Suzuka national funds (JPY thousand): 30,000 / 40,000 / 40,000 / 38,000 / 36,000'),
      F('count', '全国１７件の応募', 'd13', note='proposals to the 2018 call; d10 says 18 proposals (conflict)'),
      F('count', '18 proposals', 'd10', note='conflicts with 全国１７件 (d13)'),
      F('count', '全国６地域', 'd02'),
      F('count', '全国７拠点', 'd02', note='after the additional selection of 那覇・うるま on 2019-06-28'),
      F('duration', '５年間', 'd13', '平成３０年度から令和４年度までの５年間')],
     successors=['気象・防災データ社会実装推進事業'])

prog('気象・防災データ社会実装推進事業',
     ['社会実装推進事業', 'Weather and Disaster-Prevention Data Social Implementation Programme'], 2023, None,
     '気象庁（情報基盤部情報政策課 地域気象データ連携推進室 社会実装推進係）',
     [F('start', '令和５年度から始まった', 'd06'),
      F('start', '2023年06月23日', 'd02', note='selection (全国５地域)'),
      F('ministry', '気象庁情報基盤部情報政策課', 'd01'),
      F('amount', '３分の２以内', 'd01', note='subsidy rate'),
      F('amount', 'JPY 25 million', 'd10', note='cap per area per year; 現行年２，５００万円 (d13)'),
      F('amount', '２３，０００，０００', 'd01', '合計', 'FY2023 grant to the Isewan project (円); 精算 ２２，１４０，０００円 (d04)'),
      F('amount', '2,400万円', 'd02', note='FY2024 grant to the Isewan project'),
      F('amount', '150', 'd13', '社会実装推進事業　　令和５年度', 'national budget (百万円): R5 150 / R6 160'),
      F('count', '全国５地域', 'd02'),
      F('duration', '最長３年度', 'd01', note='令和５年度から令和７年度まで for the 2023 areas')],
     predecessors=['地域気象データ利活用イノベーション拠点形成支援事業'])

prog('みえ産学官共同研究開発促進補助金', ['共研補助金', 'Mie Joint R&D Promotion Grant'], 2017, None,
     '三重県（雇用経済部 産業イノベーション課 研究開発支援班）',
     [F('start', '2017年04月03日', 'd02'),
      F('start', '平成29年度（2017年度）', 'd11'),
      F('start', 'since FY2017', 'd10'),
      F('ministry', '雇用経済部 産業イノベーション課 研究開発支援班', 'd08'),
      F('amount', '上限800万円', 'd02', note='一般枠 cap at creation (H29–R4); １，０００万円 from R5'),
      F('amount', '１，０００万円', 'd08', '最長２年度', '一般枠 cap from R5, 補助率２／３以内'),
      F('amount', '３／４以内／５００万円', 'd08', note='気象・防災データ活用枠 (R1–): rate 3/4, cap per year, 単年度'),
      F('amount', '３／４以内／３００万円', 'd08', note='スタートアップ枠 (R6–)'),
      F('amount', '６５，０００千円', 'd15', note='R7 当初予算; R2 48,000 / R3 50,000 / R4 52,000 / R5 60,000 / R6 62,000 (千円)'),
      F('count', '正：８件', 'd09', note='R4 adoptions corrected from ７件 (conflict resolved by the 正誤表)'),
      F('count', '応募21件のうち8件を採択', 'd02', note='R7 first call'),
      F('duration', '最長２年度', 'd08', note='一般枠; other tracks 単年度')])

prog('都市エリア産学官連携促進事業', [], 2002, 2009, '文部科学省',
     [F('start', '（平成１４年～２１年度）', 's000'),
      F('start', '平成16～18', 'd02', note='三重・伊勢湾岸エリア (一般型)'),
      F('start', 'FY2004-FY2006', 'd10', note='Mie-Isewan Coast Area'),
      F('end', '（平成１４年～２１年度）', 's000'),
      F('amount', '１億', 's003', '連携促進事業（１億', '１億円/年×89地域：３～５年 (seed, split over lines 38–39)'),
      F('count', '平成16年度開始地域', 's001', '三重・伊勢湾岸エリア', '三重・伊勢湾岸エリア, びわこ南部エリア, 愛媛県東部エリア')])

prog('知的クラスター創成事業', [], 2002, 2008, '文部科学省',
     [F('start', '平成１４年度に始まった知的クラスター創成事業', 'd13', note='三重 not among the areas'),
      F('start', '平成14年7月から事業を開始', 's002'),
      F('end', '（平成１４～２０年度）', 's000', note='第Ⅰ期'),
      F('amount', '1地域当たり5億円程度／年、5年間', 's002'),
      F('count', '12地域', 's002')])

prog('地域イノベーション戦略支援プログラム', [], 2011, None,
     '文部科学省（地域イノベーション戦略推進地域は文部科学省・経済産業省・農林水産省・総務省が共同選定）',
     [F('start', '平成２３年度に始まった地域イノベーション戦略支援プログラム', 'd13'),
      F('start', '地域イノベーション戦略支援プログラム（平成２３年度～）', 's000'),
      F('ministry', '文部科学省、経済産業省、農林水産省及び総務省', 's000')])

prog('地域イノベーション・エコシステム形成プログラム', [], 2016, None, '文部科学省',
     [F('start', '平成２８年度に始まった地域イノベーション・エコシステム形成プログラム', 'd13'),
      F('amount', '（１件当たり年３億円程度、５年間）', 'd13'),
      F('amount', '(１件当たり３億円/年：５年)', 's003')])

if errors:
    print('\n'.join(errors))
    sys.exit(1)
with open(os.path.join(HERE, 'programmes.json'), 'w', encoding='utf-8') as fh:
    json.dump(P, fh, ensure_ascii=False, indent=1)
    fh.write('\n')
print(f'{len(P)} programmes, {sum(len(p["facts"]) for p in P)} facts')
