#!/usr/bin/env python3
"""Build eval/dev17/programmes.json (catalogue gold). Each fact's line is found by anchor text
that must occur on exactly one line of the cited file."""
import json, os, sys, unicodedata, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
files = {d['file'][:3]: d['file'] for d in json.load(open(os.path.join(HERE, 'manifest.json'), encoding='utf-8'))['documents']}
def src(doc):
    return f'eval/dev17/docs/{files[doc]}' if doc in files else f'seeds/{doc}'
def lines(doc):
    path = os.path.join(HERE, 'docs', files[doc]) if doc in files else os.path.join(ROOT, 'seeds', doc)
    return open(path, encoding='utf-8').read().split('\n')
errors = []
def F(kind, value, doc, anchor, note=None):
    L = lines(doc)
    hits = [i for i, l in enumerate(L) if anchor in l]
    if len(hits) != 1:
        errors.append(f'{doc} {anchor!r}: {len(hits)} lines'); return None
    d = {'kind': kind, 'value': value, 'source': src(doc), 'line': hits[0] + 1}
    if note: d['note'] = note
    return d
S0 = '000_375f904e8883610a.txt'
P = [
 dict(name='海事産業集積地域における次世代船舶技術研究開発・人材育成拠点形成支援事業', aliases=['海事イノベーション拠点事業'],
      start_fy=2016, end_fy=2020, ministry='国土交通省（海事局海事産業技術革新推進室；令和2年4月から海事局船舶産業課）', facts=[
  F('start','平成２８年度','p01','国土交通省では、平成２８年度から'),
  F('start','平成28年度','p04','事業開始年度'),
  F('start','2016年度','p11','・2016年度採択'),
  F('end','平成３２年度','p01','事業期間：', 'written in 2016, before the era change; 平成３２年度 = 令和2年度 = 2020'),
  F('end','令和2年度','p04','事業開始年度'),
  F('end','令和２年度','p14','本事業は令和２年度をもって終了'),
  F('end','2020年度','p11','・2020年度で国の支援終了予定'),
  F('ministry','国土交通省海事局海事産業技術革新推進室','p01','国土交通省海事局海事産業技術革新推進室'),
  F('ministry','船舶産業課','p04','担当課室', 'from 2020-04 (移管 from 海事産業技術革新推進室)'),
  F('amount','１億２，０００万円','p01','支援規模', 'per hub per year (maximum); 補助率１／２, ２／３ for 中小企業-led themes'),
  F('amount','８，０００万円','p01','支援規模', 'maximum in the first year'),
  F('amount','４８０百万円','p01','４８０百万円です', 'FY2016 budget'),
  F('amount','480','p04','当初予算	480', 'FY2016-FY2020 budgets 480/650/640/610/560 百万円 (R2 = 要求)'),
  F('amount','2940','p10','国予算額（百万円）', 'five-year total of national budget, 百万円'),
  F('amount','３億５，３００万円','p01','合　　計', 'first-year grants to the 5 hubs'),
  F('count','１６件','p01','提　　案　　数', 'proposals; p02 says 17件'),
  F('count','１７件','p02','の１７件の提案のうち', 'conflicts with p01 (１６件)'),
  F('count','５件','p01','採　　択　　数'),
  F('count','２０３社','p14','５拠点の参画企業数は合計', 'participating firms, 5 hubs, at the end'),
  F('duration','最長５年間','p01','事業期間：'),
 ]),
 dict(name='広島県新技術実用化加速事業費補助金', aliases=['実用化加速補助金','新技術実用化加速事業費補助金'],
      start_fy=2020, end_fy=None, ministry='広島県（商工労働局産業技術振興課研究開発支援グループ）', facts=[
  F('start','令和2年度','p03','A1 令和2年度にスタート'),
  F('start','R2','p10','※2 ものづくり'),
  F('start','令和2年度','p13','令和2年度の制度創設以来'),
  F('ministry','商工労働局 産業技術振興課 研究開発支援グループ','p03','A7 広島県'),
  F('amount','500万円','p03','試作開発型 |', '試作開発型, 補助率1/2以内, 1年度以内'),
  F('amount','2,000万円','p03','実用化型 |', '実用化型, 補助率2/3以内, 最長2年度'),
  F('amount','2,500万円','p03','海事・脱炭素枠（実用化型の特別枠）', '海事・脱炭素枠 (from 令和5年度)'),
  F('amount','50万円','p03','下限額はいずれも50万円', 'minimum'),
  F('amount','5,000万円','p06','予算は5,000万円', 'FY2020 initial budget'),
  F('amount','7,000万円','p03','令和5年度,7,000万円', 'FY2023 initial budget; 73,000千円 after the November supplementary budget (p13)'),
  F('amount','73,000千円','p13','予算現額　　　73,000千円'),
  F('amount','7,500万円','p09','7,500万円（令和6年度当初予算', 'FY2024 initial budget'),
  F('count','14件','p05','の14件の交付を決定', 'FY2023 adoptions; applications 38 (p05, p10, p13) or 39 (p09)'),
  F('count','61','p10','計,161,61', 'adoptions FY2020-FY2024 (sheet 2 total row: 応募161, 採択61)'),
  F('duration','最長2年度','p03','実用化型 |', '実用化型'),
 ]),
 dict(name='広島県ものづくり新技術開発支援補助金', aliases=['ものづくり新技術開発支援補助金'],
      start_fy=2013, end_fy=2019, ministry='広島県', facts=[
  F('start','平成２５年度','p02','平成２５年度に創設した'),
  F('start','平成25年度','p03','平成25年度から令和元年度まで実施していた'),
  F('end','令和元年度','p03','平成25年度から令和元年度まで実施していた'),
  F('end','令和元年度','p06','令和元年度で募集を終了'),
  F('end','R1','p10','※2 ものづくり', 'R1で廃止'),
  F('amount','３００万円','p02','支援補助金」は、上限', 'cap per project'),
  F('amount','２，５００万円','p02','広島県ものづくり新技術開発支援補助金は、今年度', 'FY2016 budget; p10 gives 25000千円'),
  F('count','１０件','p02','１０件を採択', 'FY2016 adoptions'),
 ]),
 dict(name='くれ海事イノベーションコンソーシアム運営費補助金', aliases=[], start_fy=2021, end_fy=None, ministry='広島県（呉市も別に補助）', facts=[
  F('amount','20000','p10','くれ海事コンソーシアム運営費補助', 'sheet 1 row: R3-R5 20,000千円, R6 22,000千円'),
  F('amount','20,000千円','p13','予算現額　　　20,000千円'),
  F('amount','22,000千円','p13','県の補助額を22,000千円に増額', 'from FY2024'),
  F('amount','広島県2,000万円','p08','その内訳は広島県2,000万円', 'of the consortium\'s 4,500万円 running cost'),
  F('start','令和3年4月','p08','拠点の活動は令和3年4月に', 'the consortium\'s launch; the subsidy supports it from FY2021'),
 ]),
 dict(name='知的クラスター創成事業（第Ⅰ期）', aliases=['知的クラスター創成事業'], start_fy=2002, end_fy=None, ministry='文部科学省', facts=[
  F('start','平成14～18年度','p07','参加し（平成14～18年度）', '広島地域「広島バイオクラスター」 only'),
  F('start','2002～2006年度','p11','・2002～2006年度', '広島地域 only'),
  F('start','平成１４年度','p15','本県は平成１４年度から５年間'),
  F('end','平成１８年度','p15','平成１８年度で終了いたしました', '広島地域 only'),
  F('start','平成１４',S0,'知的クラスター創成事業（第Ⅰ期）（平成１４～２０年度）', 'national programme, seeds'),
  F('ministry','文部科学省','p07','本県は、第2期科学技術基本計画の下で文部科学省'),
  F('amount','5億円','p11','・国：1地域あたり年5億円程度'),
  F('duration','5年間','p11','・2002～2006年度（5年間）'),
 ]),
 dict(name='都市エリア産学官連携促進事業', aliases=['都市エリア産学官連携促進事業（発展型）'], start_fy=2002, end_fy=None, ministry='文部科学省', facts=[
  F('start','平成２０年度','p15','平成２０年度から３年間', '広島圏域エリア (発展型) only'),
  F('start','2008～2010年度','p11','「広島圏域エリア」2008～2010年度', '広島圏域エリア only'),
  F('duration','３年間','p15','平成２０年度から３年間'),
  F('start','平成１４年',S0,'（平成１４年～２１年度）', 'national programme, seeds'),
 ]),
 dict(name='地域産学官共同研究拠点整備事業', aliases=['JST地域産学官共同研究拠点整備事業'], start_fy=2009, end_fy=None, ministry='科学技術振興機構（JST）', facts=[
  F('start','2009年12月','p11','JST地域産学官共同研究拠点整備事業に採択', 'adoption of the Hiroshima proposal (ひろしま医工連携・先進医療イノベーション拠点)'),
 ]),
 dict(name='地方大学・地方産業創生交付金', aliases=[], start_fy=2018, end_fy=None, ministry='内閣府', facts=[
  F('start','平成30年度','p06','三つ目に、平成30年度に内閣府', 'year Hiroshima\'s programme was adopted'),
  F('ministry','内閣府','p06','三つ目に、平成30年度に内閣府'),
 ]),
]
for p in P:
    p['facts'] = [f for f in p['facts'] if f]
if errors:
    print('\n'.join(errors)); sys.exit(1)
json.dump(P, open(os.path.join(HERE, 'programmes.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(P), 'programmes,', sum(len(p['facts']) for p in P), 'facts')
