#!/usr/bin/env python3
"""Build eval/dev19/questions.json from the question specs below (python3 stdlib only).

Evidence is given as E(doc, anchor, before, after): the single line of `doc` whose text (NFKC, whitespace removed)
contains `anchor`, widened by `before` / `after` lines; or L(doc, start, end) for explicit line numbers (used for
seeds). Facts are lists of alternatives; for each alternative the half-width (NFKC) form is kept, and the
full-width form is added when it occurs verbatim in the cited lines. The script stops if an anchor is missing or
not unique, if a fact occurs in none of its ranges, or if a fact alternative occurs in its own question.
Ids are w001, w002, ... after shuffling with random.Random(19).
"""
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
WS = re.compile(r'\s+')


def ws(s):
    return WS.sub('', s)


def nk(s):
    return WS.sub('', unicodedata.normalize('NFKC', s))


def docpath(key):
    if key.startswith('q'):
        f = [d for d in os.listdir(os.path.join(HERE, 'docs')) if d.startswith(key + '_')][0]
        return 'eval/dev19/docs/' + f, os.path.join(HERE, 'docs', f)
    f = [d for d in os.listdir(os.path.join(ROOT, 'seeds')) if d.startswith(key[1:] + '_')][0]
    return 'seeds/' + f, os.path.join(ROOT, 'seeds', f)


_lines = {}


def lines(key):
    if key not in _lines:
        _lines[key] = open(docpath(key)[1], encoding='utf-8').read().split('\n')[:-1]
    return _lines[key]


def E(doc, anchor, before=0, after=0):
    L = lines(doc)
    hits = [i + 1 for i, l in enumerate(L) if nk(anchor) in nk(l)]
    if len(hits) != 1:
        sys.exit(f'anchor {anchor!r} in {doc}: {hits}')
    return (doc, hits[0] - before, hits[0] + after)


def L_(doc, a, b):
    return (doc, a, b)


FW = str.maketrans('0123456789,./:()%~', '０１２３４５６７８９，．／：（）％～')

SPECS = []


def Q(cat, lang, q, ev, facts):
    SPECS.append((cat, lang, q, ev, facts))


def U(lang, q):
    SPECS.append(('unanswerable', lang, q, [], []))


# ------------------------------------------------------------------ fact (ja)
Q('fact', 'ja', '札幌・江別の拠点の中核機関はどこですか。', [E('q06', '中核機関は一般財団', 0, 1), E('q05', '● 機構 …')],
  [['北海道社会実装推進機構']])
Q('fact', 'ja', '実装補助金について問い合わせたいのですが、どこの係に聞けばいいですか？', [E('q01', 'Ａ１２')], [['研究開発推進係']])
Q('fact', 'ja', 'R7の実装補助金の説明会って、札幌のどこの会場でやった？', [E('q01', 'Ａ２')], [['かでる2・7']])
Q('fact', 'ja', '令和3年4月以降、内閣府で地域社会実装拠点事業を担当しているのはどの組織か。', [E('q03', '令和三年四月一日に内閣府', 0, 1), E('q07', '担当部局庁')],
  [['科学技術・イノベーション推進事務局']])
Q('fact', 'ja', '拠点事業は、推進事務局ができる前は内閣府のどこが担当していたの？', [E('q03', '令和三年四月一日に内閣府', 0, 1)],
  [['政策統括官（科学技術・イノベーション担当）']])
Q('fact', 'ja', '地域社会実装拠点事業について質問主意書を出した衆議院議員は誰ですか。', [E('q03', '提出者')], [['大久保孝雄']])
Q('fact', 'ja', '令和5年12月の経済委員会で、令和3年度採択案件のその後について答弁したのは誰？', [E('q04', '令和３年度に採択した１０件')], [['宇津井']])
Q('fact', 'ja', '経済委員会で「社実拠点」の中間評価の結果を尋ねたのはどの委員ですか。', [E('q04', 'いわゆる社実拠点')], [['今野']])
Q('fact', 'ja', '委員会で函館の水産・海洋の蓄積について質問したのは誰？', [E('q04', '函館には水産・海洋')], [['鷹羽']])
Q('fact', 'ja', '補助金の額の確定に時間がかかっているという声を取り上げた委員は。', [E('q04', '額の確定に時間')], [['福士']])
Q('fact', 'ja', '波及効果分析調査業務の入札・開札はどこの部屋で行われますか。', [E('q02', '入札及び開札の場所')], [['経済部第2会議室']])
Q('fact', 'ja', '成果波及効果分析調査の入札は、どんな落札方式？', [E('q02', '契約の方法')], [['最低価格落札方式']])
Q('fact', 'ja', '波及効果の推計にはどの産業連関表を使うことになっていますか。', [E('q02', '産業連関表を用いた')], [['平成27年北海道産業連関表']])
Q('fact', 'ja', '札幌ITカロッツェリアクラスターの中核機関はどこだった？', [E('q11', '中核機関は（財）北海道科学技術総合', 0, 1)],
  [['北海道科学技術総合振興センター', 'ノーステック財団']])
Q('fact', 'ja', '函館エリアの都市エリア事業では、どんな地域資源をテーマにしていましたか。', [E('q11', 'テーマはガゴメコン', 0, 1)],
  [['ガゴメコンブ'], ['イカ']])
Q('fact', 'ja', '函館の都市エリア事業の中核機関は？', [E('q11', 'テーマはガゴメコン', 0, 1)], [['函館地域産業振興財団']])
Q('fact', 'ja', 'さっぽろバイオクラスター構想"Bio-S"の本部長は誰が務めていましたか。', [E('q11', '本部長は')], [['知事']])
Q('fact', 'ja', '寒冷地実証枠で路面凍結センサーを実証した旭川の会社はどこ？', [E('q10', '株式会社ノースフロスト計測')], [['ノースフロスト計測']])
Q('fact', 'ja', '広報誌で紹介された雪道センサーの開発責任者の名前は？', [E('q10', '開発責任者の', 0, 1)], [['三ツ谷']])
Q('fact', 'ja', '拠点の成果報告会はいつ、どこで開く予定とされていますか。', [E('q10', '成果報告会を7月')], [['7月'], ['札幌']])
Q('fact', 'ja', '内閣府の行政事業レビューシート（令和5年度）の作成責任者は。', [E('q07', '作成責任者')], [['参事官（地域実装担当）']])
Q('fact', 'ja', 'レビューシートで、行政事業レビュー推進チームの所見はどうなっていた？', [E('q07', '行政事業レビュー推進チームの所見', 0, 1)], [['現状通り']])
Q('fact', 'ja', '事後評価の結果を伝える英語版の報道発表は、どこを経由して出すとメールにありますか。', [E('q13', '英語版の報道発表')], [['国際課']])
Q('fact', 'ja', '知事レク資料を作っていた職員は誰？', [E('q13', '知事レク資料を作っています', 3, 0)], [['石黒']])
Q('fact', 'ja', '事後評価の所見で、札幌・江別の課題とされたのは何ですか。', [E('q13', '資金計画の具体化')], [['後継交付金終了後の資金計画の具体化']])
Q('fact', 'ja', '江別市の健康データ実証には、機構と江別市のほかにどこが加わっている？', [E('q12', '江別市 健康データ実証')], [['酪農学園大学']])
Q('fact', 'ja', '食品機能性データベースはいつから一般に公開されていますか。', [E('q12', '食品機能性データベース')], [['R6']])
Q('fact', 'ja', '2024年度実績のKPI評価シートの担当者は誰ですか。', [E('q08', '担当者')], [['石黒拓真']])
Q('fact', 'ja', '室で発行している広報誌の名前と、年何回出しているかを教えてください。', [E('q09', '広報誌「ほっかいどう')],
  [['ほっかいどう科学技術だより'], ['年4回']])
Q('fact', 'ja', '拠点事業の根拠法令は何ですか？', [E('q07', '根拠法令')], [['予算補助']])
Q('fact', 'ja', '令和2年6月12日の知事定例記者会見のページの問い合わせ先の課は？', [E('q06', 'このページに関するお問い合わせ')], [['広報広聴課']])
Q('fact', 'ja', '社実拠点に参画している企業は、道の実装補助金の対象外ですか？', [E('q01', 'Ａ６')], [['申請できます']])
Q('fact', 'ja', '社実拠点の事後評価の結果が内閣府から公表されたのはいつ？', [E('q13', '本日15時'), E('q13', '2025/10/24')],
  [['2025/10/24'], ['15時']])
Q('fact', 'ja', '札幌・江別拠点の取組の一つ「寒冷地向け健康見守りサービス」は、R7はどの財源で実施する予定ですか。', [E('q12', '寒冷地向け健康見守り')],
  [['後継交付金']])

Q('fact', 'ja', '道議会の経済委員会で実装補助金の実施状況が報告されたのはいつですか。', [E('q04', '曜日')], [['令和5年12月12日']])
Q('fact', 'ja', '室長が「クラスターから社会実装へ」という題で講演したフォーラムは、いつ開かれた？', [E('q11', '日時：')], [['2024年11月20日']])
Q('fact', 'ja', '社実拠点の札幌・江別地域の拠点は、国の事業終了後、何に移行しましたか。', [E('q01', '札幌・江別地域の拠点は令和7年度から')],
  [['地域未来技術社会実装推進交付金']])

# ------------------------------------------------------------------ number (ja)
Q('number', 'ja', '社会実装促進補助金の一般枠の上限はいくら？', [E('q01', '・一般枠')], [['500万円']])
Q('number', 'ja', '寒冷地実証枠の補助上限額と補助率を教えてください。', [E('q01', '・寒冷地実証枠')], [['3,000万円'], ['2/3']])
Q('number', 'ja', '実装補助金の下限額はいくらですか。', [E('q01', '下限額はいずれも')], [['50万円']])
Q('number', 'ja', '令和7年度の実装補助金の当初予算額は？', [E('q01', 'Ａ８'), E('q10', '予算額は1億2,000万円')],
  [['120,000千円', '1億2,000万円']])
Q('number', 'ja', '令和6年度の実装補助金は、何件の応募があって何件採択された？', [E('q01', 'Ａ８')], [['42件'], ['15件']])
Q('number', 'ja', '北の食・健康データ社会実装拠点の初年度の国の交付額はいくらの予定でしたか。', [E('q06', '初年度の国の交付額')], [['9,800万円']])
Q('number', 'ja', '拠点事業の交付額は、1拠点あたり年いくらまで？', [E('q07', '１拠点当たり年'), E('q03', '一拠点当たり年')],
  [['1億5,000万円', '一億五千万円']])
Q('number', 'ja', '拠点事業の令和3年度当初予算は何百万円でしたか。', [E('q07', '令和２年度　　令和３年度', 0, 1)], [['820']])
Q('number', 'ja', '拠点事業の令和4年度の執行率は何％？', [E('q07', '令和２年度　　令和３年度', 0, 3)], [['96.5']])
Q('number', 'ja', '拠点事業の成果目標（社会実装件数）の目標値は？', [E('q07', '目標値')], [['30件']])
Q('number', 'ja', '令和4年度の6拠点合計の参画企業数は何社ですか。', [E('q07', '参画企業数（６拠点の合計）')], [['152社']])
Q('number', 'ja', 'レビューシートの単位当たりコストはいくらになっている？', [E('q07', '単位当たりコスト')], [['128.7百万円']])
Q('number', 'ja', '新設された寒冷地実証枠の令和5年度の応募件数と採択件数は？', [E('q04', '本年度新設の寒冷地実証枠')], [['応募6件'], ['採択3件']])
Q('number', 'ja', 'R5の実装補助金は9月補正でいくら追加されましたか。', [E('q04', '９月の補正予算', 0, 1)], [['12,000千円']])
Q('number', 'ja', '令和6年度の先端技術社会実装促進事業費の不用額は？', [E('q09', '先端技術社会実装促進事業費    110,000')], [['11,350']])
Q('number', 'ja', 'R6の社会実装促進補助金の交付決定額の合計は？', [E('q09', '15件（交付決定額')], [['104,380']])
Q('number', 'ja', '令和6年度の札幌・江別拠点への道負担金はいくら？', [E('q09', '機関へ間接交付、道負担金')], [['55,500']])
Q('number', 'ja', '拠点事業の5年間で道が出した負担金は累計でいくらですか。', [E('q09', '5年間の道負担金'), E('q13', '道負担金は累計')],
  [['305,000千円', '3億500万円']])
Q('number', 'ja', '科学技術振興室の令和5年度の歳出決算額は？', [E('q09', '前年度（令和5年度')], [['287,465千円']])
Q('number', 'ja', '旧補助金（新技術補助金）は、2015〜2019年度に何件応募があって何件採択されたの？', [E('q08', '前身事業')], [['88件'], ['37件']])
Q('number', 'ja', '2024年度の事業化率の実績は何％でしたか。', [E('q08', '事業化率（％）')], [['36.1']])
Q('number', 'ja', '額の確定までの平均日数は、様式を見直してどれくらい短くなった？', [E('q08', '額の確定までの平均日数')], [['41日'], ['63日']])
Q('number', 'ja', '寒冷地実証枠、2024年度は何件採択されましたか。', [E('q08', '寒冷地実証枠（2023年度新設）'), E('q09', '寒冷地実証枠4件')],
  [['4件']])
Q('number', 'ja', '江別市の健康データ実証には延べ何人くらいの市民が参加しましたか。', [E('q10', '延べ約1,200人'), E('q02', '延べ約')],
  [['約1,200人']])
Q('number', 'ja', '波及効果分析調査の成果物として、調査報告書は何部納めることになっていますか。', [E('q02', '調査報告書')], [['20部']])
Q('number', 'ja', 'R6採択分（TSV）の交付決定額の合計はいくら？', [E('q14', '# 計')], [['159,250']])
Q('number', 'ja', '株式会社江別ヘルスフードのR6の交付決定額は？', [E('q14', '機能性表示食品の販路実証')], [['3,100']])
Q('number', 'ja', '実装補助金の制度創設年度の当初予算は？', [E('q05', '実装補助金の当初予算'), E('q08', '制度創設')], [['80,000千円', '80,000']])
Q('number', 'ja', '後継交付金のR7分は、いくらで交付決定された？', [E('q13', 'R7分が6月に')], [['4,800万円']])
Q('number', 'ja', '前身の地域科学技術実証拠点整備モデル事業は、1地域あたり年いくらまでで、モデル地域はいくつでしたか。', [E('q07', 'モデル３地域')],
  [['3,000万円以内'], ['モデル3地域']])
Q('number', 'ja', '2024年度の応募件数の目標に対する達成度は？', [E('q08', '1 | 応募件数')], [['105.0%']])
Q('number', 'ja', '令和6年度の札幌・江別拠点の国の交付金（歳入）は何千円でしたか。', [E('q09', '地域社会実装拠点形成交付金（国庫支出金）')], [['111,000']])
Q('number', 'ja', '工程表では、後継交付金のR8以降の国費はいくらで計画されている？', [E('q12', 'R8以降は')], [['年5,000万円以内']])

# ------------------------------------------------------------------ era (ja)
Q('era', 'ja', '函館エリアが都市エリア事業の一般型に採択されたのは、西暦だと何年度？', [E('q11', '翌2003年度')], [['2003年度']])
Q('era', 'ja', 'Bio-Sは2007年度に始まったそうですが、和暦では何年度になりますか。', [E('q11', '札幌では2007年度'), E('q05', '| 第3期 |')],
  [['平成19年度', 'H19']])
Q('era', 'ja', '北海道フード・コンプレックス国際戦略総合特区の指定は平成23年12月。これって西暦何年？', [E('q11', '12月には、札幌・江別')], [['2011']])
Q('era', 'ja', '質問主意書が出されたのは2021年の何月何日（和暦表記で）？', [E('q03', '六月十一日提出')], [['令和三年六月十一日']])
Q('era', 'ja', '拠点事業は2024年度で終わったと聞きましたが、令和だと何年度ですか。', [E('q01', '同事業は令和6年度で終了'), E('q05', '社実拠点 終了')],
  [['令和6年度', 'R6']])
Q('era', 'ja', '後継の交付金は令和7年度からと聞いたけど、西暦でいうと？', [E('q08', '後継の地域未来技術社会実装推進交付金（')], [['2025年度']])
Q('era', 'ja', '令和3年度に創設された道の補助金、KPIシートの書き方（西暦）だと何年度からの事業？', [E('q08', '事業期間')], [['2021年度']])
Q('era', 'ja', '内閣府のモデル事業で札幌・江別がモデル地域になったのは2017年度から。和暦では？', [E('q06', '平成29年度から3年間'), E('q11', '2017年度（平成29年度）')],
  [['平成29年度']])

# ------------------------------------------------------------------ start / end (ja)
Q('start', 'ja', '地域社会実装拠点事業はいつから始まった事業ですか。', [E('q07', '事業開始年度')], [['令和2年度']])
Q('start', 'ja', '社会実装促進補助金はいつ創設されたの？', [E('q01', 'Ａ３', 0, 1)], [['令和3年度']])
Q('start', 'ja', '北海道新技術・新製品開発支援補助金はいつまで実施されていましたか。', [E('q01', 'Ａ３')], [['令和2年度']])
Q('start', 'ja', '寒冷地実証枠ができたのは何年度？', [E('q01', '・寒冷地実証枠')], [['令和5年度']])
Q('start', 'ja', '地域社会実装拠点事業による札幌・江別への支援はいつ終わりましたか。', [E('q10', '2025年3月で終わりました'), E('q12', '拠点事業の終了（')],
  [['2025年3月']])
Q('start', 'ja', '函館エリアの都市エリア事業（発展型）の期間は？', [E('q05', '| 第3期 |'), E('q11', '2006年度から2008年', 0, 1)],
  [['H18〜H20', '2006年度から2008年度']])
Q('start', 'ja', '札幌ITカロッツェリアクラスターの事業は何年度まで続いた？', [E('q05', '| 第2期 |'), E('q11', '2006年度まで')],
  [['H18', '2006年度']])
Q('start', 'ja', 'Bio-Sが地域イノベーションクラスタープログラム（グローバル型）に再編されたのはいつ？', [E('q11', '2010年4月')], [['2010年4月']])
Q('start', 'ja', '内閣府に科学技術・イノベーション推進事務局が置かれたのはいつ？', [E('q03', '令和三年四月一日')], [['令和三年四月一日']])
Q('start', 'ja', '札幌・江別拠点が後継交付金で取り組む期間は何年度から何年度まで？', [E('q12', '第4版（2025年4月）', 0, 1), E('q09', '令和7年度からは後継')],
  [['R7〜R9']])
Q('start', 'ja', '旧補助金（新技術補助金）はいつから始まった補助金ですか？', [E('q08', '前身事業'), E('q05', '● 旧補助金')], [['2015', 'H27']])
Q('start', 'ja', '地域イノベーション戦略支援プログラムは、国としてはいつ始まった？', [E('q05', '| 第4期 |'), L_('s000', 83, 83)],
  [['H23', '平成23年度']])

# ------------------------------------------------------------------ list (ja)
Q('list', 'ja', '地域社会実装拠点事業で採択された6拠点の地域を全部挙げてください。', [E('q03', '札幌・江別地域（北海道）', 0, 1)],
  [['札幌・江別'], ['鶴岡・酒田'], ['つくば・土浦'], ['岐阜・各務原'], ['松山・今治'], ['熊本・菊陽']])
Q('list', 'ja', '社会実装促進補助金にはどんな枠がある？', [E('q01', '・一般枠', 0, 2)], [['一般枠'], ['実装枠'], ['寒冷地実証枠']])
Q('list', 'ja', 'フード特区に指定された3つのエリアはどこですか。', [E('q11', '12月には、札幌・江別')], [['札幌・江別'], ['函館'], ['帯広・十勝']])
Q('list', 'ja', '函館と一緒に知的クラスター創成事業（グローバル拠点育成型）に採択されたのはどこの地域？', [E('q11', 'ともに全国4地域', 1, 0)],
  [['山口'], ['徳島'], ['久留米']])
Q('list', 'ja', '中間評価がＢだった拠点はどこ？', [E('q07', '：つくば・土浦')], [['鶴岡・酒田'], ['岐阜・各務原']])
Q('list', 'ja', '事後評価でＡ評価を受けたのはどの拠点ですか。', [E('q13', 'つくば・土浦、岐阜・各務原、熊本・菊陽が')],
  [['つくば・土浦'], ['岐阜・各務原'], ['熊本・菊陽']])
Q('list', 'ja', 'R5に寒冷地実証枠で採択された事業者を教えて。', [E('q14', 'ノースフロスト計測', 0, 2)],
  [['ノースフロスト計測'], ['函館マリンフーズ技研'], ['名寄スノーエナジー']])
Q('list', 'ja', '波及効果分析調査の調査対象は何と何と何？', [E('q02', '悉皆アンケート', 0, 2)],
  [['参画企業'], ['参加市民'], ['社会実装事例']])

# ------------------------------------------------------------------ paraphrase (ja)
Q('paraphrase', 'ja', '雪の多い地域での実証は余分にお金がかかるが、国の交付金でその分は見てもらえるのか。', [E('q03', '御指摘の費用')],
  [['対象経費として認めている']])
Q('paraphrase', 'ja', '国のお金が入っている事業に加わっている会社が、道の補助にも手を挙げたら、何か制限はある？', [E('q01', 'Ａ６')],
  [['同一の経費を国の交付金と重複して計上することはできません']])
Q('paraphrase', 'ja', '大学が代表になって道の補助金に申し込めますか。', [E('q01', 'Ａ７')], [['中小企業者等に限ります'], ['共同研究先']])
Q('paraphrase', 'ja', '本州に本社がある会社でも対象になる？', [E('q01', 'Ａ５')], [['道内で実証を行う場合']])
Q('paraphrase', 'ja', 'お金の精算まで時間がかかりすぎるという苦情に、道はどう手を打ったのか。', [E('q04', '本年度から様式を見直した')],
  [['様式を見直した']])
Q('paraphrase', 'ja', 'クラスターの頃と今とで、成果の物差しはどう変わったと室長は話していたか。', [E('q11', '評価の物差しが')],
  [['論文や特許'], ['実装件数や参画企業数']])
Q('paraphrase', 'ja', '企業の人が大学に行ってまた企業に戻る、という人の行き来の取組を一緒にやっている大学は？', [E('q12', '実装人材の循環', 0, 1)],
  [['北海道情報大学']])
Q('paraphrase', 'ja', '国の評価で一番下の評価をもらった拠点は、お金の面でどうなる？', [E('q07', '※Ｃ評価の拠点')], [['2割減額']])
Q('paraphrase', 'ja', '前の補助金で作った製品の続きで出してもいい？', [E('q01', 'Ａ１１')], [['実装・実証であれば対象'], ['開発そのものの継続は対象外']])
Q('paraphrase', 'ja', '事業化の件数が目標に届かなかったのはなぜだと評価されている？', [E('q08', '成果指標は', 0, 1)],
  [['2025年度以降になるため']])

# ------------------------------------------------------------------ cross-document (ja)
Q('cross-document', 'ja', '札幌・江別は、中間評価と事後評価でそれぞれどんな評価だった？', [E('q07', '：つくば・土浦'), E('q13', '札幌・江別地域は「')],
  [['Ａ：札幌・江別'], ['「Ｓ」']])
Q('cross-document', 'ja', '拠点事業の令和2年度の国の当初予算と、そのうち札幌・江別への初年度交付額は？', [E('q07', '令和２年度　　令和３年度', 0, 1), E('q06', '初年度の国の交付額')],
  [['650'], ['9,800万円']])
Q('cross-document', 'ja', '採択時点の参画企業数と、事後評価で評価された時点の参画企業数は？', [E('q06', 'スタート時点では'), E('q13', '参画企業の増加')],
  [['21社'], ['48社']])
Q('cross-document', 'ja', '旭川の雪道センサーの会社は何年度に採択されて、交付決定額はいくら？', [E('q14', 'ノースフロスト計測'), E('q10', '補助金の交付決定額')],
  [['R5'], ['28,600', '2,860万円']])
Q('cross-document', 'ja', '旧補助金の補助上限と、2015〜2019年度の採択件数は？', [E('q01', 'Ａ３'), E('q08', '前身事業')], [['300万円'], ['37件']])
Q('cross-document', 'ja', '後継交付金の補助率と、札幌・江別のR7の交付決定額は？', [E('q09', '令和7年度からは後継'), E('q13', 'R7分が6月に')],
  [['1/2'], ['4,800万円']])
Q('cross-document', 'ja', 'R6に寒冷地実証枠は何件採択され、そのうち交付決定額が一番大きいのはどこ？', [E('q09', '寒冷地実証枠4件'), E('q14', '積雪期のドローン物流')],
  [['4件'], ['釧路湿原ドローン']])
Q('cross-document', 'ja', '函館が都市エリア事業に採択された年度と、初年度の事業費は？', [E('q04', '平成１５年度に文部科学省'), E('q11', '初年度の事業費'), L_('s001', 1709, 1709)],
  [['平成15年度'], ['92,500']])
Q('cross-document', 'ja', '前身のモデル事業の実施期間と、札幌・江別がそこでどういう位置づけだったか。', [E('q07', 'モデル３地域'), E('q06', 'モデル地域の一つ')],
  [['平成29～令和元年度'], ['モデル地域の一つ']])

# ------------------------------------------------------------------ plan (ja)
Q('plan', 'ja', '札幌ITカロッツェリアクラスターが始まった年度は、科学技術基本計画の第何期にあたる？', [E('q05', '| 第2期 |'), L_('s000', 8, 8)],
  [['第2期']])
Q('plan', 'ja', '第6期の基本計画はいつ閣議決定されましたか。', [E('q03', '令和三年三月二十六日'), E('q07', '関係する計画')],
  [['令和三年三月二十六日', '令和3年3月26日']])
Q('plan', 'ja', '第6期基本計画の対象期間は？', [E('q03', '令和三年度から令和七年度まで'), E('q05', '| 第6期 |')],
  [['令和三年度から令和七年度まで', 'R3〜R7']])
Q('plan', 'ja', '拠点事業が採択されたR2は、どの期の基本計画の期間？', [E('q05', '| 第5期 |')], [['第5期']])
Q('plan', 'ja', '第4期科学技術基本計画の期間はいつからいつまで？', [E('q05', '| 第4期 |'), L_('s000', 67, 67)],
  [['H23〜H27', '平成23～27年度']])
Q('plan', 'ja', 'Bio-Sが始まった年度は第何期基本計画の時期ですか。', [E('q05', '| 第3期 |'), L_('s000', 48, 48)], [['第3期']])
Q('plan', 'ja', '第6期から基本計画の名前はどう変わった？', [E('q05', '第6期から名称が')], [['科学技術・イノベーション基本計画']])
Q('plan', 'ja', '第3期基本計画の期間を教えてください。', [E('q05', '| 第3期 |'), L_('s000', 48, 48)], [['H18〜H22', '平成18～22年度']])

# ------------------------------------------------------------------ two-step (ja)
Q('two-step', 'ja', '中間評価で最高評価だった拠点は、事後評価では何評価だった？', [E('q07', '：つくば・土浦'), E('q13', 'つくば・土浦、岐阜・各務原、熊本・菊陽が', 0, 1)],
  [['つくば・土浦'], ['Ａ']])
Q('two-step', 'ja', '知事が会見で「今年度で一区切り」と言った補助金の後継は何年度に始まり、その一般枠の上限はいくら？', [E('q06', '一区切り', 0, 1), E('q01', '・一般枠')],
  [['令和3年度'], ['500万円']])
Q('two-step', 'ja', '事後評価で唯一Ｓだった拠点の中核機関はどこですか。', [E('q13', 'Ｓは札幌・江別だけ'), E('q06', '中核機関は一般財団', 0, 1)],
  [['札幌・江別'], ['北海道社会実装推進機構']])
Q('two-step', 'ja', '寒冷地実証枠ができた年度に、その枠は何件採択された？', [E('q01', '・寒冷地実証枠'), E('q04', '本年度新設の寒冷地実証枠')],
  [['令和5年度'], ['採択3件']])

# ------------------------------------------------------------------ conflict (ja)
Q('conflict', 'ja', '令和2年の拠点事業の公募には全国から何件の提案があった？', [E('q06', '全国から20件'), E('q03', '十九件'), E('q07', '令和２年の公募には')],
  [['20件'], ['十九件', '19件']])
Q('conflict', 'ja', '札幌・江別拠点が5年間に受けた国費は総額いくら？', [E('q12', '累計6億1,000万円'), E('q15', 'National funding')],
  [['6億1,000万円'], ['JPY 630 million']])
Q('conflict', 'ja', 'R5の実装補助金の採択件数は何件？', [E('q08', '2 | 採択件数'), E('q04', '１５件を採択'), E('q14', '# 計')], [['14', '14件'], ['15件']])
Q('conflict', 'ja', '令和7年度の実装補助金の応募締切日はいつ？', [E('q01', 'Ａ１　令和7年5月9日'), E('q10', '締切は')], [['6月13日'], ['6月12日']])

# ------------------------------------------------------------------ onboarding (ja)
Q('onboarding', 'ja', '係でよく言う「社実拠点」って、何の略ですか。', [E('q05', '● 社実拠点'), E('q13', '文書に書くときは')], [['地域社会実装拠点事業']])
Q('onboarding', 'ja', '「旧補助金」と言われたら、どの補助金のこと？', [E('q05', '● 旧補助金')], [['北海道新技術・新製品開発支援補助金']])
Q('onboarding', 'ja', '資料によく出てくる「ノーステック」とは何ですか。', [E('q05', '● ノーステック')], [['北海道科学技術総合振興センター']])
Q('onboarding', 'ja', '実装補助金の年間の流れで、締切と審査委員会はそれぞれ何月？', [E('q05', '4月 要綱改正')], [['6月締切'], ['7月審査委員会']])
Q('onboarding', 'ja', '国の拠点事業の経緯を手早く把握するには、何を読めばいいと研修資料にありますか。', [E('q05', '国の拠点事業の経緯は')],
  [['質問主意書・答弁書'], ['工程表']])
Q('onboarding', 'ja', '前年度の決算説明資料や採択一覧はどこの共有フォルダに入っている？', [E('q05', '共有フォルダ')], [['03_実装補助金']])

# ------------------------------------------------------------------ partly answerable (ja)
Q('number', 'ja', '札幌・江別の初年度の国の交付額と、鶴岡・酒田の初年度の交付額を教えてください。', [E('q06', '初年度の国の交付額')], [['9,800万円']])
Q('fact', 'ja', '旧補助金の補助上限と、令和2年度の採択件数を教えて。', [E('q01', 'Ａ３')], [['300万円']])

# ------------------------------------------------------------------ english
Q('english', 'en', 'Which organisation is the core body of the Sapporo-Ebetsu hub under the Cabinet Office social implementation scheme?',
  [E('q06', '中核機関は一般財団', 0, 1)], [['北海道社会実装推進機構']])
Q('english', 'en', 'How many proposals did the Cabinet Office receive in its 2020 call, according to the answer to the Diet question?',
  [E('q03', '十九件')], [['十九件']])
Q('english', 'en', "What is the maximum grant under the cold-climate demonstration track of Hokkaido's implementation subsidy?",
  [E('q01', '・寒冷地実証枠')], [['3,000万円']])
Q('english', 'en', 'When did the Sapporo IT Carrozzeria project under the Knowledge Cluster Initiative begin?',
  [E('q11', '出発点は2002年', 0, 1), L_('s002', 45, 45)], [['2002年'], ['7月']])
Q('english', 'en', 'Which foundation served as the core organisation of the Hakodate City Area project?',
  [E('q11', 'テーマはガゴメコン', 0, 1)], [['函館地域産業振興財団']])
Q('english', 'en', "What rating did the Sapporo-Ebetsu hub get in the programme's interim review in FY2022?",
  [E('q04', 'Ａ評価をいただ')], [['Ａ評価']])
Q('english', 'en', 'What was the budget execution rate of the hub programme in FY2022?', [E('q07', '令和２年度　　令和３年度', 0, 3)], [['96.5']])
Q('english', 'en', 'How many firms were taking part in the six hubs altogether in FY2022?', [E('q07', '参画企業数（６拠点の合計）')], [['152社']])
Q('english', 'en', "How much of the FY2024 budget for Hokkaido's implementation subsidy went unused?",
  [E('q09', '先端技術社会実装促進事業費    110,000')], [['11,350']])
Q('english', 'en', 'After the forms were revised, how many days on average did it take to finalise grant amounts in FY2024?',
  [E('q08', '額の確定までの平均日数')], [['41日']])
Q('english', 'en', 'In which room will the bids for the spillover-effect study be opened?', [E('q02', '入札及び開札の場所')], [['経済部第2会議室']])
Q('english', 'en', 'By what date must the contractor deliver the interim report of the spillover-effect study?',
  [E('q02', '中間報告'), E('q13', '中間報告は')], [['令和7年11月28日', '11月28日']])
Q('english', 'en', 'Who chaired the meeting of the prefectural assembly economic committee in December 2023?', [E('q04', '出席委員')], [['笹森']])
Q('english', 'en', 'Which university works with the hub on the health-data trials in Ebetsu?', [E('q12', '江別市 健康データ実証')], [['酪農学園大学']])
Q('english', 'en', 'Which three areas were designated as the Hokkaido Food Complex special zone in late 2011?',
  [E('q11', '12月には、札幌・江別')], [['札幌・江別'], ['函館'], ['帯広・十勝']])
Q('english', 'en', 'What was the Bio-S cluster project reorganised into in spring 2010?',
  [E('q11', '2010年4月', 0, 1)], [['地域イノベーションクラスタープログラム（グローバル型）']])
Q('english', 'en', 'In which city is the company that tested road-ice sensors under the cold-climate track based?',
  [E('q10', '株式会社ノースフロスト計測', 1, 0)], [['旭川市']])
Q('english', 'en', 'What share of costs does the successor Cabinet Office grant cover for the Sapporo-Ebetsu hub, and up to how much a year?',
  [E('q09', '令和7年度からは後継')], [['1/2'], ['年50,000千円以内']])
Q('english', 'en', 'Which national basic plan is the hub programme linked to in its review sheet, and when was it adopted by the Cabinet?',
  [E('q07', '関係する計画')], [['科学技術・イノベーション基本計画'], ['令和3年3月26日']])
Q('english', 'en', 'According to the English press release, when were the six hubs selected?', [E('q15', 'Six hubs were selected')], [['June 2020']])
Q('english', 'en', 'How many citizens joined the Ebetsu health-data trials, according to the English press release?',
  [E('q15', 'citizens of Ebetsu')], [['About 1,200']])
Q('english', 'en', 'What were the cap and the subsidy rate of the old New Technology and New Product Development Subsidy?',
  [E('q01', 'Ａ３')], [['300万円'], ['1/2']])
# partly answerable (en)
Q('english', 'en', "What was the FY2024 budget of Hokkaido's implementation subsidy, and how many projects were adopted in FY2025?",
  [E('q08', '2024 | 110,000')], [['110,000']])

# ------------------------------------------------------------------ unanswerable
for q in [
    '鶴岡・酒田拠点の令和3年度の交付額はいくらでしたか。',
    '中間評価でＣだった松山・今治の、減額後の令和5年度の交付額は？',
    'つくば・土浦拠点の中核機関はどこですか。',
    '成果波及効果分析調査業務の予定価格はいくら？',
    '波及効果分析調査業務は、どこが落札しましたか。',
    '令和7年度の社会実装促進補助金は何件採択された？',
    '実装補助金の審査委員会の委員は何人ですか。',
    '旧補助金（新技術補助金）の令和2年度の採択件数は？',
    'R7の実装補助金の説明会（かでる2・7）には何人参加した？',
    '後継の地域未来技術社会実装推進交付金の令和7年度の国の予算額はいくら？',
    '後継交付金には全国でいくつの地域が採択されましたか。',
    '北海道科学技術振興条例はいつ制定されたの？',
    '北海道科学技術審議会の会長は誰ですか。',
    'さっぽろバイオクラスター構想"Bio-S"の事後評価の結果は？',
    '函館エリアの都市エリア事業（発展型）の年間の事業費はいくらだった？',
    '（一財）北海道社会実装推進機構の職員は何人いますか。',
    '江別市の健康データ実証の、令和6年度単年の参加者数は？',
    'KPI評価シートで、2025年度の事業化率の目標値はいくつに設定されている？',
    '令和2年6月12日の定例記者会見で話した知事の氏名は？',
    '科学技術・イノベーション推進事務局の参事官（地域実装担当）の名前を教えて。',
    '質問主意書を出した大久保孝雄議員はどこの会派ですか。',
    '事後評価で熊本・菊陽拠点にはどんな所見が付いた？',
    '令和5年12月12日の経済委員会の次の開催日はいつ？',
    'R6の寒冷地実証枠には何件の応募があった？',
    '工程表で、R10以降の参画企業数の目標は何社？',
    '株式会社ノースフロスト計測の路面凍結センサーの販売価格はいくら？',
    '令和6年度の事業化状況報告の提出率は何％でしたか。',
    '令和4年度の中間評価を行った評価委員会の委員長は誰ですか。',
    '函館マリンフーズ技研の交付決定額のうち、R6年度分はいくら？',
    '地域社会実装拠点事業の令和6年度の国全体の執行額は？',
    'R4に実装補助金で採択された事業者の名前を全部教えてください。',
    '札幌ITカロッツェリアクラスターの研究統括を務めたのは誰ですか。',
]:
    U('ja', q)
for q in [
    'How much did the Tsuruoka-Sakata hub receive from the Cabinet Office in FY2021?',
    'How many companies bid for the spillover-effect study, and which one won the contract?',
    "How many projects did Hokkaido adopt under its implementation subsidy in FY2025?",
    'Who chaired the Cabinet Office committee that carried out the ex-post evaluation of the hubs?',
    'What is the national budget of the successor Regional Future Technology Implementation Grant for FY2025?',
    'How many staff does the core organisation of the Sapporo-Ebetsu hub employ?',
]:
    U('en', q)

# ------------------------------------------------------------------ build
manifest = json.load(open(os.path.join(HERE, 'manifest.json'), encoding='utf-8'))
style_of = {d['file']: d['style'] for d in manifest['documents']}
out = []
errors = []
for cat, lang, q, ev, facts in SPECS:
    if cat == 'unanswerable':
        out.append({'category': cat, 'lang': lang, 'question': q, 'evidence': [], 'facts': [], 'abstain': True, 'style': 'none'})
        continue
    evid = []
    joined = []
    for doc, a, b in ev:
        src = docpath(doc)[0]
        seg = lines(doc)[a - 1:b]
        if a < 1 or b > len(lines(doc)) or not seg:
            errors.append(f'{q}: bad range {doc} {a}-{b}')
        evid.append({'source': src, 'line_start': a, 'line_end': b})
        joined.append((ws(''.join(seg)), nk(''.join(seg))))
    qn = nk(q)
    fout = []
    for fact in facts:
        alts = []
        for alt in fact:
            half = unicodedata.normalize('NFKC', alt)
            full = half.translate(FW)
            cands = [half] + ([full] if full != half else []) + ([alt] if alt not in (half, full) else [])
            for c in cands:
                if c in alts:
                    continue
                if c == half:
                    if any(nk(c) in jn for _, jn in joined):
                        alts.append(c)
                elif any(ws(c) in jl for jl, _ in joined):
                    alts.append(c)
        if not alts:
            errors.append(f'{q}: fact {fact} not in ranges')
            continue
        if not any(any(ws(a) in jl for jl, _ in joined) for a in alts):
            errors.append(f'{q}: no verbatim alternative for {fact}')
        for a in alts:
            if nk(a) in qn:
                errors.append(f'{q}: fact {a!r} occurs in the question')
        fout.append(alts)
    if cat in ('cross-document', 'conflict', 'two-step') and len({e['source'] for e in evid}) < 2:
        errors.append(f'{q}: {cat} needs 2+ documents')
    out.append({'category': cat, 'lang': lang, 'question': q, 'evidence': evid, 'facts': fout, 'abstain': False,
                'style': style_of[os.path.basename(evid[0]['source'])]})
if errors:
    print('\n'.join(errors))
    sys.exit(1)
random.Random(19).shuffle(out)
final = []
for i, o in enumerate(out, 1):
    final.append({'id': f'w{i:03d}', **o})
json.dump(final, open(os.path.join(HERE, 'questions.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
open(os.path.join(HERE, 'questions.json'), 'a', encoding='utf-8').write('\n')
print(f'{len(final)} questions written')
