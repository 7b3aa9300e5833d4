#!/usr/bin/env python3
"""Build programmes.json for dev22: each fact is (kind, doc, value[, note]); the line is found by searching value (NFKC, no spaces)."""
import json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
man = json.load(open(os.path.join(HERE, 'manifest.json'), encoding='utf-8'))
files = {d['file'][:3]: d['file'] for d in man['documents']}
nk = lambda s: re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))
lines = {k: open(os.path.join(HERE, 'docs', f), encoding='utf-8').read().split('\n')[:-1] for k, f in files.items()}
errs = []
def F(kind, doc, value, note=None, nth=0):
    hits = [i + 1 for i, l in enumerate(lines[doc]) if nk(value) in nk(l)]
    if not hits:
        errs.append(f'{doc}: {value!r} not found'); hits = [1]
    elif len(hits) > 1 and nth == 0:
        errs.append(f'{doc}: {value!r} on lines {hits} (give nth)')
    d = {'kind': kind, 'value': value, 'source': f'eval/dev22/docs/{files[doc]}', 'line': hits[max(nth - 1, 0)]}
    if note: d['note'] = note
    return d
P = []
P.append({'name': '森林資源高度利用技術地域実装拠点形成支援事業',
  'aliases': ['森林イノベ拠点事業', 'Regional Forest Resource Innovation Hub Programme'],
  'start_fy': 2020, 'end_fy': 2024, 'ministry': '林野庁（林政部 木材産業課；契約は支出負担行為担当官 林野庁林政部長）',
  'successors': ['森林資源循環イノベーション推進事業'],
  'facts': [F('start', 'd06', '令和２年度～令和６年度'), F('start', 'd05', 'FY2020-FY2024'),
            F('end', 'd03', '令和２年度から令和６年度まで'), F('end', 'd11', '本年３月で終了する'),
            F('ministry', 'd03', '林野庁林政部長', nth=1), F('ministry', 'd13', '林野庁 林政部 木材産業課'),
            F('count', 'd06', '全国６地域', note='6 regions selected 令和２年６月１９日'),
            F('count', 'd11', '応募１９件', note='19 proposals (d05: out of 19 proposals)'),
            F('amount', 'd13', '令和２年度３億円', note='national total budget R2 ３億円, R6 ２億６，５００万円 (6 regions incl. secretariat)'),
            F('amount', 'd14', '240,000', note='Niigata-Nagaoka hub national commissioning total (千円): 42,000 / 51,000 / 53,000 / 50,000 / 44,000'),
            F('amount', 'd05', 'JPY 240 million'),
            F('amount', 'd03', '金４４，０００，０００円', note='FY2024 contract ceiling, settled at the ceiling (d14)'),
            F('amount', 'd14', '53,000', note='FY2022 commissioning; the governor briefing d11 says ５，５００万円 (conflict 1)'),
            F('amount', 'd11', '５，５００万円', note='conflicts with 53,000千円 (d14)'),
            F('ministry', 'd06', '（公財）にいがた産業創造機構（ＮＩＣＯ）', note='core institution (run by) of the Niigata-Nagaoka hub')]})
P.append({'name': '森林資源循環イノベーション推進事業',
  'aliases': ['森林循環事業', 'Forest Resource Circulation Innovation Promotion Programme'],
  'start_fy': 2025, 'end_fy': None, 'ministry': '林野庁',
  'predecessors': ['森林資源高度利用技術地域実装拠点形成支援事業'],
  'facts': [F('start', 'd11', '令和７年度から後継'), F('start', 'd05', '(from FY2025)'),
            F('amount', 'd13', '２億８千万円', note='令和７年度概算要求'),
            F('amount', 'd11', '２億４千万円', note='令和７年度政府予算案', nth=2),
            F('amount', 'd13', '年２，５００万円以内', note='per region per year; 補助率１／２ (間接補助)'),
            F('amount', 'd12', '２，２００万円', note='Niigata-Nagaoka FY2025 交付決定額 (d05: JPY 22 million)'),
            F('count', 'd13', '８地域程度', note='planned in Dec 2024'),
            F('count', 'd12', '７地域が採択', note='actual, 公表 令和７年６月１３日, out of １５件'),
            F('duration', 'd13', '事業期間は最長３年'),
            F('duration', 'd14', '令和７～９年度', note='Niigata-Nagaoka period')]})
P.append({'name': 'にいがた次世代素材・ものづくり技術開発支援事業費補助金',
  'aliases': ['素材技術開発補助金', 'Niigata Next-Generation Materials and Manufacturing R&D Support Subsidy'],
  'start_fy': 2021, 'end_fy': 2025, 'ministry': '新潟県 産業労働部 創業・イノベーション推進課（令和７年度から 先端素材・研究開発推進室）',
  'successors': ['にいがた素材技術社会実装加速事業'],
  'facts': [F('start', 'd04', '制定　令和３年４月１日'), F('start', 'd05', 'FY2021-FY2025', nth=2),
            F('end', 'd04', '令和７年度末をもって廃止する予定'), F('end', 'd08', '令和７年度で終了する'),
            F('ministry', 'd06', 'にいがた次世代素材・ものづくり技術開発支援事業費補助金の執行', note='executed by 先端素材・研究開発推進室 from 令和７年４月１日'),
            F('amount', 'd08', '４８，０００│４８，０００', note='当初予算 (千円) R3 48,000 / R4 56,000 / R5 60,000 (最終 66,000) / R6 72,000 / R7 75,000'),
            F('amount', 'd08', '７５，０００│'),
            F('amount', 'd04', '【１，０００万円】', note='一般枠 cap from R6 (before: ８００万円); スタートアップ枠 ５００万円, 補助率 ４分の３'),
            F('count', 'd12', '２６件を採択', note='R3–R6; 製品化 ７件'),
            F('count', 'd08', '│Ｒ５　　│６０，０００│６６，０００│６３，１１８│　２３　│　　７　│', note='R5 adoptions 7 (CSV d15 has 7 rows); d05 says FY2023 8 (conflict 2)'),
            F('count', 'd05', 'FY2023 8', note='conflicts with ７ (d08)'),
            F('duration', 'd04', '交付決定の日から最長２年度とする。【ただし', note='一般枠 2 年度, スタートアップ枠 3 年度')]})
P.append({'name': 'にいがた素材技術社会実装加速事業',
  'aliases': [], 'start_fy': 2026, 'end_fy': 2028, 'ministry': '新潟県（（仮称）、令和８年度予算要求段階）',
  'predecessors': ['にいがた次世代素材・ものづくり技術開発支援事業費補助金'],
  'facts': [F('start', 'd08', '令和８年度～令和１０年度'), F('amount', 'd08', '９８，０００千円', note='要求額 (not yet decided)'),
            F('amount', 'd08', '上限２０，０００×３件', note='実装枠 補助率１／２')]})
P.append({'name': '越後森林素材イノベーション拠点 運営費補助',
  'aliases': [], 'start_fy': 2020, 'end_fy': 2024, 'ministry': '新潟県（県単）',
  'facts': [F('start', 'd08', '令和２～６年度'), F('amount', 'd08', '各年度８，０００千円'), F('amount', 'd14', '40,000', note='5-year total (千円)')]})
P.append({'name': '知的クラスター創成事業', 'aliases': [], 'start_fy': 2002, 'end_fy': None, 'ministry': '文部科学省',
  'facts': [F('start', 'd12', '平成１４年度から知的クラスター創成事業'), F('count', 'd12', '当初１２地域', note='新潟 was not among the areas')]})
P.append({'name': '都市エリア産学官連携促進事業', 'aliases': ['Urban Area Industry-Academia-Government Collaboration Promotion Programme'],
  'start_fy': 2002, 'end_fy': None, 'ministry': '文部科学省',
  'facts': [F('start', 'd12', '都市エリア事業で平成１４年度から', note='新潟エリア（ライフサイエンス分野）'),
            F('start', 'd05', 'from FY2002', note='wraps to l.18 (Niigata area, life sciences)'),
            F('ministry', 'd05', "MEXT's Urban Area")]})
P.append({'name': '地域イノベーション戦略支援プログラム', 'aliases': [], 'start_fy': 2011, 'end_fy': None, 'ministry': '文部科学省',
  'facts': [F('start', 'd12', '地域イノベーション戦略支援プログラム（平成２３年度～）')]})
P.append({'name': '地域イノベーション・エコシステム形成プログラム', 'aliases': [], 'start_fy': 2016, 'end_fy': None, 'ministry': '文部科学省',
  'facts': [F('start', 'd12', '（平成２８年度～）')]})
if errs:
    print('\n'.join(errs)); sys.exit(1)
json.dump(P, open(os.path.join(HERE, 'programmes.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
open(os.path.join(HERE, 'programmes.json'), 'a').write('\n')
print(len(P), 'programmes', sum(len(p['facts']) for p in P), 'facts')
