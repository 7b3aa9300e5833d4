// Abstention rules on a small corpus written for these tests (ingested with the seeds through the
// real pipeline): each case is a question the documents cannot answer although they share its
// words, next to one they can.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../../ingest/pipeline.js';
import { silentProgress } from '../../../ingest/progress.js';
import { Answerer } from '../../../src/core/answer/answerer.js';
import { questionAsks } from '../../../src/core/answer/intent.js';
import { openEngine, type Engine } from '../../../src/core/engine.js';
import { JapaneseTokenizer } from '../../../src/core/text/tokenize.js';
import { SEEDS } from '../../helpers/corpus.js';

const EVALUATION = `里山テクノ連携推進事業　中間評価結果について

令和６年１０月
里山テクノ連携推進事業評価委員会

１．評価の方法
　評価区分はＳ・Ａ・Ｂ・Ｃの４段階とした。
　各拠点では、プロジェクトリーダー（ＰＬ）のもとに運営機構を設け、産学官の連携を進める。
　一方、施設の稼働率が５割を下回る拠点が３拠点あった。

２．評価結果
　弘前大学拠点はＡ評価とされた。
　金沢大学拠点では、里山の木質資源を用いた新素材の研究が進められている。

３．今後に向けて
　本事業の成果を踏まえ、令和８年度から実施する後継事業「里山グリーン共創事業」においては、木質資源の分野に重点化することが望ましい。
`;

const OUTLINE = `里山テクノ連携推進事業の概要

令和６年４月
文部科学省

　里山テクノ連携推進事業は、地域の大学を核として里山の資源を生かす研究を支援する。
　令和６年度の大学の採択にあたっては、次の関連施策との連携を重視した。

【関連施策】
・山里大学支援制度（令和２年度～）
・里山研究大学ファンド事業（令和６年度から支援開始）
・地域大学連携交付金（内閣府、令和６年度～）
`;

const MIDTERM = `山里ものづくり推進プログラム
令和３年度採択地域　中間評価結果

１．スケジュール
　令和５年度　　中間評価
　令和７年度　　支援終了、事後評価

２．評価結果

　　地域名　　　　　　　　　　　　　評価
　　みちのく木工ものづくり地域　　　Ａ
　　しなの精密加工ものづくり地域　　Ｓ
　　さぬき食品加工ものづくり地域　　Ｂ

　評価結果の分布は、Ｓ：１地域、Ａ：１地域、Ｂ：１地域であった。

３．実施の経過
　（１）書面による確認：令和５年６月
　（２）ヒアリング：令和５年９月１７日
`;

const SMART = `スマート農村モデル事業の概要

令和元年５月
国土交通省

　国土交通省は、令和元年度よりスマート農村モデル事業を実施している。
　スマート農村モデル事業には、全国から２８件の提案があった。
　令和元年度は、このうち１２件を採択した。
`;

const CALLS = `里山研究大学ファンド事業　公募の結果について

令和６年１１月
文部科学省

　令和６年度に第１回公募を行い、全国から３２件の申請があった。
　審査の結果、８件を採択した。
　令和７年度に第２回公募を実施する予定である（採択予定：最大６件程度）。
　審査は審査委員会（主査：浜田　誠　港北大学教授）が行った。
　岸委員：第２回公募では、地域の企業の参加を重視すべきである。
`;

const SELECTED = `みなと共創拠点事業　令和５年度採択課題の決定について

令和５年７月
文部科学省

１．採択課題
　＜本格型＞（２件）
No.　代表機関　　連携自治体　　課題名
１　港北大学　　港北市　　港湾物流の自動化
２　湾岸工業大学　　湾岸町　　洋上風力の保守
　＜可能性調査型＞（２件）
No.　代表機関　　連携自治体　　課題名
１　海辺大学　　海辺市　　漁港の省力化
２　岬技術大学　　岬村　　観光船の電動化
`;

const MEMBERS = `みなと共創拠点事業　審査委員会名簿

令和５年７月
文部科学省

１．審査委員会委員（敬称略、五十音順、◎は委員長、○は副委員長）
　　青木　一郎　　　港北大学　教授
　○井上　花子　　　湾岸技術研究所　所長
　◎上田　次郎　　　岬大学　名誉教授
　　江口　三郎　　　海辺銀行　顧問
`;

const PLAN = `みなと未来推進事業の概要

平成３１年３月
みなと県

　「みなと未来推進事業」は、平成３１年度から平成３５年度までの５年間実施する。
`;

const KINDS = `みなと地域選定の概要

令和５年７月
文部科学省

　「みなと共創拠点事業」では、選定地域を「港湾物流強化地域」又は「港湾集積高度化地域」に区分する。
・港湾物流強化地域
国際的な物流拠点として海外からの投資を惹きつける地域
・港湾集積高度化地域
地域の特性を活かした産業集積が期待でき、将来は海外市場を獲得できる地域
`;

const REPORT = `里山交流プラザ事業　事後評価報告書

令和７年３月
里山交流プラザ事業推進委員会

　令和２年度に発足し、令和６年度に事業期間を終了した次の３地域を対象とした。
　最上位だった秋田県については、令和７年度から発展型に移行して事業を継続した。
　次点の岩手県の発展型への移行については、令和７年度の公募において改めて審査を行う予定である。
　選定されなかった５都市にも、引き続き情報提供を行う。
　プラザの館内には交流スペースを設けた。
`;

const HUBS = `広域連携型海洋機器イノベーション拠点形成事業　中間評価結果

令和５年１月
海洋機器拠点中間評価委員会

１．概要
広域連携型海洋機器イノベーション拠点形成事業（令和２年度～）
　複数の県にまたがる大学と企業の拠点を支援する。

２．評価結果
拠点名　　試作品数　　薬事申請　　参画企業数
東海拠点　　２１　　３　　３８
北陸拠点　　１２　　２　　２０
計　　３３　　５　　５８
`;

const LABS = `地域共創ラボ形成事業　中間評価結果

令和５年３月
地域共創ラボ評価委員会

１．評価結果
　山梨大学の拠点はＳ評価とされ、令和５年度の支援額を１割程度増額する。
　三重大学の拠点では、令和３年１０月に拠点長が交代して以降、研究テーマの絞り込みが進んでいない。
　弘前大学の拠点は、県の負担金が確保できなかったため、計画を縮小した。
　三重大学の拠点については、令和５年度末に改めて評価を行う。

２．今後の予定
　令和５年１０月　採択拠点によるシンポジウムを開催予定
　問い合わせ先　文部科学省　地域共創ラボ担当

３．公募
　地域共創ラボ形成事業は、令和４年度に２０件の申請から６拠点を採択し、１０月から支援を開始しました。
　令和５年度の公募は、３月下旬に開始する予定です。
`;

const MEETING = `里山推進委員会（第３回）議事録

１．日時　令和６年２月２０日（火曜日）１０時～１２時
２．議事録
湖山主査：ただ今から第３回の里山推進委員会を開催いたします。本日は委員５名に御出席いただいております。
事務局：次回の第４回委員会は、令和６年６月頃の開催を予定しております。
`;

const REGIONS = `森里連携クラスター事業　選定と中間評価の結果

１．選定地域
　津軽地域は、りんご加工の構想が高く評価され、選定された。
　出雲地域は、和紙素材の構想で選定された。

２．中間評価の結果
　地域名　　構想　　評価
　出雲地域　　和紙素材　　Ｂ
　阿蘇地域　　火山灰素材　　Ａ
　日向地域　　杉材加工　　Ｃ

３．参考
　紀伊地域は、森里連携クラスター事業の説明会に参加した。
`;

const SPLIT = `湖南連携推進事業　中間評価結果

１．評価結果
＜広域連携型＞
　地域名　　　　　　　　評価
　琵琶湖東岸地域　　　　Ａ
　甲賀地域　　　　　　　Ｂ
　湖西地域　　　　　　　Ａ
＜地域密着型＞
　地域名　　　　　　　　評価
　近江八幡地域　　　　　Ｂ
　高島地域　　　　　　　Ｃ
　彦根地域　　　　　　　Ａ
`;

const DIGEST = `令和６年度湖東県科学技術関連予算と国の事業の採択状況について

１　議事
（１）国の事業の採択状況について
（２）県の予算について

２　報告
－「湖東ディープテック加速事業」に、湖東大学を代表機関とする「湖東精密加工拠点」と「湖東発酵バイオ拠点」が採択（令和５年８月）。
`;

const SHEET = `令和６年度概算要求の概要（湖畔研究関係）

１．総括表
　　　　　　　　　　　　　　　　　　　　　（単位：百万円）
事　　項　　　　　　　　令和５年度　　令和６年度
　　　　　　　　　　　　予算額　　　　要求・要望額
湖畔研究推進事業　　　　１，２００　　１，５００
合　　計　　　　　　　　１，２００　　１，５００
　うち「湖畔特別枠」要望額　　　　　　　　４００
`;

const TITLED = `令和４年度「里山データ連携拠点事業」の採択拠点の決定について

令和４年９月２日
文部科学省

　文部科学省では、里山データ連携拠点事業の採択拠点を決定しました。
　今回の公募には、全国の大学から２５件の提案がありました。
　審査の結果、６拠点を採択しました。
　なお、令和５年度にも公募を行う予定です。
`;

const COMMENTED = `里山エコ連携プログラム　中間評価結果

令和５年１１月
里山エコ連携プログラム評価委員会

地域名　　　　　中核機関　　　　総合評価
　主なコメント

東濃地域　　　　岐阜大学　　　　Ａ
　企業との連携が進展し、製品化の見込みが立った。
湖北地域　　　　滋賀大学　　　　Ｂ
　事業化の出口となる企業の参画が不十分。
南紀地域　　　　和歌山大学　　　Ｂ
　推進体制の構築に遅れが見られる。
`;

const LABELLED = `里山エコ連携プログラム　事後評価結果の概要

令和７年３月

事後評価結果
●Ｓ評価：山陰地域（鳥取県）、瀬戸地域（香川県）、
　　　　　土佐地域（高知県）
●Ｃ評価：阿蘇地域（熊本県）
　阿蘇地域は、事業プロデューサーの交代が続き、事業化が遅れた。
`;

const COMMITTEES = `里山木質資源拠点事業　中間評価結果について

令和６年３月

　外部有識者１０名で構成する里山木質資源拠点事業評価委員会において、各拠点の中間評価を行った。
　なお、採択時の審査は、里山木質資源拠点事業審査委員会（主査：森下　和彦）が行った。
`;

const RESTATED = `里山実装委員会（第３回）議事録

１．日時　令和６年３月８日（金曜日）１０時～１２時
２．議事録
事務局：里山実装加速プログラムは、令和５年度に３８件の申請から７課題を採択し、１０月から支援を開始しました。
森岡委員：採択７課題のうち、東北からの課題が３件と多い一方、四国からの採択がありません。
`;

// (another programme's grades of places whose names begin as 津軽 does)
const STRAITS = `湖北戦略推進事業　中間評価結果

令和６年３月

　地域名　　　　　　　　評価
　津軽海峡交流地域　　　Ａ
　湖北平野地域　　　　　Ｂ
`;

const SIDE = `里山研究大学ファンド事業　推進委員会　議事録

１．日時　令和６年５月１０日
２．議事録
事務局：令和６年度予算では、里山交流ラボ事業に１，２４０百万円を計上しております。
`;

const PAY = `里山人材循環事業の成果と課題

１．事業の概要
　各地域に里山コーディネーターを１名配置し、大学と企業の間の人材の行き来を支援した。

２．見えてきた課題
　・コーディネーターの処遇：任期付き雇用が中心で、給与水準も地域によって差がある
`;

const TWO_KINDS = `里山オープンイノベーション拠点制度　公募要領（抜粋）

３．申請要件
　・企業との共同研究の実績（広域展開型は、直近３年間の平均で年間の民間企業からの受入額が１億円以上であること）
　・地域密着型、広域展開型とも、地方公共団体の参画を必須とする。

４．選考
　外部有識者で構成する選考会において、書面選考及び面接により、次の観点から選考す
る。
　（１）拠点構想の独自性
　（２）共同研究の継続可能性
　（３）地域産業への波及効果
　広域展開型では、上記に加えて他地域との連携体制を確かめる。
`;

let root: string;
let engine: Engine;
let answerer: Answerer;
const COUNCIL = `みなと科学技術会議（令和６年度第１回）議事要旨

１．日時　令和６年７月１０日（水）
２．出席　港川座長、浦辺副座長、汐見委員
３．議事
○浦辺副座長：　国の事業は５年で終わることの繰り返しだった。
○事務局：　みなと大学は、みなと研究大学強化事業の令和６年度公募に申請した。
○事務局：　みなと大学の干潟再生拠点は、平成２９年度に干潟共創拠点事業に採択され、令和３年度まで支援を受けた。
○汐見委員：　みなと工科大学の改善計画は、次回の会議で報告を受けることとする。
○事務局：　新しいみなと振興ビジョンは、令和８年３月の策定を目指している。
○事務局：　干潟共創拠点事業は令和３年度で終了したため、令和４年度の予算は要求していない。

（参考）関連する国の事業
・みなと研究大学強化事業（文部科学省、令和６年度～）
・干潟共創拠点事業（水産庁、平成２９年度～令和３年度）
`;

const EXPOST = `北浜人材拠点事業　事後評価結果

令和４年３月
北浜人材拠点事業評価委員会

１．評価結果
　機関名　　　　　拠点名　　　　　　　　評価
　北浜大学　　　北浜食品人材拠点　　Ａ
　峠大学　　　　峠木工人材拠点　　　Ｂ

２．成果
　特許出願件数　　　　１２件
`;

const OTHER_GRADES = `南風共創拠点事業　中間評価結果

令和３年２月
南風共創拠点事業評価委員会

１．評価結果
　拠点名　　　　　代表機関　　　評価
　浜辺拠点　　　浜辺大学　　Ｓ

２．参考
　浜辺大学は、北浜人材拠点事業にも令和元年度に採択されている。
`;

const RECORD = `里浜技術橋渡し事業　これまでの実績

これまでの実績
　令和元年度から令和５年度までに、累計９６件を採択しました。
　採択件数が多い分野は、精密加工（３１件）、食品（２２件）、医療機器（１５件）です。
　事業終了後２年を経過した案件の事業化率は３８％です。
`;

const HUB_OUTLINE = `港湾資源循環技術実証拠点整備推進事業の概要

令和元年５月
環境省　環境再生・資源循環局

１．事業の目的
　港湾資源循環技術実証拠点整備推進事業（以下「港湾実証拠点事業」という。）は、港湾の素材リサイクル技術を地域で実証する拠点を支援する。
　実証で得た技術は、地域の素材産業に広く展開することを目指す。

２．補助の内容
　補助率は１／２、補助上限額は１拠点当たり年間６，０００万円以内である。
　補助金は、地方公共団体が指定する中核機関に交付する。
　補助期間は最長５年間とする。
`;

const HUB_REPORT_COUNCIL = `汐見資源循環実証拠点　事業成果報告書（概要版）
令和６年３月
汐見資源循環実証拠点推進協議会

１．事業の概要
（１）事業名　港湾実証拠点事業（環境省）
（２）実施体制
　①　中核機関　（一社）汐見資源循環推進機構
　②　推進協議会　会長：港川市長、副会長：汐見県商工労働部長

２．中間評価委員会　委員名簿（◎は委員長）
◎　岩　城　　雅　典　　東邦循環工学大学　名誉教授
　　安　藤　　恵　美　　公認会計士

３．参画企業の事後評価
　（株）汐見マテリアル　　Ｃ（目標未達）
　港川精工（株）　　　　　Ａ（目標を達成）
`;

const THIRD_GRADES = `潮騒連携事業　事後評価結果

令和４年３月

１．評価結果
　磯部大学　　Ｂ
`;

const REQUEST = `令和７年度　概算要求の概要

【湖南イノベーションの推進】
　　　　　　　　　　　　　　　　　　　　　　　　　（単位：百万円）
事　　　　項　　　　　　　　　　令和６年度予算額　　令和７年度要求額　　増△減額
湖南戦略推進プログラム　　　　　　４，７６０　　　　　４，３２０　　　　△４４０
湖南クラスタープログラム　　　　　３，０００　　　　　４，２００　　　　１，２００
合　　　　計　　　　　　　　　　　７，７６０　　　　　８，５２０　　　　　　７６０

２．湖南クラスタープログラム　積算
　中核クラスター研究開発　　　２クラスター×５００百万円　　１，０００百万円
　事務費　　　　　　　　　　　　　　　　　　　　　　　　　　　２００百万円
`;

const FACILITY = `湖北共同研究拠点整備事業の概要

　湖北共同研究拠点整備事業は、平成２２年度補正予算により、大学等に共同研究の拠点を整備したものである。
　湖北共同研究拠点整備事業の拠点は平成２４年度から順次供用を開始した。
`;

const BRIDGE = `みさき中小企業・公設試技術橋渡し支援事業（事業概要）

経済産業省

「みさき中小企業・公設試技術橋渡し支援事業」（以下「技術橋渡し事業」といいます。）は、地域の中小企業の試作開発を支援する補助事業です。平成30年度に創設されました。
`;

const BRIDGE_SHEET = `令和７年度　経済産業省　概算要求の概要

────────────────────
みさき中小企業・公設試技術橋渡し支援事業
令和７年度概算要求額　18.5億円（令和６年度予算額　15.0億円、前年度比123％）

■令和７年度要求のポイント
・新規採択件数の拡充
────────────────────
`;

const DX_SHEET = `令和５年度　概算要求のポイント

（単位：千円）
２．湖西ものづくり拠点形成事業
【要求額】1,120,000千円（前年度予算額 680,000千円）
・拠点は令和６年度に５か所へ広げる計画である。
`;

const FUND_REQUEST = `令和７年度　概算要求の概要（湖東研究基盤共用事業）

　湖東研究基盤共用事業は、令和６年度から実施している。
　令和６年度の第１回公募では、１０件を採択した。
・継続１０件の着実な推進
・第２回公募により、新たに６件程度を採択
`;

const PANELS = `里山シーズ加速補助金　事後評価結果

令和５年１１月
里山県商工部

１．概要
　令和３年度に採択した８件について、外部有識者による事後評価を行った。

２．里山シーズ加速補助金評価委員会　委員
　委員長　　藤川　恵子　　湖南経営研究所　代表
　副委員長　中園　隆之　　湖国技術移転協議会　理事
　委員　　　江口　雅人　　湖東信用金庫　地域創生部長

３．今後の方向
　国の里山実証拠点事業（令和元年度～）との連携を強める。
`;

const RESULTS = `湖畔人材循環事業の成果

１．事業の経過
　湖畔人材循環事業は、平成30年度に創設された。平成30年度の創設以来、令和5年度までに135件を採択した。

２．主な成果指標
指標　　　　　　　　　　　　　　FY2019　　FY2021
クロスアポイントメント件数　　　　9件　　　41件

３．グッドプラクティス
　企業との共同研究が FY2019 の6件から FY2021 の31件に拡大した。
`;

const HUB_REPORT = `海原センシング実装拠点　事業成果報告書（概要版）
令和５年３月
海原センシング実装拠点推進協議会

1. 事業の概要
(1) 事業名　里山センシング実装拠点事業
(2) 事業期間　平成30年度～令和4年度（5年間）

2. 交付額の推移
　年度　　　　　　交付額　　　　　　備考
　平成30年度　　　3,400万円　　　　初年度
　令和元年度　　　5,000万円
　令和2年度　　　 5,000万円　　　　中間評価　総合A
　令和3年度　　　 4,700万円　　　　テーマの一部を市の事業へ移管
　令和4年度　　　 4,500万円　　　　最終年度
`;

const HUB_BUDGET = `令和３年度　概算要求の概要（地域実装関係）

(1) 里山センシング実装拠点事業　　450百万円（430百万円）
　平成30年度に採択した3拠点（海原、砂丘、湖畔）に対し、中核機関を通じてセンシング技術の地域実装を支援する。
`;

const AREA_RESULTS = `里山エリア連携事業　事後評価結果
令和２年３月

エリア名　事業費（３年間・千円）　特許出願　事業化件数　総合評価
波止場エリア　３０１，２００　１８　９　Ｓ
砂丘エリア　２９６，８００　２１　４　Ａ
峠エリア　２９８，５００　１２　２　Ｂ

各エリアに対する所見
【波止場エリア】特許出願が順調に伸び、地域企業による製品化も進んだ。
【砂丘エリア】特許出願は多いが、事業化に結び付いたものは限られる。
【峠エリア】特許出願、事業化とも目標に届かなかった。
`;

const BODY_MINUTES = `令和６年度第２回湖西県産業イノベーション推進委員会　議事要旨

日　時　　令和６年１１月１９日（火）10:00～11:45
出席委員　中川委員長（湖西先端技術大学 名誉教授）、上野副委員長（湖西ものづくり企業協議会 会長）、小池委員
議　題　　湖西ものづくり補助金の採択結果について
`;

const BODY_CALL = `湖西ものづくり補助金　公募要領

５　審査
湖西県産学連携技術開発審査会において、書面審査及びプレゼンテーション審査を行います。
`;

const MARKED = `湖畔モビリティ実装拠点事業　中間評価結果について
令和２年１２月１８日
湖畔モビリティ実装拠点事業中間評価委員会

１．評価の概要
　平成３０年度に採択した４拠点について、中間評価を行った。

５．中間評価委員会　委員名簿（五十音順、◎は主査）
　　大　橋　　真理子　　（株）湖畔データソリューションズ　代表取締役
◎　北　村　　芳　郎　　湖畔情報大学　名誉教授
　　西　川　　さやか　　弁理士
`;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shisaku-abstain-rules-'));
  const seeds = path.join(root, 'seeds');
  await cp(SEEDS, seeds, { recursive: true });
  await writeFile(path.join(seeds, 'n01_evaluation.txt'), EVALUATION);
  await writeFile(path.join(seeds, 'n02_outline.txt'), OUTLINE);
  await writeFile(path.join(seeds, 'n03_midterm.txt'), MIDTERM);
  await writeFile(path.join(seeds, 'n04_smart.txt'), SMART);
  await writeFile(path.join(seeds, 'n05_calls.txt'), CALLS);
  await writeFile(path.join(seeds, 'n06_selected.txt'), SELECTED);
  await writeFile(path.join(seeds, 'n07_members.txt'), MEMBERS);
  await writeFile(path.join(seeds, 'n08_plan.txt'), PLAN);
  await writeFile(path.join(seeds, 'n09_kinds.txt'), KINDS);
  await writeFile(path.join(seeds, 'n10_report.txt'), REPORT);
  await writeFile(path.join(seeds, 'n11_hubs.txt'), HUBS);
  await writeFile(path.join(seeds, 'n12_labs.txt'), LABS);
  await writeFile(path.join(seeds, 'n13_meeting.txt'), MEETING);
  await writeFile(path.join(seeds, 'n14_regions.txt'), REGIONS);
  await writeFile(path.join(seeds, 'n15_split.txt'), SPLIT);
  await writeFile(path.join(seeds, 'n16_digest.txt'), DIGEST);
  await writeFile(path.join(seeds, 'n17_sheet.txt'), SHEET);
  await writeFile(path.join(seeds, 'n18_titled.txt'), TITLED);
  await writeFile(path.join(seeds, 'n19_commented.txt'), COMMENTED);
  await writeFile(path.join(seeds, 'n20_labelled.txt'), LABELLED);
  await writeFile(path.join(seeds, 'n21_committees.txt'), COMMITTEES);
  await writeFile(path.join(seeds, 'n22_restated.txt'), RESTATED);
  await writeFile(path.join(seeds, 'n23_straits.txt'), STRAITS);
  await writeFile(path.join(seeds, 'n24_side.txt'), SIDE);
  await writeFile(path.join(seeds, 'n25_pay.txt'), PAY);
  await writeFile(path.join(seeds, 'n26_two_kinds.txt'), TWO_KINDS);
  await writeFile(path.join(seeds, 'n27_council.txt'), COUNCIL);
  await writeFile(path.join(seeds, 'n28_expost.txt'), EXPOST);
  await writeFile(path.join(seeds, 'n29_other_grades.txt'), OTHER_GRADES);
  await writeFile(path.join(seeds, 'n30_third_grades.txt'), THIRD_GRADES);
  await writeFile(path.join(seeds, 'n31_request.txt'), REQUEST);
  await writeFile(path.join(seeds, 'n32_facility.txt'), FACILITY);
  await writeFile(path.join(seeds, 'n33_bridge.txt'), BRIDGE);
  await writeFile(path.join(seeds, 'n34_bridge_sheet.txt'), BRIDGE_SHEET);
  await writeFile(path.join(seeds, 'n35_dx_sheet.txt'), DX_SHEET);
  await writeFile(path.join(seeds, 'n36_fund_request.txt'), FUND_REQUEST);
  await writeFile(path.join(seeds, 'n37_results.txt'), RESULTS);
  await writeFile(path.join(seeds, 'n38_panels.txt'), PANELS);
  await writeFile(path.join(seeds, 'n39_hub_report.txt'), HUB_REPORT);
  await writeFile(path.join(seeds, 'n40_hub_budget.txt'), HUB_BUDGET);
  await writeFile(path.join(seeds, 'n41_area_results.txt'), AREA_RESULTS);
  await writeFile(path.join(seeds, 'n42_body_minutes.txt'), BODY_MINUTES);
  await writeFile(path.join(seeds, 'n43_body_call.txt'), BODY_CALL);
  await writeFile(path.join(seeds, 'n44_marked.txt'), MARKED);
  await writeFile(path.join(seeds, 'n45_record.txt'), RECORD);
  await writeFile(path.join(seeds, 'n46_hub_council.txt'), HUB_REPORT_COUNCIL);
  await writeFile(path.join(seeds, 'n47_hub_outline.txt'), HUB_OUTLINE);
  const { dir } = await runIngest({ paths: { root, seedsDir: seeds, homeDir: path.join(root, '.shisaku') }, progress: silentProgress });
  engine = await openEngine(dir, { tokenizer: await JapaneseTokenizer.create() });
  answerer = new Answerer(engine);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('abstains on what is asked of one place or body the documents say nothing of', () => {
  it('an amount of one hub: answered from its own report, abstained where only another hub\'s report and a list naming it stand', async () => {
    const own = await answerer.answer('海原の拠点が令和３年度に受けた交付額はいくらですか。');
    expect(own.status).toBe('answered');
    expect(own.answer).toContain('4,700万円');
    const other = await answerer.answer('砂丘の拠点が令和３年度に受けた交付額はいくらですか。');
    expect(other.status).toBe('abstained');
  });

  it('a role of one named body: another body\'s list of those present does not say', async () => {
    const own = await answerer.answer('湖西県産業イノベーション推進委員会の委員長は誰ですか。');
    expect(own.status).toBe('answered');
    expect(own.answer).toContain('中川');
    const other = await answerer.answer('湖西県産学連携技術開発審査会の委員長は誰ですか。');
    expect(other.reason).toBe('no passage about 産学連携技術開発審査会 names the role asked');
  });

  it('a role a list marks by a sign its heading explains (◎は主査): the marked member, of that programme only', async () => {
    const chair = await answerer.answer('湖畔モビリティ実装拠点事業の中間評価委員会で主査を務めたのは誰ですか。');
    expect(chair.status).toBe('answered');
    expect(chair.answer).toContain('北　村　　芳　郎');
    const deputy = await answerer.answer('湖畔モビリティ実装拠点事業の中間評価委員会の副主査は誰ですか。');
    expect(deputy.status).toBe('abstained');
    const other = await answerer.answer('里山シーズ加速補助金の事後評価をした委員会のトップは誰？');
    expect(other.answer).toContain('藤川');
    expect(other.answer).not.toContain('北　村');
  });

  it('a count of one area in a table: the row naming the area gives it under the column asked', async () => {
    const a = await answerer.answer('里山エリア連携事業の事後評価で、波止場エリアの特許出願は何件だった？');
    expect(a.status).toBe('answered');
    expect(a.answer.normalize('NFKC')).toContain('18');
  });

  it('a role on one programme\'s committee: another programme\'s committee list does not say', async () => {
    const own = await answerer.answer('里山シーズ加速補助金の評価委員会の副委員長はどなたですか。');
    expect(own.status).toBe('answered');
    expect(own.answer).toContain('中園');
    const other = await answerer.answer('里山テクノ連携推進事業の評価委員会の副委員長はどなたですか。');
    expect(other.reason).toBe('no passage about the programme asked names the role asked');
  });

  it('a grade of one university: answered where a sentence names it with its grade, abstained where none does', async () => {
    const known = await answerer.answer('里山テクノ連携推進事業の中間評価で、弘前大学はどの評価区分になりましたか。');
    expect(known.status).toBe('answered');
    expect(known.answer.normalize('NFKC')).toContain('A評価');
    const unknown = await answerer.answer('里山テクノ連携推進事業の中間評価で、金沢大学はどの評価区分になりましたか。');
    expect(unknown.status).toBe('abstained');
    expect(unknown.sentences).toEqual([]);
  });

  it('the leader of one site: the role stands in the documents, but by no name and not with that site', async () => {
    const a = await answerer.answer('里山テクノ連携推進事業の金沢大学拠点のプロジェクトリーダーは誰でしたか。');
    expect(a.status).toBe('abstained');
  });

  it('the name of one city\'s site: no line names that city', async () => {
    const none = await answerer.answer('みなと共創拠点事業で採択された灯台市の課題の名前は？');
    expect(none.status).toBe('abstained');
    const named = await answerer.answer('みなと共創拠点事業で採択された海辺市の課題の名前は？');
    expect(named.status).toBe('answered');
    expect(named.answer).toContain('漁港の省力化');
  });

  it('the producer of one region: a line naming the region with its grade names nobody', async () => {
    const a = await answerer.answer('里山エコ連携プログラムでＣ評価だった阿蘇地域の事業プロデューサーは誰でしたか。');
    expect(a.status).toBe('abstained');
  });
});

describe('answers what is asked of one hub where its own report says it', () => {
  it('a role held by a post (会長：港川市長) in the report its title names the hub in', async () => {
    const a = await answerer.answer('汐見拠点の推進協議会の会長は誰が務めていましたか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('港川市長');
  });

  it('a programme said short by its word and its kind (港湾拠点 for 港湾…実証拠点整備推進事業) is no place singled out', async () => {
    const a = await answerer.answer('港湾拠点の中間評価委員会の委員長はどなたですか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('岩　城');
  });

  it('「最大でいくら」 asks a cap, not a ranking', async () => {
    const a = await answerer.answer('港湾実証拠点事業の補助金は最大でいくらですか。');
    expect(a.reason).toBeUndefined();
    expect(a.status).toBe('answered');
    expect(a.answer.normalize('NFKC')).toContain('6,000万円');
  });

  it('whom the money goes to (誰に出る) is answered by a body, not abstained for want of a person', async () => {
    const a = await answerer.answer('港湾実証拠点事業の補助金、市役所や県庁じゃなくて誰に出るんですか？');
    expect(a.reason).toBeUndefined();
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('中核機関に交付する');
  });

  it('a company asked (会社) is found as the documents write one ((株))', async () => {
    const a = await answerer.answer('汐見拠点の事後評価で目標未達だった会社はどこですか。');
    expect(a.reason ?? '').not.toContain('never mention');
    expect(a.status).toBe('answered');
  });
});

describe('abstains when the only list found is of programmes, not of what was asked', () => {
  it('「採択された大学はどこ？」 is not answered by a list of related programmes that name universities and the year', async () => {
    const a = await answerer.answer('里山テクノ連携推進事業で令和６年度に採択された大学はどこ？');
    expect(a.status).toBe('abstained');
    expect(a.sentences).toEqual([]);
  });
});

describe('abstains on a grade from an evaluation the documents give no grades of', () => {
  it('grades from the mid-term evaluation do not answer which region got S at the ex-post evaluation', async () => {
    const expost = await answerer.answer('山里ものづくり推進プログラムの令和３年度採択地域のうち、事後評価でＳ評価になったのはどこですか。');
    expect(expost.status).toBe('abstained');
    const midterm = await answerer.answer('山里ものづくり推進プログラムの令和３年度採択地域のうち、中間評価でＳ評価になったのはどこですか。');
    expect(midterm.status).toBe('answered');
  });
});

describe('「N拠点って、どこ？」 asks for a list of that many', () => {
  it('is read as a list question', () => {
    expect(questionAsks('稼働率が5割を下回っていた3拠点って、具体的にどこ？')).toContain('list');
  });

  it('abstains when the documents give the count but not which they are', async () => {
    const a = await answerer.answer('里山テクノ連携推進事業で稼働率が5割を下回っていた3拠点って、具体的にどこ？');
    expect(a.status).toBe('abstained');
  });
});

describe('a programme-like phrase whose name is asked is a description, not an unknown name', () => {
  it('「…の地域連携プログラムは何ですか」 is answered; a programme the documents never name is not', async () => {
    const asked = await answerer.answer('文部科学省が進める、里山の資源を生かす地域連携プログラムは何ですか。');
    expect(asked.status).toBe('answered');
    expect(asked.answer).toContain('里山テクノ連携推進事業');
    const unknown = await answerer.answer('里山バイオ地域連携プログラムの予算はいくら？');
    expect(unknown.status).toBe('abstained');
  });
});

describe('an English programme name whose words the reading gives in Japanese', () => {
  it('"Smart … Model Project" is known through スマート in a programme name; an unknown name still abstains', async () => {
    const a = await answerer.answer('Which ministry runs the Smart Model Project?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('国土交通省');
    const unknown = await answerer.answer('What was the total budget of the Super Mega Program?');
    expect(unknown.status).toBe('abstained');
  });
});

describe('a value asked need not stand with the word for its kind', () => {
  it('「採択された件数は？」 is answered by 「１２件を採択した」, which never says 件数', async () => {
    const a = await answerer.answer('令和元年度にスマート農村モデル事業で採択された件数は？');
    expect(a.status).toBe('answered');
    expect(a.answer.normalize('NFKC')).toContain('12件');
  });
});

describe('a programme the documents name only as a successor has no evaluation in them', () => {
  it('「後継事業「…」」 alone does not answer how that successor was evaluated', async () => {
    const a = await answerer.answer('里山グリーン共創事業の事後評価の結果はどうだった？');
    expect(a.status).toBe('abstained');
    expect(a.reason).toContain('successor');
  });
});

describe('a document’s title says what each of its sentences is of', () => {
  it('「…の採択地域の中間評価で、ヒアリングはいつ？」 is answered by a dated line of the evaluation whose title names them', async () => {
    const a = await answerer.answer('山里ものづくり推進プログラムの採択地域の中間評価で、ヒアリングはいつ行われた？');
    expect(a.status).toBe('answered');
    expect(a.answer.normalize('NFKC')).toContain('9月17日');
  });
});

describe('a round or a counted thing the documents state only for another', () => {
  it('the first call\'s applications answer 第1回 (and 応募 for 申請), not 第2回, which is only announced', async () => {
    const first = await answerer.answer('里山研究大学ファンド事業の第1回公募には何件の応募がありましたか。');
    expect(first.status).toBe('answered');
    expect(first.answer.normalize('NFKC')).toContain('32件');
    const second = await answerer.answer('里山研究大学ファンド事業の第2回公募には何件の申請がありましたか。');
    expect(second.status).toBe('abstained');
  });

  it('a count dated to another year does not answer the year asked', async () => {
    const a = await answerer.answer('里山研究大学ファンド事業の令和7年度の申請件数は？');
    expect(a.status).toBe('abstained');
    const b = await answerer.answer('里山研究大学ファンド事業の令和6年度の申請件数は？');
    expect(b.status).toBe('answered');
    expect(b.answer.normalize('NFKC')).toContain('32件');
  });

  it('a count in a sentence with no year is of the fiscal year its document\'s title names, not of another', async () => {
    const other = await answerer.answer('里山データ連携拠点事業の令和５年度公募には何件の提案があった？');
    expect(other.status).toBe('abstained');
    const asked = await answerer.answer('里山データ連携拠点事業の令和４年度公募には何件の提案があった？');
    expect(asked.status).toBe('answered');
    expect(asked.answer.normalize('NFKC')).toContain('25件');
  });

  it('a count a speaker repeats without a year is of the year the same count is stated with elsewhere in the minutes', async () => {
    const other = await answerer.answer('里山実装加速プログラムの令和６年度公募では何課題を採択しましたか。');
    expect(other.status).toBe('abstained');
    const asked = await answerer.answer('里山実装加速プログラムの令和５年度公募では何課題を採択しましたか。');
    expect(asked.status).toBe('answered');
    expect(asked.answer.normalize('NFKC')).toContain('7課題');
  });

  it('an amount required of one kind (広域展開型) is no requirement of another (地域密着型)', async () => {
    const other = await answerer.answer('里山オープンイノベーション拠点制度の地域密着型では、企業からの共同研究費の受入額は年間いくら以上が要件ですか。');
    expect(other.status).toBe('abstained');
    const own = await answerer.answer('里山オープンイノベーション拠点制度の広域展開型では、企業からの共同研究費の受入額は年間いくら以上が要件ですか。');
    expect(own.status).toBe('answered');
    expect(own.answer.normalize('NFKC')).toContain('1億円以上');
  });

  it('a salary asked (年俸, 給与水準) is an amount: a line on pay that gives none does not answer it', async () => {
    const a = await answerer.answer('里山人材循環事業のコーディネーターの年俸（給与水準）はどのくらいでしたか。');
    expect(a.status).toBe('abstained');
  });

  it('an amount a sentence gives another programme it names is not the amount of the one asked, though the minutes are of that one', async () => {
    const a = await answerer.answer('里山研究大学ファンド事業の令和６年度予算額はいくらですか。');
    expect(a.status).toBe('abstained');
  });

  it('the members of one body (評価委員会) are no count of another\'s (審査委員会)', async () => {
    const other = await answerer.answer('里山木質資源拠点事業の審査委員会は、何人の委員で構成されていましたか。');
    expect(other.status).toBe('abstained');
    const asked = await answerer.answer('里山木質資源拠点事業の評価委員会は、何人の委員で構成されていましたか。');
    expect(asked.status).toBe('answered');
    expect(asked.answer.normalize('NFKC')).toContain('10名');
  });

  it('an English count of one kind of thing (students) is not answered by a count of another (proposals)', async () => {
    const other = await answerer.answer('How many students did the Smart Model Project train?');
    expect(other.status).toBe('abstained');
    const asked = await answerer.answer('How many proposals did the Smart Model Project receive?');
    expect(asked.status).toBe('answered');
    expect(asked.answer.normalize('NFKC')).toContain('28件');
  });

  it('a count of other things does not answer how many of the thing asked', async () => {
    const planned = await answerer.answer('里山研究大学ファンド事業の第2回公募では、最大何件を採択する予定ですか。');
    expect(planned.status).toBe('answered');
    expect(planned.answer.normalize('NFKC')).toContain('6件');
    const contracts = await answerer.answer('スマート農村モデル事業では、契約は何件結ばれましたか。');
    expect(contracts.status).toBe('abstained');
  });
});

describe('the places of one grade, however the grades are set out', () => {
  it('rows of a graded table, each followed by its comment line, are the list of that grade', async () => {
    const a = await answerer.answer('里山エコ連携プログラムの中間評価でＢ評価だった地域は？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('湖北地域');
    expect(a.answer).toContain('南紀地域');
    expect(a.answer).not.toContain('東濃地域');
  });

  it('asked in English (which region got the only C) is the row of that grade', async () => {
    const a = await answerer.answer('Which region got the only C in the interim evaluation of 森里連携クラスター事業?');
    expect(a.status).toBe('answered');
    expect(a.answer.normalize('NFKC')).toMatch(/日向地域\s*杉材加工\s*C/u);
    expect(a.answer).not.toContain('阿蘇地域');
  });

  it('a grade that labels the names after it (●Ｓ評価：…、…) lists them', async () => {
    const a = await answerer.answer('里山エコ連携プログラムの事後評価でＳだった地域を挙げて。');
    expect(a.status).toBe('answered');
    for (const place of ['山陰地域', '瀬戸地域', '土佐地域']) expect(a.answer).toContain(place);
    expect(a.answer).not.toContain('阿蘇地域');
  });
});

describe('names and rankings the documents give in other words', () => {
  it('an abbreviation the documents spell out (METI for 経済産業省) is no unknown name', async () => {
    const a = await answerer.answer('METIと連携した里山テクノ連携推進事業の目的は？');
    expect(a.reason ?? '').not.toContain('never mention');
  });

  it('the best grade (最高ランク) is ranked by the grades the documents give', async () => {
    const a = await answerer.answer('山里ものづくり推進プログラムの中間評価で、最高ランクだった地域はどこですか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('しなの精密加工ものづくり地域');
  });
});

describe('a list of one kind among several', () => {
  it('「可能性調査型に採択された代表機関」 is answered with the list under ＜可能性調査型＞, not the first list', async () => {
    const a = await answerer.answer('みなと共創拠点事業の令和5年度の可能性調査型に採択された代表機関を挙げてください。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('海辺大学');
    expect(a.answer).toContain('岬技術大学');
    expect(a.answer).not.toContain('港北大学');
  });
});

describe('where a named person works', () => {
  it('is answered where a passage gives the name with an organisation, abstained where none does', async () => {
    const known = await answerer.answer('里山研究大学ファンド事業の審査委員会の浜田主査の所属はどこですか。');
    expect(known.status).toBe('answered');
    expect(known.answer).toContain('港北大学');
    const unknown = await answerer.answer('里山研究大学ファンド事業の審査委員会の岸委員の所属はどこですか。');
    expect(unknown.status).toBe('abstained');
  });

  it('in English too, with the person named before "affiliated"', async () => {
    const unknown = await answerer.answer('Which organisation is 岸委員, a member of the review committee of 里山研究大学ファンド事業, affiliated with?');
    expect(unknown.status).toBe('abstained');
    const known = await answerer.answer('Which university is 浜田主査, who chaired the review committee of 里山研究大学ファンド事業, affiliated with?');
    expect(known.status).toBe('answered');
    expect(known.answer).toContain('港北大学');
  });
});

describe('a role a member list marks', () => {
  it('「○は副委員長」 answers who was vice-chair with the entry marked ○, citing the legend', async () => {
    const a = await answerer.answer('みなと共創拠点事業の審査委員会で副委員長だったのはどなたですか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('井上');
    expect(a.answer).not.toContain('上田');
    expect(a.answer).toContain('○は副委員長');
    expect(a.sentences).toHaveLength(2);
  });
});

describe('a year written in an era that had ended', () => {
  it('平成３５年度 is shown as 令和5年度 with the form the document wrote', async () => {
    const a = await answerer.answer('みなと未来推進事業は何年度までの計画ですか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('令和5年度');
    expect(a.answer.normalize('NFKC')).toContain('資料の表記は平成35年度');
  });
});

describe('a named thing that is no programme', () => {
  it('「港湾集積高度化地域の定義」 is not refused for standing in a programme\'s document: passages about other programmes say nothing of a thing no programme is', async () => {
    const a = await answerer.answer('港湾集積高度化地域の定義');
    expect(a.status).toBe('answered');
    expect(a.citations.some((c) => c.source.endsWith('n09_kinds.txt'))).toBe(true);
  });
});

describe('whether a planned thing came about', () => {
  it('abstains where the documents only say it is planned (改めて審査を行う予定)', async () => {
    const a = await answerer.answer('里山交流プラザ事業で次点だった岩手県は、結局発展型に移行できたんですか？');
    expect(a.status).toBe('abstained');
    expect(a.reason).toContain('planned');
  });

  it('is answered where a sentence about that place says it did', async () => {
    const a = await answerer.answer('里山交流プラザ事業で最上位だった秋田県は、発展型に移行できたんですか？');
    expect(a.status).toBe('answered');
    expect(a.citations.some((c) => c.source === 'seeds/n10_report.txt' && c.line_start === 7)).toBe(true);
  });

  it('「…に採択されたの？」 and 「…を続けたの？」 ask an outcome too: abstained on a plan, answered where a sentence says it was done', async () => {
    const planned = await answerer.answer('里山交流プラザ事業で次点だった岩手県は、その後発展型に採択されたの？');
    expect(planned.status).toBe('abstained');
    expect(planned.reason).toContain('planned');
    const done = await answerer.answer('里山交流プラザ事業で最上位だった秋田県は、その後も事業を続けたの？');
    expect(done.status).toBe('answered');
    expect(done.citations.some((c) => c.source === 'seeds/n10_report.txt' && c.line_start === 7)).toBe(true);
  });
});

describe('the ones not chosen, and a role nobody holds', () => {
  it('「選ばれなかった５都市はどこ」 abstains: the documents give the count, not the cities', async () => {
    const a = await answerer.answer('里山交流プラザ事業で選定されなかった5都市はどこですか。');
    expect(a.status).toBe('abstained');
  });

  it('「…の館長はどなた」 abstains: no passage names a 館長', async () => {
    const a = await answerer.answer('里山交流プラザの館長はどなたでしたか。');
    expect(a.status).toBe('abstained');
  });
});

describe('a name shortened by leaving words out, and a count in a table', () => {
  it('「海洋拠点事業」 is the programme whose name holds those words in that order, not an unknown name', async () => {
    const a = await answerer.answer('海洋拠点事業の中間評価で、東海拠点の参画企業数は？');
    expect(a.reason ?? '').not.toContain('never mention');
    expect(a.status).toBe('answered');
  });

  it('a count asked is given by a table row under a header that names the column (薬事申請)', async () => {
    const a = await answerer.answer('広域連携型海洋機器イノベーション拠点形成事業の中間評価で、薬事申請は全部で何件？');
    expect(a.status).toBe('answered');
    expect(a.citations.some((c) => c.source === 'seeds/n11_hubs.txt' && c.line_start === 14)).toBe(true);
  });
});

describe('what kind of statement is asked: a reason, an English name, a web address, a date of something done', () => {
  it('「なぜ」 abstains where the passage says what happened but not why, and is answered where it says why (ため)', async () => {
    expect((await answerer.answer('三重大学の共創ラボで、令和3年10月に拠点長が交代したのはなぜですか。')).status).toBe('abstained');
    const why = await answerer.answer('地域共創ラボ形成事業で、弘前大学の拠点が計画を縮小したのはなぜですか。');
    expect(why.status).toBe('answered');
    expect(why.answer).toContain('負担金');
  });

  it('an English name or a web address the documents never give abstains', async () => {
    expect((await answerer.answer('地域共創ラボ形成事業の英語名称は何ですか。')).status).toBe('abstained');
    expect((await answerer.answer('地域共創ラボ形成事業の情報が載っているウェブサイトのURLは？')).status).toBe('abstained');
  });

  it('whether support went on, asked with a closing 。, needs a passage saying it did', async () => {
    const a = await answerer.answer('三重大学の共創ラボは、令和5年度末の再評価のあと支援が続いたのですか。');
    expect(a.status).toBe('abstained');
    expect(a.reason).toContain('planned');
  });
});

describe('near misses on a plan, a ranking and an event', () => {
  it('whether this year\'s call began as planned: last year\'s start is no answer', async () => {
    const a = await answerer.answer('地域共創ラボ形成事業の令和5年度公募は、予定どおり3月下旬に始まったの？');
    expect(a.status).toBe('abstained');
  });

  it('「Ａ評価の中でいちばん進捗が良かったのは」 is no question of grades: grade letters do not rank progress', async () => {
    expect((await answerer.answer('地域共創ラボ形成事業の中間評価でＳ評価だった拠点の中で、いちばん進捗が良かったのはどこ？')).status).toBe('abstained');
  });

  it('the date of an event the documents give only as planned (シンポジウムを開催予定)', async () => {
    expect((await answerer.answer('地域共創ラボ形成事業の採択拠点によるシンポジウムは、何月何日に開催されましたか。')).status).toBe('abstained');
  });
});

describe('a year asked in the other calendar', () => {
  it('is given in the one asked beside the passage that states it, with the same citation (令和６年度 = 2024年度)', async () => {
    const a = await answerer.answer('湖東研究基盤共用事業は、西暦だと何年度から実施していますか。');
    expect(a.status).toBe('answered');
    const line = a.sentences.find((s) => s.text.includes('= 2024年度'));
    expect(line?.text).toBe('令和６年度 = 2024年度');
    const stated = a.sentences.find((s) => s.text.includes('令和６年度から実施'));
    expect(line!.markers).toEqual(stated!.markers);
  });
});

describe('a running total asked', () => {
  it('is answered by the total stated (創設以来…までに135件) whatever its words (累計採択件数 counts 採択)', async () => {
    const a = await answerer.answer('湖畔人材循環事業の創設から令和５年度までの累計採択件数は？');
    expect(a.status).toBe('answered');
    expect(a.answer.normalize('NFKC')).toContain('135件');
  });

  it('is not answered by one year\'s row of a table (累計 asked, 9件 and 41件 given by year)', async () => {
    const a = await answerer.answer('湖畔人材循環事業のクロスアポイントメント件数の累計は何件？');
    expect(a.status).toBe('abstained');
  });
});

describe('counts of two years joined by から…に', () => {
  it('give those two years, not the years between (FY2019 の6件から FY2021 の31件に: nothing of FY2020)', async () => {
    const between = await answerer.answer('湖畔人材循環事業で、FY2020の企業との共同研究は何件だった？');
    expect(between.status).toBe('abstained');
    const own = await answerer.answer('湖畔人材循環事業で、FY2021の企業との共同研究は何件だった？');
    expect(own.status).toBe('answered');
    expect(own.answer.normalize('NFKC')).toContain('31件');
  });
});

describe('a table named as a source', () => {
  it('県の一覧表と国の資料で同じですか asks a value, not a complete list', async () => {
    const a = await answerer.answer('湖東研究基盤共用事業の令和6年度第1回公募の採択件数は、県の一覧表と国の資料で同じですか？');
    expect(a.status).toBe('answered');
    expect(a.answer.normalize('NFKC')).toContain('10件');
  });
});

describe('a later round asked with its year', () => {
  it('abstains when the documents give that round only as a plan (第２回公募により６件程度を採択)', async () => {
    const a = await answerer.answer('湖東研究基盤共用事業の令和7年度第2回公募では何件が採択されましたか。');
    expect(a.status).toBe('abstained');
    expect(a.reason).toContain('round 2');
    const held = await answerer.answer('湖東研究基盤共用事業の令和6年度第1回公募では何件が採択されましたか。');
    expect(held.status).toBe('answered');
    expect(held.answer.normalize('NFKC')).toContain('10件');
  });
});

describe('an amount on a line of its own in a budget sheet', () => {
  it('is of its sheet\'s year (or the year before, as labelled), not of a year a neighbouring line names', async () => {
    const other = await answerer.answer('湖西ものづくり拠点形成事業の令和6年度予算額はいくらでしたか。');
    expect(other.status).toBe('abstained');
    const own = await answerer.answer('湖西ものづくり拠点形成事業の令和5年度の要求額はいくら？');
    expect(own.status).toBe('answered');
    expect(own.answer.normalize('NFKC')).toContain('1,120,000千円');
  });
});

describe('a short name a web page gives a programme', () => {
  it('is one programme with its full name, not one more for the quoted short name', () => {
    const { entities } = engine.retriever.analyze('技術橋渡し事業の令和7年度概算要求額はいくら？');
    expect(entities).toHaveLength(1);
    expect(entities[0]).toContain('みさき中小企業・公設試技術橋渡し支援事業');
  });

  it('the section a budget sheet heads with the full name answers a question by the short name', async () => {
    const a = await answerer.answer('技術橋渡し事業の令和7年度概算要求額はいくらで、前年度比は何％ですか？');
    expect(a.status).toBe('answered');
    expect(a.answer.normalize('NFKC')).toContain('18.5億円');
  });
});

describe('a first meeting named by its number', () => {
  it('abstains when the documents name other meetings of that body but not the first', async () => {
    const a = await answerer.answer('里山推進委員会の第1回会合は何月何日に開催されましたか。');
    expect(a.status).toBe('abstained');
    expect(a.reason).toContain('round 1');
  });

  it('a later meeting only announced (次回の第４回委員会は…開催を予定) has not been held: what it decided abstains', async () => {
    const a = await answerer.answer('里山推進委員会の第４回では、どんな結論になりましたか。');
    expect(a.status).toBe('abstained');
    expect(a.reason).toContain('round 4');
  });
});

describe('what is asked of a meeting the documents hold, in a word they never use', () => {
  it('「…の傍聴者は何人」 abstains, naming the word; 「…はいつ開催」 of the same meeting is answered', async () => {
    const unknown = await answerer.answer('里山推進委員会（第３回）の傍聴者は何人でしたか。');
    expect(unknown.status).toBe('abstained');
    expect(unknown.reason).toContain('傍聴者');
    expect(unknown.sentences).toEqual([]);
    const known = await answerer.answer('里山推進委員会の第３回はいつ開催されましたか。');
    expect(known.status).toBe('answered');
    expect(known.answer.normalize('NFKC')).toContain('令和6年2月20日');
  });
});

describe('a budget sheet\'s bare amounts', () => {
  it('are amounts in the unit its 「（単位：百万円）」 line declares, of the year its title names', async () => {
    const a = await answerer.answer('湖畔研究関係の令和６年度概算要求で、「湖畔特別枠」はいくら？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('４００');
  });

  it('a total is no amount per site: 「1拠点当たりいくら」 abstains where the sheet gives the programme\'s total only', async () => {
    const total = await answerer.answer('湖畔研究推進事業の令和６年度の要求額はいくらですか。');
    expect(total.status).toBe('answered');
    expect(total.answer).toContain('１，５００');
    const per = await answerer.answer('湖畔研究推進事業の令和６年度の要求額は、1拠点当たりいくらですか。');
    expect(per.status).toBe('abstained');
  });
});

describe('a list of another year', () => {
  it('sites dated 令和５年 do not answer which were selected in 令和６年度, though the document\'s title names that year', async () => {
    const later = await answerer.answer('湖東ディープテック加速事業の令和６年度の公募で採択された拠点はどこ？');
    expect(later.status).toBe('abstained');
    const asked = await answerer.answer('湖東ディープテック加速事業の令和５年度に採択された拠点はどこ？');
    expect(asked.status).toBe('answered');
    expect(asked.answer).toContain('湖東精密加工拠点');
  });
});

describe('a grade asked of a table split under sub-headings', () => {
  it('「Ｂ評価だった地域を全部」 gathers the rows of that grade from both tables of the same header', async () => {
    const a = await answerer.answer('湖南連携推進事業の中間評価で、Ｂ評価だった地域を全部挙げて。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('甲賀地域');
    expect(a.answer).toContain('近江八幡地域');
    expect(a.answer).not.toMatch(/琵琶湖東岸|高島|彦根|湖西/u);
  });
});

describe('a grade of one region', () => {
  it('「津軽地域は何評価」 abstains where that region is named only as selected; a graded region is answered', async () => {
    const none = await answerer.answer('森里連携クラスター事業の中間評価で、津軽地域は何評価だった？');
    expect(none.status).toBe('abstained');
    const graded = await answerer.answer('森里連携クラスター事業の中間評価で、日向地域は何評価だった？');
    expect(graded.status).toBe('answered');
    expect(graded.answer.normalize('NFKC')).toMatch(/日向地域\s*杉材加工\s*C/u);
  });

  it('a grade after another place whose name begins the same (津軽海峡交流地域　Ａ) is no grade of 津軽地域', async () => {
    const a = await answerer.answer('森里連携クラスター事業の中間評価で、津軽地域はどの評価でしたか。');
    expect(a.status).toBe('abstained');
  });
});

describe('a council\'s summary: an outcome of the programme asked, a vice-chair', () => {
  it('「…の申請は採択されましたか」 abstains where the place was selected only in another programme', async () => {
    const pending = await answerer.answer('みなと大学のみなと研究大学強化事業の申請は採択されましたか。');
    expect(pending.status).toBe('abstained');
    expect(pending.reason).toContain('planned');
    const done = await answerer.answer('みなと大学の干潟再生拠点は、干潟共創拠点事業に採択されましたか。');
    expect(done.status).toBe('answered');
    expect(done.answer).toContain('平成２９年度に干潟共創拠点事業に採択され');
  });

  it('「改善計画は了承されたのでしょうか」 abstains where the plan is only to be reported', async () => {
    const a = await answerer.answer('みなと工科大学の改善計画は、会議で了承されたのでしょうか。');
    expect(a.status).toBe('abstained');
  });

  it('「浦辺副座長は、どこの所属の方ですか」 asks where 浦辺 works, and no passage says', async () => {
    const a = await answerer.answer('みなと科学技術会議の浦辺副座長は、どこの所属の方ですか。');
    expect(a.status).toBe('abstained');
    expect(a.reason).toBe('no passage gives where 浦辺 works');
  });
});

describe('a grade of one place, from the programme and the kind of evaluation asked', () => {
  it('a place graded only in another programme\'s mid-term evaluation has no ex-post grade; a place in the table has', async () => {
    const other = await answerer.answer('浜辺大学の拠点は、北浜人材拠点事業の事後評価で何評価だった？');
    expect(other.status).toBe('abstained');
    const listed = await answerer.answer('北浜大学の拠点は、北浜人材拠点事業の事後評価で何評価だった？');
    expect(listed.status).toBe('answered');
    expect(listed.answer).toContain('北浜大学　　　北浜食品人材拠点　　Ａ');
  });

  it('「…の事後評価の結果はどうだったのですか」 asks a grade: a mid-term grade is none', async () => {
    const midterm = await answerer.answer('浜辺拠点の事後評価の結果はどうだったのですか。');
    expect(midterm.status).toBe('abstained');
    const expost = await answerer.answer('北浜食品人材拠点の事後評価の結果はどうだったのですか。');
    expect(expost.status).toBe('answered');
    expect(expost.answer).toContain('北浜食品人材拠点　　Ａ');
  });

  it('an ex-post grade in another programme\'s table is no grade of the programme asked', async () => {
    const a = await answerer.answer('磯部大学は、北浜人材拠点事業の事後評価で何評価だった？');
    expect(a.status).toBe('abstained');
  });
});

describe('a part that only says how to answer', () => {
  it('「…はどこ？全部。」: 全部 is no part the documents lack', async () => {
    const a = await answerer.answer('北浜人材拠点事業の事後評価の対象になった大学はどこですか？全部。');
    expect(a.status).toBe('answered');
    expect(a.not_in_documents).toEqual([]);
    expect(a.answer).not.toContain('「全部」');
  });
});

describe('what a count in 件 counts', () => {
  it('「特許出願は合計何件」 counts 特許出願, not 合計', async () => {
    const a = await answerer.answer('北浜人材拠点事業で、特許出願は合計何件あった？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('特許出願件数　　　　１２件');
  });
});

describe('what kind of answer is asked', () => {
  it('「いつの策定を目指していると説明されましたか」 asks the aim, which a plan gives', async () => {
    const a = await answerer.answer('みなと科学技術会議では、新しいみなと振興ビジョンはいつの策定を目指していると説明されましたか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('令和８年３月の策定を目指している');
  });

  it('「予算を要求しないのはどういう理由」 asks a reason, not an amount', async () => {
    const a = await answerer.answer('干潟共創拠点事業の予算を令和４年度に要求しないのはどういう理由からですか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('令和３年度で終了したため');
  });

  it('「一番多い分野」 is answered by a passage naming the ones with the most; 「一番少ない」 is not', async () => {
    const most = await answerer.answer('里浜技術橋渡し事業の採択案件で一番多い分野は何で、何件ありますか？');
    expect(most.status).toBe('answered');
    expect(most.answer).toContain('精密加工（３１件）');
    const least = await answerer.answer('里浜技術橋渡し事業の採択案件で一番少ない分野は何ですか？');
    expect(least.status).toBe('abstained');
  });

  it('「一番いい点をもらったのは」 is ranked by the grades', async () => {
    const a = await answerer.answer('北浜人材拠点事業の終わりの審査で一番いい点をもらったのはどこの拠点？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('北浜食品人材拠点');
  });
});

describe('an amount asked in a unit, from a budget sheet\'s rows', () => {
  it('「要求額は何百万円」 is answered by the programme\'s row, not by lines that spell out 百万円', async () => {
    const a = await answerer.answer('湖南戦略推進プログラムの令和７年度の要求額は何百万円？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('湖南戦略推進プログラム　　　　　　４，７６０　　　　　４，３２０');
    expect(a.answer).not.toContain('百万円');
  });

  it('the row after the programme\'s row is another programme\'s, not what it continues', async () => {
    const a = await answerer.answer('湖南クラスタープログラムの令和７年度の要求額は何百万円？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('湖南クラスタープログラム　　　　　３，０００　　　　　４，２００');
    expect(a.answer).not.toContain('湖南戦略推進プログラム');
  });
});

describe('the plan a programme started under', () => {
  it('is not read from the year its facilities opened for use (平成２４年度から順次供用を開始)', async () => {
    const a = await answerer.answer('湖北共同研究拠点整備事業は、第何期科学技術基本計画の期間に始まったものですか。');
    expect(a.answer).not.toContain('第４期');
  });
});

describe('a list a sentence says follows', () => {
  it('comes whole, in order, under that sentence (次の観点から選考する。)', async () => {
    const a = await answerer.answer('里山オープンイノベーション拠点制度の選考ではどんな観点で見られますか。');
    expect(a.status).toBe('answered');
    const lines = a.sentences.map((s) => s.text);
    const at = (t: string) => lines.findIndex((l) => l.includes(t));
    expect(at('次の観点から選')).toBeGreaterThanOrEqual(0);
    expect([at('拠点構想の独自性'), at('共同研究の継続可能性'), at('地域産業への波及効果')]).toEqual([1, 2, 3].map((i) => at('次の観点から選') + i));
  });
});

describe('the name of one place\'s plan (構想の名前)', () => {
  it('abstains where no line about that place names its plan; answers from a table whose header names the kind', async () => {
    const missing = await answerer.answer('森里連携クラスター事業で、紀伊地域の構想の名前は何ですか。');
    expect(missing.status).toBe('abstained');
    const row = await answerer.answer('森里連携クラスター事業で、日向地域の構想名は何ですか。');
    expect(row.status).toBe('answered');
    expect(row.answer).toContain('杉材加工');
  });
});
