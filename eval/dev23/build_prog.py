#!/usr/bin/env python3
"""Build eval/dev23/programmes.json (catalogue gold; adapted from eval/dev20/build_prog.py). Each fact value
is looked up in its document; an anchor picks the line when the value occurs on several lines. Stops on a
missing or ambiguous value."""
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
    return f if f.startswith('seeds/') else f'eval/dev23/docs/{f}'


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


prog('養殖業環境変動適応技術開発・実装拠点形成事業',
     ['養殖適応拠点事業', '養殖の温暖化対策拠点事業', 'Aquaculture Climate Adaptation Hub Programme'], 2020, 2024,
     '水産庁（増殖推進部研究指導課）',
     [F('start', '令和２年度から養殖業環境変動適応技術開発・実装拠点形成事業', 'd01'),
      F('start', '令和２～６年度', 'd06', '①養殖業環境変動適応'),
      F('start', 'FY2020-FY2024', 'd04'),
      F('end', '６年度をもって終了する予定', 'd01'),
      F('ministry', '水産庁', 'd01', '部局等　　　　　水産庁'),
      F('amount', '３６０', 'd06', '予算額　　', 'national budget (百万円): R2 360 / R3 420 / R4 410 / R5 380 / R6 350; 執行 318 / 402 / 395 / 366 / ―'),
      F('amount', '３５０百万円', 'd06', note='FY2024 (令和６年度) budget'),
      F('amount', '６，０００万円', 'd01', '１拠点当たり年間', 'cap per hub per year (初年度 ４，０００万円); 定額 for 3 years, then 2/3'),
      F('amount', '１４億８１００万余円', 'd01', note='national subsidies R2–R5 examined by the Board of Audit (= 執行 318+402+395+366)'),
      F('amount', 'JPY 251 million', 'd04', note="Kagoshima hub's five-year total; d11 says 約２億５千万円, the editorial d05 says 約２億６千万円 (conflict)"),
      F('count', '計７拠点', 'd01', note='6 selected 令和２年７月 + 1 (噴火湾) in 令和３年度; 6 in 令和５–６年度 after 宿毛湾 withdrew at the end of 令和４年度'),
      F('count', '５年度の実施拠点は６拠点', 'd01'),
      F('count', '全国７拠点の一つ', 'd15', note='stated for 令和５年度 in the visit brief; conflicts with 6 in d01/d06'),
      F('duration', '令和２年度～６年度', 'd06')],
     successors=['水産業気候変動適応・社会実装加速化事業'],
     predecessors=['養殖漁場環境モニタリング高度化実証事業'])

prog('水産業気候変動適応・社会実装加速化事業',
     ['適応実装加速化事業', 'Fisheries Climate Adaptation Scale-up Programme'], 2025, 2029, '水産庁（増殖推進部研究指導課）',
     [F('start', '令和７年度～令和１１年度', 'd06'),
      F('ministry', '水産庁増殖推進部研究指導課', 'd06'),
      F('amount', '６４０百万円', 'd06', note='FY2025 概算要求 (うち新規採択地域分 ４２０百万円); 総事業費 約２８億円'),
      F('amount', '５億９千万円', 'd11', note='FY2025 政府予算案 as stated on the radio'),
      F('amount', '４，０００万円以内', 'd06', note='per region per year; 補助率１／２ (離島を含む計画は２／３)'),
      F('count', '８地域程度', 'd06', note='planned for FY2025; the actual national number is not given'),
      F('duration', '最長３年間', 'd06', '１地域当たり年間')],
     predecessors=['養殖業環境変動適応技術開発・実装拠点形成事業', '有害プランクトン早期検知技術普及事業'])

prog('有害プランクトン早期検知技術普及事業', [], 2021, 2024, '水産庁',
     [F('start', '令和３～６年度', 'd06'),
      F('amount', '９０百万円', 'd06', note='FY2024 budget')],
     successors=['水産業気候変動適応・社会実装加速化事業'])

prog('養殖漁場環境モニタリング高度化実証事業',
     ['モニタリング実証', 'Aquaculture Ground Monitoring Demonstration Project'], 2016, 2019, '水産庁',
     [F('start', '平成２８年度～令和元年度', 'd06'),
      F('start', 'FY2016-FY2019', 'd04'),
      F('amount', '１７０百万円', 'd06', note='FY2019 (令和元年度) budget; 委託'),
      F('count', '全国１２地区', 'd06', note='d13 says 全国１１地区 (conflict)'),
      F('count', '全国１１地区', 'd13', note='conflicts with 全国１２地区 (d06)')],
     successors=['養殖業環境変動適応技術開発・実装拠点形成事業'])

prog('かごしま海洋・水産新技術事業化支援事業費補助金',
     ['かごしま海洋・水産新技術事業化支援事業', '海洋新技術補助金', 'Kagoshima Marine and Fisheries Technology Commercialisation Grant'],
     2021, None, '鹿児島県（商工労働水産部 産学官連携推進室）',
     [F('start', '令和3年4月1日施行', 'd12'),
      F('start', '令和３年度から実施', 'd11'),
      F('amount', '６０，０００千円', 'd15', note='令和５年度 当初予算; 補正後 66,000千円 (d12)'),
      F('amount', '補正後66,000千円', 'd12'),
      F('amount', '６，４００万円', 'd11', note='令和７年度 当初予算案 (64,000千円 in d02/d12)'),
      F('amount', '上限は年８００万円', 'd11', note='一般枠 補助率３分の２; 実証枠 (令和５年度～) 補助率２分の１・上限年１，５００万円'),
      F('count', '計２３件', 'd11', note='adoptions R3 5 / R4 6 / R5 7 / R6 5 (radio); d12 gives 採択8件 for R5 (conflict)'),
      F('count', '採択8件', 'd12', note='令和５年度; conflicts with ５年度が７件 (d11)'),
      F('duration', '最長２年度', 'd11')],
     predecessors=['かごしま地域資源活用研究開発補助金'])

prog('かごしま地域資源活用研究開発補助金', [], 2015, 2020, '鹿児島県',
     [F('start', '平成27年4月1日施行', 'd12'),
      F('end', '令和2年度末で廃止', 'd12')],
     successors=['かごしま海洋・水産新技術事業化支援事業費補助金'])

prog('垂水市養殖業スマート化導入支援補助金', ['養殖業スマート化導入支援補助金'], 2022, None, '垂水市',
     [F('start', '令和４年度～', 'd15'),
      F('amount', '上限２００万円', 'd11', note='補助率１／２'),
      F('amount', '１２，０００千円', 'd15', note='令和５年度予算額'),
      F('count', '交付４件', 'd15', note='令和４年度 (補助額計６２０万円)')])

prog('都市エリア産学官連携促進事業', ['都市エリア'], 2002, 2009, '文部科学省',
     [F('start', '平成１４年度の文部科学省の都市エリア産学官連携促進事業', 'd11', note='鹿児島市エリア selected'),
      F('end', '（平成１４年～２１年度）', 's000'),
      F('amount', '92,500', 's001', '鹿児島市', 'seed table row 鹿児島市 Ｈ１４ (千円)')])

prog('知的クラスター創成事業', [], 2002, 2008, '文部科学省',
     [F('start', '平成１４～２０年度', 'd06'),
      F('end', '知的クラスター創成事業（第Ⅰ期）（平成１４～２０年度）', 's000')])

prog('地域イノベーション・エコシステム形成プログラム', [], 2016, None, '文部科学省',
     [F('start', '平成２８年度～', 'd06', 'エコシステム形成プログラム'),
      F('amount', '(１件当たり３億円/年：５年)', 's003')])

if errors:
    print('\n'.join(errors))
    sys.exit(1)
with open(os.path.join(HERE, 'programmes.json'), 'w', encoding='utf-8') as fh:
    json.dump(P, fh, ensure_ascii=False, indent=1)
    fh.write('\n')
print(f'{len(P)} programmes, {sum(len(p["facts"]) for p in P)} facts')
