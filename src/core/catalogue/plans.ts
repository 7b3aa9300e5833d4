// Reads the 科学技術基本計画 (第1期–第N期, and the 科学技術・イノベーション基本計画 from the 6th) from any document: names as written, periods
// (（平成１３～１７年度）, "平成１３年～１７年 第Ⅱ期…"), cabinet decision dates, regional themes and points.
import { findYearMentions } from '../era.js';
import { findPlanMentions, PLAN_NUMBER, PLAN_WORDS, parsePlanNumber } from '../plan-number.js';
import { normalizeText } from '../text/normalize.js';
import { parsePeriod } from './money.js';
import type { RawFact } from './raw-fact.js';
import { citeBlock, segmentAt, segmentBounds, type Block, type PreparedDocument } from './source-text.js';


const THEME_RE = new RegExp(`[＜<]\\s*第\\s?(${PLAN_NUMBER})\\s?期\\s?${PLAN_WORDS}\\s*[：:]\\s*([^＞>]+)[＞>]`, 'gu');

function yearMonth(text: string): { year: number; month: number } | undefined {
  const y = findYearMentions(text)[0];
  const m = /年\s?(\d{1,2})\s?月/.exec(normalizeText(text));
  const month = m ? Number(m[1]) : 0;
  return y && month >= 1 && month <= 12 ? { year: y.year, month } : undefined;
}

function lineOf(block: Block, pos: number): { from: number; to: number } {
  return segmentBounds(block, segmentAt(block, pos));
}

/** Two Western years joined by a dash, as a plan's period after its name: (2021-2025). */
function westernSpan(content: string): ReturnType<typeof parsePeriod> {
  const m = /^\s*(\d{4})\s*[-~]\s*(\d{4})\s*(?:年度?)?\s*$/u.exec(normalizeText(content));
  if (!m || Number(m[2]) <= Number(m[1])) return undefined;
  return { field: 'period', value: { start_fy: Number(m[1]), end_fy: Number(m[2]) }, as_written: content.trim() };
}

/** Every fact about the plans that one document states. */
export function extractPlans(doc: PreparedDocument): RawFact[] {
  const out: RawFact[] = [];
  doc.blocks.forEach((block, bi) => {
    const text = block.text;
    for (const m of findPlanMentions(text)) {
      const ordinal = m.ordinal;
      const subject = { type: 'plan' as const, ordinal };
      const from = m.start;
      const to = m.end;
      out.push({ subject, field: 'alias', value: m.raw, citations: [citeBlock(doc, block, from, to)], as_written: m.raw, origin: 'rule' });
      const line = lineOf(block, from);
      // A bracket right after the name (or opening the next block): a period or a decision date.
      // (after the quote round the name, too: 「第６期…基本計画」（令和３年度～令和７年度）)
      let bracket = /^[」』]?\s*[（(]([^（）()]{2,30})[）)]/u.exec(text.slice(to));
      let bracketBlock = block;
      let bracketFrom = to;
      if (!bracket && text.slice(to).trim() === '') {
        const next = doc.blocks[bi + 1];
        if (next && next.line_start - block.line_end <= 2) {
          bracket = /^\s*[（(]([^（）()]{2,30})[）)]/.exec(next.text);
          bracketBlock = next;
          bracketFrom = 0;
        }
      }
      if (bracket) {
        const content = bracket[1]!;
        const cits = bracketBlock === block ? [citeBlock(doc, block, from, to + bracket[0].length)] : [citeBlock(doc, block, from, to), citeBlock(doc, bracketBlock, 0, bracket[0].length)];
        const ym = /月/.test(content) ? yearMonth(content) : undefined;
        if (ym) {
          out.push({ subject, field: 'decided', value: ym, citations: cits, as_written: content, origin: 'rule' });
        } else {
          const p = parsePeriod(content) ?? westernSpan(content);
          if (p?.field === 'period') {
            const tail = bracketBlock.text.slice(bracketFrom + bracket[0].length);
            const note = /^\s*〈([^〉]+)〉/.exec(tail)?.[1];
            out.push({ subject, field: 'period', value: p.value, citations: cits, as_written: content, origin: 'rule', ...(note && { note }) });
          }
        }
      }
      // A period or a decision written before the name on its line.
      const before = text.slice(line.from, from);
      const decided = /(.{0,12}年\s?\d{1,2}\s?月)に閣議決定された$/.exec(normalizeText(before));
      if (decided) {
        const ym = yearMonth(decided[1]!);
        if (ym) out.push({ subject, field: 'decided', value: ym, citations: [citeBlock(doc, block, line.from, to)], as_written: `${decided[1]}に閣議決定`, origin: 'rule' });
      } else if (before.trim() !== '' && before.trim().length <= 16) {
        const p = parsePeriod(before.trim());
        if (p?.field === 'period' && before.trim().length - (findYearMentions(before.trim()).at(-1)?.end ?? 0) <= 2) {
          out.push({ subject, field: 'period', value: p.value, citations: [citeBlock(doc, block, line.from, to)], as_written: before.trim(), origin: 'rule' });
        }
      }
      // A theme on the same block right after the bracket: "（平成１３～１７年度）―…―".
      const after = bracket && bracketBlock === block ? text.slice(to + bracket[0].length) : '';
      const inlineTheme = /^\s*[―—]\s*(.+?)\s*[―—]\s*$/.exec(after);
      if (inlineTheme) {
        out.push({ subject, field: 'theme', value: inlineTheme[1]!, citations: [citeBlock(doc, block, to + bracket![0].length, text.length)], as_written: after.trim(), origin: 'rule' });
        out.push(...themeAndPoints(doc, bi, subject));
      }
      // A heading plan: the theme under it (―…―) and its ■ points, up to the next heading.
      const isHeading = text.slice(to).replace(/^\s*[（(][^）)]*[）)]/, '').trim() === '' || (bracket !== null && bracketBlock !== block);
      if (isHeading && /^\s*$|^\s*[（(]/.test(text.slice(to))) out.push(...themeAndPoints(doc, bi, subject));
    }
    for (const m of text.matchAll(THEME_RE)) {
      const ordinal = parsePlanNumber(m[1]!);
      if (ordinal === undefined) continue;
      const theme = m[2]!.trim();
      out.push({ subject: { type: 'plan', ordinal }, field: 'theme', value: theme, citations: [citeBlock(doc, block, m.index!, m.index! + m[0].length)], as_written: m[0], origin: 'rule' });
    }
  });
  out.push(...tableRows(doc));
  return out;
}

/** A row of a table of the plans: 「第6期　2021～2025年度　2021年3月26日」 (the ordinal bare, the period after it). */
const PLAN_ROW = new RegExp(`^[\\s　]*第\\s?(${PLAN_NUMBER})\\s?期[\\s　]+([^\\s　]+)`, 'u');
/** A date in a plan's row: 2021年3月26日, 平成２８年１月２２日. */
const ROW_DATE = /(?:(?:平成|令和)\s?[0-9０-９元]{1,2}|[0-9０-９]{4})\s?年\s?[0-9０-９]{1,2}\s?月(?:\s?[0-9０-９]{1,2}\s?日)?/u;
/** A heading that names the basic plan (科学技術基本計画の期間). */
const NAMES_PLAN = new RegExp(PLAN_WORDS, 'u');
/** A table of the plans has at least this many rows, one per plan. */
const MIN_PLAN_ROWS = 3;

/**
 * The periods a table of the plans gives, one row per plan with the ordinal bare (第1期　1996～2000年度):
 * read only from a run of rows for several plans under a heading that names the basic plan (a
 * programme's own 第Ⅱ期 row is no plan).
 */
function tableRows(doc: PreparedDocument): RawFact[] {
  const out: RawFact[] = [];
  let run: { fact: RawFact; bi: number; ordinal: number }[] = [];
  const flush = () => {
    const periods = run.filter((r) => r.fact.field === 'period');
    const ordinals = new Set(periods.map((r) => r.ordinal));
    if (ordinals.size >= MIN_PLAN_ROWS && ordinals.size === periods.length && headedByPlan(doc, run[0]!.bi)) out.push(...run.map((r) => r.fact));
    run = [];
  };
  doc.blocks.forEach((block, bi) => {
    block.segments.forEach((_, si) => {
      const { from, to } = segmentBounds(block, si);
      const line = block.text.slice(from, to);
      const m = PLAN_ROW.exec(line);
      const ordinal = m ? parsePlanNumber(m[1]!) : undefined;
      const p = m ? parsePeriod(m[2]!) : undefined;
      if (ordinal === undefined || p?.field !== 'period') return flush();
      const cite = citeBlock(doc, block, from, to);
      run.push({ bi, ordinal, fact: { subject: { type: 'plan', ordinal }, field: 'period', value: p.value, citations: [cite], as_written: m![2]!, origin: 'rule' } });
      // (and the date of the cabinet decision, where the row gives one after the period: 2021年3月26日)
      const date = ROW_DATE.exec(line.slice(m![0].length));
      const ym = date ? yearMonth(date[0]) : undefined;
      if (ym) run.push({ bi, ordinal, fact: { subject: { type: 'plan', ordinal }, field: 'decided', value: ym, citations: [cite], as_written: date![0], origin: 'rule' } });
    });
  });
  flush();
  return out;
}

/** True when the table's header or a heading just above it (科学技術基本計画の期間) names the basic plan. */
function headedByPlan(doc: PreparedDocument, bi: number): boolean {
  const above = doc.blocks.slice(Math.max(0, bi - 3), bi).map((b) => b.text).join('\n');
  return NAMES_PLAN.test(above);
}

function themeAndPoints(doc: PreparedDocument, headingBlock: number, subject: { type: 'plan'; ordinal: number }): RawFact[] {
  const out: RawFact[] = [];
  for (let bi = headingBlock + 1; bi < Math.min(doc.blocks.length, headingBlock + 8); bi++) {
    const block = doc.blocks[bi]!;
    if (/基本計画|事業|プログラム/.test(block.text.slice(0, 40)) && !/^[■◇]/.test(block.text)) break;
    const theme = /^[―—-]\s*(.+?)\s*[―—-]$/.exec(block.text);
    if (theme && bi === headingBlock + 1) {
      out.push({ subject, field: 'theme', value: theme[1]!, citations: [citeBlock(doc, block, 0, block.text.length)], as_written: block.text, origin: 'rule' });
      continue;
    }
    block.segments.forEach((seg, si) => {
      const { from, to } = segmentBounds(block, si);
      const line = block.text.slice(from, to);
      if (!line.startsWith('■')) return;
      // the point runs on over continuation lines (indented, not a new bullet)
      let end = to;
      for (let k = si + 1; k < block.segments.length; k++) {
        const b = segmentBounds(block, k);
        if (/^[■◇○]/.test(block.text.slice(b.from, b.to).trim())) break;
        end = b.to;
      }
      const value = block.text.slice(from + 1, end).replace(/[\s　]+/g, '');
      out.push({ subject, field: 'point', value, citations: [citeBlock(doc, block, from, end)], as_written: value, origin: 'rule' });
    });
  }
  return out;
}
