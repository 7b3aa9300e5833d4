// Splits documents into the units an answer quotes (sentences and list items of the repaired
// text), each traced back to the original lines it stands on, so a sentence cites only them.
import { AMOUNT_UNIT, YEN_UNITS } from '../catalogue/money.js';
import { blockLines, prepareDocument, segmentBounds, wrappedLine, type Block } from '../catalogue/source-text.js';
import type { LoadedDocument } from '../corpus.js';
import type { Citation } from '../schemas.js';
import { normalizeText, squashWhitespace } from '../text/normalize.js';
import { undouble } from '../text/repair.js';
import { locate } from '../loaders/places.js';
import { ROLE_WORDS } from '../roles.js';
import { planTables, wrappedTail, type RowPlan } from './tables.js';

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
  /** For a unit under a short heading line (■事業開始, ４．今後の予定): the heading's id. */
  heading?: number | undefined;
  /** One name of a list set one a line without markers. */
  cell?: boolean | undefined;
  /** How far its first line is indented (whitespace characters). */
  indent: number;
  /** A table's header or one of its rows. */
  table?: 'header' | 'row' | undefined;
  /** The yen unit a 「（単位：千円）」 line above it declares for the bare amounts of its table. */
  amountUnit?: string | undefined;
}

/** How many lines below its 単位 line a table's amounts may stand. */
const AMOUNT_UNIT_LINES = 30;

/** A line that starts a new item: bullets, numbered items, notes. */
export const ITEM_START = /^(?:[■◆◇□○●◎・※★☆▶▷➢→⇒]|[①-⑳]|[\(（][0-9０-９一二三四五六七八九十ⅰ-ⅹ]+[\)）]|[0-9０-９]+[．.、)）](?![0-9０-９]))/u;
const SENTENCE_END = /[。！？]/gu;
/** A unit grows by whole lines up to about this many characters. */
const MAX_UNIT_CHARS = 160;
/** A line opening with a section marker and at most this long, without a sentence end, is a heading. */
const HEADING_CHARS = 30;
/** A section heading: ■概要, 【所管】, ＜参考＞, ４．今後の予定, （２）審査の経過, 第３章. */
const HEADING_START = /^(?:[■◆□◇●◎【＜〈《\[［]|[0-9０-９]{1,2}[．.](?![0-9０-９])|[0-9０-９]{1,2}[ \u3000]+(?=[^\s0-9０-９])|[\(（][0-9０-９一二三四五六七八九十]{1,2}[\)）]|第[0-9０-９一二三四五六七八九十]+[章節部])/u;
/** A field line, label then value: 支援規模：…, 所　管：…, 対象 : …. */
/** A cell of a one-a-line list is at most this long (characters other than spaces); such a run has at least this many lines. */
const CELL_CHARS = 24;
/** A line whose columns are set apart by wide gaps. */
const SPACED_ROW = /[^\s：:]{2}(?:\u3000{2,}|[ \u3000]{3,})[^\s：:]{2}/u;
const MIN_CELLS = 3;
const FIELD_LINE = /^(?:[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]\s*){1,8}[：:]/u;

/** True when a block segment is a section heading line: the text after it is not part of it. */
export function isHeading(text: string): boolean {
  const t = text.trim();
  return HEADING_START.test(t) && Array.from(t).length <= HEADING_CHARS && !/[。、，,：:]/u.test(t.replace(/^[【＜〈《\[［][^】＞〉》\]］]*[】＞〉》\]］]/u, ''));
}

/** The 記 line of a notice, after which its items are set out (記 / 1　公募期間). */
const NOTE_MARK = /^\s*記\s*$/u;

/** The number of a numbered heading line (1　公募期間, ２．対象経費); undefined for any other line. */
function numberedHeading(text: string): number | undefined {
  const m = /^\s*([0-9０-９]{1,2})/u.exec(text);
  return m && isHeading(text) ? Number(normalizeText(m[1]!)) : undefined;
}

/** 同計画, 同事業, 同プログラム: a reference back to a thing the text named just before. */
const ANAPHOR = /同(計画|事業|プログラム|制度|会議|委員会|部会|拠点|機構|協議会)/u;

/**
 * True when a unit refers back (同計画) to what the unit before it in its document names (…基本計画):
 * the unit is read with that one, or it does not say which plan.
 */
export function refersBackTo(unit: AnswerUnit, before: AnswerUnit | undefined): boolean {
  const m = ANAPHOR.exec(unit.text);
  if (!m || !before || before.documentId !== unit.documentId) return false;
  return new RegExp(`(?<!同)${m[1]}`, 'u').test(before.text);
}

/** A question of a FAQ (Q4. …ですか。, Ｑ．…, 問２ …) and the answer that opens after it (A4. 必須ではありません。). */
const FAQ_QUESTION = /^\s*(?:[QＱ]\s*[0-9０-９]*\s*[.．:：]|[QＱ]\s*[0-9０-９]+\s|問\s*[0-9０-９]+\s*[.．:：、\s])/u;
const FAQ_ANSWER = /^\s*(?:[AＡ]\s*[0-9０-９]*\s*[.．]|[AＡ]\s*[0-9０-９]+\s*[:：\s]|答\s*[0-9０-９]*\s*[.．:：、\s])/u;
/** How many units back an answer's opening may stand from a sentence of it. */
const FAQ_REACH = 6;

/**
 * The opening of the FAQ answer a unit needs beside it: the answer to a question quoted (Q4. → A4. 必須ではありません。),
 * or the opening of the answer a later sentence of it belongs to (ただし、… after A4. …); undefined elsewhere.
 * `doc` is the units of its document, in order.
 */
export function faqAnswer(unit: AnswerUnit, doc: readonly AnswerUnit[]): AnswerUnit | undefined {
  const at = doc.indexOf(unit);
  if (at < 0 || FAQ_ANSWER.test(unit.text)) return undefined;
  if (FAQ_QUESTION.test(unit.text)) {
    const next = doc[at + 1];
    return next && FAQ_ANSWER.test(next.text) ? next : undefined;
  }
  for (let i = at - 1; i >= 0 && at - i <= FAQ_REACH; i--) {
    const u = doc[i]!;
    if (FAQ_QUESTION.test(u.text) || isHeading(u.text)) return undefined;
    if (FAQ_ANSWER.test(u.text)) return u;
  }
  return undefined;
}

/** Who may speak in minutes: a role, a member, the secretariat, or (in an assembly) a member called by name, 岡本和彦君. */
const SPEAKS = `${ROLE_WORDS}|委員|事務局|理事|審議官|参事官|補佐|主幹|次長|係長|知事|市長|君|記者`;
/**
 * The label that opens a speaker's turn in minutes: ○堀江委員：, ○松永地域科学技術振興室長：, 【宮森主査】; in an
 * assembly's minutes, marked and followed by a space (○井上委員　…, ○商工労働局長（川口　弘之君）　…); in a press
 * conference's, a label of its own line ((知事), （記者）).
 */
const SPEAKER = new RegExp(
  `^\\s*[○◯◎●]?\\s*[\\p{Script=Han}\\p{Script=Katakana}ー]{1,14}(?:${SPEAKS})\\s*[：:]|^\\s*【[^】]{2,16}(?:${SPEAKS})】` +
    `|^\\s*[○◯]\\s*[\\p{Script=Han}\\p{Script=Katakana}ー]{0,14}(?:${SPEAKS})(?:[（(][^）)]{1,12}[）)])?\\s|^\\s*[（(](?:${SPEAKS})[）)](?:\\s|$)`,
  'u',
);

/** The unit that opens the speaker's turn a unit of minutes stands in (○堀江委員：　…), when that is another unit of its block. */
export function speakerOf(unit: AnswerUnit, doc: readonly AnswerUnit[]): AnswerUnit | undefined {
  const at = doc.indexOf(unit);
  for (let i = at; i >= 0 && doc[i]!.block === unit.block; i--) {
    if (SPEAKER.test(doc[i]!.text)) return i === at ? undefined : doc[i];
  }
  return undefined;
}

/** A sentence that asks, as a question put in minutes ends: …負担するのか。, …伺います。, …お聞かせください。, …考えは。 */
const ASKS_IN_TURN = /(?:か|伺います|伺いたい|お尋ねします|お聞かせください|教えてください|考えは|いかが)[。？?]?\s*$/u;
/** How many units after a question the reply may open; how many units of the reply are read. */
const REPLY_REACH = 4;
const REPLY_UNITS = 3;

/**
 * The reply to a question put in a speaker's turn of minutes (○井上委員　…残りは誰が負担するのか。): the first few units
 * of the next speaker's turn (○大野商工労働局長　残りの２分の１につきましては…), up to the turn after it. Empty elsewhere.
 */
export function replyTo(unit: AnswerUnit, doc: readonly AnswerUnit[]): AnswerUnit[] {
  if (!(ASKS_IN_TURN.test(unit.text) || closesMembersTurn(unit, doc)) || !inSpeakersTurn(unit, doc)) return [];
  const at = doc.indexOf(unit);
  const opens = doc.findIndex((u, i) => i > at && i - at <= REPLY_REACH && SPEAKER.test(u.text));
  if (opens < 0) return [];
  const reply = [doc[opens]!];
  for (let i = opens + 1; i < doc.length && reply.length < REPLY_UNITS && !SPEAKER.test(doc[i]!.text); i++) reply.push(doc[i]!);
  return reply;
}

/** A member's label, who puts questions and remarks to the officials: ○福士委員, （記者）; not the chair (委員長). */
const MEMBER = /委員(?!長)|議員|記者/u;

/**
 * The last unit of a member's turn when the next speaker's turn follows at once: a remark the next turn
 * replies to though it asks nothing outright (○福士委員　…時間がかかっているとの声がある。 / ○宇津井主幹　…様式を見直した).
 */
function closesMembersTurn(unit: AnswerUnit, doc: readonly AnswerUnit[]): boolean {
  const next = doc[doc.indexOf(unit) + 1];
  const own = SPEAKER.test(unit.text) ? unit : speakerOf(unit, doc);
  return next !== undefined && next.block === unit.block && SPEAKER.test(next.text) && own !== undefined && MEMBER.test(SPEAKER.exec(own.text)![0]);
}

/**
 * The opening of the turn a unit of minutes replies to (○井上委員　…残りは誰が負担するのか。 for ○大野商工労働局長　残りの
 * ２分の１につきましては…): the turn just before the unit's own, where that turn ends with a question. Undefined elsewhere.
 */
export function askerOf(unit: AnswerUnit, doc: readonly AnswerUnit[]): AnswerUnit | undefined {
  const own = SPEAKER.test(unit.text) ? unit : speakerOf(unit, doc);
  const at = own ? doc.indexOf(own) : -1;
  if (at < 1 || !ASKS_IN_TURN.test(doc[at - 1]!.text)) return undefined;
  // (the asker's turn read back as far as a reply is read forward)
  for (let i = at - 1; i >= 0 && at - i <= REPLY_REACH + REPLY_UNITS; i--) if (SPEAKER.test(doc[i]!.text)) return doc[i];
  return undefined;
}

/** Whether a unit of minutes stands in a speaker's turn (its own label, or one before it in its block). */
export function inSpeakersTurn(unit: AnswerUnit, doc: readonly AnswerUnit[]): boolean {
  return SPEAKER.test(unit.text) || speakerOf(unit, doc) !== undefined;
}

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

/**
 * Runs of three or more short lines without digits, indented alike and deeper than the line
 * before them: names set one a line under a sentence (以下の１２件を採択した。/ 筑波大学 / …).
 * Returns the indices of the segments that are such cells.
 */
function cellSegments(block: Block, lines: readonly string[]): Set<number> {
  const cells = new Set<number>();
  const segs = block.segments.map((s, i) => {
    const { from, to } = segmentBounds(block, i);
    const t = block.text.slice(from, to).trim();
    const raw = lines[s.line_start - 1] ?? '';
    return {
      indent: indent(raw),
      // (spaces do not count: a letter-spaced name and the gap after it, 鳥　取　県　　中海・宍道湖…, are no longer a line)
      cell: Array.from(t.replace(/\s+/gu, '')).length <= CELL_CHARS && !/[0-9０-９。、，,：:]/u.test(t) && !ITEM_START.test(t),
      spaced: SPACED_ROW.test(raw.trim()) && !/[。：:]/u.test(t) && !ITEM_START.test(t),
    };
  });
  // a run of lines with columns spaced apart (秋田大学　　　資源循環型…　　　秋田県): one entry a line
  for (let i = 0; i < segs.length; ) {
    let j = i;
    while (j < segs.length && segs[j]!.spaced) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) cells.add(k);
    i = Math.max(j, i + 1);
  }
  for (let i = 1; i < segs.length; ) {
    let j = i;
    while (j < segs.length && segs[j]!.cell && segs[j]!.indent === segs[i]!.indent) j++;
    if (j - i >= MIN_CELLS && segs[i]!.indent > segs[i - 1]!.indent) for (let k = i; k < j; k++) cells.add(k);
    i = Math.max(j, i + 1);
  }
  return cells;
}

interface Piece {
  from: number;
  to: number;
  cell: boolean;
  /** A table row (or header): its cells are set apart by spaces. */
  row?: boolean;
  header?: boolean;
}

/** A numbered label opening a line, set apart by a space: 資料３　, 参考資料１　, 議題２ . */
const NUMBERED_LABEL = /^\s*(\p{Script=Han}{1,6})[0-9０-９]{1,2}[ \u3000]/u;

/** Whether two lines open with the same numbered label (資料５　… / 資料６　…, or 参考資料１　… after them): each is an item. */
function sameLabel(prev: string, text: string): boolean {
  const a = NUMBERED_LABEL.exec(prev)?.[1];
  const b = NUMBERED_LABEL.exec(text)?.[1];
  return a !== undefined && b !== undefined && (a.endsWith(b) || b.endsWith(a));
}

function splitBlock(block: Block, lines: readonly string[], plans: readonly RowPlan[] = []): Piece[] {
  if (plans[0]?.header) return [{ from: 0, to: block.text.length, cell: false, row: true, header: true }];
  // table rows stand whole; the rest of the block is cut as usual
  const rows: Piece[] = [];
  for (const plan of plans) {
    for (let k = 0; k < plan.count; k++) {
      const from = segmentBounds(block, plan.start + k * plan.width).from;
      const to = segmentBounds(block, plan.start + (k + 1) * plan.width - 1).to;
      // (a row a line: a cell's end wrapped onto a line of its own goes with the row above)
      const above = rows.at(-1);
      if (plan.width === 1 && k > 0 && above && wrappedTail(block.text.slice(from, to))) above.to = to;
      else rows.push({ from, to, cell: false, row: true });
    }
    if (plan.headerSegment !== undefined) {
      const { from, to } = segmentBounds(block, plan.headerSegment);
      rows.push({ from, to, cell: false, row: true, header: true });
    }
  }
  const inRow = (o: number) => rows.some((r) => o > r.from && o < r.to);
  // cut points: segment starts that open an item, a field line or the next numbered heading, after a heading line or 記, around
  // cells of a one-a-line list, and after sentence ends
  const cuts = new Set<number>([0, block.text.length, ...rows.flatMap((r) => [r.from, r.to])]);
  const cells = cellSegments(block, lines);
  const cellStarts = new Set([...cells].map((i) => block.segments[i]!.offset));
  for (const i of cells) {
    const { from, to } = segmentBounds(block, i);
    cuts.add(from);
    cuts.add(to);
  }
  // the number of the last numbered heading line (1　公募期間): the next one (2　対象…) opens a unit even after a value line
  let section = numberedHeading(block.text.slice(0, segmentBounds(block, 0).to));
  block.segments.forEach((s, i) => {
    if (i === 0) return;
    const { from, to } = segmentBounds(block, i);
    const number = numberedHeading(block.text.slice(from, to));
    const nextSection = number !== undefined && section !== undefined && number === section + 1;
    if (number !== undefined) section = number;
    const prev = segmentBounds(block, i - 1);
    const prevText = block.text.slice(prev.from, prev.to);
    const text = block.text.slice(from, from + 12);
    const field = FIELD_LINE.test(text) && openBrackets(block.text.slice(0, from)) === 0;
    // a line set out less than the bulleted item above it is no part of that item (・高知県… / 令和元年度（１件）)
    const itemAbove = block.segments.slice(0, i).reverse().find((x, k, arr) => k === arr.length - 1 || ITEM_START.test(block.text.slice(x.offset, x.offset + 4)));
    const dedent = itemAbove !== undefined && ITEM_START.test(block.text.slice(itemAbove.offset, itemAbove.offset + 4)) && indent(lines[s.line_start - 1]) < indent(lines[itemAbove.line_start - 1]);
    if (ITEM_START.test(text) || field || dedent || nextSection || sameLabel(prevText, text) || isHeading(prevText) || NOTE_MARK.test(prevText)) cuts.add(s.offset);
  });
  for (const m of block.text.matchAll(SENTENCE_END)) if (openBrackets(block.text.slice(0, m.index)) === 0) cuts.add(m.index + m[0].length);
  const sorted = [...cuts].filter((o) => !inRow(o)).sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const row = rows.find((r) => r.from === sorted[i]);
    if (row) {
      out.push(row);
      continue;
    }
    if (cellStarts.has(sorted[i]!)) {
      out.push({ from: sorted[i]!, to: sorted[i + 1]!, cell: true });
      continue;
    }
    let from = sorted[i]!;
    const to = sorted[i + 1]!;
    // long runs without a sentence end (tables, slides): cut at line starts
    while (to - from > MAX_UNIT_CHARS * 1.5) {
      const next = block.segments.map((s) => s.offset).find((o) => o > from + MAX_UNIT_CHARS * 0.5 && o <= from + MAX_UNIT_CHARS);
      if (next === undefined) break;
      out.push({ from, to: next, cell: false });
      from = next;
    }
    out.push({ from, to, cell: false });
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
  const tables = planTables(prepared.blocks, doc.lines);
  prepared.blocks.forEach((block, b) => {
    for (const { from, to, cell, row, header } of splitBlock(block, doc.lines, tables.get(b))) {
      const text = unitText(block, from, to, doc.lines, row);
      const { line_start, line_end } = blockLines(block, from, to);
      const unit = { documentId: doc.meta.id, source: doc.meta.source, text, key: matchKey(text), line_start, line_end, block: firstBlock + b, indent: indent(doc.lines[line_start - 1]), ...(cell && { cell }), ...(row && { table: header ? ('header' as const) : ('row' as const) }) };
      const prev = units[units.length - 1];
      if (prev && prev.block !== unit.block && !row && !prev.table && continues(prev, unit, doc.lines, docKey)) {
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
  assignAmountUnits(out);
  assignHeadings(out);
  assignLeads(out);
  return out;
}

/**
 * The text of characters [from, to) of a block; a line that the original indents (a value's
 * second line, 「○山形県地域　山形大学 / 　フレキシブル…」) is set off by a space, not glued on.
 */
function unitText(block: Block, from: number, to: number, lines: readonly string[], cells = false): string {
  let text = '';
  let at = from;
  block.segments.forEach((s, i) => {
    if (s.offset <= from || s.offset >= to) return;
    // indented deeper than the line before it
    const indented = i > 0 && indent(lines[s.line_start - 1]) > indent(lines[block.segments[i - 1]!.line_start - 1]);
    const before = text + block.text.slice(at, s.offset);
    // not where the line before breaks off mid-sentence: that is running text wrapped under a hanging indent
    const wrapped = !cells && wrappedLine(block.text.slice(block.segments[i - 1]?.offset ?? 0, s.offset));
    text = before + ((indented || cells) && !wrapped && !/\s$/u.test(before) ? ' ' : '');
    at = s.offset;
  });
  return (text + block.text.slice(at, to)).trim();
}

/** How many whitespace characters open a line. */
function indent(line: string | undefined): number {
  return /^[\s\u3000]*/u.exec(line ?? '')![0].length;
}

/** A label giving the yen unit of the amounts after it on its line: 国からの交付額（万円）：H29 6,800／H30 9,500, a table row's 受入額（千円）　52,300　60,150. */
const OWN_AMOUNT_UNIT = new RegExp(`[（(](${YEN_UNITS})[)）]\\s*(?:[:：]|\\s(?=\\s*[0-9]))`, 'u');

/** A heading that ends in the yen unit of the figures under it: （参考）国の予算額の推移（百万円）. */
const TITLE_AMOUNT_UNIT = new RegExp(`^[^0-9]*[（(](${YEN_UNITS})[)）]$`, 'u');

/** Gives each unit the yen unit of the nearest 「（単位：千円）」 line above it, within a table's reach, or of its own label. */
function assignAmountUnits(units: AnswerUnit[]): void {
  let declared: { unit: string; line: number } | undefined;
  for (const u of units) {
    const text = normalizeText(u.text);
    const m = AMOUNT_UNIT.exec(text) ?? TITLE_AMOUNT_UNIT.exec(text.trim());
    const own = OWN_AMOUNT_UNIT.exec(text);
    if (m) declared = { unit: m[1]!, line: u.line_end };
    else if (own) u.amountUnit = own[1];
    else if (declared && u.line_start - declared.line <= AMOUNT_UNIT_LINES) u.amountUnit = declared.unit;
  }
}

/** Gives a unit that stands right under a section heading line the heading's id. */
function assignHeadings(units: AnswerUnit[]): void {
  for (let i = 1; i < units.length; i++) {
    const head = units[i - 1]!;
    const u = units[i]!;
    if (head.documentId === u.documentId && u.line_start - head.line_end <= 2 && isHeading(head.text) && !isHeading(u.text)) u.heading = head.id;
  }
}

/** The kind of marker an item opens with (◇, ・, （１）, １．), so siblings can be told from the heading above them. */
function markerOf(text: string): string | undefined {
  const m = ITEM_START.exec(text);
  if (!m) return undefined;
  if (/^[①-⑳]/u.test(m[0])) return '①';
  return /^[\(（]/u.test(m[0]) ? '()' : /^[0-9０-９]/u.test(m[0]) ? '1.' : m[0];
}

/** A sentence that ends by saying a list follows: 次の観点から審査する。, 以下のとおりです：. */
const LIST_FOLLOWS = /(?:次|以下|下記)の[^。、]{0,24}[。：:]$/u;

/** Gives each list item the heading line its list stands under (the line before the first item). */
function assignLeads(units: AnswerUnit[]): void {
  for (let i = 1; i < units.length; i++) {
    if (units[i]!.table === 'row') {
      // a row stands under its table's header
      for (let j = i - 1; j >= 0 && units[j]!.documentId === units[i]!.documentId; j--) {
        if (units[j]!.table === 'header') {
          units[i]!.lead = units[j]!.id;
          break;
        }
      }
      continue;
    }
    if (units[i]!.cell) {
      // the cells of a one-a-line list stand under the sentence before the first of them
      let j = i - 1;
      while (j >= 0 && units[j]!.cell) j--;
      if (j >= 0 && units[j]!.documentId === units[i]!.documentId) units[i]!.lead = units[j]!.id;
      continue;
    }
    const marker = markerOf(units[i]!.text);
    // a numbered section heading (２．審査の経過) heads what follows; it is no item of a list (unless it
    // is the last of a list its siblings before it are items of: （４）… after （１）–（３）)
    const sibling = markerOf(units[i - 1]!.text) === marker && units[i - 1]!.lead !== undefined;
    if (marker === undefined || (units[i + 1]?.heading === units[i]!.id && !sibling)) continue;
    // back over the items of the same kind, and the lines set deeper under them (中核機関：…)
    const deeper = (u: AnswerUnit) => u.indent > units[i]!.indent && markerOf(u.text) !== marker;
    let j = i - 1;
    while (j >= 0 && units[j + 1]!.line_start - units[j]!.line_end <= 3 && (markerOf(units[j]!.text) === marker || deeper(units[j]!))) j--;
    const head = units[j];
    // (a heading line, or a sentence that says a list follows: …次の観点から審査する。)
    const heads = head && (LIST_FOLLOWS.test(head.text) || (head.text.length <= 50 && !head.text.includes('。')));
    if (!head || !heads || units[j + 1]!.line_start - head.line_end > 3 || markerOf(head.text) === marker) continue;
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
