// Whether a sentence is dated to other years than those a question asks.
import { describe, expect, it } from 'vitest';
import { ofOtherYear } from '../../../src/core/answer/abstain.js';

describe('ofOtherYear', () => {
  it('a span of years covers the years within it (平成28年度～平成32年度, 2018年度から2021年度までに)', () => {
    expect(ofOtherYear([2018], '平成28年度～平成32年度に実施')).toBe(false);
    expect(ofOtherYear([2020], '2018年度から2021年度までに計78件が採択された。')).toBe(false);
    expect(ofOtherYear([2019], 'FY2017–FY2021（5年間）')).toBe(false);
  });

  it('counts of two years joined by から…に give those two years only (FY2017 の6件から FY2021 の31件に)', () => {
    expect(ofOtherYear([2020], '共同研究が FY2017 の6件から FY2021 の31件に拡大。')).toBe(true);
    expect(ofOtherYear([2021], '共同研究が FY2017 の6件から FY2021 の31件に拡大。')).toBe(false);
  });

  it('a sentence of another year is of another year; one with no year is of none', () => {
    expect(ofOtherYear([2018], '平成２９年度には１，０６２件の応募があった。')).toBe(true);
    expect(ofOtherYear([2018], '１，０６２件の応募があった。')).toBe(false);
  });
});
