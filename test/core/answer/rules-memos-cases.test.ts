// Answers on a small corpus written for these tests (ingested with the seeds through the real
// pipeline): a subsidy's grant rules with their supplementary provisions, a handover memo that
// abbreviates a programme and lists figures by year after a label in 万円, a case-study booklet
// with one section per company, a mail magazine, a review sheet whose amounts have three digits, and a
// budget request whose amounts by year stand under 「（単位：百万円）」, and a training deck's chronology table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/core/answer/answerer.js';
import { fixtureAnswerer, type FixtureAnswerer } from '../../helpers/fixture-answerer.js';

const RULES = `○水楢県先端製品開発促進事業費補助金交付要綱

（趣旨）
第１条　知事は、県内中小企業者等が大学等と連携して行う新製品の研究開発に要する経費に対し、予算の範囲内において水楢県
　先端製品開発促進事業費補助金（以下「開発促進補助金」という。）を交付する。
（補助対象者）
第２条　補助の対象となる者は、県内に本社を有する中小企業者等とする。

　　附　則
１　この要綱は、令和４年４月１日から施行する。
　　附　則（令和６年３月２２日改正）
　この要綱は、令和６年４月１日から施行する。

別表（第３条関係）
区分　　　　　　補助率　　補助限度額
研究開発型　　　１／２　　３００万円
医療機器枠　　　２／３　　２，０００万円
※　医療機器枠は、令和６年度以降に交付申請するものに適用する。
`;

const PRESS = `令和２年６月１０日
内閣府　地域科学技術推進室

「地域医療実装拠点整備事業」の採択拠点の決定について

　内閣府では、地域の医療機関と企業が共同で医療機器の実用化を進める拠点を形成する「地域医療実装拠点整備事業」について、
審査の結果、次の３拠点を採択しました。
●　北湖・南湖地域（水楢県）
●　東山地域（白樺県）
●　西浜地域（青葉県）
`;

const MEMO = `2025.3.28
事務引継書（研究開発支援担当）　前任：上田 → 後任：森

■ 医実拠点事業（地域医療実装拠点整備事業）メモ
・県が中核機関に（一財）水楢医療機構を指定。
・国からの交付額（万円）：R2 5,800／R3 8,500／R4 9,000
・R5から後継の「地域実装総合推進事業」（内閣府）に統合。
・国の予算額はR2に5億2,000万円。

■ 開発促進補助金 実績（当初予算／応募／採択）
・R4：40,000千円／18件／7件
・R5：45,000千円／24件／9件
・R6：60,000千円（当初）。採択予定件数は12件程度
・事業化件数（累計、R7.3時点）：6件。

■ 略語
・医実拠点＝地域医療実装拠点整備事業
`;

const CASES = `みずなら発　研究開発・事業化　成果事例集２０２４
水楢県 商工労働部 新産業振興課　２０２４年３月発行

━━ 事例１ ━━　株式会社水楢光学（水楢市、従業員４８名）
　テーマ：ＬＥＤ光源を応用した創傷治療補助機器の開発
　活用制度：開発促進補助金 研究開発型（2022年度採択、交付額 2,800千円）
　連携先：水楢工業高等専門学校、水楢大学病院
　成　果：2023年4月に試験販売を開始。初年度の販売台数は３６台。

━━ 事例２ ━━　湖畔センシング株式会社（湖畔市、従業員２２名）
　テーマ：在宅向け足部血流計測機器
　活用制度：開発促進補助金 研究開発型（2023年度採択、交付額 2,400千円）
　連携先：白樺医科大学、（一財）水楢医療機構
　成　果：2023年11月、管理医療機器として認証を取得。
`;

const MAGAZINE = `みずなら産学官連携メールマガジン　第12号（2024年4月16日発行）

■目次
1. 【公募】令和6年度 開発促進補助金の募集を開始しました
2. 【イベント】みずなら医工連携フォーラム2024のご案内
──────────────────────────────
1.【公募】令和6年度 開発促進補助金の募集を開始しました
──────────────────────────────
　県内中小企業の研究開発を支援する開発促進補助金の令和6年度公募を4月15日に開始しました。

──────────────────────────────
2.【イベント】みずなら医工連携フォーラム2024
──────────────────────────────
　日時：6月7日（金）13:30～17:00　会場：みずなら県民ホール
　内容：基調講演、成果事例発表（湖畔センシング株式会社ほか3社）、個別相談会
　主催：水楢県、（一財）水楢医療機構　参加費無料、定員150名
`;

const REVIEW = `令和３年度行政事業レビューシート　　　　　　　　　　事業番号 0202　内閣府
事業名	湖沼観測拠点形成支援事業	担当部局庁	科学技術局
事業開始年度	平成30年度	事業終了（予定）年度	令和4年度

予算額・執行額（単位：百万円）
区分	平成30年度	令和元年度	令和2年度	令和3年度要求
当初予算	420	450	440	430
補正予算	-	-	-	-
計	420	450	440	430
執行額	401	433	418
執行率（％）	95.5	96.2	95.0
`;

const REQUEST = `湖岸防災技術実証事業　令和４年度概算要求の概要
内閣府　地域科学技術推進室

【参考】湖岸防災技術実証事業の予算額の推移　　　　　（単位：百万円）
　　令和２年度　　　　５２０
　　令和３年度　　　　６１０
　　令和４年度（要求）６３０
`;

const LECTURE = `新任職員研修資料　p.2 国の基本計画と水楢県の主な取組

| 基本計画 | 期間 | 水楢県の主な取組（国の事業） |
|---|---|---|
| 第2期 | H13〜H17 | 知的クラスター創成事業：湖畔センシングクラスター（H16〜H20）／都市エリア産学官連携促進事業：北湖エリア 一般型（H17〜H19） |
| 第3期 | H18〜H22 | 都市エリア産学官連携促進事業：北湖エリア 発展型（H20〜H22） |
`;

let fixture: FixtureAnswerer;
let answerer: Answerer;

beforeAll(async () => {
  fixture = await fixtureAnswerer('rules-memos', {
    'n80_rules.txt': RULES,
    'n81_press.txt': PRESS,
    'n82_memo.txt': MEMO,
    'n83_cases.txt': CASES,
    'n84_magazine.txt': MAGAZINE,
    'n85_review.txt': REVIEW,
    'n86_request.txt': REQUEST,
    'n87_lecture.txt': LECTURE,
  });
  answerer = fixture.answerer;
});

afterAll(() => fixture.close());

const ask = (question: string) => answerer.answer(question);

describe('when rules take effect', () => {
  it('この要綱は、令和４年４月１日から施行する answers when the rules took effect', async () => {
    const a = await ask('開発促進補助金の交付要綱はいつから施行されていますか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('令和４年４月１日');
  });

  it('令和６年度以降に交付申請するものに適用する answers from which year a strand can be used', async () => {
    const a = await ask('開発促進補助金の医療機器枠は何年度から使えますか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('令和６年度以降');
  });
});

describe('a handover memo', () => {
  it('a programme asked by the short form the memo writes beside its name (医実拠点＝…), a year\'s grant after a label in 万円', async () => {
    const a = await ask('R3に国から医実拠点へ交付された額は？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('8,500');
  });

  it('a count of what was done (何件採択された) is not given by a planned one (採択予定件数は12件程度)', async () => {
    const a = await ask('R6の開発促進補助金は何件採択された？');
    expect(a.status).toBe('abstained');
  });

  it('a running total asked (累計事業化件数) is given by the line that states one', async () => {
    const a = await ask('開発促進補助金の累計事業化件数は、R7.3時点で何件？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('6件');
  });
});

describe('a booklet of company cases and a mail magazine', () => {
  it('a field asked of one company (連携先) is the labelled line under that company\'s section', async () => {
    const a = await ask('湖畔センシング株式会社の連携先の大学は？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('白樺医科大学');
    expect(a.answer).not.toContain('水楢工業高等専門学校');
  });

  it('the number in the asked event\'s name (フォーラム2024) and a capacity (定員) are no count of those who came', async () => {
    const a = await ask('みずなら医工連携フォーラム2024の実際の参加者数は？');
    expect(a.status).toBe('abstained');
    const capacity = await ask('みずなら医工連携フォーラム2024の定員は何名？');
    expect(capacity.status).toBe('answered');
    expect(capacity.answer).toContain('150名');
  });
});

describe('a review sheet whose amounts have three digits', () => {
  it('a row labelled 執行額 gives a year\'s amount in its column, under 「（単位：百万円）」', async () => {
    const a = await ask('湖沼観測拠点形成支援事業の令和元年度の執行額は？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('433');
  });

  it('…クラスターは何年度まで asks a year, not which regions: the chronology row gives it (湖畔センシングクラスター（H16〜H20）)', async () => {
    const a = await ask('湖畔センシングクラスターは何年度まで続いた？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('H16〜H20');
  });

  it('a row labelled by its year gives that year\'s amount under 「（単位：百万円）」 (令和３年度　　６１０)', async () => {
    const a = await ask('湖岸防災技術実証事業の令和3年度の予算額はいくらですか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('６１０');
  });

  it('what was spent (執行額) is not given by a budget', async () => {
    const a = await ask('医実拠点のR2の国の執行額はいくら？');
    expect(a.status).toBe('abstained');
    const budget = await ask('医実拠点のR2の国の予算額はいくら？');
    expect(budget.answer).toContain('5億2,000万円');
  });
});
