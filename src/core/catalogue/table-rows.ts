// Tables whose header row names their columns (事業名　所管　開始年度　支援の規模): each row under it
// names a programme in its first cell, and its cells under 所管, 開始年度 or 事業期間 say who runs it and when.
import { fiscalYearCell } from '../era.js';
import { sheetCells, sheetSeparator } from '../text/sheet-row.js';
import { MINISTRY_NAME } from './delimited-names.js';
import { parsePeriod } from './money.js';
import type { NameMention } from './names.js';
import type { RawFact } from './raw-fact.js';
import { citeBlock, segmentBounds, type PreparedDocument } from './source-text.js';

/** The header of the first column: the rows name programmes. */
const NAME_COLUMN = /^(?:事業|施策|プログラム|制度)名$/u;
/** Headers of the columns read, by what they give. */
const COLUMNS: Record<'ministry' | 'start' | 'end' | 'period', RegExp> = {
  ministry: /^(?:所管|所管省庁?|担当府?省庁?|府省庁?名?)$/u,
  start: /^(?:開始年度|創設年度|開始)$/u,
  end: /^(?:終了年度|終了)$/u,
  period: /^(?:事業|実施)期間$/u,
};
/** A first cell that can be a name: no punctuation, ending as a name does (特色ある…強化促進事業, 共創の場形成支援プログラム（地域共創分野）). */
const NAME_CELL = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・A-Za-z0-9Ａ-Ｚａ-ｚ０-９ⅠⅡⅢⅣⅤ（）()]{3,40}$/u;
const NAME_END = /[\p{Script=Han}\p{Script=Katakana}ー）)A-Za-z]$/u;
const MINISTRY_AT_START = new RegExp(`^${MINISTRY_NAME}`, 'u');

interface Cell {
  text: string;
  from: number;
  to: number;
}

/** One row of a table under a header naming its columns. */
interface TableRow {
  blockIndex: number;
  name: Cell;
  cells: { column: keyof typeof COLUMNS; cell: Cell }[];
}

/**
 * The cells of one line of a block, with block offsets: split at tabs or commas where the line is a sheet's row saved as
 * text (a blank cell kept, so cells stay under their headers), else text between runs of spaces.
 */
function cellsOf(text: string, offset: number): Cell[] {
  const separator = sheetSeparator(text);
  if (!separator) return [...text.matchAll(/[^\s　]+/gu)].map((m) => ({ text: m[0], from: offset + m.index!, to: offset + m.index! + m[0].length }));
  return sheetCells(text, separator).map((c) => ({ text: c.text, from: offset + c.from, to: offset + c.to }));
}

/** Every row under a header whose first column is 事業名 and that names a column read here. */
function tableRows(doc: PreparedDocument): TableRow[] {
  const out: TableRow[] = [];
  let header: (keyof typeof COLUMNS | undefined)[] | undefined;
  doc.blocks.forEach((block, blockIndex) => {
    // (a table goes on into the next block only where no blank line parts them: rows that open with a space start blocks of their own)
    const before = doc.blocks[blockIndex - 1];
    if (!before || block.line_start - before.line_end > 1) header = undefined;
    block.segments.forEach((s, i) => {
      const { from, to } = segmentBounds(block, i);
      const cells = cellsOf(block.text.slice(from, to), from);
      if (NAME_COLUMN.test(cells[0]?.text ?? '')) {
        const columns = cells.map((c) => (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).find((k) => COLUMNS[k].test(c.text)));
        header = columns.some((c) => c !== undefined) ? columns : undefined;
        return;
      }
      if (!header) return;
      if (cells.length !== header.length || !NAME_CELL.test(cells[0]!.text) || !NAME_END.test(cells[0]!.text) || /^[0-9０-９]/u.test(cells[0]!.text)) {
        header = undefined; // the table has ended
        return;
      }
      const read = header.flatMap((column, k) => (column && k > 0 ? [{ column, cell: cells[k]! }] : []));
      out.push({ blockIndex, name: cells[0]!, cells: read });
    });
  });
  return out;
}

/** The programmes a table's rows name, as strong mentions (a name there needs no 事業 or プログラム). */
export function tableNameMentions(doc: PreparedDocument): NameMention[] {
  return tableRows(doc).map(({ blockIndex, name }) => ({ name: name.text, base: name.text, blockIndex, from: name.from, to: name.to, trailing: [], end: name.to, lead: true, heading: false, strong: true }));
}

/** What a row's cells say: 文部科学省（科学技術振興事業団） under 所管, 平成８年度 under 開始年度, a range under 事業期間. */
export function tableFacts(doc: PreparedDocument): RawFact[] {
  const out: RawFact[] = [];
  for (const row of tableRows(doc)) {
    const block = doc.blocks[row.blockIndex]!;
    const subject = { type: 'programme' as const, name: row.name.text };
    for (const { column, cell } of row.cells) {
      const citations = [citeBlock(doc, block, row.name.from, cell.to)];
      if (cell.text === '') continue;
      const base = { subject, citations, as_written: cell.text, origin: 'rule' as const, label: column === 'ministry' ? '所管（表）' : column === 'end' ? '終了' : '開始' };
      if (column === 'ministry') {
        const m = MINISTRY_AT_START.exec(cell.text.normalize('NFKC'));
        if (m) out.push({ ...base, field: 'ministry', value: m[0] });
      } else if (column === 'start' || column === 'end') {
        const year = fiscalYearCell(cell.text);
        if (year !== undefined) out.push(column === 'start' ? { ...base, field: 'period', value: { start_fy: year, end_fy: null } } : { ...base, field: 'end_fy', value: year });
      } else {
        const p = parsePeriod(cell.text);
        if (p?.field === 'period') out.push({ ...base, field: 'period', value: p.value, label: '事業期間（表）' });
      }
    }
  }
  return out;
}
