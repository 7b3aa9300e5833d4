// The one parser for basic-plan numbers, in every form the documents and questions use.
import { describe, expect, it } from 'vitest';
import { findPlanMentions, parsePlanNumber, planName, planNameEn } from '../../src/core/plan-number.js';

describe('parsePlanNumber', () => {
  it.each([
    [3, 3],
    ['3', 3],
    ['３', 3],
    ['Ⅲ', 3],
    ['III', 3],
    ['三', 3],
    ['第３期', 3],
    ['第Ⅲ期科学技術基本計画', 3],
    ['第III期', 3],
    ['第６期科学技術・イノベーション基本計画', 6],
    ['第十一期', 11],
    ['5th Basic Plan', 5],
    ['the fifth Science and Technology Basic Plan', 5],
    ['6th Science, Technology and Innovation Basic Plan', 6],
    ['3rd', 3],
  ] as const)('%s → %i', (v, n) => {
    expect(parsePlanNumber(v)).toBe(n);
  });

  it('gives undefined for what is not a plan number', () => {
    for (const v of ['someday', '', '第期', 0, -1, 2.5]) expect(parsePlanNumber(v)).toBeUndefined();
  });
});

describe('findPlanMentions', () => {
  it('finds plans by name in running text, with offsets into the text as given', () => {
    const text = '第２期科学技術基本計画（平成１３～１７年度）と第Ⅲ期の話、第６期科学技術・イノベーション基本計画、and the 5th S&T Basic Plan';
    const found = findPlanMentions(text);
    expect(found.map((m) => [m.ordinal, m.raw])).toEqual([
      [2, '第２期科学技術基本計画'],
      [6, '第６期科学技術・イノベーション基本計画'],
      [5, '5th S&T Basic Plan'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.raw);
    expect(findPlanMentions(text, { bare: true }).map((m) => m.ordinal)).toEqual([2, 3, 6, 5]);
  });
});

describe('planName', () => {
  it('names plans as the documents do, 科学技術・イノベーション from the sixth', () => {
    expect(planName(2)).toBe('第２期科学技術基本計画');
    expect(planName(6)).toBe('第６期科学技術・イノベーション基本計画');
    expect(planNameEn(1)).toBe('1st Science and Technology Basic Plan');
    expect(planNameEn(6)).toBe('6th Science, Technology and Innovation Basic Plan');
  });
});
