// Tables as lines that keep their header: a row reads 事業名：X / 年度：2024 / 予算額：3億円, so a
// passage holding one row still says what each value is. Shared by DOCX, PPTX, XLSX, HTML, Markdown.

/** A cell's text on one line. */
export function cellText(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/gu, ' ').replace(/[ \t\u00a0\u3000]+/gu, ' ').trim();
}

const NUMERIC = /^[\s\-+−△▲(（]*[0-9０-９][0-9０-９,，.．\s]*(?:%|％|円|千円|百万円|億円)?[)）]?$/u;

/** True when a row reads as a header: two or more cells, none empty among the first two, few numbers. */
export function isHeaderRow(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  if (filled.length < 2 || cells[0] === '' ) return false;
  return filled.filter((c) => NUMERIC.test(c)).length === 0;
}

/** What sets a table's cells apart on the line that holds its row or its header: "h1：v1 / h2：v2", "h1 / h2". */
const CELL_SEPARATOR = ' / ';

/** A header row's labels, joined by " / ". */
function headerLine(cells: readonly string[]): string {
  return cells.filter((c) => c !== '').join(CELL_SEPARATOR);
}

/** One data row written with its header: "h1：v1 / h2：v2"; cells without a header stand bare. */
export function rowLine(header: readonly string[] | undefined, cells: readonly string[]): string {
  const parts: string[] = [];
  cells.forEach((cell, i) => {
    if (cell === '') return;
    const h = header?.[i] ?? '';
    parts.push(h === '' || h === cell ? cell : `${h}：${cell}`);
  });
  return parts.join(CELL_SEPARATOR);
}

/**
 * The cells of a line `rowLine` or a header line wrote, each with its header where the line gives one ("h1：v1" → h1, v1):
 * undefined when the line holds no cells set apart so.
 */
export function rowLineCells(line: string): { text: string; label: string | undefined }[] | undefined {
  const parts = line.split(CELL_SEPARATOR);
  if (parts.length < 2) return undefined;
  return parts.map((p) => {
    const at = p.search(/[：:]/u);
    return at < 0 ? { text: p.trim(), label: undefined } : { text: p.slice(at + 1).trim(), label: p.slice(0, at).trim() };
  });
}

/** How many of a row's cells hold text. */
const filledCells = (cells: readonly string[]) => cells.filter((c) => c !== '').length;

/** How far down a sheet (or a CSV export) its header row is looked for. */
const HEADER_WITHIN_ROWS = 10;

/**
 * Where the header stands among a sheet's first rows; -1 when none reads as one. It is the first that
 * reads as one and spans more than half as many cells as the widest row near it: a note above the
 * table (内示日：…, 単位：千円) reads as a header too, but spans fewer columns than the table.
 */
function headerRowIndex(rows: readonly (readonly string[])[]): number {
  const widest = Math.max(0, ...rows.slice(0, 2 * HEADER_WITHIN_ROWS).map(filledCells));
  const first = rows.slice(0, HEADER_WITHIN_ROWS).findIndex((cells) => isHeaderRow(cells));
  const wide = rows.slice(0, HEADER_WITHIN_ROWS).findIndex((cells) => isHeaderRow(cells) && 2 * filledCells(cells) > widest);
  return wide >= 0 ? wide : first;
}

/** A row of a sheet or CSV file, and whether blank rows stand above it. */
export interface SheetRow {
  cells: readonly string[];
  afterBlank?: boolean;
}

/**
 * A sheet's rows cut into its tables: a table ends at a blank row, or where a row of one cell (a title,
 * 「# 年度別 計測件数」) stands above a row of more.
 */
function sheetBlocks(rows: readonly SheetRow[]): SheetRow[][] {
  const blocks: SheetRow[][] = [];
  rows.forEach((r, i) => {
    const above = rows[i - 1];
    const starts = i === 0 || r.afterBlank === true || (filledCells(above!.cells) === 1 && filledCells(r.cells) > 1);
    if (starts) blocks.push([r]);
    else blocks[blocks.length - 1]!.push(r);
  });
  return blocks;
}

/**
 * Each row of a sheet as a line, its tables read one by one: each finds its own header among its first
 * rows (headerRowIndex), the rows above it stand as titles; a table with none, or with one as wide as the
 * header above it, goes on under that header. A row of one cell is a title or a note, and stands bare.
 */
export function sheetLines(rows: readonly SheetRow[]): { lines: string[]; titled: boolean } {
  const lines: string[] = [];
  let header: readonly string[] | undefined;
  let titled = false;
  sheetBlocks(rows).forEach((block, b) => {
    // (under a header already read, only a header of another width opens a table of its own: rows of text
    // after a note read like a header too)
    const own = headerRowIndex(block.map((r) => r.cells));
    const at = own >= 0 && (header === undefined || filledCells(block[own]!.cells) !== filledCells(header)) ? own : -1;
    if (at >= 0) header = block[at]!.cells;
    if (b === 0) titled = at > 0 || filledCells(block[0]!.cells) === 1;
    block.forEach((r, i) => {
      const filled = r.cells.filter((c) => c !== '');
      if (filled.length === 1 || (at < 0 && header === undefined) || i < at) lines.push(filled.join(' '));
      else lines.push(i === at ? headerLine(r.cells) : rowLine(header, r.cells));
    });
  });
  return { lines, titled };
}

/** A table's lines: the header row (cells joined by " / "), then each row with its header. */
export function tableLines(rows: readonly (readonly string[])[]): string[] {
  return tableRowLines(rows).filter((line) => line !== undefined);
}

/** tableLines row by row: each row's line, undefined for a row with no text. */
export function tableRowLines(rows: readonly (readonly string[])[]): (string | undefined)[] {
  const clean = rows.map((r) => r.map(cellText));
  const filled = clean.filter((r) => r.some((c) => c !== ''));
  const first = filled[0];
  const header = filled.length > 1 && isHeaderRow(first!) ? first : undefined;
  return clean.map((r) => {
    if (!r.some((c) => c !== '')) return undefined;
    return r === header ? headerLine(r) : rowLine(header, r);
  });
}
