#!/usr/bin/env python3
"""Build eval/dev19/programmes.json (the catalogue gold). Each value is looked up in its file; an anchor word picks
the line when the value occurs on several lines. Stops if a value is missing or ambiguous."""
import json, os, re, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
WS = re.compile(r'\s+')
def nk(s): return WS.sub('', unicodedata.normalize('NFKC', s))
def path(key):
    if key.startswith('q'):
        f = [d for d in os.listdir(HERE + '/docs') if d.startswith(key + '_')][0]; return 'eval/dev19/docs/' + f, HERE + '/docs/' + f
    f = [d for d in os.listdir(ROOT + '/seeds') if d.startswith(key[1:] + '_')][0]; return 'seeds/' + f, ROOT + '/seeds/' + f
def F(kind, value, key, anchor=None, note=None):
    s, p = path(key); L = open(p, encoding='utf-8').read().split('\n')
    def on(i):
        here, both = nk(L[i]), nk(L[i] + (L[i + 1] if i + 1 < len(L) else ''))
        return nk(value) in here or (nk(value) in both and both.find(nk(value)) < len(here))
    hits = [i + 1 for i, l in enumerate(L) if on(i) and (anchor is None or nk(anchor) in nk(l))]
    assert len(hits) >= 1, (value, key, anchor)
    if len(hits) > 1: raise SystemExit(f'ambiguous {value} in {key}: {hits}')
    d = {'kind': kind, 'value': value, 'source': s, 'line': hits[0]}
    if note: d['note'] = note
    return d
P = [
{'name': '地域課題解決型科学技術・イノベーション社会実装拠点形成及び実装人材循環推進事業',
 'aliases': ['地域社会実装拠点事業', '社実拠点', '拠点事業'], 'start_fy': 2020, 'end_fy': 2024,
 'ministry': '内閣府（政策統括官（科学技術・イノベーション担当）；令和3年4月1日から科学技術・イノベーション推進事務局、参事官（地域実装担当））',
 'facts': [
  F('start', '令和２年度', 'q07', '事業開始年度'),
  F('start', '令和二年度', 'q03', '内閣府は'),
  F('end', '令和６年度', 'q07', '事業開始年度'),
  F('end', '令和6年度で終了', 'q01'),
  F('end', 'FY2020 to FY2024', 'q15'),
  F('ministry', '科学技術・イノベーション推進事務局', 'q07'),
  F('ministry', '政策統括官（科学技術・イノベーション担当）', 'q03', '令和三年四月一日に内閣府', note='value runs over l.38-39'),
  F('amount', '１億５，０００万円', 'q07', note='per hub per year (maximum); first year 1億円以内; 補助率2/3'),
  F('amount', '６５０', 'q07', '当初予算', note='national budget (百万円): R2 650 / R3 820 / R4 800 / R5 760 / R6 700 (要求)'),
  F('amount', '７７２', 'q07', '６４１', note='FY2022 execution; 執行率 96.5%'),
  F('amount', '9,800万円', 'q06', note='Sapporo-Ebetsu first-year national grant'),
  F('amount', '6億1,000万円', 'q12', note='Sapporo-Ebetsu five-year national total; 610,000千円 in q09; q15 says JPY 630 million (conflict)'),
  F('amount', 'JPY 630 million', 'q15', note='conflicts with 6億1,000万円 (q02, q12, q13) and 610,000千円 (q09)'),
  F('count', '十九件', 'q03', note='proposals to the 2020 call; q07 １９件; the governor (q06) says 20件 (conflict)'),
  F('count', '20件', 'q06', note='conflicts with 19 (q03, q07)'),
  F('count', '六拠点', 'q03'),
  F('count', '４８社', 'q02', note='Sapporo-Ebetsu firms at the end (21 at the start)'),
  F('duration', '最長５年', 'q07'),
 ]},
{'name': '地域未来技術社会実装推進交付金', 'aliases': ['後継交付金'], 'start_fy': 2025, 'end_fy': None, 'ministry': '内閣府',
 'facts': [
  F('start', '令和7年度から', 'q01', '地域未来技術社会実装推進交付金'),
  F('start', '2025年度〜', 'q08'),
  F('amount', '年50,000千円以内', 'q09', note='Sapporo-Ebetsu hub, 補助率1/2, R7-R9'),
  F('amount', '4,800万円', 'q13', note='Sapporo-Ebetsu FY2025 交付決定額'),
  F('duration', 'R7〜R9', 'q09'),
 ]},
{'name': '地域科学技術実証拠点整備モデル事業', 'aliases': [], 'start_fy': 2017, 'end_fy': 2019, 'ministry': '内閣府',
 'facts': [
  F('start', '平成２９', 'q07', 'モデル３地域'),
  F('end', '令和元年度', 'q07', 'モデル３地域'),
  F('amount', '３，０００万円以内', 'q07', note='per model area per year'),
  F('count', 'モデル３地域', 'q07'),
 ]},
{'name': '北海道先端技術社会実装促進事業費補助金', 'aliases': ['社会実装促進補助金', '実装補助金', '促進補助金'],
 'start_fy': 2021, 'end_fy': None, 'ministry': '北海道（経済部 産業振興局 科学技術振興室 研究開発推進係）',
 'facts': [
  F('start', '令和3年度に創設', 'q01'),
  F('start', '2021年度〜', 'q08'),
  F('ministry', '科学技術振興室 研究開発推進係', 'q01', '北海道 経済部'),
  F('amount', '上限500万円', 'q01', note='一般枠, 補助率1/2, 1年度以内'),
  F('amount', '上限2,000万円', 'q01', note='実装枠, 補助率2/3, 最長2年度'),
  F('amount', '上限3,000万円', 'q01', note='寒冷地実証枠 (from 令和5年度), 補助率2/3'),
  F('amount', '50万円', 'q01', note='minimum grant'),
  F('amount', '80,000', 'q08', '制度創設', note='当初予算 (千円): 2021 80,000 / 2022 90,000 / 2023 100,000 (補正後 112,000) / 2024 110,000 / 2025 120,000'),
  F('amount', '112,000', 'q08', note='FY2023 after the September supplementary budget'),
  F('amount', '120,000千円', 'q01'),
  F('count', '応募42件に対し15件', 'q01', note='FY2024; FY2021 26/10, FY2022 31/12, FY2023 38/14 (q08)'),
  F('count', '１５件を採択', 'q04', note='FY2023 adoptions per the committee; q08 and q14 give 14 (conflict)'),
  F('duration', '最長2年度', 'q01', '実装枠'),
 ]},
{'name': '北海道新技術・新製品開発支援補助金', 'aliases': ['新技術補助金', '旧補助金'], 'start_fy': 2015, 'end_fy': 2020, 'ministry': '北海道',
 'facts': [
  F('start', 'H27', 'q05', '旧補助金'),
  F('end', '令和2年度まで', 'q01'),
  F('amount', '補助上限300万円', 'q01', note='補助率1/2'),
  F('count', '応募88件・採択37件', 'q08', note='FY2015-FY2019'),
 ]},
{'name': '知的クラスター創成事業', 'aliases': [], 'start_fy': 2002, 'end_fy': 2006, 'ministry': '文部科学省',
 'facts': [
  F('start', '2002年（平成14年）', 'q11', note='札幌ITカロッツェリアクラスター, one of 12地域 (seeds/002 l.45), from 7月; national 第Ⅰ期 平成１４～２０年度 (seeds/000)'),
  F('start', 'H14〜H18', 'q05', note='end_fy is the end of Sapporo\'s part'),
  F('end', '2006年度まで', 'q11'),
  F('start', '平成１４～２０年度', 's000', note='national period of 第Ⅰ期'),
  F('ministry', '文部科学省の知的クラスター創成事業', 'q11'),
 ]},
{'name': '知的クラスター創成事業（第Ⅱ期）', 'aliases': [], 'start_fy': 2007, 'end_fy': 2009, 'ministry': '文部科学省',
 'facts': [
  F('start', '2007年度（平成19年度）', 'q11', note='さっぽろバイオクラスター構想"Bio-S"'),
  F('start', '平成１９～２１年度', 's000', note='national period; Bio-S reorganised into 地域イノベーションクラスタープログラム（グローバル型） in 2010年4月 (q11)'),
  F('end', '2010年4月', 'q11'),
 ]},
{'name': '地域イノベーションクラスタープログラム（グローバル型）', 'aliases': [], 'start_fy': 2010, 'end_fy': None, 'ministry': '文部科学省',
 'facts': [
  F('start', '2010年4月', 'q11', note='Bio-S moved into it; national 地域イノベーションクラスタープログラム 平成２２年度 (seeds/000)'),
 ]},
{'name': '都市エリア産学官連携促進事業', 'aliases': [], 'start_fy': 2003, 'end_fy': 2008, 'ministry': '文部科学省',
 'facts': [
  F('start', '平成１５年度', 'q04', note='函館エリア 一般型 H15-H17, 発展型 H18-H20; national 平成１４年～２１年度 (seeds/000)'),
  F('start', '2003年度', 'q11'),
  F('end', 'H18〜H20', 'q05'),
  F('amount', '92,500千円', 'q11', note='函館 first-year 事業費; seeds/001 l.1709 函館 Ｈ１５ 92,500'),
  F('amount', '92,500', 's001', '函館'),
 ]},
{'name': '知的クラスター創成事業（グローバル拠点育成型）', 'aliases': [], 'start_fy': 2009, 'end_fy': 2013, 'ministry': '文部科学省',
 'facts': [
  F('start', '平成２１年度', 'q04'),
  F('end', 'H21〜H25', 'q05'),
  F('count', '全国4地域', 'q11', note='函館, 山口, 徳島, 久留米'),
 ]},
{'name': '地域イノベーション戦略支援プログラム', 'aliases': [], 'start_fy': 2011, 'end_fy': None, 'ministry': '文部科学省',
 'facts': [
  F('start', '国はH23〜', 'q05'),
  F('start', '平成２３年度～', 's000'),
 ]},
]
json.dump(P, open(HERE + '/programmes.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
open(HERE + '/programmes.json', 'a').write('\n')
print(len(P), sum(len(p['facts']) for p in P))
