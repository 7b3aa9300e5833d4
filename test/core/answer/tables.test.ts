// A table's row and the year asked: whether the row gives a value in that year's column.
import { describe, expect, it } from 'vitest';
import { leavesYearEmpty } from '../../../src/core/answer/tables.js';

const HEADER = '区分\t令和2年度\t令和3年度\t令和4年度\t令和5年度要求';

describe('leavesYearEmpty', () => {
  it('a cell under the year asked is a value; a missing cell or a dash is none', () => {
    expect(leavesYearEmpty(HEADER, '執行額\t281\t305\t296', 2022)).toBe(false);
    expect(leavesYearEmpty(HEADER, '執行額\t281\t305\t296', 2023)).toBe(true);
    expect(leavesYearEmpty(HEADER, '補正予算\t-\t-\t-\t-', 2021)).toBe(true);
  });

  it('a header of other years, with no column for the year asked, gives nothing for it (令和6年度 of a 令和2–5年度 sheet)', () => {
    expect(leavesYearEmpty(HEADER, '当初予算\t300\t320\t310\t290', 2024)).toBe(true);
  });

  it('a header that names no years says nothing of any', () => {
    expect(leavesYearEmpty('区分\t補助率\t上限額', '研究開発型\t1/2\t300万円', 2024)).toBe(false);
  });
});
