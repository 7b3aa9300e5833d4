// The shared labels and value renderings: what get_programme's text and the answers show.
import { describe, expect, it } from 'vitest';
import { countLabel, formatCount, formatDuration, formatPeriod, formatYen, moneyLabel } from '../../../src/core/catalogue/labels.js';
import { findAmounts } from '../../../src/core/catalogue/money.js';

describe('formatYen', () => {
  it.each([
    [5e8, '5億円'],
    [2.483e9, '24億8,300万円'],
    [1.3e8, '1億3,000万円'],
    [2.5e7, '2,500万円'],
    [1.07e11, '1,070億円'],
  ])('%d → %s', (yen, text) => {
    expect(formatYen({ yen })).toBe(text);
    expect(findAmounts(text)[0]!.money.yen).toBe(yen); // and reads back
  });
  it('writes a range', () => expect(formatYen({ yen: 1e8, yen_max: 2e8 })).toBe('1億～2億円'));
});

describe('labels', () => {
  it('labels money and counts in both languages from one table', () => {
    expect(moneyLabel({ kind: 'scale', per: 'region', period: 'per_year', fiscal_year: null })).toBe('地域当たり事業規模（年額）');
    expect(moneyLabel({ kind: 'request', per: 'programme', period: 'per_year', fiscal_year: 2016 }, true)).toBe('FY2016 budget request');
    expect(countLabel({ unit: 'region', scope: 'selected', fiscal_year: 2021 })).toBe('2021年度の地域数（選定）');
    expect(countLabel({ unit: 'site', scope: 'total', fiscal_year: null }, true)).toBe('number of sites');
  });
  it('renders periods, durations and counts as values', () => {
    expect(formatPeriod({ start_fy: 2019, end_fy: 2023 })).toBe('2019年度（令和元年度）～2023年度（令和5年度）');
    expect(formatPeriod({ start_fy: 2011, end_fy: null })).toBe('2011年度（平成23年度）～（終了年度の記載なし）');
    expect(formatDuration({ years_min: 3, years_max: 5 })).toBe('3～5年間');
    expect(formatCount(18, 'region')).toBe('18地域');
  });
});
