// Excel workbooks (.xlsx): per sheet, the sheet's name, title rows above its table, then each row
// written with the table's header row (事業名：… / 年度：… / 予算額：…) and cited by sheet and row
// number as Excel shows them. exceljs reads the workbook; values are shown as Excel formats them
// where that is simple (thousands separators, dates), otherwise as stored.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { BadDocumentError } from '../errors.js';
import { LinesBuilder } from './lines-builder.js';
import { cellText, isHeaderRow, rowLine } from './tables.js';
import type { Loader } from './types.js';

/** How far down a sheet its header row is looked for. */
const HEADER_WITHIN_ROWS = 10;

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

export const xlsxLoader: Loader = {
  format: 'xlsx',
  extensions: ['xlsx', 'xlsm'],
  sizeFactor: 20,
  async load({ source, bytes }) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
    } catch (cause) {
      throw new BadDocumentError(source, `cannot be read as an Excel workbook (${(cause as Error).message}); open it in Excel or LibreOffice and save it again as .xlsx`, { cause });
    }
    const out = new LinesBuilder();
    let title = workbook.title || undefined;
    workbook.eachSheet((sheet) => {
      const rows: { n: number; cells: string[] }[] = [];
      sheet.eachRow({ includeEmpty: false }, (row, n) => {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          cells[col - 1] = cellText(valueText(cell.value, cell.numFmt));
        });
        const filled = Array.from(cells, (c) => c ?? '');
        if (filled.some((c) => c !== '')) rows.push({ n, cells: filled });
      });
      if (rows.length === 0) return;
      out.blank();
      out.place({ sheet: sheet.name }, sheet.name);
      out.push(sheet.name);
      const headerAt = rows.slice(0, HEADER_WITHIN_ROWS).findIndex((r) => isHeaderRow(r.cells) && r.cells.filter((c) => c !== '').length >= 2);
      const header = headerAt >= 0 ? rows[headerAt]!.cells : undefined;
      rows.forEach((r, i) => {
        out.place({ sheet: sheet.name, row: r.n }, sheet.name);
        if (header === undefined || i < headerAt) {
          const line = r.cells.filter((c) => c !== '').join(' ');
          if (i === 0 && header !== undefined) title ??= line;
          out.push(line);
        } else if (i === headerAt) {
          out.push(r.cells.filter((c) => c !== '').join(' / '));
        } else {
          out.push(rowLine(header, r.cells));
        }
      });
    });
    const { lines, places } = out.finish();
    if (lines.length === 0) throw new BadDocumentError(source, 'the workbook has no cells with values; add the data, or remove the file from seeds/');
    return { lines, places, layout: 'lines', title: title ?? path.basename(source, path.extname(source)) };
  },
};
