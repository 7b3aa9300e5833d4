// Excel workbooks (.xlsx): per sheet, the sheet's name, title rows above each of its tables, then each row
// written with its table's header row (事業名：… / 年度：… / 予算額：…) and cited by sheet and row
// number as Excel shows them. exceljs's streaming reader reads the workbook; values are shown as
// Excel formats them where that is simple (thousands separators, dates), otherwise as stored.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { BadDocumentError } from '../errors.js';
import { LinesBuilder } from './lines-builder.js';
import { cellText, sheetLines, type SheetRow } from './tables.js';
import type { Loader } from './types.js';

function dateText(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
}

/** A cell's value as text: rich text joined, formulas by their result, numbers as formatted. */
function valueText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (numFmt && /#,##0/.test(numFmt)) {
      const decimals = /0\.(0+)/.exec(numFmt)?.[1]?.length ?? 0;
      return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    }
    if (numFmt && /%/.test(numFmt)) return `${Math.round(value * 10000) / 100}%`;
    return String(value);
  }
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return valueText(value.result as ExcelJS.CellValue, numFmt);
  if ('error' in value) return String(value.error);
  return '';
}

type Row = { n: number; cells: string[] };

/** Writes one sheet's rows at its end, its tables read as sheetLines reads them (title rows, header, rows with it). */
class SheetLines {
  private rows: (Row & SheetRow)[] = [];
  /** The first title row of the first sheet that has one. */
  titleRow: string | undefined;

  constructor(
    private readonly out: LinesBuilder,
    private readonly sheet: string,
  ) {
    out.blank();
    out.place({ sheet }, sheet);
    out.push(sheet);
  }

  add(row: Row): void {
    const above = this.rows[this.rows.length - 1];
    this.rows.push({ ...row, afterBlank: above !== undefined && row.n > above.n + 1 });
  }

  finish(): void {
    const { lines, titled } = sheetLines(this.rows);
    this.rows.forEach((r, i) => {
      this.out.place({ sheet: this.sheet, row: r.n }, this.sheet);
      this.out.push(lines[i]!);
    });
    if (titled) this.titleRow = lines[0];
    this.rows = [];
  }
}

export const xlsxLoader: Loader = {
  format: 'xlsx',
  extensions: ['xlsx', 'xlsm'],
  sizeFactor: 20,
  async load({ source, bytes }) {
    const out = new LinesBuilder();
    let title: string | undefined;
    try {
      // streamed: the workbook's parsed cells are never held whole, only the lines written from them
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), {
        sharedStrings: 'cache',
        styles: 'cache',
        hyperlinks: 'ignore',
        worksheets: 'emit',
        entries: 'ignore',
      });
      for await (const worksheet of reader) {
        const name = (worksheet as unknown as { name?: string; id?: number }).name ?? `Sheet${(worksheet as unknown as { id?: number }).id ?? ''}`;
        let sheet: SheetLines | undefined;
        for await (const row of worksheet) {
          const cells: string[] = [];
          row.eachCell({ includeEmpty: true }, (cell, col) => {
            cells[col - 1] = cellText(valueText(cell.value, cell.numFmt));
          });
          const filled = Array.from(cells, (c) => c ?? '');
          if (!filled.some((c) => c !== '')) continue;
          sheet ??= new SheetLines(out, name);
          sheet.add({ n: row.number, cells: filled });
        }
        sheet?.finish();
        title ??= sheet?.titleRow;
      }
    } catch (cause) {
      throw new BadDocumentError(source, `cannot be read as an Excel workbook (${(cause as Error).message}); open it in Excel or LibreOffice and save it again as .xlsx`, { cause });
    }
    const { lines, places } = out.finish();
    if (lines.length === 0) throw new BadDocumentError(source, 'the workbook has no cells with values; add the data, or remove the file from seeds/');
    return { lines, places, layout: 'lines', title: title ?? path.basename(source, path.extname(source)) };
  },
};
