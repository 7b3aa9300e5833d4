// Japanese era years ⇄ Western (fiscal) years, and year mentions in running text
// ("平成１４～２０年度", "Ｈ１４年開始", "FY2004", "２００２年３月"), for the catalogue and for queries.
import { InvalidInputError } from './errors.js';

export type Era = '明治' | '大正' | '昭和' | '平成' | '令和';

/** Era names with their first Western year and the Latin letter used in abbreviations (H14, R5). */
const ERAS: readonly { era: Era; start: number; letter: string }[] = [
  { era: '令和', start: 2019, letter: 'R' },
  { era: '平成', start: 1989, letter: 'H' },
  { era: '昭和', start: 1926, letter: 'S' },
  { era: '大正', start: 1912, letter: 'T' },
  { era: '明治', start: 1868, letter: 'M' },
];

const MIN_WESTERN = 1868;
const MAX_WESTERN = 2099;

/** Era year → Western year (平成1 = 1989, 令和1 = 2019). Years past an era's end are allowed (平成32 = 2020). */
export function eraToWestern(era: Era, year: number): number {
  const e = ERAS.find((x) => x.era === era);
  if (!e) throw new InvalidInputError(`unknown era "${era}"; use one of ${ERAS.map((x) => x.era).join(', ')}`);
  if (!Number.isInteger(year) || year < 1) throw new InvalidInputError(`era year must be an integer ≥ 1 (元年 = 1), got ${year}`);
  return e.start + year - 1;
}

/** Western year → era year; the overlap year goes to the later era (2019 → 令和1, 1989 → 平成1). */
export function westernToEra(year: number): { era: Era; year: number } {
  if (!Number.isInteger(year) || year < MIN_WESTERN) throw new InvalidInputError(`Western year must be an integer ≥ ${MIN_WESTERN}, got ${year}`);
  const e = ERAS.find((x) => year >= x.start)!;
  return { era: e.era, year: year - e.start + 1 };
}

/** '2002年度（平成14年度）'; the first year of an era is written 元年度 ('2019年度（令和元年度）'). */
export function formatFiscalYear(year: number): string {
  const { era, year: y } = westernToEra(year);
  return `${year}年度（${era}${y === 1 ? '元' : y}年度）`;
}

const KANJI_DIGITS: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** '14', '元', '十四', '二十', '三十一' → number; undefined if not a year number. */
function eraYearNumber(s: string): number | undefined {
  if (s === '元') return 1;
  if (/^\d{1,2}$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return undefined;
  if (!m[2]) return m[1] && !m[3] ? KANJI_DIGITS[m[1]] : undefined;
  return (m[1] ? KANJI_DIGITS[m[1]]! : 1) * 10 + (m[3] ? KANJI_DIGITS[m[3]]! : 0);
}

function eraByName(nameOrLetter: string): Era | undefined {
  const up = nameOrLetter.toUpperCase();
  return ERAS.find((x) => x.era === nameOrLetter || x.letter === up)?.era;
}

const inWesternRange = (y: number) => y >= MIN_WESTERN && y <= MAX_WESTERN;

/** NFKC, code point by code point, with each normalised index mapped back to its original offset (one more entry: the end). */
export function normalizeWithMap(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let offset = 0;
  for (const ch of text) {
    // ASCII letters and digits, kana and common kanji are their own NFKC form: no call needed
    const code = ch.codePointAt(0)!;
    const stable = (code >= 0x20 && code < 0x7f) || (code >= 0x3041 && code <= 0x3096) || (code >= 0x30a1 && code <= 0x30fa) || (code >= 0x4e00 && code <= 0x9fff);
    const n = stable ? ch : ch.normalize('NFKC');
    for (let k = 0; k < n.length; k++) map.push(offset);
    norm += n;
    offset += ch.length;
  }
  map.push(text.length);
  return { norm, map };
}

/** The months' English names, as a pattern's alternatives (started in April 2025). */
export const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December';

const ERA_NUM = '(\\d{1,2}|元|[一二三四五六七八九十]{1,3})';
const KANJI_ERA = `(明治|大正|昭和|平成|令和)\\s?${ERA_NUM}(?![\\d])`;
// Letter eras in running text: H, R, S only (M and T are too often something else).
const LETTER_ERA = '(?<![A-Za-z0-9])([HRS])(\\d{1,2})(?![\\d,])';
const SUFFIX = '(?:\\s?(年度|年))?';
const RANGE_SEP = '\\s?[~〜\\-‐-―−ー]\\s?';
const MENTION_SOURCE = new RegExp(
  [
    `(?:${KANJI_ERA}|${LETTER_ERA})${SUFFIX}`,
    // Western: FY2002, FY 2002
    '(?<![A-Za-z])(?:FY|fy|Fy)\\s?(\\d{4})(?!\\d)(年度|年)?',
    // Western: 2002年, 2002年度 (not 1,363 or 12002)
    '(?<![\\d,.])(\\d{4})(?=[~〜\\-‐-―−]\\d{4}\\s?年|\\s?年)(?:\\s?(年度|年))?',
  ].join('|'),
);
// The era-less second end of a range: "～２０年度", "～１７年" (a 年 is required).
const rangeEndRe = new RegExp(`^${RANGE_SEP}(\\d{1,2})(?!\\d)(年度|年)`);
const westernRangeEndRe = new RegExp(`^${RANGE_SEP}(\\d{4})(年度|年)`);

/** One year found in running text: offsets into the string as given, the Western year, and the raw text. */
export interface YearMention {
  start: number;
  end: number;
  year: number;
  raw: string;
}

/**
 * Every year mention in running text, in order. The text may be raw (full-width digits,
 * Ｈ１４, ㍻): NFKC is applied internally and offsets point into the string as given.
 * Recognised: 平成１４年度, 平成元年, 平成十四年, H14 / Ｈ１４ / R5 / S63 (H, R, S only in
 * running text), FY2004, ２００２年３月 (four digits followed by 年, 1868–2099), and the
 * era-less second end of ranges: 平成１４～２０年度 → 2002 and 2008. Not years:
 * 1,363百万円, 3年間, 5億円.
 */
export function findYearMentions(text: string): YearMention[] {
  const { norm, map } = normalizeWithMap(text);
  const out: YearMention[] = [];
  const mentionRe = new RegExp(MENTION_SOURCE.source, 'g');
  const push = (ns: number, ne: number, year: number) => {
    const start = map[ns]!;
    const end = map[ne]!;
    out.push({ start, end, year, raw: text.slice(start, end) });
  };
  for (let m = mentionRe.exec(norm); m; m = mentionRe.exec(norm)) {
    const ns = m.index;
    const ne = ns + m[0].length;
    const after = norm.slice(ne);
    if (m[1] !== undefined || m[3] !== undefined) {
      const era = eraByName(m[1] ?? m[3]!)!;
      const n = eraYearNumber(m[2] ?? m[4]!);
      if (n === undefined || n < 1) continue;
      push(ns, ne, eraToWestern(era, n));
      const r = rangeEndRe.exec(after);
      if (r) {
        const n2 = Number(r[1]);
        if (n2 > n) {
          const rs = ne + r[0].length - r[1]!.length - r[2]!.length;
          push(rs, ne + r[0].length, eraToWestern(era, n2));
          mentionRe.lastIndex = ne + r[0].length;
        }
      }
      continue;
    }
    const w = Number(m[6] ?? m[8]);
    if (!inWesternRange(w)) continue;
    push(ns, ne, w);
    if (m[8] !== undefined && !m[9]) {
      const r = westernRangeEndRe.exec(after);
      if (r && inWesternRange(Number(r[1])) && Number(r[1]) > w) {
        const rs = ne + r[0].length - r[1]!.length - r[2]!.length;
        push(rs, ne + r[0].length, Number(r[1]));
        mentionRe.lastIndex = ne + r[0].length;
      }
    }
  }
  return out;
}

/** An as-of date right after a year, in January to March, that closes the fiscal year before it (年度 runs April to March): 3月末, 3月31日現在. */
const CLOSES_FISCAL_YEAR = /^\s*[1-3１-３]\s*月\s*(?:末|[0-9０-９]{1,2}\s*日\s*(?:現在|時点))/u;

/**
 * The years a text is of: each year it names, and for an as-of date in January to March also the fiscal year that
 * date closes (令和6年3月末 is of 2024 and of 令和5年度, 2023; a deadline, 令和8年3月31日まで, is of its own year).
 * `mentions` are the text's year mentions, when the caller has them already.
 */
export function yearsOf(text: string, mentions: readonly YearMention[] = findYearMentions(text)): number[] {
  return [...new Set(mentions.flatMap((m) => (CLOSES_FISCAL_YEAR.test(text.slice(m.end)) ? [m.year, m.year - 1] : [m.year])))];
}

const wholeEraRe = new RegExp(`^(明治|大正|昭和|平成|令和|[MTSHRmtshr])\\.?\\s?${ERA_NUM}\\s?(年度|年)?$`);
const wholeWesternRe = /^(?:FY\s?)?(\d{4})\s?(年度|年)?$/i;

/**
 * One year in any form → Western year: 'H14', 'Ｈ１４', 'H14年度', '平成１４年度', '平成元年',
 * 'R5', '令和5年度', 'S63', 'M45', '2002年度', 'FY2002', 'fy 2002', '2002'. Undefined if the
 * string is not exactly one year.
 */
export function parseYear(s: string): number | undefined {
  const t = s.normalize('NFKC').trim();
  const e = wholeEraRe.exec(t);
  if (e) {
    const n = eraYearNumber(e[2]!);
    return n === undefined || n < 1 ? undefined : eraToWestern(eraByName(e[1]!)!, n);
  }
  const w = wholeWesternRe.exec(t);
  if (w && inWesternRange(Number(w[1]))) return Number(w[1]);
  return undefined;
}

/** A fiscal year given as a number (2008) or a string in any form parseYear accepts; throws InvalidInputError otherwise. */
export function toFiscalYear(v: number | string): number {
  const y = typeof v === 'number' ? v : parseYear(v);
  if (y === undefined || !Number.isInteger(y) || !inWesternRange(y)) {
    throw new InvalidInputError(`"${v}" is not a fiscal year; give e.g. 2008, "2008年度", "FY2008", "平成20年度" or "H20"`);
  }
  return y;
}

/**
 * The one fiscal year a table cell gives, or undefined: 平成14年度（2002年度）, 平成25年度から, 令和5年度終了, and a
 * bare Western year (2018), which stands for a fiscal year in a column of years.
 */
export function fiscalYearCell(text: string): number | undefined {
  const bare = /^(?:19|20)[0-9]{2}$/u.exec(text.normalize('NFKC'));
  if (bare) return Number(bare[0]);
  const years = [...new Set(findYearMentions(text).map((y) => y.year))];
  return years.length === 1 && /^[^0-9０-９元]*[0-9０-９元]{1,4}\s?年度?\s?(?:[（(][^）)]*[）)])?\s?(?:~|～|〜|から|開始|まで|終了)?$/u.test(text) ? years[0] : undefined;
}
