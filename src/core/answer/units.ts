// Splits documents into the units an answer quotes (sentences and list items of the repaired
// text), each traced back to the original lines it stands on, so a sentence cites only them.
import { blockLines, prepareDocument, type Block } from '../catalogue/source-text.js';
import type { LoadedDocument } from '../corpus.js';
import type { Citation } from '../schemas.js';
import { normalizeText, squashWhitespace } from '../text/normalize.js';
import { undouble } from '../text/repair.js';
import { locate } from '../loaders/places.js';

/** One quotable sentence or list item. */
export interface AnswerUnit {
  /** Index in the answerer's unit list. */
  id: number;
  documentId: string;
  source: string;
  /** Repaired text as shown. */
  text: string;
  /** NFKC, lower case, whitespace removed: what terms are matched against. */
  key: string;
  line_start: number;
  line_end: number;
  /** Units of one block (paragraph) share it; a unit's neighbours give it context. */
  block: number;
  /** For a list item: the id of the heading line its list stands under, if any. */
  lead?: number | undefined;
}

/** A line that starts a new item: bullets, numbered items, notes. */
const ITEM_START = /^(?:[■◆◇□○●◎・※★☆▶▷➢→⇒]|[①-⑳]|[\(（][0-9０-９一二三四五六七八九十ⅰ-ⅹ]+[\)）]|[0-9０-９]+[．.、)）](?![0-9０-９]))/u;
const SENTENCE_END = /[。！？]/gu;
/** A unit grows by whole lines up to about this many characters. */
const MAX_UNIT_CHARS = 160;

/** NFKC, lower-cased, without whitespace: the form terms and facts are looked for in. */
export function matchKey(text: string): string {
  return squashWhitespace(normalizeText(text).toLowerCase());
}

/** How many brackets are open at the end of the text. */
function openBrackets(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch) && depth > 0) depth--;
  }
  return depth;
}
const OPEN = '（(「『【〔［';
const CLOSE = '）)」』】〕］';

function splitBlock(block: Block): { from: number; to: number }[] {
  // cut points: segment starts that open an item, and after sentence ends
  const cuts = new Set<number>([0, block.text.length]);
  block.segments.forEach((s, i) => {
    if (i > 0 && ITEM_START.test(block.text.slice(s.offset, s.offset + 4))) cuts.add(s.offset);
  });
  for (const m of block.text.matchAll(SENTENCE_END)) if (openBrackets(block.text.slice(0, m.index)) === 0) cuts.add(m.index + m[0].length);
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: { from: number; to: number }[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    let from = sorted[i]!;
    const to = sorted[i + 1]!;
    // long runs without a sentence end (tables, slides): cut at line starts
    while (to - from > MAX_UNIT_CHARS * 1.5) {
      const next = block.segments.map((s) => s.offset).find((o) => o > from + MAX_UNIT_CHARS * 0.5 && o <= from + MAX_UNIT_CHARS);
      if (next === undefined) break;
      out.push({ from, to: next });
      from = next;
    }
    out.push({ from, to });
  }
  return out.filter(({ from, to }) => block.text.slice(from, to).trim() !== '');
}

/**
 * True when a unit is cut off mid-phrase by a blank line (「育成 / 段階」の事業): it leaves a
 * bracket open, the next starts with a particle, or a long line of running text breaks a word.
 */
function continues(a: Omit<AnswerUnit, 'id'>, b: Omit<AnswerUnit, 'id'>, lines: readonly string[], docKey: string): boolean {
  const next = lines[b.line_start - 1] ?? '';
  if (b.line_start - a.line_end > 2 || ITEM_START.test(b.text) || /^ \S/u.test(next) || a.text.length + b.text.length > MAX_UNIT_CHARS * 1.5) return false;
  if (openBrackets(a.text) > 0 || /^[にをがはのでとへやも]/u.test(b.text)) return true;
  // a long line of running text cut off mid-word: the two characters across the break form a
  // pair the document uses elsewhere too (国土交 / 通省 → 交通), which a title after an item does not
  const last = undouble(lines[a.line_end - 1] ?? '').trim();
  if (Array.from(last).length < 25 || !/[、，]/u.test(last) || /[。！？」）)】]$/u.test(a.text)) return false;
  const pair = `${Array.from(a.text).at(-1) ?? ''}${Array.from(b.text)[0] ?? ''}`;
  return docKey.split(pair).length - 1 >= 2;
}

/** The units of one document, in order; `firstId` and `firstBlock` number them across documents. */
export function documentUnits(doc: LoadedDocument, firstId = 0, firstBlock = 0): AnswerUnit[] {
  const prepared = prepareDocument(doc);
  const docKey = squashWhitespace(prepared.repaired.map((r) => r.text).join(''));
  const units: Omit<AnswerUnit, 'id'>[] = [];
  prepared.blocks.forEach((block, b) => {
    for (const { from, to } of splitBlock(block)) {
      const text = block.text.slice(from, to).trim();
      const { line_start, line_end } = blockLines(block, from, to);
      const unit = { documentId: doc.meta.id, source: doc.meta.source, text, key: matchKey(text), line_start, line_end, block: firstBlock + b };
      const prev = units[units.length - 1];
      if (prev && prev.block !== unit.block && continues(prev, unit, doc.lines, docKey)) {
        prev.text += text;
        prev.key = matchKey(prev.text);
        prev.line_end = line_end;
        unit.block = prev.block;
        continue;
      }
      units.push(unit);
    }
  });
  const out = units.map((u, i) => ({ id: firstId + i, ...u }));
  assignLeads(out);
  return out;
}

/** The kind of marker an item opens with (◇, ・, （１）, １．), so siblings can be told from the heading above them. */
function markerOf(text: string): string | undefined {
  const m = ITEM_START.exec(text);
  if (!m) return undefined;
  return /^[\(（]/u.test(m[0]) ? '()' : /^[0-9０-９]/u.test(m[0]) ? '1.' : m[0];
}

/** Gives each list item the heading line its list stands under (the line before the first item). */
function assignLeads(units: AnswerUnit[]): void {
  for (let i = 1; i < units.length; i++) {
    const marker = markerOf(units[i]!.text);
    if (marker === undefined) continue;
    let j = i - 1;
    while (j >= 0 && units[j + 1]!.line_start - units[j]!.line_end <= 3 && markerOf(units[j]!.text) === marker) j--;
    const head = units[j];
    if (!head || units[j + 1]!.line_start - head.line_end > 3 || head.text.length > 50 || head.text.includes('。') || markerOf(head.text) === marker) continue;
    units[i]!.lead = head.id;
  }
}

/**
 * A citation of a unit: its original lines, quoting the unit's own words when they stand there
 * as written (whitespace aside), else the lines whole (text repaired from doubling, for one).
 */
export function citeUnit(doc: LoadedDocument, unit: Pick<AnswerUnit, 'text' | 'line_start' | 'line_end'>): Citation {
  const lines = doc.lines.slice(unit.line_start - 1, unit.line_end);
  const whole = lines.map((l) => l.trimEnd()).join('\n').trim();
  const quote = squashWhitespace(whole).includes(squashWhitespace(unit.text)) && unit.text.trim() !== '' ? unit.text : whole;
  const location = locate(doc.places, unit.line_start, unit.line_end);
  return { source: doc.meta.source, line_start: unit.line_start, line_end: unit.line_end, quote, ...(location && { location }) };
}
