// Reads amounts, counts and durations out of the documents' shorthand: （５億円/年×31地域：５年）,
// （１拠点当たり５～７億円/年：５年）, 「Ｈ28要求・要望額：1,363百万円」, ３６（３４）億円, 1地域当たり5億円程度／年、5年間.
// Every function takes text that may be full-width and normalises it itself.
import { findYearMentions } from '../era.js';
import { normalizeText } from '../text/normalize.js';
import type { Duration, Money, Period } from './schema.js';
import type { CountKey, MoneyKey } from './raw-fact.js';

const UNIT: Record<string, number> = { 兆: 1e12, 億: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3, '': 1 };
const NUM = '(\\d[\\d,]*(?:\\.\\d+)?)';
const AMOUNT_RE = new RegExp(`${NUM}\\s?(?:~\\s?${NUM}\\s?)?(兆|億|千万|百万|万|千)?\\s?円`, 'g');
const PREV_RE = new RegExp(`${NUM}\\(${NUM}\\)\\s?(兆|億|千万|百万|万|千)円`);

const num = (s: string) => Number(s.replace(/,/g, ''));

/** An amount found in normalised text, with where it stands. */
export interface FoundAmount {
  money: Money;
  raw: string;
  index: number;
  end: number;
}

// An amount written in several units: ９億６，０００万円, ２億４千万円, １兆２，０００億円.
const COMPOSITE_RE = new RegExp(`(?:${NUM}\\s?(?:兆|億|千万|百万|万|千)\\s?){2,4}円`, 'g');
const PART_RE = new RegExp(`${NUM}\\s?(兆|億|千万|百万|万|千)`, 'g');

/** Every yen amount in the text ("1,363百万円", "１～２億円", "100～2,000万円", "９億６，０００万円"), in order. */
export function findAmounts(text: string): FoundAmount[] {
  const t = normalizeText(text);
  const out: FoundAmount[] = [];
  for (const m of t.matchAll(COMPOSITE_RE)) {
    const parts = [...m[0].matchAll(PART_RE)].map((p) => ({ n: num(p[1]!), unit: UNIT[p[2]!]! }));
    // units must fall (億 then 万): "2億4千万円" is one amount, "1億 2億円" two
    if (!parts.every((p, i) => i === 0 || (p.unit < parts[i - 1]!.unit && p.n * p.unit < parts[i - 1]!.unit))) continue;
    out.push({ money: { yen: Math.round(parts.reduce((a, p) => a + p.n * p.unit, 0)) }, raw: m[0], index: m.index!, end: m.index! + m[0].length });
  }
  for (const m of t.matchAll(AMOUNT_RE)) {
    if (out.some((c) => m.index! < c.end && m.index! + m[0].length > c.index)) continue;
    const unit = UNIT[m[3] ?? '']!;
    if (!m[3] && num(m[1]!) < 10000) continue; // "5円" is never a programme figure
    const money: Money = { yen: Math.round(num(m[1]!) * unit) };
    if (m[2]) money.yen_max = Math.round(num(m[2]) * unit);
    out.push({ money, raw: m[0], index: m.index!, end: m.index! + m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The units of yen a table or a label declares its amounts in (a bare 円 aside). */
export const YEN_UNITS = '千円|百万円|億円|万円';
/** A line declaring the unit of a table's amounts: （単位：百万円）. */
export const AMOUNT_UNIT = new RegExp(`単位\\s*[:：]\\s*(${YEN_UNITS}|円)`, 'u');

/** Where an amount as written ends: after a word that makes it approximate (５億円程度, 1億円前後), which belongs to it. */
export function writtenEnd(text: string, end: number): number {
  return end + (/^\s?(?:程度|前後)/u.exec(text.slice(end))?.[0].length ?? 0);
}

/** "３６（３４）億円": this year's amount and, in brackets, last year's. */
export function findAmountWithPrevious(text: string): { current: Money; previous: Money; raw: string } | undefined {
  const t = normalizeText(text);
  const m = PREV_RE.exec(t);
  if (!m) return undefined;
  const unit = UNIT[m[3]!]!;
  return { current: { yen: Math.round(num(m[1]!) * unit) }, previous: { yen: Math.round(num(m[2]!) * unit) }, raw: m[0] };
}

type Per = MoneyKey['per'];
const PER_WORD: Record<string, Per> = { 地域: 'region', 拠点: 'site', 件: 'project', 課題: 'task', クラスター: 'cluster', エリア: 'region', 大学: 'institution', 機関: 'institution', プロジェクト: 'project', テーマ: 'project', 事業: 'project' };
const COUNT_UNIT: Record<string, CountKey['unit']> = { 地域: 'region', エリア: 'region', 拠点: 'site', 件: 'project', 課題: 'task', クラスター: 'cluster' };

/** A fact read from a parenthetical or a line, before it is given a subject and a citation. */
export type ParsedFact =
  | { field: 'money'; key: MoneyKey; value: Money; as_written: string; note?: string }
  | { field: 'count'; key: CountKey; value: { count: number }; as_written: string }
  | { field: 'duration'; value: Duration; as_written: string }
  | { field: 'period'; value: Period; as_written: string };

const DURATION_RE = /(?:[:：、,×]|原則)\s*(?:原則)?(\d+)(?:\s?~\s?(\d+))?\s?年(?:間)?(?!度)/;
const TIMES_COUNT_RE = /×\s?(\d+)\s?(地域|拠点|課題|件|クラスター)/;
const PER_UNIT_RE = /(?:1|一)\s?(地域|拠点|件|課題|クラスター|大学|機関|プロジェクト|テーマ|事業)\s?(?:当たり|あたり)/;

/** Reads a size-of-support statement: amount per unit per year, number of units, duration. */
export function parseScale(text: string, kind: MoneyKey['kind'] = 'scale'): ParsedFact[] {
  const t = normalizeText(text);
  const amounts = findAmounts(t);
  const first = amounts[0];
  if (!first) return [];
  const out: ParsedFact[] = [];
  const times = TIMES_COUNT_RE.exec(t);
  const perUnit = PER_UNIT_RE.exec(t);
  const lead = perUnit && perUnit.index < first.index ? t.slice(perUnit.index + perUnit[0].length, first.index) : '';
  const total = /\d\s?(?:か|カ|ヶ)?年間?で|総額|合計/.test(lead);
  const yearMark = /^\s*(?:程度)?\s*[/／]\s?年/.exec(t.slice(first.end));
  const perYear = !total && (yearMark !== null || /[×、]\s*(?:原則)?\s*\d+\s?年間/.test(t.slice(first.end)) || /年間|年額|毎年/.test(lead));
  const per: Per = perUnit ? PER_WORD[perUnit[1]!]! : times ? PER_WORD[times[2]!]! : 'programme';
  const hasPerTarget = Boolean(perUnit || times);
  if (!hasPerTarget && kind === 'scale') return [];
  out.push({
    field: 'money',
    key: { kind, per, period: total ? 'total' : perYear ? 'per_year' : 'unspecified', fiscal_year: null },
    value: first.money,
    as_written: t.slice(perUnit && perUnit.index < first.index ? perUnit.index : first.index, perYear && yearMark ? first.end + yearMark[0].length : writtenEnd(t, first.end)),
  });
  if (times) out.push({ field: 'count', key: { unit: COUNT_UNIT[times[2]!]!, scope: 'total', fiscal_year: null }, value: { count: Number(times[1]) }, as_written: times[0].replace(/^×\s?/, '') });
  const dur = DURATION_RE.exec(t.slice(first.end));
  if (dur) {
    const min = Number(dur[1]);
    const max = dur[2] ? Number(dur[2]) : min;
    if (min >= 1 && max <= 20) out.push({ field: 'duration', value: { years_min: min, years_max: max }, as_written: dur[0].replace(/^[:：、,×]\s*/, '') });
  }
  const cnt = /[、,]\s*(\d+)\s?(地域|拠点|件|課題)程度/.exec(t) ?? /\(?(\d+)\s?(地域|拠点|件|課題)で(?:事業)?実施/.exec(t);
  if (cnt && !times) out.push({ field: 'count', key: { unit: COUNT_UNIT[cnt[2]!]!, scope: 'total', fiscal_year: null }, value: { count: Number(cnt[1]) }, as_written: cnt[0].replace(/^[、,(]\s*/, '') });
  return out;
}

const BUDGET_RE = /((?:平成|令和|H|R)\s?\d{1,2}\s?(?:年度)?)?\s*(?:予算\s?概算)?\s*(うち優先課題推進枠要望額|政府予算額|予算額|要求・要望額|要望額|要求額|交付決定額)\s*[:：]?\s*/g;

/**
 * Reads budget statements: "平成２８年度要求・要望額 ：2,483百万円", "（平成２７年度予算額 ：3,647百万円）",
 * "Ｈ28要求・要望額：1,363百万円", "平成15年度政府予算額 75億円（平成14年度補正予算含む）".
 * `defaultYear` is used for "うち優先課題推進枠要望額", which names no year.
 */
export function parseBudget(text: string, defaultYear: number | null = null): ParsedFact[] {
  const t = normalizeText(text);
  const out: ParsedFact[] = [];
  let lastYear = defaultYear;
  for (const m of t.matchAll(BUDGET_RE)) {
    const after = t.slice(m.index! + m[0].length);
    const amount = findAmounts(after)[0];
    const year = m[1] ? findYearMentions(m[1])[0]?.year ?? null : lastYear;
    const word = m[2]!;
    const kind: MoneyKey['kind'] = word.startsWith('うち') ? 'request_priority' : /要求|要望/.test(word) ? 'request' : 'budget';
    if (!amount || amount.index !== 0) {
      // 「要求額 612,000（480,000）千円」: the amount asked and, in brackets, the year before's budget
      const pair = findAmountWithPrevious(after);
      if (!pair || !after.startsWith(pair.raw)) continue;
      if (m[1]) lastYear = year;
      const written = `${m[0].trim()}${pair.raw}`;
      out.push({ field: 'money', key: { kind, per: 'programme', period: 'per_year', fiscal_year: year }, value: pair.current, as_written: written });
      if (year !== null) out.push({ field: 'money', key: { kind: 'budget', per: 'programme', period: 'per_year', fiscal_year: year - 1 }, value: pair.previous, as_written: pair.raw.slice(pair.raw.indexOf('(')), note: `前年度予算額（${written}）` });
      continue;
    }
    if (m[1]) lastYear = year;
    const rest = after.slice(amount.end);
    const noteMatch = /^\s*\(([^()]*(?:含む|新規|推計額)[^()]*)\)/.exec(rest);
    out.push({
      field: 'money',
      key: { kind, per: 'programme', period: 'per_year', fiscal_year: year },
      value: amount.money,
      as_written: `${m[0].trim()}${amount.raw}`,
      ...(noteMatch && { note: noteMatch[1]! }),
    });
  }
  return out;
}

/** Reads a period from a parenthetical: 平成１４～２０年度 → 2002–2008, 平成２３年度～ → 2011–open, 平成２２年度 → 2010. */
export function parsePeriod(text: string): ParsedFact | undefined {
  // (the same year again is that year glossed in the other calendar: 令和2年度（2020年度）～)
  const mentions = findYearMentions(text).filter((m, i, all) => i === 0 || m.year !== all[i - 1]!.year);
  if (mentions.length === 0 || mentions.length > 2) return undefined;
  const t = normalizeText(text);
  const a = mentions[0]!;
  const b = mentions[1];
  // "平成３０年度開始", "（文部科学省・ＪＳＴ、令和２年度開始）": the start, end not stated
  if (!b && /^[^\d元]{0,16}?(?:\d{1,4}|元)\s?年度?\s?(?:に|から|より)?\s?(?:開始|創設|スタート|発足|~\s?開始)\)?$/.test(t)) return { field: 'period', value: { start_fy: a.year, end_fy: null }, as_written: text.trim() };
  if (/予算|要求|要望|開始|継続|閣議|月/.test(t)) return undefined;
  if (b) return b.year >= a.year ? { field: 'period', value: { start_fy: a.year, end_fy: b.year }, as_written: text.trim() } : undefined;
  const open = /^[^~]*\d\s?年度?\s?~\s*$/.test(t) || /~\s*\)?$/.test(t);
  return { field: 'period', value: { start_fy: a.year, end_fy: open ? null : a.year }, as_written: text.trim() };
}

/**
 * Reads one parenthetical that follows a programme name: a period, a budget or request line,
 * or a size-of-support statement (with counts and duration). A benchmark (基準額) is kept apart.
 */
export function parseParenthetical(content: string): ParsedFact[] {
  const t = normalizeText(content);
  if (/予算額|要求|要望額/.test(t)) return parseBudget(t);
  if (findAmounts(t).length > 0) return parseScale(t, /基準額/.test(t) ? 'benchmark' : 'scale');
  const p = parsePeriod(content);
  return p ? [p] : [];
}
