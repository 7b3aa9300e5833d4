// The extraction rules on their own: amounts and periods in the documents' shorthand, and a new
// document (not in seeds/) read without any code change.
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/core/catalogue/build.js';
import { findAmounts, findAmountWithPrevious, parseBudget, parseParenthetical, parsePeriod, parseScale } from '../../../src/core/catalogue/money.js';
import { findNameMentions } from '../../../src/core/catalogue/names.js';
import { prepareDocument } from '../../../src/core/catalogue/source-text.js';
import type { LoadedDocument } from '../../../src/core/corpus.js';

describe('amounts', () => {
  it('reads yen in every unit, ranges included', () => {
    expect(findAmounts('1,363百万円').map((a) => a.money)).toEqual([{ yen: 1.363e9 }]);
    expect(findAmounts('１～２億円/年').map((a) => a.money)).toEqual([{ yen: 1e8, yen_max: 2e8 }]);
    expect(findAmounts('100～2,000万円×288課題').map((a) => a.money)).toEqual([{ yen: 1e6, yen_max: 2e7 }]);
    expect(findAmounts('平成 17 年度政府予算額 100 億円').map((a) => a.money)).toEqual([{ yen: 1e10 }]);
    expect(findAmounts('５年間で１７兆円').map((a) => a.money)).toEqual([{ yen: 1.7e13 }]);
    expect(findAmountWithPrevious('事業 ３６（３４）億円')).toMatchObject({ current: { yen: 3.6e9 }, previous: { yen: 3.4e9 } });
  });

  it('reads a size-of-support statement', () => {
    expect(parseScale('５億円/年×31地域：５年')).toEqual([
      { field: 'money', key: { kind: 'scale', per: 'region', period: 'per_year', fiscal_year: null }, value: { yen: 5e8 }, as_written: '5億円/年' },
      { field: 'count', key: { unit: 'region', scope: 'total', fiscal_year: null }, value: { count: 31 }, as_written: '31地域' },
      { field: 'duration', value: { years_min: 5, years_max: 5 }, as_written: '5年' },
    ]);
    expect(parseScale('１億円/年×89地域：３～５年').find((f) => f.field === 'duration')?.value).toEqual({ years_min: 3, years_max: 5 });
    const perSite = parseScale('１拠点当たり５～７億円/年：５年');
    expect(perSite[0]).toMatchObject({ key: { per: 'site', period: 'per_year' }, value: { yen: 5e8, yen_max: 7e8 } });
    const perRegion = parseScale('○予算：１地域あたり約５億円×原則５年間(18 地域で実施）');
    expect(perRegion.map((f) => f.field)).toEqual(['money', 'duration', 'count']);
    expect(perRegion[2]).toMatchObject({ value: { count: 18 } });
    expect(parseScale('3年間で5億円')).toEqual([]); // no unit to be per
    // 程度 belongs to the amount as written, with or without a per-year mark
    expect(parseScale('１地域当たり５億円程度／年、５年間')[0]).toMatchObject({ as_written: '1地域当たり5億円程度/年' });
    expect(parseScale('１拠点当たり年間最大１億円程度、５年間')[0]).toMatchObject({ as_written: '1拠点当たり年間最大1億円程度' });
  });

  it('reads a request with the year before\'s budget in brackets (【令和６年度予算概算要求額　６１２，０００（４８０，０００）千円】)', () => {
    const facts = parseBudget('【令和６年度予算概算要求額　６１２，０００（４８０，０００）千円】');
    expect(facts.map((f) => f.field === 'money' && [f.key.kind, f.key.fiscal_year, f.value.yen])).toEqual([
      ['request', 2024, 6.12e8],
      ['budget', 2023, 4.8e8],
    ]);
    expect(facts[1]).toMatchObject({ as_written: '(480,000)千円' });
  });

  it('reads budget and request lines with their fiscal years', () => {
    expect(parseBudget('平成２８年度要求・要望額 ：2,483百万円').map((f) => f.field === 'money' && [f.key.kind, f.key.fiscal_year, f.value.yen])).toEqual([['request', 2016, 2.483e9]]);
    expect(parseBudget('（平成２７年度予算額 ：3,647百万円）').map((f) => f.field === 'money' && [f.key.kind, f.key.fiscal_year])).toEqual([['budget', 2015]]);
    expect(parseBudget('(H28要求・要望額2,483百万円)').map((f) => f.field === 'money' && f.key.fiscal_year)).toEqual([2016]);
    expect(parseBudget('うち優先課題推進枠要望額 ： 586百万円', 2016).map((f) => f.field === 'money' && [f.key.kind, f.key.fiscal_year])).toEqual([['request_priority', 2016]]);
    const two = parseBudget('平成 17 年度政府予算額 100 億円（平成 16 年度予算額 90 億円）');
    expect(two.map((f) => f.field === 'money' && [f.key.fiscal_year, f.value.yen])).toEqual([[2005, 1e10], [2004, 9e9]]);
    expect(parseBudget('○平成15年度政府予算額 75億円（平成14年度補正予算含む）')[0]).toMatchObject({ note: '平成14年度補正予算含む' });
  });

  it('reads periods and tells them from budgets', () => {
    expect(parsePeriod('平成１４～２０年度')?.value).toEqual({ start_fy: 2002, end_fy: 2008 });
    expect(parsePeriod('平成２３年度～')?.value).toEqual({ start_fy: 2011, end_fy: null });
    expect(parsePeriod('平成２２年度')?.value).toEqual({ start_fy: 2010, end_fy: 2010 });
    expect(parsePeriod('平成２３年度継続事業')).toBeUndefined();
    // a year glossed in the other calendar is one year, and the ～ after the gloss leaves the end open
    expect(parsePeriod('文部科学省・令和2年度（2020年度）～')?.value).toEqual({ start_fy: 2020, end_fy: null });
    expect(parsePeriod('令和2年度（2020年度）～令和6年度')?.value).toEqual({ start_fy: 2020, end_fy: 2024 });
    expect(parseParenthetical('Ｈ28要求・要望額：1,363百万円')[0]).toMatchObject({ field: 'money', key: { kind: 'request', fiscal_year: 2016 } });
    expect(parseParenthetical('基準額：１課題当たり170万円/年')[0]).toMatchObject({ key: { kind: 'benchmark', per: 'task' }, value: { yen: 1.7e6 } });
  });
});

function doc(file: string, text: string): LoadedDocument {
  const lines = text.split('\n');
  return { meta: { id: file, title: lines[0]!, source: `seeds/${file}`, line_count: lines.length, sha256: '' }, lines };
}

describe('a new document', () => {
  const NEW = doc('900_new.txt', [
    ' 地域科学技術の新しい施策',
    '',
    '地域未来創生プログラム（令和元～５年度）',
    '■地域の大学を核とした産学官連携により、新産業を創出する。',
    '',
    '先端地域連携',
    '事業（２億円/年×15地域：３年）',
    '・地域の取組を支援',
    '',
    '令和２年度予算額 ：1,200百万円',
    '',
    '本事業は経済産業省の「地域未来創生プログラム」と連携する。',
  ].join('\n'));

  it('finds names broken over lines and their brackets', () => {
    const names = findNameMentions(prepareDocument(NEW)).filter((m) => m.strong).map((m) => m.name);
    expect(names).toEqual(['地域未来創生プログラム', '先端地域連携事業', '地域未来創生プログラム']);
  });

  it('becomes programmes with periods, money, counts and cited lines, without code changes', () => {
    const cat = buildCatalogue([NEW]);
    const mirai = cat.programmes.find((p) => p.name === '地域未来創生プログラム')!;
    expect(mirai.period?.values[0]).toMatchObject({ value: { start_fy: 2019, end_fy: 2023 }, citations: [{ source: 'seeds/900_new.txt', line_start: 3, line_end: 3 }] });
    expect(mirai.purpose[0]?.value).toBe('地域の大学を核とした産学官連携により、新産業を創出する。');
    expect(mirai.ministries.map((m) => m.value)).toEqual(['経済産業省']);
    const sentan = cat.programmes.find((p) => p.name === '先端地域連携事業')!;
    expect(sentan.counts[0]).toMatchObject({ unit: 'region', values: [{ value: { count: 15 } }] });
    expect(sentan.duration?.values[0]?.value).toEqual({ years_min: 3, years_max: 3 });
    const budget = sentan.money.find((m) => m.kind === 'budget')!;
    expect(budget).toMatchObject({ fiscal_year: 2020, values: [{ value: { yen: 1.2e9 }, citations: [{ line_start: 10 }] }] });
    expect(sentan.money.find((m) => m.kind === 'scale')!.values[0]!.citations[0]).toMatchObject({ line_start: 6, line_end: 7, quote: '先端地域連携\n事業（２億円/年×15地域：３年）' });
  });
});

describe('a prefecture\'s own programme', () => {
  const PREF = doc('901_pref.txt', [
    '令和６年度',
    '高知県里山技術開発支援補助金',
    '公　募　要　領',
    '',
    '１　目的',
    '　本補助金は、県内の中小企業者が大学等と共同で行う技術開発を支援することを目的とします。',
  ].join('\n'));

  it('is run by the prefecture its name opens with, cited where the name stands', () => {
    const cat = buildCatalogue([PREF]);
    const p = cat.programmes.find((x) => x.name === '高知県里山技術開発支援補助金')!;
    expect(p.ministries.map((m) => m.value)).toEqual(['高知県']);
    expect(p.ministries[0]!.citations[0]).toMatchObject({ source: 'seeds/901_pref.txt', line_start: 2, line_end: 2, quote: '高知県里山技術開発支援補助金' });
  });
});
