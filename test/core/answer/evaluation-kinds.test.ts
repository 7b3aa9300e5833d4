// The result of one kind of evaluation asked (事後評価でどんな評価, 終了評価の結果はどう, what grade in the
// ex-post evaluation), on a small corpus written for these tests (ingested with the seeds through the
// real pipeline): a mid-term review's grade table, and an ex-post review of one region whose grade
// stands under its title, not beside the region's name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/core/answer/answerer.js';
import { fixtureAnswerer, type FixtureAnswerer } from '../../helpers/fixture-answerer.js';

const MIDTERM = `海洋技術実装拠点形成支援事業　中間評価結果の概要
令和５年１２月１５日
海洋技術実装拠点形成支援事業評価委員会
１．評価の方法
各拠点の取組をＳ・Ａ・Ｂ・Ｃの４段階で評価した。事後評価は事業終了の翌年度に行う予定である。
２．評価結果
　拠点名　　　　　　　　総合評価　　主な所見
　白浜・南紀地域　　　　Ａ　　　　　参画企業が計画を上回って増加した。
　串本・潮岬地域　　　　Ｂ　　　　　事業化の計画に一部遅れがある。
`;

const EXPOST = `海洋技術実装拠点形成支援事業 事後評価結果「串本・潮岬地域」
令和７年１月２０日
１．評価の方法
事業終了後に提出された報告書とヒアリングに基づき、評価項目ごとに評価した。
２．評価結果
　評価項目　　　　　　　　　　　評価
　事業化の成果　　　　　　　　　Ｂ
　自立化の見通し　　　　　　　　Ａ
　総合評価　　　　　　　　　　　Ａ
`;

describe('the result of a kind of evaluation asked', () => {
  let fx: FixtureAnswerer;
  let answerer: Answerer;
  beforeAll(async () => {
    fx = await fixtureAnswerer('evaluation-kinds', { 'chukan.txt': MIDTERM, 'jigo.txt': EXPOST });
    answerer = fx.answerer;
  }, 180_000);
  afterAll(() => fx?.close());

  it('gives the mid-term grade of the region asked', async () => {
    const a = await answerer.answer('白浜・南紀地域は海洋技術実装拠点形成支援事業の中間評価で何評価でしたか。');
    expect(a.status).toBe('answered');
    expect(a.answer).toMatch(/白浜・南紀地域[\s　]*Ａ/u);
  });

  it('abstains asked an ex-post result the documents give only for another region', async () => {
    const a = await answerer.answer('白浜・南紀地域の拠点は、海洋技術実装拠点形成支援事業の事後評価でどんな評価を受けましたか。');
    expect(a.status).toBe('abstained');
  });

  it('reads 終了評価 as the ex-post evaluation', async () => {
    const a = await answerer.answer('白浜・南紀地域の拠点の終了評価の結果はどうでしたか。');
    expect(a.status).toBe('abstained');
  });

  it('answers for a region an ex-post review names in its title only, not beside its grade', async () => {
    const a = await answerer.answer('串本・潮岬地域の拠点の事後評価、結局どういう評価だった？');
    expect(a.status).toBe('answered');
    expect(a.citations.some((c) => c.source.endsWith('jigo.txt'))).toBe(true);
  });
});
