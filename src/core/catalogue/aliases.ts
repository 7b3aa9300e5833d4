// Other names a document gives a programme where it names it: an abbreviation in brackets
// (共創の場形成支援プログラム（ＣＯＩ－ＮＥＸＴ）, …（ＯＰＥＲＡ、平成２８年度開始）), the short form inside
// its name (センター・オブ・イノベーション（ＣＯＩ）プログラム → ＣＯＩプログラム), 「以下「…」という」,
// an English title on the line under a title (COI-NEXT : Program for Co-creating Innovation Ecosystem),
// and a title whose next line gives its former name ((旧称:研究成果活用プラザ)).
import type { Citation } from '../schemas.js';
import { writtenInOrder } from './name-key.js';
import { DEFINES_SHORT_NAME, isGenericName, type NameMention } from './names.js';
import { AGENCY_NAME } from './prose-facts.js';
import type { RawFact } from './raw-fact.js';
import { citeBlock, segmentAt, segmentBounds, type PreparedDocument } from './source-text.js';

/**
 * Latin letters, digits and joiners with two capitals or more, perhaps with its kind: ＣＯＩ－ＮＥＸＴ, Ｊ－ＰＥＡＫＳ, OPERA, ＲＳＰ事業;
 * not an agency that runs it (…プログラム（ＪＳＴ）).
 */
function isAbbreviation(s: string): boolean {
  const t = s.normalize('NFKC').trim();
  if (t in AGENCY_NAME) return false;
  return /^[A-Za-z0-9][A-Za-z0-9\-・&. ]{1,19}(?:事業|プログラム|制度)?$/u.test(t) && (t.match(/[A-Z]/g) ?? []).length >= 2 && !/^\d+/.test(t);
}

/** Brackets that give a short name: 略称：ＤＸ事業, 通称「…」. */
const SHORT_NAMED = /^\s*(?:略称|通称)\s*[:：]?\s*「?([^「」、,，]{2,30}?)」?\s*$/u;

/**
 * The short name a bracket's content gives (以下「…」という, 略称：…, 通称「…」), with how it gives it;
 * none when it is a word that points back (以下「本事業」という: every document's programme is its 本事業).
 */
function shortNameIn(content: string): { name: string; note: string } | undefined {
  const defined = DEFINES_SHORT_NAME.exec(content);
  if (defined) return isGenericName(defined[1]!) ? undefined : { name: defined[1]!, note: '以下「…」という' };
  const named = SHORT_NAMED.exec(content);
  return named ? { name: named[1]!, note: '略称' } : undefined;
}

/** Alias and English-name facts stated at one strong mention. */
export function aliasFacts(doc: PreparedDocument, m: NameMention): RawFact[] {
  const block = doc.blocks[m.blockIndex]!;
  const out: RawFact[] = [];
  const subject = { type: 'programme' as const, name: m.name };
  const add = (field: 'alias' | 'english_name', value: string, from: number, to: number, note?: string) =>
    out.push({ subject, field, value, citations: [citeBlock(doc, block, from, to)], as_written: block.text.slice(from, to), origin: 'rule', ...(note && { note }) });
  // an abbreviation in the brackets right after the name
  const first = m.trailing[0];
  if (first && block.text.slice(m.to, first.from).trim() === '') {
    const head = first.content.split(/[、,，]/u)[0]!.trim();
    if (isAbbreviation(head)) add('alias', head, m.from, first.to, 'abbreviation in brackets after the name');
  }
  // (in the brackets after the quote that closes the name: 「…プログラム」（以下「…」という。）, （略称：…）)
  const after = /^[」』]?[\s　]*[(（]([^()（）]*)[)）]/u.exec(block.text.slice(m.end));
  const later = after && shortNameIn(after[1]!);
  if (later) add('alias', later.name, m.from, m.end + after[0].length, later.note);
  // (in the brackets right after the name: …事業（以下「…」という。）, …事業（略称：…）)
  const defined = first && shortNameIn(first.content);
  if (defined) add('alias', defined.name, m.from, first.to, defined.note);
  // a term an entry of a glossary defines as its short form: **知財エコ事業**：特許庁の「…事業」（令和６年度～）の班内略称
  const entry = definedTerm(block, m);
  if (entry) add('alias', entry.term, entry.from, entry.to, 'a term defined as its short form');
  // the short form inside the name: A（B）C → BC (and B when it is an abbreviation)
  const inner = /^(.+?)（([^（）]{2,20})）(.+)$/u.exec(m.base);
  if (inner && !/年度|期$/u.test(inner[2]!)) {
    const [, , b, c] = inner;
    if (isAbbreviation(b!) || /^[\p{Script=Katakana}ー・]{4,}$/u.test(b!)) add('alias', `${b}${c}`, m.from, m.to, 'the short form the name holds in brackets');
    if (isAbbreviation(b!)) add('alias', b!, m.from, m.to, 'the abbreviation the name holds in brackets');
  }
  // an English title on the next line of a title at the top of the document
  if (m.heading && m.blockIndex <= 2) {
    const si = block.segments.findIndex((s, i) => s.offset <= m.end && m.end <= segmentBounds(block, i).to);
    const next = si >= 0 && si + 1 < block.segments.length ? segmentBounds(block, si + 1) : undefined;
    const line = next ? block.text.slice(next.from, next.to).trim() : '';
    if (/^[A-Za-z][A-Za-z0-9 ,:&'’\-–()]{10,}$/u.test(line) && line.split(/\s+/).length >= 3) {
      const split = /^([A-Za-z0-9\-]{2,15})\s*:\s*(.+)$/u.exec(line);
      const english = split ? split[2]! : line;
      if (split && isAbbreviation(split[1]!)) add('alias', split[1]!, next!.from, next!.to, 'abbreviation on the English title line');
      if (/program|initiative|project|plan|grant|scheme|fund/iu.test(english)) add('english_name', english.trim(), next!.from, next!.to, 'English title under the Japanese one');
    }
  }
  return out;
}

/** The opening of a glossary entry up to the quote of a name: its term, set off by ：, and a few words (- **知財エコ事業**：特許庁の「). */
const ENTRY_HEAD = /^[\s　]*(?:[-・●○■◆＊*]\s*)?(?:\*\*)?([^\s　：:*「」『』（）()、。]{2,20}?)(?:\*\*)?[\s　]*[：:][\s　]*[^「」『』。：:]{0,20}[「『]\p{Script=Hiragana}*$/u;
/** What the entry says of the name, in its first sentence: that the term is its short form. */
const SHORT_FORM_SAID = /略称|通称|の略(?![\p{Script=Han}])/u;
/** A term named as a programme is (旧新技術補助金): an entry that gives a name and nothing more says it is that name. */
const NAME_TERM = /(?:事業|補助金|交付金|助成金|プログラム|制度)$/u;
/** A term that is an entry's label, not a name: 事業名, 正式名称, 件名. */
const LABEL_TERM = /名称?$|^(?:略称|通称|件名|題目|標題|テーマ)$/u;

/** The term of a glossary entry that defines it as the short form of the quoted name it gives. */
function definedTerm(block: PreparedDocument['blocks'][number], m: NameMention): { term: string; from: number; to: number } | undefined {
  const { from: lineFrom, to: lineTo } = segmentBounds(block, segmentAt(block, m.from));
  const head = ENTRY_HEAD.exec(block.text.slice(lineFrom, m.from));
  if (!head || LABEL_TERM.test(head[1]!) || isGenericName(head[1]!) || head[1] === m.base) return undefined;
  const sentence = block.text.slice(m.end, lineTo).split('。')[0]!;
  const nameAlone = NAME_TERM.test(head[1]!) && /^[」』]?[\s　]*$/u.test(sentence);
  return SHORT_FORM_SAID.test(sentence) || nameAlone ? { term: head[1]!, from: lineFrom, to: m.end + sentence.length } : undefined;
}

/** Whether `short` is written with characters of `full`, in their order, and is shorter (医機拠点 of 地域医療機器拠点事業). */
function abbreviates(short: string, name: string): boolean {
  // (of the name itself, not of what its brackets add: 第Ⅰ期 is no short form of 知的クラスター創成事業（第Ⅰ期）)
  const full = name.replace(/[（(][^（）()]*[）)]/gu, '');
  const chars = Array.from(short.replace(/[・\s　]/gu, ''));
  return chars.length >= 3 && chars.length < Array.from(full).length && !full.endsWith(short) && !isGenericName(short) && writtenInOrder(chars, full);
}

/** A word before a name, set off from it by ＝ or by the brackets the name stands in: 医機拠点（地域医療機器拠点事業）, 略語：医機拠点＝… */
const SHORT_BEFORE = /([\p{Script=Han}\p{Script=Katakana}ー・A-Za-zＡ-Ｚａ-ｚ]{3,20}(?:[／/][\p{Script=Han}\p{Script=Katakana}ー・A-Za-zＡ-Ｚａ-ｚ]{3,20})*)(?:[＝=]|[（(])$/u;

/** A name's common name after it: 、いわゆる社実拠点, （いわゆる「知財ハブ」）. */
const SO_CALLED = /^[」』]?[、,，\s　（(]*いわゆる[\s　]*[「『]?([\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9Ａ-Ｚａ-ｚ０-９・&＆]{2,15}?)(?=[」』）)]|[\p{Script=Hiragana}、。,，\s　]|$)/u;

/**
 * Short forms a document writes beside a name, made of its characters in their order: before it, set off by
 * ＝ or brackets (医機拠点（地域医療機器拠点事業）, 事業化補助金／促進補助金＝事業化促進補助金), or in the
 * brackets after it (地域医療機器拠点事業（医機拠点）).
 */
export function abbreviationFacts(doc: PreparedDocument, m: NameMention): RawFact[] {
  const block = doc.blocks[m.blockIndex]!;
  const text = block.text;
  const out: RawFact[] = [];
  const add = (value: string, from: number, to: number) =>
    out.push({ subject: { type: 'programme', name: m.name }, field: 'alias', value, citations: [citeBlock(doc, block, from, to)], as_written: text.slice(from, to), origin: 'rule', note: 'a short form written beside the name' });
  const before = SHORT_BEFORE.exec(text.slice(Math.max(0, m.from - 64), m.from));
  const bracketed = before !== null && /[（(]$/u.test(before[0]) && /^[）)]/u.test(text.slice(m.to));
  if (before && (bracketed || /[＝=]$/u.test(before[0]))) {
    for (const short of before[1]!.split(/[／/]/u)) if (abbreviates(short, m.name)) add(short, m.from - before[0].length, m.to);
  }
  const after = /^[（(]([^（）()、,，]{3,20})[）)]/u.exec(text.slice(m.to));
  if (after && abbreviates(after[1]!, m.name)) add(after[1]!, m.from, m.to + after[0].length);
  // or after いわゆる, which says it is what the name is called (…拠点事業、いわゆる社実拠点の方は)
  const called = SO_CALLED.exec(text.slice(m.end));
  if (called && !isGenericName(called[1]!)) add(called[1]!, m.from, m.end + called[0].length);
  return out;
}

/** How far into a document its title and former-name line may stand. */
const TITLE_BLOCKS = 3;
/** A line giving a title's former names: (旧称:研究成果活用プラザ/JSTサテライト), （旧名称：…）. */
const FORMER_LINE = /^[\s　]*[(（](?:旧称|旧名称|旧事業名)\s?[:：]\s?([^()（）]{2,60})[)）][\s　]*$/u;
/** A title that can be a name (or names joined by ・): no kana but ー, no punctuation. */
const TITLE_NAME = /^[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9Ａ-Ｚａ-ｚ０-９\-－]{3,60}$/u;

/** A document's title and the former names the line under it gives, with the two lines' citation. */
export interface RenamedTitle {
  names: string[];
  former: string[];
  at: Citation;
}

/** The title whose next line says what it was called before: JSTイノベーションプラザ・JSTイノベーションサテライト / (旧称:研究成果活用プラザ/JSTサテライト). */
export function renamedTitle(doc: PreparedDocument): RenamedTitle | undefined {
  for (const block of doc.blocks.slice(0, TITLE_BLOCKS)) {
    for (let i = 1; i < block.segments.length; i++) {
      const line = segmentBounds(block, i);
      const former = FORMER_LINE.exec(block.text.slice(line.from, line.to));
      if (!former) continue;
      const prev = segmentBounds(block, i - 1);
      const title = block.text.slice(prev.from, prev.to).trim();
      if (!TITLE_NAME.test(title)) return undefined;
      const parts = title.split('・').filter((p) => Array.from(p).length >= 3);
      const names = parts.length > 1 && parts.every((p) => /[\p{Script=Katakana}A-Za-z]/u.test(p)) ? [title, ...parts] : [title];
      return { names, former: former[1]!.split(/[/／、,]/u).map((s) => s.trim()).filter((s) => s !== ''), at: citeBlock(doc, block, prev.from, line.to) };
    }
  }
  return undefined;
}
