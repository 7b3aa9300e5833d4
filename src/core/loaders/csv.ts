// Comma- and tab-separated exports (.csv, .tsv): decoded like text (Excel writes Shift_JIS), parsed
// by csv-parse, and written as an Excel sheet is: title rows above the table as they are, the
// header row, then each row with its header (年度：R6 / 採択者：株式会社みなと精機 / …). Each record stays
// on the line of the file where it begins (the lines a quoted value runs on to are left empty), so a
// citation's line is the file's line.
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { BadDocumentError } from '../errors.js';
import { decodeText, splitLines } from './decode.js';
import { cellText, sheetLines } from './tables.js';
import type { Loader } from './types.js';

interface CsvRecord {
  /** The file line (1-based) where the record begins. */
  line: number;
  cells: string[];
  /** Whether a blank line (or a row of empty cells) stands above it. */
  afterBlank: boolean;
}

/** The records of the text with the lines they begin on. */
function records(text: string, delimiter: string, lines: readonly string[]): CsvRecord[] {
  const parsed = parse(text, { delimiter, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true }) as unknown as {
    info: { lines: number };
    record: string[];
  }[];
  let end = 0;
  let empty = false;
  return parsed.map(({ info, record }) => {
    let line = end + 1;
    while (line < info.lines && (lines[line - 1] ?? '').trim() === '') line++;
    const afterBlank = empty || line > end + 1;
    end = info.lines;
    const cells = record.map(cellText);
    empty = cells.every((c) => c === '');
    return { line, cells, afterBlank };
  });
}

export const csvLoader: Loader = {
  format: 'csv',
  extensions: ['csv', 'tsv'],
  sizeFactor: 1,
  async load({ source, bytes }) {
    const { text, encoding } = decodeText(source, bytes);
    const fileLines = splitLines(text);
    const delimiter = path.extname(source).toLowerCase() === '.tsv' ? '\t' : ',';
    let rows: CsvRecord[];
    try {
      rows = records(text, delimiter, fileLines).filter((r) => r.cells.some((c) => c !== ''));
    } catch (cause) {
      throw new BadDocumentError(source, `cannot be read as ${delimiter === '\t' ? 'tab' : 'comma'}-separated values (${(cause as Error).message}); open it in a spreadsheet and save it again as CSV, or rename it to .txt to index it as plain text`, { cause });
    }
    if (rows.length === 0) throw new BadDocumentError(source, 'the file has no values; add the data, or remove the file from seeds/');
    const sheet = sheetLines(rows);
    const lines = fileLines.map(() => '');
    rows.forEach((r, i) => (lines[r.line - 1] = sheet.lines[i]!));
    const title = sheet.titled ? lines[rows[0]!.line - 1] : undefined;
    return { lines, layout: 'lines', title: title ?? path.basename(source, path.extname(source)), ...(encoding !== 'utf-8' && { encoding }) };
  },
};
