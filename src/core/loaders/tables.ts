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

/** How far down a sheet (or a CSV export) its header row is looked for. */
export const HEADER_WITHIN_ROWS = 10;

/** Where the header stands among a sheet's first rows (the first that reads as one); -1 when none does. */
export function headerRowIndex(rows: readonly (readonly string[])[]): number {
  return rows.slice(0, HEADER_WITHIN_ROWS).findIndex((cells) => isHeaderRow(cells));
}

/**
 * Row `i` of a sheet whose header is row `at` (-1: none), as a line: a title row above the header as it
 * stands, the header's labels joined by " / ", a row under it with its header.
 */
export function sheetRowLine(cells: readonly string[], i: number, at: number, header: readonly string[] | undefined): string {
  if (at < 0 || i < at) return cells.filter((c) => c !== '').join(' ');
  return i === at ? cells.filter((c) => c !== '').join(CELL_SEPARATOR) : rowLine(header, cells);
}

/** A table's lines: the header row (cells joined by " / "), then each row with its header. */
export function tableLines(rows: readonly (readonly string[])[]): string[] {
  const clean = rows.map((r) => r.map(cellText)).filter((r) => r.some((c) => c !== ''));
  if (clean.length === 0) return [];
  const [first, ...rest] = clean;
  if (rest.length > 0 && isHeaderRow(first!)) {
    return [first!.filter((c) => c !== '').join(CELL_SEPARATOR), ...rest.map((r) => rowLine(first, r))];
  }
  return clean.map((r) => rowLine(undefined, r));
}
