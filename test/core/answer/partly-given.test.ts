// A question asking several kinds of value, of which the documents give some: answered with what they
// give, saying what they do not; on a small corpus written for these tests (ingested with the seeds
// through the real pipeline): a university liaison office's annual report that counts its joint
// research but gives no amount received for it, and says when it put answers on its web page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/core/answer/answerer.js';
import { fixtureAnswerer, type FixtureAnswerer } from '../../helpers/fixture-answerer.js';

const REPORT = `白浜県立海洋大学　産学連携センター年報（令和５年度）
令和６年６月

１．共同研究の実績
　令和５年度の白浜県立海洋大学の共同研究は４８件で、うち県内企業との共同研究は３１件であった。
　海洋センサー分野の共同研究が全体の半数を占めた。

２．知的財産
　令和５年度の特許出願は１２件であった。

３．共同研究の受託手続
　受託手続の仕様書への質問は３件寄せられ、回答は令和６年６月３日にセンターのホームページに掲載した。
`;

describe('a question asking several kinds of value, some of them given', () => {
  let fx: FixtureAnswerer;
  let answerer: Answerer;
  beforeAll(async () => {
    fx = await fixtureAnswerer('partly-given', { 'nenpo.txt': REPORT });
    answerer = fx.answerer;
  }, 180_000);
  afterAll(() => fx?.close());

  it('answers the count it gives and says the amount is not given', async () => {
    const a = await answerer.answer('白浜県立海洋大学の令和５年度の共同研究の件数と受入額を教えてください。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('４８件');
    expect(a.not_in_documents).toContain('金額');
  });

  it('still abstains asked only the amount it does not give', async () => {
    const a = await answerer.answer('白浜県立海洋大学の令和５年度の共同研究の受入額はいくらでしたか。');
    expect(a.status).toBe('abstained');
  });

  it('reads a web page named as where something was posted as no web address asked', async () => {
    const a = await answerer.answer('受託手続の仕様書への質問の回答は、いつセンターのホームページに掲載されましたか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('令和６年６月３日');
  });
});
