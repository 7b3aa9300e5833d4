// Finds programme names in a document: runs of name characters ending in 事業, プログラム, 計画,
// or 交付金, with what follows them (a variant such as （第Ⅰ期）, periods and amounts in brackets)
// and whether they stand as a heading, a list item or a quoted name (strong) or only in running text.
// Names with kana inside (共創の場形成支援プログラム) are read where their bounds are plain: in quotes
// and alone on a line (delimited-names.ts); any name in the first column of a table under 事業名 (table-rows.ts).
import { findYearMentions } from '../era.js';
import { DELIMITED_SUFFIX_END, delimitedMentions, LEAD_PREFIX, TOPIC_REST } from './delimited-names.js';
import type { Block, PreparedDocument } from './source-text.js';
import { tableNameMentions } from './table-rows.js';
import { segmentAt, segmentBounds } from './source-text.js';

/** One place where a document names a programme. */
export interface NameMention {
  name: string;
  /** The base name and a variant in brackets: 知的クラスター創成事業 + 第Ⅰ期. */
  base: string;
  variant?: string;
  blockIndex: number;
  from: number;
  to: number;
  /** Contents of the brackets that follow the name (after a variant), in order. */
  trailing: { content: string; from: number; to: number }[];
  /** Block offset just after the name and its brackets. */
  end: number;
  /** At the start of a line, after bullets only. */
  lead: boolean;
  /** Lead, and nothing but brackets (or an amount) after it on its line: the name heads what follows. */
  heading: boolean;
  /** Heading, list item, quoted, or followed by a period or amount: the text presents it as a programme. */
  strong: boolean;
  /** A heading line about it (「…事業の概要」, 「…プログラムの推進」): what follows is about it. */
  topic?: boolean;
  /** It opens a row of a budget sheet whose numbers add up: a line item of the sheet's issuer. */
  budgetRow?: boolean;
}

/**
 * The words a programme's name ends with in running text (構想, 制度 and a bare 補助金 only where delimited-names.ts reads
 * them, or where the text defines a short name for it: …支援補助金（以下「…」という。）).
 */
const NAME_SUFFIX = '(?:事業費補助金|事業|プログラム|計画|交付金|(?:補助金|負担金)(?=[（(]以下))';

/** A run that already ends as a name does (…事業費補助金, …事業). */
const ENDS_NAME = /(?:事業費補助金|補助金|事業|プログラム|計画|交付金)$/u;

const NAME_CHAR = '[\\p{Script=Han}\\p{Script=Katakana}ー・A-Za-z0-9Ａ-Ｚａ-ｚ０-９ⅠⅡⅢⅣⅤ々]';
const NAME_RE = new RegExp(`${NAME_CHAR}(?:${NAME_CHAR}|（[^（）\\n]{1,20}）(?=${NAME_CHAR}))*?${NAME_SUFFIX}(?!(?![0-9０-９等及並])${NAME_CHAR})`, 'gu');
const BULLETS = LEAD_PREFIX;
/** An item number in brackets: （１）, (2), （三）. */
const LIST_NUMBER = /^[（(][0-9０-９一二三四五六七八九十ⅰ-ⅹ]{1,3}[)）]/u;
const NAME_LINE = new RegExp(`^${NAME_CHAR}+$`, 'u');
const GENERIC_HEADS = new Set([
  '本', '各種', '各', '同', '当該', '他', '新', '新規', '継続', 'モデル', '地域', '研究開発', '人材育成', '事業', '実施', '県単', '関連', '国', '基本', 'クラスター創成',
]);
/** Brackets after a name that give its short name: （以下「医療機器拠点事業」という。）, （以下「技術ブリッジ事業」といいます。）, （以下「共創拠点事業」と呼ぶ。）. */
export const DEFINES_SHORT_NAME = /^\s*以下[、,]?\s*「([^」]{2,30})」\s*(?:という|といいます|と略|と呼)/u;
const VARIANT_RE = /^(?:第[ⅠⅡⅢⅣⅤ0-9０-９一二三四五]+期|[\p{Script=Han}\p{Script=Katakana}ー・]{2,12}型)$/u;

/** True for a name that is a generic word (本事業, 各種事業, 関連事業, 事業計画) or not a name at all. */
export function isGenericName(name: string): boolean {
  const head = name.replace(DELIMITED_SUFFIX_END, '');
  if (head.length < 3 || GENERIC_HEADS.has(head)) return true;
  if (/(関連|・|の|新)$/.test(head)) return true;
  // 大学等事業 is not a name, 企業立地促進等事業 is (an action and 等)
  if (/等$/.test(head) && Array.from(head).length <= 5) return true;
  if (/基本計画$/.test(name)) return true; // plans are read by plans.ts
  if (findYearMentions(name).length > 0 || /[0-9０-９]\s?[ヵヶカケか]?年|年度/.test(head)) return true;
  if (/^[0-9０-９]+$/.test(head)) return true;
  return false;
}

/** A fiscal-year range with no brackets round it: H23～, H14～H21, 平成２３年度～, 2021～2023年度. */
const BARE_PERIOD = /^(?:(?:平成|令和|昭和|[HRＨＲ])\s?[0-9０-９元]{1,2}|[0-9０-９]{4})\s?(?:年度?)?\s?[～〜~]\s?(?:(?:(?:平成|令和|昭和|[HRＨＲ])\s?)?[0-9０-９元]{1,4}\s?(?:年度?)?)?/u;

export function readTrailing(text: string, pos: number): { groups: NameMention['trailing']; end: number } {
  const groups: NameMention['trailing'] = [];
  let i = pos;
  for (;;) {
    while (i < text.length && /[\s　]/.test(text[i]!)) i++;
    const open = text[i];
    const close = open === '（' ? '）' : open === '(' ? ')' : open === '〈' ? '〉' : open === '＜' ? '＞' : open === '【' ? '】' : undefined;
    if (!close) {
      // a period written bare after the name, as slides do: 「…プログラム H23～　累計37地域」, 「…事業 H14～H21」
      const bare = BARE_PERIOD.exec(text.slice(i));
      if (bare) groups.push({ content: bare[0], from: i, to: i + bare[0].length });
      break;
    }
    let depth = 0;
    let j = i;
    for (; j < text.length; j++) {
      if (text[j] === open) depth++;
      else if (text[j] === close && --depth === 0) break;
      else if ((text[j] === '）' || text[j] === ')') && close !== text[j] && depth === 1 && (open === '（' || open === '(')) break; // mixed brackets: (１件当たり…）
    }
    if (j >= text.length) break;
    groups.push({ content: text.slice(i + 1, j), from: i, to: j + 1 });
    i = j + 1;
  }
  return { groups, end: groups.length ? groups[groups.length - 1]!.to : pos };
}

/**
 * Where a run that goes on from one line into the next really starts: after a line that is a label
 * (■沿革, 事業名, １．中間評価の趣旨) or a row of table cells, the name is the next line's own, when that is a name by itself.
 * A name broken over lines (先端地域連携 / 事業) stays whole.
 */
function cutAfterLabel(block: Block, from: number, to: number): number {
  if (block.segments.length < 2) return from;
  for (const [i, s] of block.segments.entries()) {
    if (s.offset <= from || s.offset >= to || i === 0) continue;
    const prev = segmentBounds(block, i - 1);
    const prevLine = block.text.slice(prev.from, prev.to).trim();
    const before = Array.from(block.text.slice(Math.max(from, prev.from), s.offset)).length;
    const label = !NAME_LINE.test(prevLine) || Array.from(prevLine).length <= 3 || /名$/u.test(prevLine);
    // (a row of cells set apart by wide spaces ends at its line: 事　項　前年度予算額…　対前年度比 / …事業　480,000)
    const cells = /\S(?:\u3000|\s{2,})\S/u.test(prevLine);
    if (((before <= 3 && label) || cells) && !isGenericName(block.text.slice(s.offset, to))) return s.offset;
  }
  return from;
}

/** Extends a name that starts with a short phrase holding hiragana at the start of its line (世界に誇る…). */
function extendLeft(block: Block, from: number): number {
  const seg = segmentAt(block, from);
  const { from: lineStart } = segmentBounds(block, seg);
  // after bullets and markers such as （新）
  const prefix = block.text.slice(lineStart, from).replace(/^[\s　]*(?:(?:[■□◆◇○●・※]|[（(〈＜<【](?:新|新規|拡充|継続|一部新規)[)）〉＞>】])[\s　]*)*/u, '');
  if (prefix.length === 0 || prefix.length > 8) return from;
  if (!/\p{Script=Hiragana}/u.test(prefix) || /[\s　、。：:・■○●◆◇「」（）()]/u.test(prefix)) return from;
  if (/[のがはをにでとへや]$/u.test(prefix)) return from; // 経済産業省の…計画: an owner, not part of the name
  return from - prefix.length;
}

/** The block's text with a 「・」 that opens a line blanked out: a name ends at its line (…事業 / ・平成28年度開始). */
function lineBulletsMasked(block: Block): string {
  const chars = block.text.split('');
  for (const s of block.segments) if (chars[s.offset] === '・') chars[s.offset] = '\n';
  return chars.join('');
}

/** Every mention of a programme-like name in the document, strong or weak, in reading order. */
export function findNameMentions(doc: PreparedDocument): NameMention[] {
  const out: NameMention[] = [];
  doc.blocks.forEach((block, blockIndex) => {
    const text = block.text;
    for (const m of lineBulletsMasked(block).matchAll(NAME_RE)) {
      let from = m.index!;
      let to = from + m[0].length;
      // nor across a line break after a whole name, when the next line goes on in kana (…補助金 / 事業の目的・概要)
      if (/\p{Script=Hiragana}/u.test(text[to] ?? '')) {
        const cut = block.segments.find((s) => s.offset > from && s.offset < to && ENDS_NAME.test(text.slice(from, s.offset)));
        if (cut) to = cut.offset;
      }
      // A run does not go on across a line that opens with a bullet ("…の育成" / "・知的…").
      for (const s of block.segments) {
        if (s.offset > from && s.offset < to && /^[・■○◇◆●※]/.test(block.text.slice(s.offset))) from = s.offset;
      }
      while (block.text[from] === '・' && from < to) from++;
      from = cutAfterLabel(block, from, to);
      // nor across an item number that opens a line (４．議題 / （１）地域卓越…プログラムの…)
      from += LIST_NUMBER.exec(block.text.slice(from, to))?.[0].length ?? 0;
      if (isGenericName(block.text.slice(from, to))) continue;
      from = extendLeft(block, from);
      const base = text.slice(from, to);
      const seg = segmentAt(block, from);
      const { from: lineStart } = segmentBounds(block, seg);
      const lead = BULLETS.test(text.slice(lineStart, from));
      let { groups, end } = readTrailing(text, to);
      let variant: string | undefined;
      const first = groups[0];
      if (first && first.from === to && VARIANT_RE.test(first.content)) {
        variant = first.content;
        groups = groups.slice(1);
      }
      const endSeg = segmentAt(block, Math.max(to, end) - 1);
      const { to: lineEnd } = segmentBounds(block, endSeg);
      const rest = text.slice(end, lineEnd).trim();
      const nextIsAmount = /^[0-9０-９][0-9０-９,，．.]*\s?(?:（[0-9０-９,，]+）)?\s?(兆|億|百万|万)?円/.test(rest) || /^[0-9０-９,，]+（[0-9０-９,，]+）(億|百万|万)円/.test(rest);
      const quoted = text[from - 1] === '「' && text[to] === '」';
      const bracketed = (text[from - 1] === '（' || text[from - 1] === '(') && (text[to] === '）' || text[to] === ')') && text.slice(lineStart, from - 1).trim() === '' && text.slice(to + 1, lineEnd).trim() === '';
      const vertical = block.segments[seg]!.line_end > block.segments[seg]!.line_start; // a label in a figure
      const heading = !vertical && lead && (rest === '' || nextIsAmount || /^[※＊*]/.test(rest));
      const withFacts = groups.some((g) => findYearMentions(g.content).length > 0 || /[0-9０-９]\s?(億|百万|万)?円|新規|拡充/.test(g.content));
      const topic = !vertical && lead && !heading && TOPIC_REST.test(rest);
      // …事業（以下「…事業」という。）: the text defines it as a name
      const defined = groups.some((g) => DEFINES_SHORT_NAME.test(g.content));
      const strong = !vertical && (heading || topic || quoted || bracketed || defined || (lead && (withFacts || variant !== undefined)));
      out.push({ name: variant ? `${base}（${variant}）` : base, base, ...(variant && { variant }), blockIndex, from, to, trailing: groups, end, lead, heading, strong, ...(topic && { topic }) });
    }
  });
  const delimited = [...delimitedMentions(doc, readTrailing), ...tableNameMentions(doc)];
  return dropConcatenations(mergeDelimited(wholeNames(doc, out, delimited), delimited));
}

/**
 * A name read only from where its characters run (…ものづくり技術開発支援補助金 read from 技術) is the whole name the
 * document sets apart elsewhere (on its title line, in quotes), where the text before it spells the rest.
 */
function wholeNames(doc: PreparedDocument, mentions: NameMention[], delimited: readonly NameMention[]): NameMention[] {
  const wholes = [...new Set(delimited.map((d) => d.base))].filter((b) => !isGenericName(b));
  for (const m of mentions) {
    const text = doc.blocks[m.blockIndex]!.text;
    const whole = wholes.find((w) => w.length > m.base.length && w.endsWith(m.base) && m.from >= w.length - m.base.length && text.slice(m.from - (w.length - m.base.length), m.from) === w.slice(0, w.length - m.base.length));
    if (!whole) continue;
    const from = m.from - (whole.length - m.base.length);
    // (where the whole is set apart right here, that reading stands in for this one)
    if (delimited.some((d) => d.blockIndex === m.blockIndex && d.from === from && d.to === m.to)) continue;
    Object.assign(m, { from, base: whole, name: m.variant ? `${whole}（${m.variant}）` : whole });
  }
  return mentions;
}

/** Adds the delimited names; a run-of-characters mention inside one (場形成支援プログラム in 共創の場形成支援プログラム) gives way to it. */
function mergeDelimited(mentions: NameMention[], all: NameMention[]): NameMention[] {
  const delimited = all.filter((d) => !isGenericName(d.base));
  const inside = (m: NameMention, d: NameMention) => m.blockIndex === d.blockIndex && m.from >= d.from && m.to <= d.to;
  const kept = mentions.filter((m) => !delimited.some((d) => inside(m, d) && (m.from !== d.from || m.to !== d.to)));
  // (nor the last line of a name broken over lines: イノベーション創出強化 / 研究推進事業)
  const fresh = delimited.filter((d) => !kept.some((m) => m.blockIndex === d.blockIndex && ((m.from === d.from && m.to === d.to) || (m.from < d.from && m.to === d.to && m.strong))));
  for (const m of kept) {
    // the same span found both ways: the delimited reading says it is strong
    const d = delimited.find((x) => x.blockIndex === m.blockIndex && x.from === m.from && x.to === m.to);
    if (d && !m.strong) Object.assign(m, { strong: true, heading: m.heading || d.heading, ...(d.topic && { topic: true }) });
    // and reads the brackets after its closing quote: 「…交付金」（2018年度～）
    if (d && m.trailing.length === 0 && d.trailing.length > 0) Object.assign(m, { trailing: d.trailing, end: d.end });
  }
  return [...kept, ...fresh].sort((a, b) => a.blockIndex - b.blockIndex || a.from - b.from);
}

/** Drops a mention that is two other names run together ("産業クラスター計画知的クラスター創成事業"). */
function dropConcatenations(mentions: NameMention[]): NameMention[] {
  const names = new Set(mentions.map((m) => m.base));
  return mentions.filter((m) => {
    for (const a of names) {
      if (a !== m.base && m.base.startsWith(a) && names.has(m.base.slice(a.length))) return false;
    }
    return true;
  });
}
