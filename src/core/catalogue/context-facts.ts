// Facts stated away from a programme's name, given to the programme the page is about: budget lines
// ("平成２８年度要求・要望額 ：2,483百万円"), support per region ("1地域当たり5億円程度／年、5年間"),
// a budget row under a year header ("年度 H14 H15 …" / "予算 ６６億円 …"), "Ｈ１４年開始：１２地域".
import { findYearMentions } from '../era.js';
import { normalizeText } from '../text/normalize.js';
import { findAmounts, findAmountWithPrevious, parseBudget, parseScale } from './money.js';
import type { RawFact } from './raw-fact.js';
import { cite, citeBlock, segmentBounds, type PreparedDocument } from './source-text.js';

/** Which programme a line is about: the nearest heading above it, else the programme in the document's title. */
export interface SubjectContext {
  headings: { line: number; name: string }[];
  title?: string;
  /** Lines already read as part of a name's brackets: not read again. */
  consumed: Set<number>;
}

const HEADING_REACH = 160;
const SUMMARY_WINDOW = 15;

/** The programme a line is about, or undefined when nothing names one. */
export function subjectAt(ctx: SubjectContext, line: number): string | undefined {
  let best: { line: number; name: string } | undefined;
  for (const h of ctx.headings) if (h.line <= line && line - h.line <= HEADING_REACH && (!best || h.line > best.line)) best = h;
  return best?.name ?? ctx.title;
}

const BUDGET_LINE_RE = /(?:年度|H\s?\d{1,2}|^\s*\(?)\s*(?:うち優先課題推進枠要望額|政府予算額|予算額|要求・要望額|要望額|要求額)\s*[:：]?\s*[0-9]/;

/**
 * A budget line among several amounts for different items (a summary slide) is a total, not one
 * programme's budget: true when two or more other blocks within the window hold amounts.
 */
function isSummary(doc: PreparedDocument, line: number): boolean {
  const blocks = new Set<number>();
  doc.blocks.forEach((b, i) => {
    if (b.line_end < line - SUMMARY_WINDOW || b.line_start > line + SUMMARY_WINDOW) return;
    if (b.line_start <= line && line <= b.line_end) return;
    const t = normalizeText(b.text);
    if (BUDGET_LINE_RE.test(t) || /特別会計/.test(t)) return;
    if (findAmounts(t).length > 0 || findAmountWithPrevious(t)) blocks.add(i);
  });
  return blocks.size >= 2;
}

/** Budget, request and special-account lines, for the programme the page is about. */
export function budgetLineFacts(doc: PreparedDocument, ctx: SubjectContext, warnings: string[]): RawFact[] {
  const out: RawFact[] = [];
  let lastYear: { line: number; year: number | null } = { line: -99, year: null };
  for (const r of doc.repaired) {
    if (r.line_end > r.line_start || ctx.consumed.has(r.line_start)) continue;
    const t = normalizeText(r.text);
    const special = /特別会計に別途\s*([0-9,]+\s?(?:億|百万|万)?円)/.exec(t);
    const isBudget = BUDGET_LINE_RE.test(t);
    if (!isBudget && !special) continue;
    const subject = subjectAt(ctx, r.line_start);
    if (!subject) {
      warnings.push(`${doc.source}:${r.line_start}: budget line with no programme to attach to: ${r.text.trim()}`);
      continue;
    }
    if (isSummary(doc, r.line_start)) {
      warnings.push(`${doc.source}:${r.line_start}: budget line on a page listing several items, read as a total and not attached: ${r.text.trim()}`);
      continue;
    }
    const citation = cite(doc, r.line_start);
    const s = { type: 'programme' as const, name: subject };
    if (special) {
      const amount = findAmounts(special[1]!)[0];
      if (amount) out.push({ subject: s, field: 'money', key: { kind: 'special_account', per: 'programme', period: 'per_year', fiscal_year: null }, value: amount.money, citations: [citation], as_written: special[0], origin: 'rule', note: t.trim() });
      continue;
    }
    const defaultYear = r.line_start - lastYear.line <= 3 ? lastYear.year : null;
    for (const f of parseBudget(t, defaultYear)) {
      if (f.field !== 'money') continue;
      out.push({ subject: s, field: 'money', key: f.key, value: f.value, citations: [citation], as_written: f.as_written, origin: 'rule', ...(f.note && { note: f.note }) });
      // 平成２０年度要求額　８，０００百万円（新規）: the programme is new in that year
      if (f.note === '新規' && f.key.fiscal_year !== null) {
        out.push({ subject: s, field: 'period', value: { start_fy: f.key.fiscal_year, end_fy: null }, citations: [citation], as_written: `${f.as_written}（新規）`, origin: 'rule', label: '開始', note: '新規の予算・要求' });
      }
      if (f.key.kind === 'request') lastYear = { line: r.line_start, year: f.key.fiscal_year };
    }
  }
  return out;
}

const PER_UNIT_RE = /[1１一]\s?(地域|拠点|件|課題)\s?(?:当たり|あたり)/;

/** Support per region or site ("１地域あたり約５億円×原則５年間(18 地域で実施)"), with what it is about as a label. */
export function scaleFacts(doc: PreparedDocument, ctx: SubjectContext): RawFact[] {
  const out: RawFact[] = [];
  for (const block of doc.blocks) {
    block.segments.forEach((seg, si) => {
      if (seg.line_end > seg.line_start || ctx.consumed.has(seg.line_start)) return;
      const { from, to } = segmentBounds(block, si);
      const lineText = block.text.slice(from, to);
      const m = PER_UNIT_RE.exec(lineText);
      if (!m || findAmounts(lineText.slice(m.index)).length === 0) return;
      // the statement starts at the bullet that opens it and runs to the end of the block
      let start = from;
      for (let k = si; k >= 0; k--) {
        const b = segmentBounds(block, k);
        start = b.from;
        if (/^[・○■◇]/.test(block.text.slice(b.from, b.to).trim())) break;
      }
      // the sentence it stands in: from its bullet or the last full stop before it, to the next full stop
      const stop = block.text.lastIndexOf('。', from + m.index - 1);
      if (stop >= start) start = stop + 1;
      const pos = start + block.text.slice(start).search(PER_UNIT_RE);
      const close = block.text.indexOf('。', pos);
      const statementEnd = close < 0 ? block.text.length : close + 1;
      const subject = subjectAt(ctx, seg.line_start);
      if (!subject) return;
      const raw = block.text.slice(start, pos).replace(/^[\s　・○■◇]+/, '').replace(/[\s　：:]+$/, '');
      // a label, not a table's run of numbers and headings read as one line
      const label = /[0-9０-９]{3}|[0-9０-９]+[，,][0-9０-９]{3}/u.test(raw) ? '' : raw.slice(0, 60);
      const citation = citeBlock(doc, block, start, statementEnd);
      for (const f of parseScale(block.text.slice(pos, statementEnd))) {
        const base = { subject: { type: 'programme' as const, name: subject }, citations: [citation], as_written: f.as_written, origin: 'rule' as const, ...(label && { label }) };
        if (f.field === 'money') out.push({ ...base, field: 'money', key: f.key, value: f.value });
        else if (f.field === 'count') out.push({ ...base, field: 'count', key: f.key, value: f.value });
        else if (f.field === 'duration') out.push({ ...base, field: 'duration', value: f.value });
      }
    });
  }
  return out;
}

/** A budget row under a year header: "年度 H14 H15 H16 …" then "予算 ６６億円 ７８億円 …". */
export function budgetTableFacts(doc: PreparedDocument, ctx: SubjectContext): RawFact[] {
  const out: RawFact[] = [];
  const rows = doc.repaired.map((r) => ({ r, t: normalizeText(r.text) }));
  rows.forEach(({ r, t }, i) => {
    const header = /^年度((?:\s+(?:H|平成)\s?\d{1,2})+)$/.exec(t);
    if (!header) return;
    const years = findYearMentions(header[1]!).map((y) => y.year);
    for (let j = i + 1; j < rows.length && rows[j]!.r.line_start - r.line_start <= 20; j++) {
      const row = /^予算((?:\s+\S+)+)$/.exec(rows[j]!.t);
      if (!row) continue;
      const cells = row[1]!.trim().split(/\s+/);
      const subject = subjectAt(ctx, r.line_start);
      if (!subject) return;
      cells.forEach((cell, k) => {
        const year = years[k];
        const amount = findAmounts(cell)[0];
        if (year === undefined || !amount) return;
        out.push({
          subject: { type: 'programme', name: subject },
          field: 'money',
          key: { kind: 'budget', per: 'programme', period: 'per_year', fiscal_year: year },
          value: amount.money,
          citations: [cite(doc, r.line_start), cite(doc, rows[j]!.r.line_start)],
          as_written: cell,
          origin: 'rule',
          label: '予算（年度別の表）',
        });
      });
      return;
    }
  });
  return out;
}

/** "Ｈ１４年開始：１２地域": how many regions started in a fiscal year. */
export function startCountFacts(doc: PreparedDocument, ctx: SubjectContext): RawFact[] {
  const out: RawFact[] = [];
  for (const r of doc.repaired) {
    const t = normalizeText(r.text);
    const m = /^(.{2,8}?)年度?開始\s*[:：]\s*(\d+)\s*(地域|拠点|エリア)$/.exec(t.trim());
    if (!m) continue;
    const year = findYearMentions(m[1]!)[0]?.year;
    const subject = subjectAt(ctx, r.line_start);
    if (year === undefined || !subject) continue;
    out.push({
      subject: { type: 'programme', name: subject },
      field: 'count',
      key: { unit: 'region', scope: 'started', fiscal_year: year },
      value: { count: Number(m[2]) },
      citations: [cite(doc, r.line_start, r.line_end)],
      as_written: r.text.trim(),
      origin: 'rule',
    });
  }
  return out;
}
