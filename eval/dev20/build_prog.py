#!/usr/bin/env python3
"""Build eval/dev20/programmes.json (catalogue gold). Each fact value is looked up in its document;
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
    return f if f.startswith('seeds/') else f'eval/dev20/docs/{f}'


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


prog('地域知的財産活用型産学連携拠点形成支援事業',
     ['地域知財拠点事業', '知財ハブ事業', 'Regional IP Hub Programme'], 2019, 2023,
     '特許庁（総務部普及支援課；事務局 独立行政法人工業所有権情報・研修館（INPIT））',
     [F('start', '令和元年度から実施してきた', 'd06'),
      F('start', '令和元～５年度', 'd01'),
      F('start', 'FY2019-FY2023', 'd09'),
      F('end', '令和５年度をもって終了', 'd06'),
      F('ministry', '特許庁総務部普及支援課', 'd06'),
      F('amount', '380', 'd06', '令和元年度', 'national budget (百万円): R1 380 / R2 420 / R3 450 / R4 430 / R5 400; 執行 352 / 398 / 441 / 417'),
      F('amount', '400', 'd06', '令和５年度　　　400'),
      F('amount', '５，０００万円以内', 'd06', '１地域当たりの委託費', 'per region per year (first year ４，５００万円以内); S regions 5,500万円 from R4 (d14)'),
      F('amount', '227,000', 'd11', '計　　', 'Okayama-Kurashiki national commissioning total (千円); ２億２，７００万円 in d01; d09 says JPY 232 million (conflict)'),
      F('amount', 'JPY 232 million', 'd09', note='conflicts with 227,000千円 (d11) / ２億２，７００万円 (d01)'),
      F('amount', '48,000', 'd11', 'R2(2020)', 'Okayama FY2020 national commissioning; the assembly answer d02 says ４，６００万円 (conflict)'),
      F('count', '全国から２３件の提案', 'd07', note='proposals; the newspaper d12 says 24件 (conflict)'),
      F('count', '全国から24件の応募', 'd12', note='conflicts with ２３件 (d07)'),
      F('count', '８地域を選定', 'd07'),
      F('count', '７', 'd06', '令和４年度　　　430', 'regions from FY2022 after 佐世保・諫早 withdrew (令和４年３月末)'),
      F('duration', '最長５年間', 'd07')],
     successors=['地域知財エコシステム形成支援事業'])

prog('地域知財エコシステム形成支援事業',
     ['知財エコ事業', "Regional IP Ecosystem Formation Support Programme"], 2024, None, '特許庁（総務部普及支援課）',
     [F('start', '令和６年度から', 'd01', '地域知財エコシステム形成支援事業'),
      F('start', '2024年度からは特許庁の後継事業', 'd04'),
      F('ministry', '特許庁総務部普及支援課', 'd06', note='integration of 地域知財拠点事業 and 知財経営支援ネットワーク構築事業 (d06 ポイント)'),
      F('amount', '520', 'd06', '（新規・統合）', 'FY2024 概算要求 (百万円)'),
      F('amount', '３，０００万円以内', 'd06', note='per region per year; 補助率１／２ (indirect via prefectures)'),
      F('amount', '24,000千円', 'd11', note='Okayama FY2024 national subsidy (事業費48,000千円)'),
      F('count', '１０地域程度', 'd06', note='planned, not actual'),
      F('duration', '最長３年間', 'd06', '国 → 都道府県')],
     predecessors=['地域知的財産活用型産学連携拠点形成支援事業', '知財経営支援ネットワーク構築事業'])

prog('知財経営支援ネットワーク構築事業', [], 2020, 2023, '特許庁',
     [F('start', '令和２年度から', 'd06', '商工会議所'),
      F('amount', '150', 'd06', '知財経営支援ネットワーク構築事業150', 'FY2023 budget (百万円)')],
     successors=['地域知財エコシステム形成支援事業'])

prog('おかやま次世代技術共創研究開発支援事業',
     ['共創研究開発事業', '共創R&D', 'Okayama Next-Generation Technology Co-Creation R&D Support Programme'], 2020, 2024,
     '岡山県（産業労働部産業振興課 研究開発推進班）',
     [F('start', '令和２～６年度', 'd01'),
      F('end', 'FY2020-FY2024', 'd09'),
      F('amount', '60,000', 'd11', '共創研究開発事業', '当初予算 (千円): R2 60,000 / R3 72,000 / R4 75,000 / R5 80,000 (補正後 86,500) / R6 78,000'),
      F('amount', '86,500千円', 'd11', '注１）'),
      F('amount', '年１，０００万円以内', 'd03', note='一般枠 cap, 補助率２／３; スタートアップ枠 (R4–) 上限500万円・3/4'),
      F('count', '２９件を採択', 'd01', note='104 applications, 29 adopted over five years'),
      F('count', '8件', 'd04', '令和4年度', 'R4 adoptions per the interview; d11 says 7 (conflict)'),
      F('count', '１１件', 'd01', '製品化又はサービス化', 'commercialised by end of FY2024'),
      F('duration', '最長３年度', 'd15')],
     successors=['おかやま研究成果実装加速化事業'], predecessors=['岡山県新技術創出研究開発補助金'])

prog('おかやま研究成果実装加速化事業',
     ['実装加速化事業', 'Okayama Research Outcome Implementation Acceleration Programme'], 2025, None,
     '岡山県（産業労働部産業振興課 研究開発推進班）',
     [F('start', '令和７年度に創設された', 'd01'),
      F('start', 'April 2025 (FY2025)', 'd09'),
      F('amount', '当初予算90,000千円', 'd05'),
      F('amount', 'JPY 90 million', 'd09'),
      F('amount', '上限年２，０００万円', 'd15', note='実装枠, 補助率１／２, 最長２年度; Startup Track 2/3, JPY 5 million (d09)'),
      F('duration', 'up to two fiscal years', 'd09')],
     predecessors=['おかやま次世代技術共創研究開発支援事業'])

prog('岡山県新技術創出研究開発補助金', ['旧新技術補助金', '新技術創出研究開発補助金'], 2015, 2019, '岡山県',
     [F('start', 'H27〜R1', 'd05'),
      F('amount', '上限５００万円', 'd15', '**旧新技術補助金**', '補助率１／２')],
     successors=['おかやま次世代技術共創研究開発支援事業'])

prog('知的クラスター創成事業', ['知クラ'], 2002, 2008, '文部科学省',
     [F('start', '平成１４年度に始まった', 'd15'),
      F('start', '平成14年7月から事業を開始', 's002'),
      F('end', '（平成１４～２０年度）', 's000', note='第Ⅰ期, national period from the seed; Okayama had no area'),
      F('amount', '年５億円程度', 'd15'),
      F('count', '12地域', 'd05')])

prog('知的クラスター創成事業（第Ⅱ期）', [], 2007, 2009, '文部科学省',
     [F('start', '知的クラスター創成事業（第Ⅱ期） 開始', 'd05'),
      F('end', '（平成１９～２１年度）', 's000')])

prog('都市エリア産学官連携促進事業', ['都市エリア'], 2002, 2009, '文部科学省',
     [F('start', '平成１４年度開始', 'd15'),
      F('start', '平成十四年度から十六年度まで', 'd02', note='岡山西部エリア (一般型)'),
      F('end', '（平成１４年～２１年度）', 's000'),
      F('amount', '年１億円程度', 'd15', note='一般型 per region per year, ３年間'),
      F('amount', '92,500', 's001', '岡山西部', 'seed table row 岡山西部 Ｈ１４ (units presumably 千円)'),
      F('duration', '３年間', 'd15', '**都市エリア**')])

prog('地域イノベーションクラスタープログラム', [], 2010, None, '文部科学省',
     [F('start', '地域イノベーションクラスタープログラム', 'd05')])

prog('地域イノベーション戦略支援プログラム', [], 2011, None, '文部科学省（地域イノベーション戦略推進地域は文部科学省・経済産業省・農林水産省・総務省が共同選定）',
     [F('start', '平成２３年度に始まった', 'd15'),
      F('start', '地域イノベーション戦略支援プログラム 開始', 'd05'),
      F('ministry', '文部科学省・経済産業省・農林水産省・総務省', 'd15')])

prog('地域イノベーション・エコシステム形成プログラム', ['エコシステム形成プログラム'], 2016, None, '文部科学省',
     [F('start', '平成２８年度開始', 'd15'),
      F('amount', '(１件当たり３億円/年：５年)', 's003'),
      F('amount', '2,260百万円（新規）', 's003', note='H28 要求・要望額')])

prog('地域研究開発促進拠点支援（RSP）事業', ['RSP事業'], 1998, 2001, '科学技術振興事業団',
     [F('start', 'H10〜H13の4年間', 'd05', note="Okayama's period (ネットワーク構築型)"),
      F('start', '1998～2001年度', 'd12')])

if errors:
    print('\n'.join(errors))
    sys.exit(1)
with open(os.path.join(HERE, 'programmes.json'), 'w', encoding='utf-8') as fh:
    json.dump(P, fh, ensure_ascii=False, indent=1)
    fh.write('\n')
print(f'{len(P)} programmes, {sum(len(p["facts"]) for p in P)} facts')
