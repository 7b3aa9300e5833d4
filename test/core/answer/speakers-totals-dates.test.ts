// Answers on a small corpus written for these tests (ingested with the seeds through the real
// pipeline): who said what in minutes, totals and running totals, a year carried from the sentence
// before, deadlines of the year asked, amounts actually paid against caps and plans, and what is
// asked of one hub or of those turned down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_ASKED } from '../../../src/core/answer/abstain.js';
import type { Answerer } from '../../../src/core/answer/answerer.js';
import { questionNeeds } from '../../../src/core/answer/question.js';
import { fixtureAnswerer, type FixtureAnswerer } from '../../helpers/fixture-answerer.js';

const MINUTES = `令和５年度第２回　かもしか県産学連携会議　議事要旨

日　時　令和５年１１月８日（水）14:00～16:00
出席委員　森田委員長、川井副委員長、石原委員、浅野委員

○森田委員長：　議題（１）について事務局から説明をお願いします。
○事務局（岡本課長）：　令和５年度のかもしか共同開発補助金は、応募２２件に対し８件を採択しました。
○川井副委員長：　沿岸からの採択が１件にとどまっている。沿岸での説明会を検討してほしい。
○石原委員：　県と市の共同提案となると、地元負担の割合はどうなるのか。
○事務局（岡本課長）：　負担の割合は市と協議中です。
○森田委員長：　続いて議題（２）です。
○事務局（岡本課長）：　令和６年度当初予算案では、かもしか共同開発補助金として４，５００万円を計上しました。
本年度の３，６００万円から９００万円の増額です。
`;

const OUTLINE = `かもしか県産学共同開発推進事業費補助金のご案内

かもしか県　産業振興課

　かもしか県産学共同開発推進事業費補助金（以下「かもしか共同開発補助金」という。）は、県内の中小企業が大学や公設試験研究機関と共同で行う研究開発を支援するため、令和３年度に創設した県の補助金です。
`;

const HUB_NEWS = `かもしか県　水産だより　第８号（令和６年３月）

くじら湾スマート養殖拠点形成事業の事後評価
　本県の大船渡の拠点の事後評価は令和５年度に行われ、総合評価はＡでした。
`;

const NEWS = `かもしか県　産学連携だより　第１２号（令和６年１月）

かもしか共同開発補助金の採択状況
　今年度は応募２２件から８件を採択しました。制度を創設した2021年度（令和３年度）からの採択は累計２５件になりました。
　次年度（令和６年度）の公募は令和６年４月中旬に始める予定です。
`;

const CALL = `令和５年度　かもしか共同開発補助金　公募要領

令和５年３月
かもしか県　産業振興課

５　補助の内容
　区分      補助率   補助上限額   補助下限額
　一般型    1/2      200万円      20万円
　重点型    2/3      800万円      20万円

６　公　募　期　間
　令和５年４月１０日（月）～令和５年５月２６日（金）午後５時必着

８　そ　の　他
　令和６年度以降の公募は、改めてお知らせします。
`;

const SELECTED = `「くじら湾スマート養殖拠点形成事業」令和２年度採択拠点の決定について

令和２年５月２０日
水産庁

１．概要
　くじら湾スマート養殖拠点形成事業について、公募の結果、次の３拠点を採択しました。

２．採択拠点の概要
　地　域　名　　拠点名　　　　　　　　　　　　　　中核機関　　　　　　　　　　　　　　初年度交付予定額
　大船渡　　　　大船渡ホタテスマート養殖実証拠　　（一社）大船渡養殖技術協議会　　　　２，５００万円
　　　　　　　　点
　気仙沼　　　　気仙沼カキスマート養殖実証拠点　　（公財）気仙沼海洋研究センター　　　３，０００万円
　宇和島　　　　宇和島真珠スマート養殖実証拠点　　（一財）宇和島水産振興財団　　　　　２，２００万円
　合　　計　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　７，７００万円

３．事業期間
　令和２年度から令和６年度まで（最終年度は令和６年度）

４．評価結果の反映
　中間評価で総合評価Ｓとなった拠点には、最終年度に５００万円を上限に加算することができる。

（本件連絡先）
　水産庁　増殖推進部　スマート養殖推進室
　室長　　　　　　浜田 浩
`;

let fixture: FixtureAnswerer;
let answerer: Answerer;

beforeAll(async () => {
  fixture = await fixtureAnswerer('speakers-totals', {
    'n59_outline.txt': OUTLINE,
    'n60_minutes.txt': MINUTES,
    'n61_news.txt': NEWS,
    'n62_call.txt': CALL,
    'n63_selected.txt': SELECTED,
    'n66_hub_news.txt': HUB_NEWS,
  });
  answerer = fixture.answerer;
});

afterAll(() => fixture.close());

const ask = (question: string) => answerer.answer(question);

describe('who said something in minutes', () => {
  it('what a speaker asked about (負担の割合について質問した) is no value asked: the speaker is the answer', async () => {
    expect(questionNeeds('地元負担の割合について質問したのは誰ですか。').map((n) => n.kind)).not.toContain('percent');
    expect(questionNeeds('地元負担の割合を尋ねた委員は誰ですか。').map((n) => n.kind)).not.toContain('percent');
    const a = await ask('県と市の負担の割合について質問したのは誰ですか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('石原委員');
  });

  it('the speaker\'s turn need not hold the word for saying it (指摘した): 川井副委員長', async () => {
    const a = await ask('令和5年度の採択で沿岸からの採択が少ないことを指摘したのは誰ですか。');
    expect(a.status).toBe('answered');
    expect(a.answer.split('\n')[0]).toContain('川井副委員長');
  });
});

describe('years and totals', () => {
  it('a sentence naming no year is of the year of the sentence it goes on from (本年度の…から９００万円の増額です)', async () => {
    const a = await ask('令和6年度のかもしか共同開発補助金は、前年度から予算がいくら増えましたか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('９００万円');
  });

  it('a running total up to a year asked (創設以来…令和5年度までで) is the total stated from the first year', async () => {
    const a = await ask('かもしか共同開発補助金の制度創設以来の採択件数は、令和5年度までで何件になりましたか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('累計２５件');
  });

  it('a sum asked (合わせていくら) is the table\'s total row, a cell wrapped onto its own line kept with its row', async () => {
    const a = await ask('初年度に3拠点へ交付予定とされた額は合わせていくら？');
    expect(a.status).toBe('answered');
    // (under the table's header, first of the rows)
    expect(a.answer.split('\n').slice(0, 2).join('\n')).toContain('７，７００万円');
    const listed = await ask('くじら湾スマート養殖拠点形成事業で採択された拠点の初年度交付予定額をすべて教えてください。');
    expect(listed.answer).toContain('大船渡ホタテスマート養殖実証拠');
    expect(listed.answer).toContain('宇和島真珠スマート養殖実証拠点');
  });
});

describe('everyday words for what a document labels otherwise', () => {
  it('締切 is what a call\'s period ends with (…午後５時必着); いくら以上 asks the 下限額', async () => {
    const deadline = await ask('令和5年度のかもしか共同開発補助金の締切はいつですか。');
    expect(deadline.status).toBe('answered');
    expect(deadline.answer).toContain('５月２６日');
    const least = await ask('かもしか共同開発補助金は、いくら以上の事業でないと申請できませんか。');
    expect(least.status).toBe('answered');
    expect(least.answer).toContain('20万円');
  });

  it('問い合わせ先 is a release\'s 連絡先: the head of office named there', async () => {
    const a = await ask('採択発表の問い合わせ先に名前が出ている推進室長は誰ですか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('浜田 浩');
  });
});

describe('near misses on dates and amounts', () => {
  it('a deadline of a later year than any call the documents date abstains; a start planned is no deadline', async () => {
    const a = await ask('かもしか共同開発補助金の令和6年度公募の締切日はいつですか。');
    expect(a.status).toBe('abstained');
  });

  it('an amount actually added abstains where the documents give only a cap (５００万円を上限に加算することができる)', async () => {
    const a = await ask('中間評価で総合Ｓだった気仙沼の拠点に、実際に加算された額はいくらですか。');
    expect(a.status).toBe('abstained');
  });
});

describe('near misses on what is asked of one hub, and of those turned down', () => {
  it('a grade of one hub asked (宇和島の拠点は総合何) abstains where only another hub\'s grade is told; that hub\'s is answered', async () => {
    const a = await ask('令和5年度の事後評価で、宇和島の拠点は総合何の評価でしたか。');
    expect(a.status).toBe('abstained');
    const own = await ask('令和5年度の事後評価で、大船渡の拠点は総合何の評価でしたか。');
    expect(own.status).toBe('answered');
    expect(own.answer).toContain('総合評価はＡ');
  });

  it('whose money runs a hub (誰のお金で) or who pays (誰が負担する) asks for a body, not a person of that hub', () => {
    expect(BODY_ASKED.test('国のお金が切れた後、石巻の拠点は誰のお金で回していくことになったの？')).toBe(true);
    expect(BODY_ASKED.test('石巻の拠点の事業統括は誰ですか。')).toBe(false);
    // (and who pays for or runs it: 誰が負担する, 誰が費用を持って回している)
    expect(BODY_ASKED.test('国のお金が切れたあと、拠点って誰が費用を持って回してるの？')).toBe(true);
    expect(BODY_ASKED.test('国の補助で賄えない分は誰が出すことになっていますか。')).toBe(true);
    expect(BODY_ASKED.test('拠点の事業統括に就いたのは誰が推薦した人ですか。')).toBe(false);
  });

  it('those turned down (不採択) are not those chosen', async () => {
    const a = await ask('くじら湾スマート養殖拠点形成事業の公募で不採択になったのはどこの地域ですか。');
    expect(a.status).toBe('abstained');
  });
});
