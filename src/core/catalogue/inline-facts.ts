// Facts written right at a programme's name: its brackets (period, money, regions, duration),
// an amount after a heading ("○独創的シーズ展開事業 ９７億円（新規）"), and the purpose paragraph under it.
import { normalizeText } from '../text/normalize.js';
import { findAmounts, findAmountWithPrevious, parseParenthetical, parsePeriod } from './money.js';
import type { NameMention } from './names.js';
import type { RawFact } from './raw-fact.js';
import { citeBlock, segmentAt, type PreparedDocument } from './source-text.js';
import { findYearMentions } from '../era.js';

const BUDGET_HEADER_RE = /(?:平成|H|令和|R)\s?\d{1,2}\s?年度\s?(?:政府)?予算額/;

/** The fiscal year of the nearest budget header ("Ｈ１７年度予算額") above (60 lines) or just below (10 lines) a line. */
export function budgetHeaderYear(doc: PreparedDocument, line: number): number | null {
  let best: { dist: number; year: number } | undefined;
  for (const r of doc.repaired) {
    const d = line - r.line_start;
    if (d < -10 || d > 60) continue;
    const t = normalizeText(r.text).trim();
    if (!BUDGET_HEADER_RE.test(t) || /^[(（]/.test(t)) continue;
    const year = findYearMentions(t)[0]?.year;
    if (year !== undefined && (!best || Math.abs(d) < best.dist)) best = { dist: Math.abs(d), year };
  }
  return best?.year ?? null;
}

/** Facts stated in the brackets after a strong mention, and an amount standing after a heading. */
export function inlineFacts(doc: PreparedDocument, m: NameMention): RawFact[] {
  const out: RawFact[] = [];
  const block = doc.blocks[m.blockIndex]!;
  const subject = { type: 'programme' as const, name: m.name };
  for (const g of m.trailing) {
    const cit = citeBlock(doc, block, m.from, g.to);
    if (/^(新規|拡充)$/.test(g.content.trim())) {
      out.push({ subject, field: 'note', value: `〈${g.content.trim()}〉`, citations: [cit], as_written: g.content, origin: 'rule' });
      continue;
    }
    for (const f of parseParenthetical(g.content)) {
      if (f.field === 'money') out.push({ subject, field: 'money', key: f.key, value: f.value, citations: [cit], as_written: f.as_written, origin: 'rule', ...(f.note && { note: f.note }) });
      else if (f.field === 'count') out.push({ subject, field: 'count', key: f.key, value: f.value, citations: [cit], as_written: f.as_written, origin: 'rule' });
      else if (f.field === 'duration') out.push({ subject, field: 'duration', value: f.value, citations: [cit], as_written: f.as_written, origin: 'rule' });
      else out.push({ subject, field: 'period', value: f.value, citations: [cit], as_written: f.as_written, origin: 'rule' });
    }
  }
  if (m.heading) out.push(...amountAfterHeading(doc, m));
  return out;
}

/** A year as a period writes it (normalised): 令和7年度, H28, 2025年度, 令和2年度(2020年度). */
const PERIOD_YEAR = String.raw`(?:(?:平成|令和|昭和|H|R|S)\s?)?(?:\d{1,4}|元)\s?(?:年度|年)?(?:\(\d{4}年度?\))?`;
/** Brackets that hold a period and nothing else: a range or an open start (令和7年度~, R7~R9, 平成26~令和2年度, 令和2年度開始). */
const PERIOD_ALONE = new RegExp(String.raw`^\s*${PERIOD_YEAR}\s?(?:~\s?(?:${PERIOD_YEAR})?|から\s?${PERIOD_YEAR}\s?まで|開始)\s*$`, 'u');

/**
 * The period in the brackets right after a name in running text (後継の…交付金（令和７年度～）による取組), where
 * they hold nothing else: the facts of a name's brackets are otherwise read only where it stands apart.
 */
export function periodAfterName(doc: PreparedDocument, m: NameMention): RawFact[] {
  const g = m.trailing[0];
  if (!g || !PERIOD_ALONE.test(normalizeText(g.content))) return [];
  const f = parsePeriod(g.content);
  if (f?.field !== 'period') return [];
  const cit = citeBlock(doc, doc.blocks[m.blockIndex]!, m.from, g.to);
  return [{ subject: { type: 'programme', name: m.name }, field: 'period', value: f.value, citations: [cit], as_written: f.as_written, origin: 'rule' }];
}

function amountAfterHeading(doc: PreparedDocument, m: NameMention): RawFact[] {
  const block = doc.blocks[m.blockIndex]!;
  const rest = block.text.slice(m.end);
  const head = /^\s*([0-9０-９,，]+\s?(?:（[0-9０-９,，]+）)?\s?(?:兆|億|百万|万)?円(?:\s?（[^（）]*）)*)/.exec(rest);
  if (!head) return [];
  const raw = head[1]!;
  const line = block.segments[segmentAt(block, m.end)]!.line_start;
  const year = budgetHeaderYear(doc, line);
  const cit = citeBlock(doc, block, m.from, m.end + head[0].length);
  const subject = { type: 'programme' as const, name: m.name };
  const key = (fy: number | null) => ({ kind: 'budget' as const, per: 'programme' as const, period: 'per_year' as const, fiscal_year: fy });
  const out: RawFact[] = [];
  const withPrev = findAmountWithPrevious(raw);
  const amounts = findAmounts(raw);
  const t = normalizeText(raw);
  const current = withPrev?.current ?? amounts[0]?.money;
  const previous = withPrev?.previous ?? (amounts[1] && /^\d[\d,]*\s?(兆|億|百万|万)?円\s?\(/.test(t) ? amounts[1].money : undefined);
  if (!current) return [];
  const notes = [...t.matchAll(/\(([^()\d][^()]*)\)/g)].map((x) => x[1]!).join('・');
  out.push({ subject, field: 'money', key: key(year), value: current, citations: [cit], as_written: raw, origin: 'rule', label: '予算額', ...(notes && { note: notes }) });
  if (previous) out.push({ subject, field: 'money', key: key(year === null ? null : year - 1), value: previous, citations: [cit], as_written: raw, origin: 'rule', label: '前年度予算額（括弧内）' });
  return out;
}

/**
 * The purpose under a heading: the "・" text inside its own box (slides), or each "■" paragraph
 * of its block or of the next one, cut at the last full stop. Text about merging (統合, 再編) is a note.
 */
export function purposeFacts(doc: PreparedDocument, m: NameMention): RawFact[] {
  if (!m.heading) return [];
  const block = doc.blocks[m.blockIndex]!;
  const rest = block.text.slice(m.end);
  const pieces: { block: typeof block; from: number; to: number }[] = [];
  const box = /^[\s　]*・/.exec(rest);
  if (box) {
    pieces.push({ block, from: m.end + box[0].length, to: block.text.length });
  } else {
    let target = block;
    let start = block.text.indexOf('■', m.end);
    if (start < 0) {
      const next = doc.blocks[m.blockIndex + 1];
      if (!next || !next.text.startsWith('■') || next.line_start - block.line_end > 3) return [];
      target = next;
      start = 0;
    }
    while (start >= 0) {
      const end = target.text.indexOf('■', start + 1);
      pieces.push({ block: target, from: start + 1, to: end < 0 ? target.text.length : end });
      start = end;
    }
  }
  const out: RawFact[] = [];
  for (const p of pieces) {
    let text = p.block.text.slice(p.from, p.to);
    const stop = text.lastIndexOf('。');
    if (stop >= 0 && !box) text = text.slice(0, stop + 1);
    const value = text.replace(/[\s　]+/g, '');
    if (value.length < 8) continue;
    out.push({
      subject: { type: 'programme', name: m.name },
      field: /統合(?!的)|再編|縮小/.test(value) ? 'note' : 'purpose',
      value,
      citations: [citeBlock(doc, p.block, p.from, p.from + text.length)],
      as_written: value,
      origin: 'rule',
    });
  }
  return out;
}
