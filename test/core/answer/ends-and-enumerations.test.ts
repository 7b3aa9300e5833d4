// Values that stand in other words than the question's: a span counted in か年度 is a length of time, and the
// places chosen may be named one after another in one sentence
// (…地域（北海道）、…及び…地域（熊本県）である) where no list of them stands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureAnswerer, type FixtureAnswerer } from '../../helpers/fixture-answerer.js';

const GRANT = `わかば地域再生交付金の概要（内閣府）

・地域再生法に基づく交付金として、地方公共団体が作成する地域再生計画に基づく事業を支援する。
・自主的・主体的で先導的な事業を複数年度（原則3か年度、最長5か年度）にわたり支援。
・補助率は2分の1。
`;

const ANSWER = `衆議院議員わかば一郎君提出わかば実装拠点事業に関する質問に対する答弁書

一について
　わかば実装拠点事業は、地域の大学と企業が共同で技術を社会に実装する拠点を支援するものである。
二について
　わかば実装拠点事業で採択された拠点の地域は、あさひ・みなと地域（わかば県）、やまと地域（あおば県）、
かわせみ地域（しらさぎ県）及びつばめ地域（こまどり県）である。
三について
　拠点の事後評価は、事業終了の翌年度に行う予定である。
`;

let fixture: FixtureAnswerer;

beforeAll(async () => {
  fixture = await fixtureAnswerer('ends-enumerations', { 'e02_grant.txt': GRANT, 'e03_answer.txt': ANSWER });
}, 240_000);

afterAll(async () => {
  await fixture?.close();
});

describe('a length of time', () => {
  it('a span in か年度 is a length of time', async () => {
    const a = await fixture.answerer.answer('わかば地域再生交付金で、一つの事業は何年くらい支援してもらえるの？');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('最長5か年度');
  });
});

describe('the places chosen, named in one sentence', () => {
  it('a sentence naming each of the kind asked stands for the list', async () => {
    const a = await fixture.answerer.answer('わかば実装拠点事業で採択された4拠点の地域を全部挙げてください。');
    expect(a.status).toBe('answered');
    for (const place of ['あさひ・みなと地域', 'やまと地域', 'かわせみ地域', 'つばめ地域']) expect(a.answer).toContain(place);
  });
});
