// Budget tables whose column headers were lost in extraction: a programme's name, then three bare
// numbers on their own lines or after it on its line (this year's request or budget, last year's
// budget, the difference, in either order), in the unit a「（単位：百万円）」line above declares, for the year the document's
// heading names (「令和３年度概算要求」, 「令和５年度当初予算」). The difference tells which column is which.
import { findYearMentions } from '../era.js';
import { normalizeText } from '../text/normalize.js';
import { AMOUNT_UNIT } from './money.js';
import type { NameMention } from './names.js';
import type { MoneyKey, RawFact } from './raw-fact.js';
import { cite, citeBlock, repairedAfter, segmentAt, segmentBounds, type PreparedDocument } from './source-text.js';

const UNIT: Record<string, number> = { 円: 1, 千円: 1e3, 万円: 1e4, 百万円: 1e6, 億円: 1e8 };
const HEADER_LINES = 12;

/** The year and kind of the amounts a budget document is about, from its first lines. */
function documentBudget(doc: PreparedDocument): { year: number; kind: MoneyKey['kind']; line: number } | undefined {
  for (const r of doc.repaired.slice(0, HEADER_LINES * 2)) {
    if (r.line_start > HEADER_LINES) break;
    const t = normalizeText(r.text);
    const y = findYearMentions(t)[0];
    if (!y) continue;
    if (/要求|要望/u.test(t)) return { year: y.year, kind: 'request', line: r.line_start };
    if (/予算/u.test(t) && !/補正/u.test(t)) return { year: y.year, kind: 'budget', line: r.line_start };
  }
  return undefined;
}

const number = (t: string): number | undefined => {
  const m = /^([△▲-])?\s?(\d[\d,]*)$/u.exec(normalizeText(t));
  return m ? (m[1] ? -1 : 1) * Number(m[2]!.replace(/,/g, '')) : undefined;
};

/** A row's first three bare numbers and the last line they stand on. */
type Row = { values: [number, number, number]; lastLine: number };

/** Three bare numbers on the lines right below a name (the cells of its row, one a line). */
function numbersBelow(doc: PreparedDocument, line: number): Row | undefined {
  const rows = repairedAfter(doc, line, 12).filter((r) => r.text.trim() !== '').slice(0, 3);
  const values = rows.map((r) => number(r.text));
  if (rows.length < 3 || values.some((v) => v === undefined) || rows[2]!.line_start - line > 4) return undefined;
  return { values: values as [number, number, number], lastLine: rows[2]!.line_start };
}

/** Three bare numbers after a name on its own line (地域資源循環型…事業　480,000　612,000　132,000　127.5%). */
function rowNumbers(doc: PreparedDocument, m: NameMention): Row['values'] | undefined {
  const block = doc.blocks[m.blockIndex]!;
  const after = block.text.slice(m.end, segmentBounds(block, segmentAt(block, m.end - 1)).to).trim();
  const values = after.split(/\s+/u).slice(0, 3).map(number);
  return values.length < 3 || values.some((v) => v === undefined) ? undefined : (values as Row['values']);
}

/** Which of a row's first two numbers is this year's: the third is their difference, one way or the other. */
function columnOrder([a, b, c]: Row['values']): { cur: number; prev: number } | undefined {
  return c === b - a ? { cur: b, prev: a } : c === a - b ? { cur: a, prev: b } : undefined;
}

/**
 * The mentions of a budget document, those that open a row whose numbers add up (戦略的…事業　3,213,000
 * 3,480,000　267,000) marked strong and as budget rows: the sheet lists each as a programme of its own,
 * whether or not any other line names it.
 */
export function markBudgetRows(doc: PreparedDocument, mentions: readonly NameMention[]): NameMention[] {
  if (!documentBudget(doc)) return [...mentions];
  return mentions.map((m) => {
    const values = m.lead ? rowNumbers(doc, m) : undefined;
    return values && columnOrder(values) ? { ...m, strong: true, budgetRow: true } : m;
  });
}

/** This year's and last year's amount for each programme heading a row of three bare numbers. */
export function budgetColumnFacts(doc: PreparedDocument, mentions: readonly NameMention[], resolve: (name: string) => string | undefined): RawFact[] {
  const header = documentBudget(doc);
  if (!header) return [];
  const units = doc.repaired.flatMap((r) => {
    if (!/単位/u.test(r.text)) return [];
    const m = AMOUNT_UNIT.exec(normalizeText(r.text));
    return m ? [{ line: r.line_start, unit: UNIT[m[1]!]! }] : [];
  });
  const out: RawFact[] = [];
  for (const m of mentions) {
    if (!m.lead && !m.topic) continue;
    const name = resolve(m.name);
    if (!name) continue;
    const at = citeBlock(doc, doc.blocks[m.blockIndex]!, m.from, m.end);
    const unit = units.filter((u) => u.line < at.line_start).at(-1);
    if (!unit) continue;
    const inline = m.lead ? rowNumbers(doc, m) : undefined;
    const row = inline ? { values: inline, lastLine: at.line_end } : m.heading || m.topic ? numbersBelow(doc, at.line_end) : undefined;
    if (!row) continue;
    const order = columnOrder(row.values);
    if (!order || order.cur <= 0) continue;
    const citations = [cite(doc, at.line_start, row.lastLine), cite(doc, unit.line), cite(doc, header.line)];
    const base = { subject: { type: 'programme' as const, name }, citations, origin: 'rule' as const };
    out.push({ ...base, field: 'money', key: { kind: header.kind, per: 'programme', period: 'per_year', fiscal_year: header.year }, value: { yen: order.cur * unit.unit }, as_written: `${order.cur.toLocaleString('en-US')}（単位：${Object.entries(UNIT).find(([, v]) => v === unit.unit)![0]}）`, label: '表（列名なし：増減から当年度額と判定）' });
    if (order.prev > 0) out.push({ ...base, field: 'money', key: { kind: 'budget', per: 'programme', period: 'per_year', fiscal_year: header.year - 1 }, value: { yen: order.prev * unit.unit }, as_written: `${order.prev.toLocaleString('en-US')}（単位：${Object.entries(UNIT).find(([, v]) => v === unit.unit)![0]}）`, label: '表（列名なし：前年度予算額と判定）' });
  }
  return out;
}
