import json, os, re, unicodedata
HERE='/work/main/eval/dev18'; ROOT='/work/main'
WS=re.compile(r'\s+')
def nk(s): return WS.sub('',unicodedata.normalize('NFKC',s))
def path(key):
    if key.startswith('q'):
        f=[d for d in os.listdir(HERE+'/docs') if d.startswith(key+'_')][0]; return 'eval/dev18/docs/'+f, HERE+'/docs/'+f
    f=[d for d in os.listdir(ROOT+'/seeds') if d.startswith(key[1:]+'_')][0]; return 'seeds/'+f, ROOT+'/seeds/'+f
def F(kind, value, key, anchor=None, note=None):
    s,p=path(key); L=open(p,encoding='utf-8').read().split('\n')
    hits=[i+1 for i,l in enumerate(L) if nk(value) in nk(l) and (anchor is None or nk(anchor) in nk(l))]
    assert len(hits)>=1, (value,key,anchor)
    if len(hits)>1 and anchor is None: raise SystemExit(f'ambiguous {value} in {key}: {hits}')
    d={'kind':kind,'value':value,'source':s,'line':hits[0]}
    if note: d['note']=note
    return d
P=[
{'name':'地域医療機器・ヘルスケア産業集積拠点における実用化研究開発及び臨床現場人材育成支援事業',
 'aliases':['地域医療機器拠点事業','医機拠点事業','医機拠点'],'start_fy':2017,'end_fy':2021,
 'ministry':'厚生労働省（医政局経済課 地域医療産業連携推進室；令和3年4月から医政局経済課）',
 'facts':[
  F('start','平成２９年度','q06','厚生労働省では'),
  F('start','平成29年度','q15'),
  F('start','2017','q10','地域医療機器拠点事業'),
  F('end','平成３３年度','q06',note='written in 2017, before the era change; 平成３３年度 = 令和3年度 = 2021'),
  F('end','令和３年度','q11','補助期間を終えた'),
  F('end','令和3年度','q03','地域医療機器拠点事業'),
  F('end','FY2017-FY2021','q09'),
  F('ministry','厚生労働省医政局経済課　地域医療産業連携推進室','q06'),
  F('ministry','医政局経済課','q04','廃止',note='推進室 abolished at the end of 令和3年3月; 経済課 directly from 令和3年4月'),
  F('amount','１億円','q06','補助 額',note='per hub per year (maximum); 補助率２／３, ３／４ for themes led by a medical institution or an SME'),
  F('amount','７，０００万円','q06','初年度は',note='maximum in the first year'),
  F('amount','３億２，４００万円','q06',note='first-year grants to the 5 hubs'),
  F('amount','４００百万円','q06',note='FY2017 national budget'),
  F('amount','２，４１０','q11',note='national budget FY2017-FY2021: 400/530/520/500/460 百万円'),
  F('amount','２０億２，４００万円','q11',note='grants to the 5 hubs over five years'),
  F('amount','４億４，０００万円','q11',note='Tokushima-Anan hub, five years; q04 gives 44,000万円 (6,800/9,500/10,000/9,200/8,500); q09 gives JPY 450 million (conflict)'),
  F('amount','JPY 450 million','q09',note='conflicts with 4億4,000万円 in q04 and q11'),
  F('count','１４件','q06',note='proposals; q05 (newspaper) says 15件'),
  F('count','15件','q05',note='conflicts with q06 (１４件)'),
  F('count','５件','q06','採択件数'),
  F('count','１４５社','q11',note='participating firms of the 5 hubs at the end'),
  F('count','３２社','q11','徳島・阿南地域（徳島県）',note='Tokushima-Anan hub at the end (17社 at the start)'),
  F('duration','最長５年間','q06'),
 ]},
{'name':'地域ヘルスケア実装総合支援事業','aliases':[],'start_fy':2022,'end_fy':None,'ministry':'厚生労働省',
 'facts':[
  F('start','令和４年度','q11','統合された'),
  F('start','R4','q04','統合',note='地域医療機器拠点事業 merged into it'),
  F('amount','3,000万円','q04',note='per year (maximum) to （一財）徳島医療産業推進機構, 補助率1/2, R4-R6'),
  F('duration','R4〜R6の3か年','q04'),
 ]},
{'name':'徳島県次世代技術事業化促進事業費補助金','aliases':['事業化促進補助金','次世代技術事業化促進事業費補助金','事業化補助金','促進補助金'],
 'start_fy':2021,'end_fy':None,'ministry':'徳島県（商工労働観光部 新産業・科学技術振興課 研究開発支援担当）',
 'facts':[
  F('start','令和３年４月１日','q01'),
  F('start','令和3年度','q03','創設'),
  F('start','FY2021','q09','launched'),
  F('ministry','新産業・科学技術振興課','q02','徳島県 商工労働観光部 新産業・科学技術振興課 研究開発支援担当'),
  F('amount','３００万円','q01','研究開発型',note='研究開発型, 補助率１／２, 1年度以内'),
  F('amount','１，５００万円','q01','事業化型',note='事業化型, 補助率２／３, 最長２年度'),
  F('amount','２，０００万円','q01','ヘルスケア',note='ヘルスケア・医療機器枠, 補助率２／３, from 令和５年度'),
  F('amount','３０万円','q01',note='minimum grant'),
  F('amount','40,000千円','q04','R3',note='FY2021 initial budget'),
  F('amount','45,000千円','q04',note='FY2022 initial budget'),
  F('amount','55,000千円','q04',note='FY2023 initial budget; 58,000千円 after the November supplementary budget'),
  F('amount','58,000千円','q04'),
  F('amount','60,000千円','q02',note='FY2024 initial budget'),
  F('count','18件／7件','q04',note='FY2021 applications / adoptions'),
  F('count','24件／9件','q04',note='FY2022; q12 says 10件 交付決定 (conflict)'),
  F('count','１０件','q12',note='FY2022 交付決定 per the audit; conflicts with 9 (q04, q08)'),
  F('count','29件／11件','q04',note='FY2023'),
  F('count','60000,33','q08',note='FY2024 applications: 33'),
  F('duration','最長２年度','q01','事業化型'),
 ]},
{'name':'徳島県新製品研究開発支援補助金','aliases':['新製品研究開発支援補助金','新製品補助金','旧補助金'],
 'start_fy':2014,'end_fy':2020,'ministry':'徳島県',
 'facts':[
  F('start','平成26年度','q03'),
  F('start','平成２６年４月１日','q01'),
  F('end','令和2年度','q03','廃止'),
  F('amount','200万円','q03','補助上限',note='cap; 補助率1/2'),
  F('count','６２件','q07',note='applications FY2014-FY2018; adoptions 29件'),
  F('count','２９件','q07'),
 ]},
{'name':'知的クラスター創成事業（第Ⅰ期）','aliases':['知的クラスター創成事業'],'start_fy':2002,'end_fy':2007,
 'ministry':'文部科学省',
 'facts':[
  F('start','平成14','q10','試行地域',note='徳島 a trial area in FY2002; national programme 平成１４～２０年度 (seeds/000)'),
  F('start','平成15年度から本格実施','q10'),
  F('start','平成１４～２０年度','s000',note='national period of 第Ⅰ期; end_fy here is the end of 徳島\'s part (H19)'),
  F('end','H15〜H19','q04'),
  F('end','2007','q10','第Ⅰ期'),
  F('ministry','文部科学省','q10','試行地域'),
 ]},
{'name':'知的クラスター創成事業（グローバル拠点育成型）','aliases':[],'start_fy':2009,'end_fy':2013,'ministry':'文部科学省',
 'facts':[
  F('start','平成21','q10','2009'),
  F('start','2009年度','q05'),
  F('end','平成25年度','q10','グローバル拠点育成型'),
  F('end','H21〜H25','q04'),
 ]},
{'name':'地域イノベーション戦略支援プログラム','aliases':[],'start_fy':2011,'end_fy':None,'ministry':'文部科学省',
 'facts':[
  F('start','平成２３年度～','s000',note='national start; 徳島 adopted in 平成26年7月 (q04 H26.7, q10 2014/7月)'),
  F('start','H26.7','q04'),
  F('ministry','文部科学省','s000','及び総務省において'),
 ]},
]
json.dump(P,open(HERE+'/programmes.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
open(HERE+'/programmes.json','a').write('\n')
print(sum(len(p['facts']) for p in P))
