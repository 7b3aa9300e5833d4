// Splits a document into chunks that follow its structure: slides (a line that opens with a
// single space starts a page), headings (＜＞ 【】 numbered sections, short title lines), bullets
// (■ ◇ ○ ・ ①) and paragraphs, so each chunk is a coherent unit that can answer a question.
import type { LoadedDocument } from './corpus.js';
import { unitKey } from './loaders/places.js';
import type { Chunk } from './schemas.js';
import { repairLines, type RepairedLine } from './text/repair.js';

export interface ChunkOptions {
  /** A chunk grows by whole lines up to about this many characters. */
  maxChars: number;
  /** A chunk shorter than this is not closed at a paragraph break. */
  minChars: number;
}

export const DEFAULT_CHUNK_OPTIONS: ChunkOptions = { maxChars: 450, minChars: 150 };

const BULLET = /^(?:[■◆◇□○●◎・※★☆▶▷➢→⇒\-－]|[①-⑳]|[\(（][0-9０-９一二三四五六七八九十ⅰ-ⅹア-ン]+[\)）]|[0-9０-９]+[．.、)）]|[ⅠⅡⅢⅣⅤ][．.])/u;
const BRACKETED = /^[＜<【〔［\[〈《].{1,60}[＞>】〕］\]〉》]$/u;
/** A workbook's sheet saved as text, named on its first line: [シート2] 分野別採択件数, ［Sheet1］. */
const SHEET_LABEL = /^[\[［【]\s*(?:シート|sheet|表)\s*[0-9０-９]+\s*[\]］】]/iu;
const SENTENCE_END = /[。．！？!?」）)】＞>］\]]$/u;
/** A line under a title that belongs to it: （平成１４～２０年度）, ―地域イノベーションシステムの構築―. */
const SUBTITLE = /^(?:[（(][^）)]{1,30}[）)]|[―—–ー-].{1,50}[―—–ー-])$/u;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/u;

/** A line drawn as a rule: ─────, ━━━━, ＝＝＝, -----. */
const RULE_LINE = /^[\s─━═＝=\-－―_＿~〜*＊]+$/u;

/** True for a line that reads as a heading of what follows it. */
function isHeading(line: string, prevBlank: boolean, next: string | undefined): boolean {
  const t = line.trim();
  if (t === '' || t.length > 60) return false;
  // a line that states an amount (要求・要望額：3,642百万円) is content, whatever its shape
  if (/[0-9０-９][0-9０-９,，.．]*\s*(?:兆|億|百万|千万|万|千)?円/u.test(t)) return false;
  if (BRACKETED.test(t) || SHEET_LABEL.test(t)) return true;
  // a label with its value ((1) 交付対象：地方公共団体) is content, not a heading
  if (/[：:]\s*\S{2,}/u.test(t)) return false;
  if (/^(?:第[0-9０-９一二三四五六七八九十]+[章節]|[0-9０-９]+[．.]\s*\S|[\(（][0-9０-９]+[\)）]\s*\S)/u.test(t) && !t.endsWith('。') && t.length <= 40) return true;
  if (t.length > 40 || BULLET.test(t) || /[、。，,]$/u.test(t) || !CJK.test(t)) return false;
  const digits = (t.match(/[0-9０-９]/gu) ?? []).length;
  if (digits / t.length > 0.3) return false;
  const nextT = next?.trim() ?? '';
  return prevBlank && (BULLET.test(nextT) || SUBTITLE.test(nextT));
}

/**
 * Joins repaired lines: a sentence broken across lines is joined back. A line shorter than
 * `minWrap` is taken as a table cell or label and kept on its own line (display); with
 * `minWrap` 0 every wrapped line is joined (the text that is indexed).
 */
export function joinLines(texts: readonly string[], minWrap = 20): string {
  let out = '';
  let prevLength = 0;
  for (const raw of texts) {
    const t = raw.trim();
    if (t === '') continue;
    const wrapped = prevLength >= minWrap && !SENTENCE_END.test(out) && !BULLET.test(t) && !BRACKETED.test(t);
    prevLength = t.length;
    if (out === '') {
      out = t;
    } else if (wrapped) {
      out += /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(t) ? ` ${t}` : t;
    } else {
      out += `\n${t}`;
    }
  }
  return out;
}

const PROGRAMME_TITLES = [/(?:事業|プログラム|計画)(?:[（(][^）)]*[）)])*$/u, /(?:施策|政策|構想|会議|協議会)(?:[（(][^）)]*[）)])*$/u];

/** How far down a document not set out in pages its title may stand. */
const UNPAGED_TITLE_LINES = 12;

/**
 * A slide's title when its first line is not one: a short standalone line (or two) naming a
 * programme, plan or policy, wherever it stands on the page (slides often put it at the bottom).
 */
function findPageTitle(repaired: readonly RepairedLine[], from: number, to: number): string {
  for (const pattern of PROGRAMME_TITLES) {
    const title = findTitleLine(repaired, from, to, pattern);
    if (title !== '') return title;
  }
  return '';
}

function findTitleLine(repaired: readonly RepairedLine[], from: number, to: number, pattern: RegExp): string {
  for (let i = from; i < to; i++) {
    const t = repaired[i]!.text.trim();
    if (t === '' || t.length > 50 || t.includes('。') || BULLET.test(t)) continue;
    const standalone = (i === from || repaired[i - 1]!.text.trim() === '');
    if (!standalone) continue;
    const next = repaired[i + 1]?.text.trim() ?? '';
    if (pattern.test(t) && next.length < 30) return t;
    const pair = t + next;
    if (next !== '' && pair.length <= 50 && pattern.test(pair) && (repaired[i + 2]?.text.trim() ?? '') === '') return pair;
  }
  return '';
}

const SPACE_OPENED = /^ [^ 　]/u;

/**
 * True when a document marks slides or pages by a line opening with a single space (text
 * extracted from slides), false when such lines come in runs: the document indents its lines.
 */
function marksPagesBySpace(lines: readonly string[]): boolean {
  let opened = 0;
  let inRuns = 0;
  lines.forEach((l, i) => {
    if (!SPACE_OPENED.test(l)) return;
    opened++;
    if (SPACE_OPENED.test(lines[i - 1] ?? '') || SPACE_OPENED.test(lines[i + 1] ?? '')) inRuns++;
  });
  return opened > 0 && inRuns / opened <= 0.5;
}

/**
 * A line that opens with a single space starts a new slide or page, unless it is an indented
 * paragraph of word-processor text, whose lines end with a trailing space.
 */
function isPageBreak(lines: readonly string[], index: number): boolean {
  if (!SPACE_OPENED.test(lines[index] ?? '')) return false;
  let j = index - 1;
  while (j >= 0 && lines[j]!.trim() === '') j--;
  return j < 0 || !/[ 　]$/u.test(lines[j]!);
}

/**
 * Where the units of a structured document (PDF page, slide, sheet, heading section) begin:
 * 0-based line index → the unit's title ('' when it gives none). Rows of one sheet are one unit.
 */
function unitStarts(doc: LoadedDocument): Map<number, string> | undefined {
  if (!doc.places) return undefined;
  const starts = new Map<number, string>();
  let key: string | undefined;
  for (const p of doc.places) {
    const k = unitKey(p.location);
    if (k !== key) starts.set(p.line - 1, p.title ?? '');
    key = k;
  }
  return starts;
}

/** Chunks one document. Chunk ids are assigned by the caller (global across the corpus). */
export function chunkDocument(doc: LoadedDocument, options: ChunkOptions = DEFAULT_CHUNK_OPTIONS): Omit<Chunk, 'id'>[] {
  const repaired = repairLines(doc.lines);
  // a structured document's chunks never cross a page, slide, sheet or section; text keeps its own breaks
  const units = unitStarts(doc);
  const unitAt = (line: { line_start: number; line_end: number }): string | undefined => {
    for (let n = line.line_start - 1; n < line.line_end; n++) if (units!.has(n)) return units!.get(n);
    return undefined;
  };
  const minWrap = doc.layout === 'lines' ? Infinity : 20;
  const pages = marksPagesBySpace(doc.lines);
  const pageBreak = (index: number) => pages && isPageBreak(doc.lines, index);
  const chunks: Omit<Chunk, 'id'>[] = [];
  let page = '';
  let heading = '';
  let current: RepairedLine[] = [];
  let currentHeading = '';
  let size = 0;

  const flush = (force = true) => {
    if (!force && size < options.minChars / 3) return;
    const texts = current.map((l) => l.text);
    const text = joinLines(texts, minWrap);
    if (text !== '') {
      chunks.push({
        document_id: doc.meta.id,
        source: doc.meta.source,
        heading: currentHeading,
        text,
        line_start: current[0]!.line_start,
        line_end: current[current.length - 1]!.line_end,
      });
    }
    current = [];
    size = 0;
  };
  const headingPath = () => [page, heading].filter((h, i, all) => h !== '' && all.indexOf(h) === i).join(' > ');

  for (let i = 0; i < repaired.length; i++) {
    const line = repaired[i]!;
    const text = line.text.trim();
    if (text === '') {
      if (size >= options.minChars) flush(false);
      continue;
    }
    const prevBlank = i === 0 || repaired[i - 1]!.text.trim() === '';
    const unitTitle = units ? unitAt(line) : undefined;
    const pageStart = i === 0 || (units ? unitTitle !== undefined : pageBreak(line.line_start - 1));
    const isHead = isHeading(text, prevBlank, repaired[i + 1]?.text);
    if (pageStart && unitTitle !== undefined && unitTitle !== '') {
      // the unit names itself (slide title, sheet, heading path)
      flush();
      page = unitTitle;
      heading = '';
    } else if (pageStart) {
      flush();
      const next = repaired[i + 1]?.text.trim() ?? '';
      page = text.length >= 4 && text.length <= 50 && !text.includes('。') && (next === '' || BULLET.test(next) || isHead) ? text : '';
      if (page === '') {
        let end = i + 1;
        // (a document of no pages has its title near its top, not in any line below)
        const last = units || pages ? repaired.length : Math.min(repaired.length, i + UNPAGED_TITLE_LINES);
        while (end < last && !(units ? unitAt(repaired[end]!) !== undefined : pageBreak(repaired[end]!.line_start - 1))) end++;
        page = findPageTitle(repaired, i, end);
      }
      heading = '';
    } else if (isHead) {
      flush(false);
      const next = repaired[i + 1]?.text.trim() ?? '';
      heading = SUBTITLE.test(next) ? `${text}${next}` : text;
      // (a rule drawn above a heading, ──── / 2.【イベント】…, is the new section's: so is the chunk it opens)
      if (current.every((l) => RULE_LINE.test(l.text))) currentHeading = headingPath();
    } else if (size > 0 && size + text.length > options.maxChars && size >= options.minChars / 2) {
      flush();
    }
    if (current.length === 0) currentHeading = headingPath();
    current.push(line);
    size += text.length;
    if (size >= options.maxChars * 1.5) flush();
  }
  flush();
  return chunks;
}
