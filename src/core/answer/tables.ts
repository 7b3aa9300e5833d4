// Tables extracted one cell a line: a header of N short labels (on one line, spaced apart, or one
// a line in a block of their own) and then rows of N cells each. Such rows are read as one unit
// each, cells set apart by spaces, under their header, so a value keeps its row (事業名, 予算額).
import type { Block } from '../catalogue/source-text.js';
import { findYearMentions, fiscalYearCell } from '../era.js';
import { segmentBounds } from '../catalogue/source-text.js';
import { CELL_COMMA, sheetCells, sheetRowTexts } from '../text/sheet-row.js';

/** Where the rows of a table stand in one block: `count` rows of `width` segments from segment `start`. */
export interface RowPlan {
  start: number;
  width: number;
  count: number;
  /** The block is the header itself (labels one a line): one unit. */
  header?: boolean;
  /** The segment that holds the labels, spaced apart on one line. */
  headerSegment?: number;
}

/** A header has this many labels; a label and a cell are at most this long. */
const MIN_COLUMNS = 2;
const MAX_COLUMNS = 6;
const LABEL_CHARS = 20;
const CELL_CHARS = 40;
/** Rows go on this many lines past the last one (notes under a row, section headings between). */
const TABLE_REACH = 12;
/** A header's rows start within this many lines of it. */
const HEADER_GAP = 5;

const segTexts = (block: Block) => block.segments.map((_, i) => {
  const { from, to } = segmentBounds(block, i);
  return block.text.slice(from, to).trim();
});
const BULLET = /^[■◆◇□○●◎・※★☆▶▷➢→⇒①-⑳]/u;
/** A cell: short, no sentence end, no heading mark, no columns of its own. */
const isCell = (t: string) => Array.from(t).length <= CELL_CHARS && !/[。！？]/u.test(t) && !/^[【＜〈《]/u.test(t) && !BULLET.test(t) && !/\S(?:\u3000{2,}|[ \u3000]{3,})\S/u.test(t);
/** A cell that holds nothing but a dash: no value for that column (補正予算　-　-　-). */
const EMPTY_CELL = /^[-－―—‐…]+$/u;
const isLabel = (t: string) => Array.from(t).length <= LABEL_CHARS && !/[。！？：:～〜~]/u.test(t) && !/^[（(]/u.test(t) && t !== '' && !EMPTY_CELL.test(t);
/** A cell that is a number (an amount, a count) or an institution's name: what rows hold. */
export const NUMBER_CELL = /^[△▲\-－]?\s*[0-9０-９][0-9０-９,，.．]*(?:億[0-9０-９,，.．]*)?\s*(?:千円|百万円|万円|億円|円|件|人|名|%|％|拠点|地域)?$/u;
const NAME_CELL = /(?:大学|機構|機関|研究所|センター|県|市|町|村)$/u;
/** In a row of its own line, a region's name or an evaluation grade also marks it as a row. */
const PLACE_CELL = /(?:地域|エリア|拠点|地区)$/u;
export const GRADE_CELL = /^[SABCＳＡＢＣ][+＋]?$/u;

/** Cells set apart on one line: by a full-width space, a tab or two spaces; or, in a table spaced that way throughout, by one space. */
const WIDE_GAP = /\u3000+|\t+|\s{2,}/u;
const ONE_SPACE = /\s+/u;
/** Cells of a sheet saved as comma-separated text (事業名,所管,開始年度): a comma that no digits' thousands follow. */
const COMMA = new RegExp(`\\s*${CELL_COMMA}\\s*`, 'u');
/** Letters one space apart, standing alone between wider gaps: one label spaced out (地　域　名). */
const SPACED_LABEL = /(?<![^\s\u3000])[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}](?:[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])+(?![^\s\u3000])/gu;
/** Cells of a sheet saved as text, one row a line set apart by tabs: a sheet has more columns than a page's table. */
const TAB = /\t/u;
const SHEET_COLUMNS = 14;
/** The cells of a line; a sheet's blank cells keep their place (…,平成25年度,,北陸…). */
const fields = (line: string, gap: RegExp) =>
  gap === TAB || gap === COMMA ? sheetCells(line, gap).map((c) => c.text) : line.trim().split(gap).filter((x) => x !== '');
/** The cells of a line of a table spaced apart by wide gaps, a label spaced out (地　域　名) read as one. */
export const spacedCells = (line: string): string[] => fields(line.replace(SPACED_LABEL, (label) => label.replace(/[ \u3000]/gu, '')), WIDE_GAP);
/** The cells of one line of a table: a sheet's row split at its tabs or commas (blank cells kept), else at wide gaps. */
export function lineCells(line: string): string[] {
  return sheetRowTexts(line) ?? spacedCells(line);
}
/** A year in a header's label (平成３０年度, 2023年度, R5年度, a sheet's R1). */
const YEAR_LABEL = /(?:平成|令和|昭和|[HRＨＲ])\s*[0-9０-９元]{1,2}\s*(?:年度?)?|[0-9０-９]{4}\s*年度?/gu;
/** Rows on one line each need this many to count as a table; a row's text cell (a project's name) may be this long. */
const MIN_SPACED_ROWS = 2;
/** The last few characters of a cell wrapped onto a line of their own (…スマート実装拠 / 点): part of the row above. */
export const wrappedTail = (text: string) => /^[^\s0-9０-９]{1,3}$/u.test(text.trim()) && !BULLET.test(text.trim());
/** A table's total row, by its label (合計, 総計, 小計; spaced out or not). */
export const TOTAL_ROW = /^[\s\u3000]*(?:合|総|小)[\s\u3000]*計(?![\p{Script=Han}])/u;
const LONG_CELL_CHARS = 60;

/**
 * How many rows of a table stand one a line from segment `start`, spaced apart like its header:
 * as many fields as it has labels (one more or fewer: a blank cell, a name with a space), short
 * ones, and a number or an institution among them.
 */
function spacedRowCount(texts: readonly string[], start: number, width: number, gap: RegExp): number {
  let k = 0;
  for (; start + k < texts.length; k++) {
    const text = texts[start + k]!;
    const wide = fields(text, gap);
    // (a total, its label spread over the first cells: 合　　計　…　１億８，５００万円; a cell's end wrapped onto its own line)
    if (k > 0 && ((TOTAL_ROW.test(text) && wide.some((c) => NUMBER_CELL.test(c))) || wrappedTail(text))) continue;
    // (rows under a header spaced wide may be spaced by one space: 函館エリア 北海道 … Ａ)
    const cells = Math.abs(wide.length - width) > 1 && gap === WIDE_GAP ? fields(text, ONE_SPACE) : wide;
    if (Math.abs(cells.length - width) > 1 || cells.length < MIN_COLUMNS) break;
    // (a row with no value in any column: 補正予算　-　-　-)
    if (k > 0 && cells.slice(1).every((c) => EMPTY_CELL.test(c))) continue;
    if (!cells.every((c) => Array.from(c).length <= LONG_CELL_CHARS && !/[。！？]/u.test(c)) || BULLET.test(cells[0]!)) break;
    if (!cells.some((c) => NUMBER_CELL.test(c) || NAME_CELL.test(c) || PLACE_CELL.test(c) || GRADE_CELL.test(c) || fiscalYearCell(c) !== undefined)) break;
  }
  return k;
}

/** How many full rows of `width` cells stand from segment `start` (at least one cell of each holds a digit). */
function rowCount(texts: readonly string[], start: number, width: number): number {
  let k = 0;
  while (start + (k + 1) * width <= texts.length) {
    const row = texts.slice(start + k * width, start + (k + 1) * width);
    if (!row.every(isCell) || !row.some((t) => NUMBER_CELL.test(t) || NAME_CELL.test(t))) break;
    k++;
  }
  return k;
}

/** The table a header opened: its width, and how its rows are set (one cell a line, or one row a line spaced by `gap`). */
interface OpenTable {
  width: number;
  gap?: RegExp | undefined;
}

/** How many rows of an open table stand from segment `start`. */
function rowsOf(table: OpenTable, texts: readonly string[], start: number): number {
  return table.gap ? spacedRowCount(texts, start, table.width, table.gap) : rowCount(texts, start, table.width);
}

/** Rows of an open table from block `from` on, over blocks that are rows whole (a row a block when rows stand apart), up to the few that show it is a table. */
function rowsAhead(table: OpenTable, blocks: readonly Block[], texts: readonly string[][], from: number): number {
  let rows = 0;
  for (let x = from; x < blocks.length && rows < MIN_SPACED_ROWS; x++) {
    const n = rowsOf(table, texts[x]!, 0);
    rows += n;
    if (n < texts[x]!.length || (x > from && blocks[x]!.line_start - blocks[x - 1]!.line_end > HEADER_GAP)) break;
  }
  return rows;
}

/** A header spaced apart on line `s` of a block and its rows under it in the same block (one cell a line, or a row a line), with the table it opens. */
function tableUnder(texts: readonly string[], s: number, raw: string, ahead: (table: OpenTable) => number): { plan: RowPlan; table: OpenTable } | undefined {
  for (const { labels, gap } of spacedHeader(raw)) {
    const cells = gap === WIDE_GAP ? rowCount(texts, s + 1, labels.length) : 0;
    if (cells > 0) return { plan: { start: s + 1, width: labels.length, count: cells, headerSegment: s }, table: { width: labels.length } };
    const spaced = spacedRowCount(texts, s + 1, labels.length, gap);
    const table = { width: labels.length, gap };
    // (rows that run on to the block's end may go on in the blocks after it, a row a block)
    const more = spaced > 0 && s + 1 + spaced === texts.length ? ahead(table) : 0;
    if (spaced + more >= MIN_SPACED_ROWS) return { plan: { start: s + 1, width: 1, count: spaced, headerSegment: s }, table };
  }
  return undefined;
}

/** The labels of a header spaced apart on one line and how they are spaced, if the line is one. */
function spacedHeader(raw: string): { labels: string[]; gap: RegExp }[] {
  // a bulleted entry (○青森県地域　青森県　弘前大学) is no header, however its fields are spaced;
  // a header's digits are a year at most (平成３０年度交付決定額)
  // (or a unit in brackets: 事業費（3年間計、千円）)
  if (/[0-9０-９]/u.test(raw.replace(YEAR_LABEL, '').replace(/（[^（）]*）|\([^()]*\)/gu, '')) || BULLET.test(raw)) return [];
  // (a label spaced out letter by letter, as Word's equal spacing sets it: 地　域　名　　　中　核　機　関)
  const line = raw.replace(SPACED_LABEL, (label) => label.replace(/[ \u3000]/gu, ''));
  return [...(/\t.*\t/u.test(line) ? [TAB] : []), WIDE_GAP, ONE_SPACE, ...(/,.*,/u.test(line) ? [COMMA] : [])]
    .map((gap) => ({ labels: fields(line, gap).filter((x) => x !== ''), gap }))
    .filter(({ labels, gap }) => labels.length >= MIN_COLUMNS && labels.length <= (gap === TAB || gap === COMMA ? SHEET_COLUMNS : MAX_COLUMNS) && labels.every(isLabel));
}

/**
 * Whether a table's row leaves the column of a year empty: under a header whose cells name years (区分　平成28年度　…　令和2年度要求),
 * its cell in that year's column is missing or a dash (執行額　452　631　611　598 gives nothing for 令和2年度), or the header has
 * columns for other years and none for it (a sheet of 令和2–5年度 gives nothing for 令和6年度). False where the header names no
 * years or the cells cannot be lined up.
 */
export function leavesYearEmpty(header: string, row: string, year: number): boolean {
  const { years, column, cells, labels } = lineUp(header, row, year);
  if (column < 0) return years.filter((ys) => ys.length === 1).length >= 2;
  if (cells.length > labels.length) return false;
  const cell = cells[column]?.trim() ?? '';
  return cell === '' || EMPTY_CELL.test(cell);
}

/**
 * Whether a table's row gives a figure in the column of a year its header names (区分　令和３年度　令和４年度 over
 * 技術相談　件数　１５２件　１７１件: the row's label may take more cells than the header's, its figures line up from the right).
 */
export function fillsYearColumn(header: string, row: string, year: number): boolean {
  const { column, cells, labels } = lineUp(header, row, year);
  if (column < 0 || cells.length < labels.length) return false;
  const cell = cells[column + cells.length - labels.length]?.trim() ?? '';
  return /[0-9０-９]/u.test(cell) && !EMPTY_CELL.test(cell);
}

/**
 * The cell of a table's row under the one column whose label `fits` best (2: the label is the word, 1: it holds it;
 * 採択 over R4(2022)　24　7　2 gives 7, 採択率 fits less); undefined where no label fits or the row and header do not line up.
 */
export function cellUnder(header: string, row: string, fits: (label: string) => number): string | undefined {
  const { labels, cells } = splitAlike(header, row);
  const fit = labels.map(fits);
  const best = Math.max(0, ...fit);
  const columns = fit.flatMap((f, i) => (f === best ? [i] : []));
  return best > 0 && columns.length === 1 && cells.length === labels.length ? cells[columns[0]!] : undefined;
}

/** A header's labels and a row's cells, split alike. */
function splitAlike(header: string, row: string): { labels: string[]; cells: string[] } {
  const gap = /\t/u.test(header) ? TAB : /,.*,/u.test(header) ? COMMA : WIDE_GAP;
  return { labels: fields(header, gap), cells: fields(row, gap) };
}

/** A header's labels and a row's cells, split alike, the years each label names and the column of `year` (-1 if none). */
function lineUp(header: string, row: string, year: number): { labels: string[]; cells: string[]; years: number[][]; column: number } {
  const { labels, cells } = splitAlike(header, row);
  const years = labels.map((l) => findYearMentions(l).map((m) => m.year));
  return { labels, cells, years, column: years.findIndex((ys) => ys.length === 1 && ys[0] === year) };
}

/** The tables' rows in each block, by block index. */
export function planTables(blocks: readonly Block[], lines: readonly string[]): Map<number, RowPlan[]> {
  const plans = new Map<number, RowPlan[]>();
  let open: OpenTable | undefined;
  let lastRow = 0;
  const rawLine = (b: number, s: number) => (lines[blocks[b]!.segments[s]!.line_start - 1] ?? '').trim();
  const all = blocks.map(segTexts);
  for (let b = 0; b < blocks.length; b++) {
    const texts = all[b]!;
    // the rows of the table a header before opened (section headings and notes may stand between)
    if (open && blocks[b]!.line_start - lastRow <= TABLE_REACH) {
      const count = rowsOf(open, texts, 0);
      if (count > 0) {
        plans.set(b, [{ start: 0, width: open.gap ? 1 : open.width, count }]);
        lastRow = blocks[b]!.line_end;
        continue;
      }
    } else {
      open = undefined;
    }
    // a header block: labels one a line, or spaced apart on its one line, and rows right after it (or after one heading line)
    const headers: OpenTable[] = [
      ...(texts.length >= MIN_COLUMNS && texts.length <= MAX_COLUMNS && texts.every(isLabel) ? [{ width: texts.length }] : []),
      ...(texts.length === 1 ? spacedHeader(rawLine(b, 0)).map(({ labels, gap }) => ({ width: labels.length, gap })) : []),
    ];
    const opened = headers.find((h) => {
      const next = [b + 1, b + 2].find((x, i) => blocks[x] && (i === 0 || all[b + 1]!.length === 1) && rowsAhead(h, blocks, all, x) >= (h.gap ? MIN_SPACED_ROWS : 1));
      return next !== undefined && blocks[next]!.line_start - blocks[b]!.line_end <= HEADER_GAP;
    });
    if (opened) {
      lastRow = blocks[b]!.line_end;
      plans.set(b, [{ start: 0, width: texts.length, count: 0, header: true }]);
      open = opened;
      continue;
    }
    // labels spaced apart on one line, rows under them in the same block: one cell a line, or
    // each row on one line spaced apart like its header; a block may hold several such tables
    // (＜拠点形成型＞ / 代表機関　拠点名 / … / ＜人材育成重点型＞ / 代表機関　事業名 / …)
    const found: RowPlan[] = [];
    for (let s = 0; s + 1 < texts.length; ) {
      const plan = tableUnder(texts, s, rawLine(b, s), (table) => (blocks[b + 1] && blocks[b + 1]!.line_start - blocks[b]!.line_end <= HEADER_GAP ? rowsAhead(table, blocks, all, b + 1) : 0));
      if (!plan) {
        s++;
        continue;
      }
      found.push(plan.plan);
      open = plan.table;
      lastRow = blocks[b]!.line_end;
      s = plan.plan.start + plan.plan.count * plan.plan.width;
    }
    if (found.length > 0) plans.set(b, found);
  }
  return plans;
}
