// A sheet's row saved as text (a spreadsheet exported as tab- or comma-separated lines): how its
// cells are set apart, and the cells themselves, blank ones kept so that each stays under its header.
// Read by the catalogue's table rows and by the answer's tables alike.

/** A comma between the cells of a sheet saved as comma-separated text, not one in a number's thousands (1,200): a pattern's source. */
export const CELL_COMMA = ',(?![0-9]{3}(?![0-9]))';

const TAB = /\t/gu;
const COMMA = new RegExp(CELL_COMMA, 'gu');

/** How a line's cells are set apart when it is a sheet's row: by tabs, or by two or more commas; undefined when it is no such row. */
export function sheetSeparator(line: string): RegExp | undefined {
  return line.includes('\t') ? TAB : (line.match(COMMA) ?? []).length >= 2 ? COMMA : undefined;
}

/** The cells of a sheet's row split at `separator`, trimmed, blank ones kept, each with where it stands in the line. */
export function sheetCells(line: string, separator: RegExp): { text: string; from: number; to: number }[] {
  const cells: { text: string; from: number; to: number }[] = [];
  let start = 0;
  for (const m of [...line.matchAll(new RegExp(separator.source, 'gu')), { index: line.length, 0: '' }]) {
    const raw = line.slice(start, m.index);
    const from = start + raw.length - raw.trimStart().length;
    const text = raw.trim();
    cells.push({ text, from, to: from + text.length });
    start = m.index! + m[0]!.length;
  }
  return cells;
}

/** The cells' texts of a line that is a sheet's row (blank ones kept); undefined when it is no such row. */
export function sheetRowTexts(line: string): string[] | undefined {
  const separator = sheetSeparator(line);
  return separator && sheetCells(line, separator).map((c) => c.text);
}
