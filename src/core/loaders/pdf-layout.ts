// A PDF page's text items (pdf.js getTextContent) put into lines in reading order: items on one
// baseline form a row, rows are cut into blocks at wide gaps (recursive XY-cut: bands at paragraph
// gaps, then prose columns at tall gutters), blocks read top to bottom, columns left to right.
// Vertical writing is read column by column, right to left. Pure geometry, no pdf.js here.

/** A text item in page space (PDF units, y upwards). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
  vertical: boolean;
}

/** A line of a page with its baseline height, for header/footer detection. */
export interface PageLine {
  text: string;
  /** Baseline; undefined for the blank lines between blocks. */
  y?: number;
}

interface Row {
  items: PdfItem[];
  y: number;
  h: number;
  x0: number;
  x1: number;
}

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/u;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
}

/** Items on one baseline (within a third of their height) are one row; overprinted duplicates dropped. */
function rowsOf(items: PdfItem[]): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const it of sorted) {
    const row = rows.find((r) => Math.abs(r.y - it.y) <= 0.35 * Math.min(r.h, it.h || r.h));
    if (row) {
      // text drawn twice at the same place (fake bold, shadow) is read once
      if (row.items.some((o) => o.str === it.str && Math.abs(o.x - it.x) < 1 && Math.abs(o.y - it.y) < 1)) continue;
      row.items.push(it);
      row.x0 = Math.min(row.x0, it.x);
      row.x1 = Math.max(row.x1, it.x + it.w);
      row.h = Math.max(row.h, it.h);
    } else {
      rows.push({ items: [it], y: it.y, h: it.h || 1, x0: it.x, x1: it.x + it.w });
    }
  }
  for (const r of rows) r.items.sort((a, b) => a.x - b.x);
  return rows.sort((a, b) => b.y - a.y);
}

/** Cuts a row where the gap between items is wider than `gap`: the pieces of a row in different columns. */
function segments(rows: Row[], gap: number): Row[] {
  const out: Row[] = [];
  for (const r of rows) {
    let cur: Row | undefined;
    for (const it of r.items) {
      if (cur && it.x - cur.x1 <= gap) {
        cur.items.push(it);
        cur.x1 = Math.max(cur.x1, it.x + it.w);
      } else {
        cur = { items: [it], y: r.y, h: r.h, x0: it.x, x1: it.x + it.w };
        out.push(cur);
      }
    }
  }
  return out;
}

/** Groups spans into runs separated by gaps of at least `minGap` on one axis. */
function split<T>(things: T[], lo: (t: T) => number, hi: (t: T) => number, minGap: number): T[][] {
  const sorted = [...things].sort((a, b) => lo(a) - lo(b));
  const groups: T[][] = [];
  let end = -Infinity;
  for (const t of sorted) {
    if (groups.length === 0 || lo(t) - end >= minGap) groups.push([]);
    groups[groups.length - 1]!.push(t);
    end = Math.max(end, hi(t));
  }
  return groups;
}

/** Recursive XY-cut: the blocks of a set of row segments in reading order. */
function blocks(segs: Row[], lineH: number, pageWidth: number): Row[][] {
  if (segs.length < 2) return [segs];
  // bands at paragraph gaps, top to bottom (y upwards: sort on -top)
  const bands = split(segs, (s) => -(s.y + s.h), (s) => -s.y, lineH * 0.9);
  if (bands.length > 1) return bands.flatMap((b) => blocks(b, lineH, pageWidth));
  // prose columns side by side: a gutter free of text all the way down, columns of wide lines
  const cols = split(segs, (s) => s.x0, (s) => s.x1, lineH * 0.8);
  if (cols.length > 1 && cols.every((c) => c.length >= 3 && median(c.map((s) => s.x1 - s.x0)) >= pageWidth * 0.2)) {
    return cols.flatMap((c) => blocks(c, lineH, pageWidth));
  }
  return [segs];
}

/** A row's text: items joined, a space where the gap is a space between words (never inside Japanese). */
function rowText(items: PdfItem[], h: number): string {
  let out = '';
  let end = -Infinity;
  for (const it of items) {
    const gap = it.x - end;
    const prev = out.slice(-1);
    const next = it.str.charAt(0);
    if (out !== '' && prev !== ' ' && next !== ' ' && (gap > h * 0.9 || (gap > h * 0.2 && !(CJK.test(prev) && CJK.test(next))))) out += ' ';
    out += it.str;
    end = Math.max(end, it.x + it.w);
  }
  return out.replace(/\s+/gu, ' ').trim();
}

/** Vertical writing: one line per column of characters, columns right to left. */
function verticalLines(items: PdfItem[]): PageLine[] {
  const cols = split(items, (i) => -(i.x + i.w), (i) => -i.x, 0.1);
  return cols
    .map((c) => ({ text: c.sort((a, b) => b.y - a.y).map((i) => i.str).join('').trim(), y: Math.max(...c.map((i) => i.y)) }))
    .filter((l) => l.text !== '');
}

/** The lines of a page in reading order, with a blank line between blocks and at paragraph gaps. */
export function pageLines(items: PdfItem[], pageWidth: number): PageLine[] {
  const textItems = items.filter((i) => i.str.trim() !== '');
  if (textItems.length === 0) return [];
  if (textItems.filter((i) => i.vertical).length > textItems.length / 2) return verticalLines(textItems);
  const rows = rowsOf(textItems.filter((i) => !i.vertical));
  const lineH = median(rows.map((r) => r.h)) || 10;
  const segs = segments(rows, lineH * 1.5);
  const lines: PageLine[] = [];
  for (const block of blocks(segs, lineH, pageWidth)) {
    if (lines.length > 0) lines.push({ text: '' });
    // a block's segments back into rows (a table row's cells are one line)
    const blockRows = rowsOf(block.flatMap((s) => s.items));
    blockRows.forEach((r, i) => {
      if (i > 0 && blockRows[i - 1]!.y - r.y > 2.2 * Math.max(r.h, lineH)) lines.push({ text: '' });
      const text = rowText(r.items, r.h);
      if (text !== '') lines.push({ text, y: r.y });
    });
  }
  return lines;
}

const PAGE_NUMBER = /^(?:[-–—―‐‑−ー~〜・\s]*(?:p(?:age)?\.?\s*)?[0-9０-９]{1,4}(?:\s*[/／]\s*[0-9０-９]{1,4})?[-–—―‐‑−ー~〜・\s]*|[-–—―\s]*[ivxlcdmIVXLCDM]{1,7}[-–—―\s]*|第?\s*[0-9０-９]{1,4}\s*(?:頁|ページ)|[(（]\s*[0-9０-９]{1,4}\s*[)）])$/u;

/** True for a line that is only a page number (3, - 3 -, 3/20, p. 3, iv, 第3頁). */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** How a running header or footer is recognised across pages: digits (page numbers, dates) aside. */
function runningKey(text: string): string {
  return text.replace(/[0-9０-９]+/gu, '#').replace(/\s+/gu, '');
}

/** The top and bottom lines of a page (up to two each, within the top or bottom tenth). */
function marginLines(lines: PageLine[], pageHeight: number, pageBottom: number): PageLine[] {
  const placed = lines.filter((l) => l.y !== undefined);
  const byY = [...placed].sort((a, b) => b.y! - a.y!);
  const top = byY.slice(0, 2).filter((l) => l.y! >= pageBottom + pageHeight * 0.9);
  const bottom = byY.slice(-2).filter((l) => l.y! <= pageBottom + pageHeight * 0.1);
  return [...new Set([...top, ...bottom])];
}

/** A page's lines and its margins, as the PDF loader collects them page by page. */
export interface CollectedPage {
  lines: PageLine[];
  height: number;
  bottom: number;
}

/**
 * Drops page numbers and running headers and footers: lines in a page's top or bottom tenth that
 * are only a page number, or that repeat (digits aside) on at least two fifths of the pages (and
 * on at least two).
 */
export function dropRunningLines(pages: CollectedPage[]): string[][] {
  const margins = pages.map((p) => marginLines(p.lines, p.height, p.bottom));
  const counts = new Map<string, number>();
  for (const m of margins) for (const key of new Set(m.map((l) => runningKey(l.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const threshold = Math.max(2, Math.ceil(pages.length * 0.4));
  return pages.map((p, i) => {
    const drop = new Set(margins[i]!.filter((l) => isPageNumber(l.text) || (pages.length >= 2 && (counts.get(runningKey(l.text)) ?? 0) >= threshold)));
    const kept = p.lines.filter((l) => !drop.has(l)).map((l) => l.text);
    while (kept[0] === '') kept.shift();
    while (kept[kept.length - 1] === '') kept.pop();
    return kept.filter((l, k) => !(l === '' && kept[k - 1] === ''));
  });
}
