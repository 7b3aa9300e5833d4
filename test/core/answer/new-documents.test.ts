// Answers over documents the rules were never tuned on: a press release that opens with a date
// and announces selected regions in a ○ list, and an outline page whose fields stand under ■
// headings. Written for these tests; ingested with the seeds through the real pipeline.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../../ingest/pipeline.js';
import { silentProgress } from '../../../ingest/progress.js';
import { Answerer } from '../../../src/core/answer/answerer.js';
import { unsupportedClaims } from '../../../src/core/answer/check.js';
import { AnswerSchema, type Answer } from '../../../src/core/answer/schema.js';
import { citationProblem } from '../../../src/core/citations.js';
import { openEngine, type Engine } from '../../../src/core/engine.js';
import { JapaneseTokenizer } from '../../../src/core/text/tokenize.js';
import { SEEDS } from '../../helpers/corpus.js';

const PRESS_RELEASE = `令和６年４月１２日
文部科学省科学技術・学術政策局
地域連携推進室

「里山テクノ連携推進事業」令和６年度採択地域の決定について

　文部科学省では、令和５年度より「里山テクノ連携推進事業」を展開しています。
　この度、外部有識者による審査を経て、令和６年度の採択地域として４地域を決定しました。

１．採択地域一覧
○青森県地域　青森県　弘前大学
○石川県地域　石川県　金沢大学
○愛媛県地域　愛媛県　愛媛大学
○宮崎県地域　宮崎県　宮崎大学

２．今後の予定
　採択地域では、令和６年６月以降、順次事業を開始します。
`;

const OUTLINE = `湖沼環境モニタリング共同研究プログラム

プログラムの概要

■事業開始
　令和２年度（２０２０年度）

■所管
　環境省　水・大気環境局

■支援規模
　１拠点当たり年間最大３，０００万円程度
`;

const SITES = `みずうみ脱炭素研究拠点形成事業

事業の目的
　湖沼の多い地域で、大学と自治体が共同して脱炭素の研究拠点を形成する。

支援の内容
　１拠点当たり年間最大５，０００万円程度、最長５年度。

採択拠点一覧
 令和４年度は、全国から２０件の提案があり、審査を経て、次の３拠点を採択しました。

 代表機関　　連携自治体　　拠点の名称
 ・彦根湖東大学　　滋賀県、彦根市　　湖沼バイオマス循環拠点
 ・諏訪湖畔大学　　長野県、諏訪市　　湖畔地熱利用拠点
 ・宍道汽水大学　　島根県、松江市　　汽水域ブルーカーボン拠点

 ※令和５年度は２拠点程度の新規採択を予定しています。
`;

const GRANTS = `令和６年１０月１日
内閣府地方創生推進事務局

「川辺地域産業創生交付金」令和６年度の交付対象事業の決定について

１．審査の経過
　申請団体数　１２県（１２事業）

２．交付対象事業（３事業）
　申請団体　事業名　中核的な大学　令和６年度交付決定額（千円）
　山梨県　果樹スマート農業の拠点形成　山梨大学　３１２，５００
　鳥取県　砂丘農業の高度化計画　鳥取大学　２４１，０００
　大分県　温泉熱の産業利用計画　大分大学　２８０，２５０

３．採択拠点（ＪＳＴ連携分）
No. 地域（申請自治体） 連携大学 プロジェクト名
1 山梨県 山梨大学 果樹の自動収穫ロボット開発
2 鳥取県 鳥取大学 乾燥地農業データ基盤の構築
3 大分県 大分大学 地熱ヒートポンプの実証
`;

const REVIEW = `川辺研究クラスター事業　中間評価結果について（令和２年度開始地域）

１．評価の方法
　書面評価及び現地調査により、総合評価を行った。

２．評価結果
　５地域の総合評価の内訳は、Ａ評価２地域、Ｂ評価２地域、Ｃ評価１地域であった。

　　地域名　　　　　　クラスター名　　　　　　　　　総合評価

　　甲府地域　　　　　甲府果樹クラスター　　　　　　Ａ
　　松本地域　　　　　松本精密クラスター　　　　　　Ｂ
　　米子地域　　　　　米子海洋クラスター　　　　　　Ｃ
　　別府地域　　　　　別府温泉熱クラスター　　　　　Ａ
　　高梁地域　　　　　高梁石灰クラスター　　　　　　Ｂ

３．評価結果の反映
　Ａ評価の地域　現行の支援額を維持する。
　Ｂ評価の地域　改善計画の提出を求める。
　Ｃ評価の地域　翌年度の支援額を３割程度減額する。
`;

const AREAS = `川辺都市エリア事業　事後評価結果

４．エリア別評価結果

 エリア名  都道府県  中核機関  事業費（3年間計、千円）  総合評価

 甲府エリア 山梨県 （財）甲府産業振興財団 287,450 Ａ
 松本エリア 長野県 （財）松本テクノ財団 301,200 Ｂ
 米子エリア 鳥取県 （財）米子産業振興機構 295,880 Ａ
`;

const MINUTES = `みずうみ推進委員会（第３回）議事録

１．日時　令和６年２月２０日（火曜日）１０時～１２時
２．出席者
　湖山主査、川口委員、森委員、浜田委員

３．議事録
湖山主査：ただ今から第３回の委員会を開催いたします。議題は二つです。
川口委員：中間評価の時期を早めるべきだと考えます。
湖山主査：事務局で検討してください。
`;

const WHITE_PAPER = `第３節　地域研究設備ネットワーク事業

　第６期科学技術・イノベーション基本計画（令和３年３月閣議決定）では、技術職員の育成と活躍の促進が掲げられている。地域研究設備ネットワーク事業は、同計画の期間の２年目に当たる令和４年度から開始した。
　また、第３期科学技術基本計画期間中の平成１９年度から、地域の試験研究機関を結ぶ「森里海連携研究推進プログラム」を開始した。

　森里海連携研究推進プログラムの令和６年度公募期間　令和６年３月１１日～５月１０日
`;

const SLIDES = `グリーン・エコシステム拠点都市の選定結果

選定委員会の座長は森 一郎とした。
令和２年７月
内閣府

選定の経過
・応募　　　２０都市
・ヒアリング　２０２０年５月～６月
・選定　　　２０２０年７月１４日
`;

const CALL = `令和５年８月１日
文部科学省

「渓流テクノ連携推進事業」令和５年度の採択について

１．事業の概要
　渓流域の自治体と大学が連携し、水資源と森林資源を生かした研究開発を進め、地域の新しい産業の芽を育てる。
　支援の対象は、都道府県又は政令指定都市が指定する中核機関とし、大学等の研究者と地域企業の共同研究を支援する。
　研究開発の成果は、地域の中小企業への技術移転を通じて事業化に結び付けることとしている。
　このほか、研究人材の育成や、地域の金融機関との連携による事業化支援にも取り組む。
　各地域は、地域の産業振興の戦略に基づき、五年間の研究開発計画と事業化の計画を作成し、毎年度その進捗を点検する。
　研究開発の段階に応じて、実用化を目指す研究と、基礎的な研究とを組み合わせて実施することが求められる。
　中核機関には、研究開発の進捗管理、知的財産の管理及び成果の普及を担う事業総括を置くこととしている。
　また、地域の企業が研究開発に参加しやすくなるよう、技術相談の窓口や試作のための設備の共用を進める。
　さらに、地域の高等専門学校や公設試験研究機関とも連携し、研究開発の裾野を広げることとしている。
　支援の終了後も、地域が自立して研究開発と事業化を続けられるよう、資金の確保の方策を計画に盛り込む。

２．審査の経過
　本年度は、知的クラスター創成事業及び都市エリア産学官連携促進事業の成果の活用を重視して審査を行った。
　令和５年度の公募には、全国から４５件の応募があった。
`;

const TWO_TABLES = `令和５年８月４日
文部科学省

「峡谷素材研究拠点プログラム」令和５年度採択拠点の決定について

３．採択拠点
　＜拠点形成型＞
代表機関　拠点名　主な連携機関
弘前大学　津軽素材研究拠点　青森県、弘前市
信州大学　千曲素材研究拠点　長野県、上田市
　＜人材育成重点型＞
代表機関　事業名　主な連携機関
秋田大学　米代川素材人材育成プログラム　秋田県、能代市
鳥取大学　千代川素材人材育成プログラム　鳥取県、鳥取市

＜参考＞審査委員会委員（敬称略、五十音順）
杉浦　恒一　　東北大学名誉教授
大野　真理子　　九州大学名誉教授
`;

const PERIOD = `湖畔素材連携推進事業

■事業期間
　令和２年度～令和６年度

■支援期間
　１拠点当たり最長３年間
`;

const FINDINGS = `湖国エネルギー共創交付金　令和５年度交付対象事業の決定について

令和５年８月１日
湖国エネルギー共創交付金評価委員会

１．交付対象事業
　滋賀県　琵琶湖水素サプライチェーン構築事業
　福井県　若狭湾洋上風力人材育成事業

２．評価委員会の所見
　交付対象とした事業は、いずれも県内の産業の強みを踏まえ、重点分野を明確に定めている。
　他方、交付対象とならなかった事業の多くは、県内大学の既存の研究を列挙するにとどまり、事業終了後の資金計画が具体的に示されていなかった。
　交付対象の県には、毎年度、交付金の執行状況を公表することを求める。
`;

const BUDGET = `令和６年度　概算要求のポイント
科学技術・学術政策局

　　　　　　　　　　　　　　　　　　　　　　　（単位：千円）
事　項　前年度予算額　令和６年度要求額　対前年度比
　湖国データ連携拠点形成事業　540,000　810,000　150.0%
　湖国人材循環プログラム　220,000　0　皆減

湖国データ連携拠点形成事業は令和４年度に開始した。
同事業の令和４年度予算額は３．２億円であった。
令和５年度予算額は５．４億円に拡充された。
`;

const DEFERRED = `「湖国クラスター創成事業」審査結果（継続審査を含む）と実施地域の決定について

令和６年４月１０日
文部科学省

１．実施地域（３地域）
　○大津地域（滋賀県）
　○彦根地域（滋賀県）
　○敦賀地域（福井県）

２．継続審査地域（２地域）
　○長浜地域（滋賀県）
　○小浜地域（福井県）
`;

const AREA_GRADES = `湖南都市エリア事業　事後評価結果

２．評価結果
　エリア名　　総合評価
　草津エリア　　Ａ
　守山エリア　　Ｃ
　栗東エリア　　Ｂ
`;

const AREA_BODIES = `湖南都市エリア事業　実施エリア一覧

　エリア名　　中核機関
　草津エリア　　（財）草津産業振興財団
　守山エリア　　（財）守山テクノ財団
　栗東エリア　　（財）栗東地域振興機構
`;

const SPACED_HEADER = `湖西クラスター事業　中間評価結果について

３．評価結果一覧
　地　域　名　　　　　　中　核　機　関　　　　　　評価
　高島地域　　　　　　　財団法人高島産業振興財団　　Ａ
　今津地域　　　　　　　財団法人今津テクノ財団　　　Ｃ
　安曇川地域　　　　　　財団法人安曇川科学技術財団　Ｂ
`;

const SPACED = `湖沼環境技術拠点事業の選定について

令和６年７月

１．公募の概要
公　募　期　間　　令和６年４月１日～令和６年５月３１日提　　案　　数　　３８件（大学型　２０件、地域型　１８件）選　定　拠　点　　５拠点（大学型　２拠点、地域型　３拠点）
`;

const FAQ = `湖沼環境技術拠点事業　よくある質問

Q1. 複数の大学が共同で申請することはできますか。
A1. できます。その場合、代表大学を定め、役割分担を申請書に記載してください。

Q2. 地方公共団体の負担は必要ですか。
A2. 必須ではありません。ただし、地域の産業振興に貢献する構想の場合、地方公共団体との連携体制や具体的な支援内容を審査において考慮します。
`;

const TURNS = `湖沼環境技術推進委員会（第２回）議事録

○湖山主査：　それでは議事に入ります。

○水野委員：　評価結果を見ますと、連携の体制に課題があるように思います。もう一つ、国の支援が終わった後に、技術スタッフの人件費を自治体が手当てできないという話をよく聞きます。

○山田委員：　湖沼の水質データは県ごとに形式が異なります。形式の統一には県をまたぐ調整が要ります。湖北県としても共同研究に加わりたい。

○事務局：　御指摘の点は、次回までに整理いたします。
`;

const FOUNDED = `湖国ロボット産業の歩み

※１ 湖国ロボット・システム産業振興会議は2015年9月設立（湖国ロボット産業振興会議と湖国ＬＳＩ推進会議を統合）。
　2021年3月26日に閣議決定された湖国産業振興プランは、地域の強みを生かした産業の振興を掲げている。
`;

const ATTENDANCE = `令和６年度第２回湖国産学官推進委員会　議事要旨

１　日　時　令和６年１１月１８日（月）14:00～15:50
２　出席者
　（委員）北川和美座長（湖国女子工科大学　副学長）、有馬俊介副座長（湖国産業連合
　　　　　会　技術部会長）、青柳聡子委員（湖北市　産業経済局長）
３　議事概要
○北川座長：議題（１）について事務局から説明をお願いする。
`;

const SHEET_CSV = `湖国県新産業振興課　予算の推移（シート出力）

Sheet3
（参考）国の地域科学技術関係事業と本県の関わり,,,,
事業名,所管,本県の対象地域,開始年度,備考
湖国クラスター創成事業,文部科学省,湖南地域,平成14年度（2002年度）,
湖国都市エリア事業,文部科学省,湖北エリア,平成15年度（2003年度）,
湖国産業クラスター計画,経済産業省,湖国地域（湖国経済産業局）,平成13年度（2001年度）,関連計画 等
湖国イノベーション戦略支援,文部科学省,湖国・湖東・湖西,平成25年度,湖国ライフクラスター
,,,,
`;

const SHEET_TSV = `湖国県新産業振興課所管　関係予算の推移
[Sheet1] 当初予算額（単位：千円）
事業名\tR1\tR2\tR3\tR4\tR5\tR6\tR7当初案\t備考
湖国新産業補助金\t\t40,000\t45,000\t50,000\t50,000\t65,000\t75,000\tR2創設
湖国実証拠点　県負担金\t8,000\t10,000\t10,000\t10,000\t9,000\t\t\t国の事業の地方負担分
湖国コンソーシアム運営費補助\t\t\t\t\t\t10,000\t10,000\tR6から
`;

const FIELDS = `湖沼環境技術拠点事業　採択拠点の概要

　○湖南流域全域（滋賀県）
　　　中核機関：財団法人湖南産業振興財団
　　　拠点構想：びわ湖水質センシング拠点
　○霞ヶ浦流域全域（茨城県）
　　　中核機関：財団法人いばらき産業振興財団
　　　拠点構想：霞ヶ浦アオコ資源化拠点

【宍道湖エリア】（テーマ：汽水域の環境モニタリング技術）
　研究の進捗は概ね順調である。
`;

// (as a PDF's text comes out: each row's name, then its amounts on lines of their own)
const ROWS = `令和７年度　湖北県地域振興局　概算要求の概要

令和６年８月
湖北県地域振興局

＜概算要求総額＞
　令和７年度要求額　　　８４，２００百万円
　令和６年度予算額　　　７１，５００百万円
　対前年度増減額　　　　１２，７００百万円

１．地域の研究拠点づくり
　　　　　　　　　　　　　　　　　　　　　　　　　（単位：百万円）

湖北研究拠点形成交付金
６３，０００
５５，０００
８，０００

湖北人材還流事業
１，８００
１，５００
３００
`;

// (a start read from a budget line that marks the programme new, and from prose)
const NEW_LINE = `令和４年度　概算要求の概要（湖国グリーン関係）

湖国グリーン拠点事業
令和４年度要求・要望額：１，２００百万円（新規）
`;

const RAN = `湖国グリーン拠点事業について

　湖国グリーン拠点事業は、令和４年度から令和８年度まで実施する。
`;

let root: string;
let engine: Engine;
let answerer: Answerer;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shisaku-answers-new-'));
  const seeds = path.join(root, 'seeds');
  await cp(SEEDS, seeds, { recursive: true });
  await writeFile(path.join(seeds, 'n01_press_release.txt'), PRESS_RELEASE);
  await writeFile(path.join(seeds, 'n02_outline.txt'), OUTLINE);
  await writeFile(path.join(seeds, 'n03_sites.txt'), SITES);
  await writeFile(path.join(seeds, 'n04_grants.txt'), GRANTS);
  await writeFile(path.join(seeds, 'n05_review.txt'), REVIEW);
  await writeFile(path.join(seeds, 'n06_areas.txt'), AREAS);
  await writeFile(path.join(seeds, 'n07_minutes.txt'), MINUTES);
  await writeFile(path.join(seeds, 'n08_white_paper.txt'), WHITE_PAPER);
  await writeFile(path.join(seeds, 'n09_slides.txt'), SLIDES);
  await writeFile(path.join(seeds, 'n10_call.txt'), CALL);
  await writeFile(path.join(seeds, 'n11_two_tables.txt'), TWO_TABLES);
  await writeFile(path.join(seeds, 'n12_period.txt'), PERIOD);
  await writeFile(path.join(seeds, 'n13_findings.txt'), FINDINGS);
  await writeFile(path.join(seeds, 'n14_budget.txt'), BUDGET);
  await writeFile(path.join(seeds, 'n22_rows.txt'), ROWS);
  await writeFile(path.join(seeds, 'n23_new_line.txt'), NEW_LINE);
  await writeFile(path.join(seeds, 'n24_ran.txt'), RAN);
  await writeFile(path.join(seeds, 'n15_deferred.txt'), DEFERRED);
  await writeFile(path.join(seeds, 'n16_area_grades.txt'), AREA_GRADES);
  await writeFile(path.join(seeds, 'n17_area_bodies.txt'), AREA_BODIES);
  await writeFile(path.join(seeds, 'n18_spaced_header.txt'), SPACED_HEADER);
  await writeFile(path.join(seeds, 'n19_spaced_labels.txt'), SPACED);
  await writeFile(path.join(seeds, 'n20_faq.txt'), FAQ);
  await writeFile(path.join(seeds, 'n21_turns.txt'), TURNS);
  await writeFile(path.join(seeds, 'n25_founded.txt'), FOUNDED);
  await writeFile(path.join(seeds, 'n26_attendance.txt'), ATTENDANCE);
  await writeFile(path.join(seeds, 'n27_sheet_csv.txt'), SHEET_CSV);
  await writeFile(path.join(seeds, 'n28_sheet_tsv.txt'), SHEET_TSV);
  await writeFile(path.join(seeds, 'n22_fields.txt'), FIELDS);
  const { dir } = await runIngest({ paths: { root, seedsDir: seeds, homeDir: path.join(root, '.shisaku') }, progress: silentProgress });
  engine = await openEngine(dir, { tokenizer: await JapaneseTokenizer.create() });
  answerer = new Answerer(engine);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const flat = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** Each name is cited at its own line, one after another from `firstLine`. */
function expectCitedInTurn(a: Answer, names: readonly string[], firstLine: number): void {
  for (const [i, name] of names.entries()) {
    const cite = a.citations.find((c) => c.quote.includes(name));
    expect(cite, name).toBeDefined();
    expect(cite!.line_start, name).toBe(firstLine + i);
  }
}

async function expectSound(a: Answer): Promise<void> {
  AnswerSchema.parse(a);
  for (const c of a.citations) expect(await citationProblem(root, c), `${c.source}:${c.line_start}`).toBeUndefined();
  expect(unsupportedClaims(engine.catalogue, a)).toEqual([]);
}

describe('answers on new documents', () => {
  it('titles a press release by its title line, not by its date or issuer', () => {
    const doc = engine.documents.find((d) => d.meta.source === 'seeds/n01_press_release.txt')!;
    expect(doc.meta.title).toBe('「里山テクノ連携推進事業」令和６年度採択地域の決定について');
  });

  it('「…はいつ始まった？」 is answered by 「令和５年度より…を展開」 although the text never says 始まる', async () => {
    const a = await answerer.answer('里山テクノ連携推進事業はいつ始まった？');
    expect(a.status).toBe('answered');
    expect(flat(a.answer)).toContain('令和5年度');
    const line = a.citations.find((c) => c.source === 'seeds/n01_press_release.txt' && c.line_start === 7);
    expect(line, 'cites line 7').toBeDefined();
    expect(line!.quote).toContain('令和５年度より');
    await expectSound(a);
  });

  it('a start year under a ■ field heading is the programme\'s start, cited at the value line, not glued to the heading', async () => {
    const a = await answerer.answer('湖沼環境モニタリング共同研究プログラムの開始年度は？');
    expect(a.status).toBe('answered');
    expect(flat(a.answer)).toContain('令和2年度');
    expect(a.sentences.some((s) => /■事業開始\s*令和/u.test(s.text))).toBe(false);
    expect(a.citations.some((c) => c.quote.includes('令和２年度（２０２０年度）'))).toBe(true);
    await expectSound(a);
  });

  it('「採択された地域は？」 is answered with every region of the ○ list, each citing its own line', async () => {
    const a = await answerer.answer('里山テクノ連携推進事業で令和６年度に採択された地域は？');
    expect(a.status).toBe('answered');
    const texts = a.sentences.map((s) => s.text);
    // from the list itself (under its heading) or from the catalogue's selected regions, which cite the same lines
    for (const [i, region] of ['青森県地域', '石川県地域', '愛媛県地域', '宮崎県地域'].entries()) {
      expect(a.answer, region).toContain(region);
      const cite = a.citations.find((c) => c.quote.includes(region));
      expect(cite, region).toBeDefined();
      expect([cite!.line_start, cite!.line_end]).toEqual([11 + i, 11 + i]);
    }
    // the announcement's first sentence is no answer to "which regions"
    expect(texts.some((t) => t.startsWith('この度'))).toBe(false);
    await expectSound(a);
  });

  it('a list whose year stands only in the sentence that introduces it answers a question of that year', async () => {
    const a = await answerer.answer('みずうみ脱炭素研究拠点形成事業で令和４年度に採択された拠点の代表機関はどこですか。');
    expect(a.status).toBe('answered');
    expectCitedInTurn(a, ['彦根湖東大学', '諏訪湖畔大学', '宍道汽水大学'], 13);
    await expectSound(a);
  });

  it('a table of one row a line (cells set apart by spaces, a year in its header) answers which prefectures, row by row', async () => {
    const a = await answerer.answer('令和６年度の川辺地域産業創生交付金で、交付対象になった県はどこですか。');
    expect(a.status).toBe('answered');
    expectCitedInTurn(a, ['山梨県', '鳥取県', '大分県'], 11);
    await expectSound(a);
  });

  it('a table spaced by single spaces answers which universities', async () => {
    const a = await answerer.answer('川辺地域産業創生交付金のＪＳＴ連携分で採択された連携大学を教えて。');
    expect(a.status).toBe('answered');
    for (const name of ['山梨大学', '鳥取大学', '大分大学']) expect(a.answer, name).toContain(name);
    await expectSound(a);
  });

  it('which regions got one grade: the rows of the grade table that give it, in Japanese and English', async () => {
    for (const question of ['川辺研究クラスター事業の中間評価で、Ａ評価になったのはどの地域？', 'Which regions received an A grade in the mid-term review of 川辺研究クラスター事業?']) {
      const a = await answerer.answer(question);
      expect(a.status, question).toBe('answered');
      expect(a.answer, question).toContain('甲府地域');
      expect(a.answer, question).toContain('別府地域');
      for (const other of ['松本地域', '米子地域', '高梁地域']) expect(a.answer, question).not.toContain(other);
      await expectSound(a);
    }
  });

  it('a question asking two things answers both, each with its own citation, markers numbered once', async () => {
    const a = await answerer.answer('みずうみ脱炭素研究拠点形成事業の支援期間は？あと令和５年度は何拠点採択の予定？');
    expect(a.status).toBe('answered');
    expect(flat(a.answer)).toContain('最長5年度');
    expect(flat(a.answer)).toContain('2拠点程度');
    expect(new Set(a.sentences.map((s) => s.text)).size).toBe(a.sentences.length);
    expect(a.citations.map((c) => c.marker)).toEqual(a.citations.map((_, i) => i + 1));
    for (const s of a.sentences) for (const m of s.markers) expect(a.citations.some((c) => c.marker === m)).toBe(true);
    await expectSound(a);
  });

  it('a header spaced wide over rows spaced by one space, each row apart: the エリア rows of the grade asked', async () => {
    const a = await answerer.answer('川辺都市エリア事業の事後評価でＡだったエリアはどこ？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('甲府エリア');
    expect(a.answer).toContain('米子エリア');
    expect(a.answer).not.toContain('松本エリア');
    await expectSound(a);
  });

  it('who chaired a meeting: minutes name the member by family name and role (湖山主査：), the meeting only in their title', async () => {
    const a = await answerer.answer('みずうみ推進委員会（第３回）で主査を務めていたのは誰ですか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('湖山主査');
    await expectSound(a);
    const none = await answerer.answer('みずうみ推進委員会（第３回）で委員長を務めていたのは誰ですか。');
    expect(none.status).toBe('abstained');
  });

  it('abstains when the list asked for (six regions, or another year’s) is not in the documents', async () => {
    for (const question of ['里山テクノ連携推進事業で採択された６地域はどこ？', '里山テクノ連携推進事業で令和５年度に採択された地域は？']) {
      const a = await answerer.answer(question);
      expect(a.status, question).toBe('abstained');
      expect(a.sentences).toEqual([]);
    }
  });

  it('a sentence that says 同計画 comes with the sentence before it that names the plan', async () => {
    const a = await answerer.answer('地域研究設備ネットワーク事業は、どの基本計画の何年目に始まりましたか。');
    expect(a.status).toBe('answered');
    const i = a.sentences.findIndex((s) => s.text.includes('同計画の期間の２年目'));
    expect(i, 'the 同計画 sentence').toBeGreaterThan(0);
    expect(a.sentences[i - 1]!.text).toContain('第６期科学技術・イノベーション基本計画');
    await expectSound(a);
  });

  it('which plan and which year it started: both, each cited at the line that states it', async () => {
    const a = await answerer.answer('森里海連携研究推進プログラムは、第何期の科学技術基本計画の、何年度に始まったの？');
    expect(a.status).toBe('answered');
    expect(flat(a.answer)).toContain('第3期科学技術基本計画');
    expect(flat(a.answer)).toContain('平成19年度');
    expect(a.citations.some((c) => c.source === 'seeds/n08_white_paper.txt' && c.line_start === 4)).toBe(true);
    await expectSound(a);
  });

  it('when a call opened is the call\'s date, not the year the programme started', async () => {
    const a = await answerer.answer('森里海連携研究推進プログラムの公募、受付が始まったのはいつ？');
    expect(a.status).toBe('answered');
    expect(flat(a.answer)).toContain('令和6年3月11日');
    expect(flat(a.answer)).not.toContain('平成19年度');
    await expectSound(a);
  });

  it('a slide line (・選定　２０２０年７月１４日) answers for the thing its deck\'s title names', async () => {
    const a = await answerer.answer('令和2年にグリーン・エコシステム拠点都市が選ばれたのは何月何日でしたか。');
    expect(a.status).toBe('answered');
    expect(a.citations.some((c) => c.source === 'seeds/n09_slides.txt' && c.line_start === 10)).toBe(true);
    await expectSound(a);
  });

  it('a count in a press release is of the programme its title names, though the sentence names none and others stand near', async () => {
    const a = await answerer.answer('渓流テクノ連携推進事業の令和５年度公募には何件応募がありましたか。');
    expect(a.status).toBe('answered');
    expect(flat(a.answer)).toContain('45件');
    expect(a.citations.some((c) => c.source === 'seeds/n10_call.txt' && c.line_start === 20)).toBe(true);
    await expectSound(a);
  });

  it('two tables in one block, each under its kind (＜人材育成重点型＞): the one asked, not a list of members whose affiliations say 大学名誉教授', async () => {
    const a = await answerer.answer('峡谷素材研究拠点プログラムの人材育成重点型に採択された大学はどこですか。');
    expect(a.status).toBe('answered');
    expectCitedInTurn(a, ['秋田大学', '鳥取大学'], 13);
    expect(a.answer).not.toContain('信州大学');
    expect(a.answer).not.toContain('名誉教授');
    await expectSound(a);
  });

  it('「事業期間は何年度から何年度まで」 asks the years it ran, not how long each site is supported', async () => {
    const a = await answerer.answer('湖畔素材連携推進事業の事業期間は何年度から何年度までですか。');
    expect(a.status).toBe('answered');
    expect(flat(a.answer)).toContain('令和2年度');
    expect(flat(a.answer)).toContain('令和6年度');
    await expectSound(a);
  });

  it('「西暦でいうと」 asks the calendar of the answer, not a word the passage must hold', async () => {
    const a = await answerer.answer('湖畔素材連携推進事業は西暦でいうと何年度から何年度までの事業ですか。');
    expect(a.status).toBe('answered');
    expect(flat(a.answer)).toContain('令和2年度');
    await expectSound(a);
  });

  it('who runs it: the ministry under 「■所管」', async () => {
    const a = await answerer.answer('湖沼環境モニタリング共同研究プログラムの所管はどこですか？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('環境省');
    await expectSound(a);
  });

  it('what the committee found lacking: its judgement (…にとどまり, 示されていなかった), though it shares few words with the question', async () => {
    const a = await answerer.answer('湖国エネルギー共創交付金で、落ちた県の計画には何が足りなかったと委員会は言っていましたか。');
    expect(a.status).toBe('answered');
    const cite = a.citations.find((c) => c.source === 'seeds/n13_findings.txt' && c.line_start === 13);
    expect(cite, 'cites the finding at line 13').toBeDefined();
    expect(flat(a.answer)).toContain('列挙するにとどまり');
    await expectSound(a);
  });

  it('the lowest grade asked by its rank (最低ランク) is the last letter of the evaluation\'s own scale: its region, and what becomes of it', async () => {
    const which = await answerer.answer('川辺研究クラスター事業の中間評価で、いちばん評価が低かった地域はどこ？');
    expect(which.status).toBe('answered');
    expect(which.answer).toContain('米子地域');
    expect(which.answer).not.toContain('甲府地域');
    const money = await answerer.answer('川辺研究クラスター事業の中間評価で最低ランクだった地域は、この先お金の面でどうなるの？');
    expect(money.status).toBe('answered');
    const cite = money.citations.find((c) => c.source === 'seeds/n05_review.txt' && c.line_start === 20);
    expect(cite, 'cites the measure for grade C at line 20').toBeDefined();
    expect(flat(money.answer)).toContain('3割程度減額');
    await expectSound(which);
    await expectSound(money);
  });

  it('an amount in a table whose header names the amounts (令和６年度要求額) and whose unit stands above it', async () => {
    const a = await answerer.answer('令和6年度概算要求で、湖国データ連携拠点形成事業の要求額はいくら？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('810,000');
    expect(a.citations.some((c) => c.source === 'seeds/n14_budget.txt' && c.line_start === 6)).toBe(true);
    await expectSound(a);
  });

  it('amounts of two years asked together (それぞれ), each stated in its own sentence', async () => {
    const a = await answerer.answer('湖国データ連携拠点形成事業の予算額は、令和4年度と令和5年度でそれぞれいくら？');
    expect(a.status).toBe('answered');
    expect(flat(a.answer)).toContain('3.2億円');
    expect(flat(a.answer)).toContain('5.4億円');
    await expectSound(a);
  });

  it('「いつからやってるの」 asks when it started', async () => {
    const a = await answerer.answer('湖国データ連携拠点形成事業っていつからやってるの？');
    expect(a.status).toBe('answered');
    expect(flat(a.answer)).toContain('令和4年度');
    await expectSound(a);
  });

  it('the list whose heading says in the question\'s words what it lists (継続審査地域), not the first list of the page', async () => {
    const a = await answerer.answer('湖国クラスター創成事業の審査で継続審査扱いになった地域を全部挙げてください。');
    expect(a.status).toBe('answered');
    expectCitedInTurn(a, ['長浜地域', '小浜地域'], 12);
    expect(a.answer).not.toContain('大津地域');
    await expectSound(a);
  });

  it('「Ｃだったエリアと、その中核機関」: the second part is asked of the area the first part found, from another document', async () => {
    const a = await answerer.answer('湖南都市エリア事業の事後評価でＣだったエリアと、その中核機関を教えてください。');
    expect(a.status).toBe('answered');
    expect(a.citations.some((c) => c.source === 'seeds/n16_area_grades.txt' && c.line_start === 6)).toBe(true);
    expect(a.citations.some((c) => c.source === 'seeds/n17_area_bodies.txt' && c.line_start === 5 && c.quote.includes('守山テクノ財団'))).toBe(true);
    // (the second part says nothing of the other areas in the same table)
    expect(a.answer).not.toMatch(/草津|栗東/u);
    await expectSound(a);
  });

  it('「Ｂだったエリアはどこで、中核機関はどこ？」: a second part naming no place of its own is asked of the area found', async () => {
    const a = await answerer.answer('湖南都市エリア事業の事後評価でＢだったエリアはどこで、中核機関はどこ？');
    expect(a.status).toBe('answered');
    expect(a.citations.some((c) => c.source === 'seeds/n17_area_bodies.txt' && c.line_start === 6 && c.quote.includes('栗東地域振興機構'))).toBe(true);
    await expectSound(a);
  });

  it('a table whose header labels are spaced out letter by letter (地　域　名) answers which region got a grade', async () => {
    const a = await answerer.answer('湖西クラスター事業の中間評価でＣ評価だった地域はどこ？');
    expect(a.status).toBe('answered');
    expect(a.citations.some((c) => c.source === 'seeds/n18_spaced_header.txt' && c.line_start === 6 && c.quote.includes('今津地域'))).toBe(true);
    expect(a.answer).not.toContain('高島地域');
    await expectSound(a);
  });
});

describe('a count under a letter-spaced label', () => {
  it('the thing counted may be named by a letter-spaced label (提　　案　　数　　３８件)', async () => {
    const a = await answerer.answer('湖沼環境技術拠点事業の公募には、全部で何件の提案がありましたか。');
    expect(a.status).toBe('answered');
    expect(a.answer.normalize('NFKC')).toContain('38件');
  });
});

describe('a FAQ', () => {
  it('quotes the answer with the question it answers, its opening sentence first (A2. 必須ではありません。)', async () => {
    const a = await answerer.answer('湖沼環境技術拠点事業に申請するとき、県や市にもお金を出してもらう必要はある？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('必須ではありません');
  });
});

describe('who said it, in minutes', () => {
  it('quotes a later sentence of a turn with the line that opens it and names the speaker (○水野委員：)', async () => {
    const a = await answerer.answer('湖沼環境技術推進委員会で、国の支援が終わると技術スタッフの人件費が手当てできないという話をしたのはどの委員？');
    expect(a.status).toBe('answered');
    const speaker = a.answer.indexOf('○水野委員');
    expect(speaker).toBeGreaterThanOrEqual(0);
    expect(speaker).toBeLessThan(a.answer.indexOf('もう一つ'));
  });
});

describe('a field of one place, where the documents label it', () => {
  it('gives the labelled line set under the place\'s entry (○霞ヶ浦流域全域 → 拠点構想：…), not another place\'s', async () => {
    const a = await answerer.answer('湖沼環境技術拠点事業の霞ヶ浦流域全域は、どういう名前の拠点構想で採択されたの？');
    expect(a.status).toBe('answered');
    expect(a.answer.startsWith('○霞ヶ浦流域全域（茨城県）')).toBe(true);
    expect(a.answer).toContain('霞ヶ浦アオコ資源化拠点');
    expect(a.answer).not.toContain('びわ湖水質センシング拠点');
  });

  it('gives the place\'s heading that labels it (【宍道湖エリア】（テーマ：…）)', async () => {
    const a = await answerer.answer('宍道湖エリアは何をテーマにしていましたか。');
    expect(a.answer).toContain('汽水域の環境モニタリング技術');
  });
});

describe('a budget sheet whose rows give a name and then its amounts', () => {
  it('「…交付金をいくら要求」 is answered with that row, of the year the sheet\'s title names, beside the total above it', async () => {
    const a = await answerer.answer('湖北県は令和７年度概算要求で湖北研究拠点形成交付金をいくら要求しましたか（百万円）。');
    expect(a.status).toBe('answered');
    const row = a.citations.find((c) => c.quote.startsWith('湖北研究拠点形成交付金'));
    expect(flat(row?.quote ?? '')).toMatch(/^湖北研究拠点形成交付金63,000/u);
    expect(row?.line_start).toBe(14);
    await expectSound(a);
  });
});

describe('a period read from several lines', () => {
  it('is shown as the period lines write it; a budget line that marks the start (（新規）) is cited, not shown', async () => {
    const a = await answerer.answer('湖国グリーン拠点事業の実施期間は？');
    expect(a.status).toBe('answered');
    const [first] = a.sentences;
    expect(flat(first!.text)).toContain('令和4年度から令和8年度');
    expect(first!.text).not.toMatch(/円/u);
    await expectSound(a);
  });
});

describe('who said it, in minutes', () => {
  it('「…と発言したのは誰」 is answered by a later sentence of a turn, with the label that opens it', async () => {
    const a = await answerer.answer('第２回の委員会で、湖北県も共同研究に加わりたいと発言したのは誰でしたか。');
    expect(a.reason ?? '').toBe('');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('山田委員');
    expect(a.citations.some((c) => c.quote.includes('共同研究に加わりたい'))).toBe(true);
    await expectSound(a);
  });
});

describe('when a body was set up, and a date asked as 日付', () => {
  it('「いつ発足しましたか」 is answered by 「2015年9月設立」', async () => {
    const a = await answerer.answer('湖国ロボット・システム産業振興会議はいつ発足しましたか。');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toContain('2015年9月設立');
    await expectSound(a);
  });

  it('「閣議決定された日付を教えて」 is answered by the dated sentence, though no document says 日付', async () => {
    const a = await answerer.answer('湖国産業振興プランが閣議決定された日付を教えて。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('2021年3月26日');
    await expectSound(a);
  });
});

describe('the person who holds a role', () => {
  it('is read from a list of those present that sets the name unspaced before the role (北川和美座長（…）), not from a speaker label', async () => {
    const a = await answerer.answer('令和６年度第２回の湖国産学官推進委員会の座長は誰で、どこの人？');
    expect(a.status).toBe('answered');
    expect(a.sentences[0]!.text).toContain('北川和美座長（湖国女子工科大学');
    await expectSound(a);
  });
});

describe('a sheet saved as comma-separated text', () => {
  it('「…を始めたのは何年度」 is answered by the row under a header that names the start (開始年度)', async () => {
    const a = await answerer.answer('湖北エリアが湖国都市エリア事業を始めたのは西暦でいうと何年度？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('2003年度');
    const row = a.citations.find((c) => c.quote.includes('湖北エリア'));
    expect(row?.line_start).toBe(7);
    await expectSound(a);
  });

  it('a row whose only figure is its year (…,平成25年度,…) is a row under the header, not a header: the start asked in 和暦 is its year', async () => {
    const a = await answerer.answer('湖国ライフクラスターの開始年度を和暦で教えて。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('平成25年度');
    expect(a.citations.some((c) => c.line_start === 9)).toBe(true);
    await expectSound(a);
  });
});

describe('a sheet saved as tab-separated text', () => {
  it('a row of a sheet with a year a column (R1 … R7) answers the amount of the year asked, in the unit the sheet states', async () => {
    const a = await answerer.answer('湖国実証拠点の県負担金、R1の当初予算は何千円？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('8,000');
    expect(a.citations.some((c) => c.line_start === 5)).toBe(true);
    await expectSound(a);
  });
});
