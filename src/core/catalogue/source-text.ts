// A document prepared for the extraction rules: repaired text (undoubled, vertical text joined)
// grouped into blocks, with every character traceable back to the original lines it came from.
import type { LoadedDocument } from '../corpus.js';
import type { Citation } from '../schemas.js';
import { repairLines, type RepairedLine } from '../text/repair.js';

/** One repaired line inside a block: where its text starts in the block and which original lines it covers. */
export interface BlockSegment {
  offset: number;
  line_start: number;
  line_end: number;
}

/** Consecutive non-blank repaired lines joined into one string (no separator between Japanese lines). */
export interface Block {
  text: string;
  segments: BlockSegment[];
  line_start: number;
  line_end: number;
}

export interface PreparedDocument {
  source: string;
  lines: readonly string[];
  repaired: RepairedLine[];
  blocks: Block[];
}

const ASCII_WORD = /[A-Za-z0-9,.)\]]/;
// A suffix word broken over a blank line ("…形成プロ" / "グラム〈新規〉"): the blocks are one.
const BROKEN_SUFFIX: readonly [RegExp, RegExp][] = [
  [/プ$/, /^ログラム/],
  [/プロ$/, /^グラム/],
  [/プログ$/, /^ラム/],
  [/プログラ$/, /^ム/],
  [/事$/, /^業/],
  [/計$/, /^画/],
];

function joinSeparator(prev: string, next: string): string {
  return ASCII_WORD.test(prev.slice(-1)) && /^[A-Za-z0-9(]/.test(next) ? ' ' : '';
}

function appendLine(block: Block, r: RepairedLine, text: string): void {
  const sep = block.text === '' ? '' : joinSeparator(block.text, text);
  block.text += sep;
  block.segments.push({ offset: block.text.length, line_start: r.line_start, line_end: r.line_end });
  block.text += text;
  block.line_end = r.line_end;
}

/** A wrapped line is at least this long (characters): shorter ones end a title or a bullet. */
const WRAP_CHARS = 38;
/** The start of a new item, not the rest of a sentence: a bullet, a number, a label (Ａ：). */
const ITEM_OPENING = /^(?:[・○●◎■□◆◇※★☆▶→①-⑳]|[（(]?[0-9０-９]{1,2}[）)．.\s]|[^\s：:]{1,8}[：:])/u;

/**
 * True when a line breaks off mid-sentence where a fixed-width wrap cut it: it ends on a comma or
 * a kana (…実施し / ました。), or runs full width on a word (…事業化プロジ / ェクト全体を…).
 */
export function wrappedLine(line: string): boolean {
  return /[、，,\p{Script=Hiragana}]$/u.test(line) || (Array.from(line).length >= WRAP_CHARS && /[\p{Script=Han}\p{Script=Katakana}ー]$/u.test(line));
}

/** True when `next` goes on with the block's last line, which a wrap broke, and opens no new item. */
function wrapsOnto(block: Block, next: string): boolean {
  return !ITEM_OPENING.test(next) && wrappedLine(block.text.slice(block.segments.at(-1)?.offset ?? 0));
}

/** Groups repaired lines into blocks separated by blank lines, re-joining suffix words broken over a blank line. */
export function buildBlocks(repaired: readonly RepairedLine[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const r of repaired) {
    const text = r.text.trim();
    if (text === '') {
      current = undefined;
      continue;
    }
    // A line opening with a single ASCII space starts a page or slide in these extractions,
    // unless the line before it breaks off mid-sentence (text wrapped at a fixed width).
    if (current && /^ \S/.test(r.text) && !wrapsOnto(current, text)) current = undefined;
    if (!current) {
      const prev = blocks[blocks.length - 1];
      if (prev && BROKEN_SUFFIX.some(([a, b]) => a.test(prev.text) && b.test(text)) && r.line_start - prev.line_end <= 3) {
        current = prev;
      } else {
        current = { text: '', segments: [], line_start: r.line_start, line_end: r.line_end };
        blocks.push(current);
      }
    }
    appendLine(current, r, text);
  }
  return blocks;
}

/** Repairs a loaded document and splits it into blocks. */
export function prepareDocument(doc: LoadedDocument): PreparedDocument {
  const repaired = repairLines(doc.lines);
  return { source: doc.meta.source, lines: doc.lines, repaired, blocks: buildBlocks(repaired) };
}

/** The original lines [start, end] (1-based, inclusive) covered by characters [from, to) of a block. */
export function blockLines(block: Block, from: number, to: number): { line_start: number; line_end: number } {
  let line_start = block.line_start;
  let line_end = block.line_start;
  const last = Math.max(from, to - 1);
  for (const s of block.segments) {
    if (s.offset <= from) line_start = s.line_start;
    if (s.offset <= last) line_end = s.line_end;
  }
  return { line_start, line_end: Math.max(line_start, line_end) };
}

/** A citation of original lines: the quote is the lines exactly as they stand in the file. */
export function cite(doc: Pick<PreparedDocument, 'source' | 'lines'>, lineStart: number, lineEnd = lineStart): Citation {
  const start = Math.max(1, Math.min(lineStart, doc.lines.length));
  const end = Math.max(start, Math.min(lineEnd, doc.lines.length));
  return { source: doc.source, line_start: start, line_end: end, quote: doc.lines.slice(start - 1, end).join('\n') };
}

/** A citation of the original lines behind characters [from, to) of a block. */
export function citeBlock(doc: PreparedDocument, block: Block, from: number, to: number): Citation {
  const { line_start, line_end } = blockLines(block, from, to);
  return cite(doc, line_start, line_end);
}

/** The block text of one repaired line's segment: where the line starts and ends inside the block. */
export function segmentBounds(block: Block, index: number): { from: number; to: number } {
  const seg = block.segments[index]!;
  const next = block.segments[index + 1];
  return { from: seg.offset, to: next ? next.offset : block.text.length };
}

/** Index of the segment (repaired line) that holds block character `pos`. */
export function segmentAt(block: Block, pos: number): number {
  let idx = 0;
  block.segments.forEach((s, i) => {
    if (s.offset <= pos) idx = i;
  });
  return idx;
}

/** The repaired lines that start after `line`, up to `count` of them (binary search: documents can be long). */
export function repairedAfter(doc: Pick<PreparedDocument, 'repaired'>, line: number, count: number): RepairedLine[] {
  let lo = 0;
  let hi = doc.repaired.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.repaired[mid]!.line_start <= line) lo = mid + 1;
    else hi = mid;
  }
  return doc.repaired.slice(lo, lo + count);
}
