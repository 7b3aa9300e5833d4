// Era ⇄ Western year conversion and year mentions in running text, on forms the seeds use.
import { describe, expect, it } from 'vitest';
import { eraToWestern, findYearMentions, formatFiscalYear, parseYear, toFiscalYear, westernToEra, yearsOf } from '../../src/core/era.js';

describe('eraToWestern / westernToEra', () => {
  it('converts era years', () => {
    expect(eraToWestern('平成', 1)).toBe(1989);
    expect(eraToWestern('平成', 14)).toBe(2002);
    expect(eraToWestern('平成', 32)).toBe(2020); // written in plans drafted before 令和
    expect(eraToWestern('令和', 1)).toBe(2019);
    expect(eraToWestern('令和', 5)).toBe(2023);
    expect(eraToWestern('昭和', 1)).toBe(1926);
    expect(eraToWestern('昭和', 63)).toBe(1988);
    expect(eraToWestern('大正', 1)).toBe(1912);
    expect(eraToWestern('明治', 1)).toBe(1868);
    expect(() => eraToWestern('平成', 0)).toThrow(/元年/);
  });
  it('gives the later era for an overlap year', () => {
    expect(westernToEra(2019)).toEqual({ era: '令和', year: 1 });
    expect(westernToEra(2018)).toEqual({ era: '平成', year: 30 });
    expect(westernToEra(1989)).toEqual({ era: '平成', year: 1 });
    expect(westernToEra(1988)).toEqual({ era: '昭和', year: 63 });
    expect(westernToEra(2002)).toEqual({ era: '平成', year: 14 });
    expect(() => westernToEra(1800)).toThrow();
  });
  it('round-trips', () => {
    for (let y = 1868; y <= 2040; y++) {
      const e = westernToEra(y);
      expect(eraToWestern(e.era, e.year)).toBe(y);
    }
  });
});

describe('parseYear', () => {
  it.each([
    ['H14', 2002], ['Ｈ１４', 2002], ['H14年度', 2002], ['h14', 2002], ['H.14', 2002],
    ['平成１４年度', 2002], ['平成14年', 2002], ['平成 14 年度', 2002], ['平成元年', 1989], ['平成十四年度', 2002],
    ['R5', 2023], ['令和5年度', 2023], ['令和元年度', 2019], ['S63', 1988], ['昭和６３年', 1988],
    ['2002年度', 2002], ['２００２年度', 2002], ['FY2002', 2002], ['fy 2002', 2002], ['ＦＹ２００２', 2002], ['2002', 2002], ['  2008 ', 2008],
  ])('%s → %i', (s, y) => {
    expect(parseYear(s)).toBe(y);
  });
  it.each(['', '14', '3年間', '5億円', '1,363', 'H14 H15', '平成', 'abc', '12002', '1500年'])('rejects %s', (s) => {
    expect(parseYear(s)).toBeUndefined();
  });
  it('toFiscalYear takes numbers and strings and explains a bad one', () => {
    expect(toFiscalYear(2008)).toBe(2008);
    expect(toFiscalYear('平成20年度')).toBe(2008);
    expect(() => toFiscalYear('来年')).toThrow(/平成20年度/);
  });
});

describe('yearsOf', () => {
  it('an as-of date in January to March is also of the fiscal year it closes; a deadline or another month is not', () => {
    expect(yearsOf('会員企業数　58社（令和6年3月末。発足時46社）')).toEqual([2024, 2023]);
    expect(yearsOf('令和６年３月３１日現在の採択は累計４６件')).toEqual([2024, 2023]);
    expect(yearsOf('補助期間は令和８年３月３１日まで')).toEqual([2026]);
    expect(yearsOf('令和6年4月末現在')).toEqual([2024]);
    expect(yearsOf('2023年12月末時点')).toEqual([2023]);
  });
});

describe('findYearMentions', () => {
  const years = (s: string) => findYearMentions(s).map((m) => m.year);

  it('finds both ends of era ranges that omit the era on the second end', () => {
    expect(years('知的クラスター創成事業（平成１４～２０年度）')).toEqual([2002, 2008]);
    expect(years('第２期科学技術基本計画（平成１３年～１７年）')).toEqual([2001, 2005]);
    expect(years('（平成１４年～２１年度）')).toEqual([2002, 2009]);
    expect(years('（Ｈ１４～Ｈ１６年度）')).toEqual([2002, 2004]);
    expect(years('（H14～16年度）')).toEqual([2002, 2004]);
    expect(years('（平成28～32年度）〈策定中〉')).toEqual([2016, 2020]);
  });
  it('returns offsets and raw text in the string as given (full-width)', () => {
    const s = '事業（平成１４～２０年度）';
    const ms = findYearMentions(s);
    expect(ms.map((m) => m.raw)).toEqual(['平成１４', '２０年度']);
    for (const m of ms) expect(s.slice(m.start, m.end)).toBe(m.raw);
    const t = 'Ｈ１４年開始：１２地域';
    const [h] = findYearMentions(t);
    expect(h).toEqual({ start: 0, end: 4, year: 2002, raw: 'Ｈ１４年' });
  });
  it('finds letter eras, FY and Western years with 年', () => {
    expect(years('Ｈ１４年開始：１２地域')).toEqual([2002]);
    expect(years('（H28要求・要望額：1,363百万円）')).toEqual([2016]);
    expect(years('２００２年３月')).toEqual([2002]);
    expect(years('FY2004 budget')).toEqual([2004]);
    expect(years('１９９５年 科学技術基本法')).toEqual([1995]);
    expect(years('H18 H19 H20')).toEqual([2006, 2007, 2008]);
    expect(years('（H16.11～12月）')).toEqual([2004]);
    expect(years('平成１６年１０月２８日')).toEqual([2004]);
    expect(years('平成元年')).toEqual([1989]);
    expect(years('2002～2008年度')).toEqual([2002, 2008]);
    expect(years('平成８年～平成８年～ 第Ⅰ期')).toEqual([1996, 1996]);
    expect(years('具体的には、2015 年度には')).toEqual([2015]);
    expect(findYearMentions('平成 17 年度政府予算額')[0]).toMatchObject({ year: 2005, raw: '平成 17 年度' });
  });
  it('does not take amounts, durations or counts for years', () => {
    expect(years('1,363百万円')).toEqual([]);
    expect(years('3年間')).toEqual([]);
    expect(years('5億円/年×31地域：5年')).toEqual([]);
    expect(years('462,500千円')).toEqual([]);
    expect(years('1200年の歴史')).toEqual([]);
    expect(years('TECH14 and ABS12')).toEqual([]);
    expect(years('1地域当たり5億円程度／年、5年間')).toEqual([]);
  });
  it('handles ㍻ (one character for 平成) with offsets into the original', () => {
    const s = 'x㍻14年度';
    const [m] = findYearMentions(s);
    expect(m).toMatchObject({ start: 1, end: 6, year: 2002, raw: '㍻14年度' });
  });
});

describe('formatFiscalYear', () => {
  it('writes both calendars', () => {
    expect(formatFiscalYear(2002)).toBe('2002年度（平成14年度）');
    expect(formatFiscalYear(2019)).toBe('2019年度（令和元年度）');
    expect(formatFiscalYear(1989)).toBe('1989年度（平成元年度）');
    expect(formatFiscalYear(2023)).toBe('2023年度（令和5年度）');
  });
});
