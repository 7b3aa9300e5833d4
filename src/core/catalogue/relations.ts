// Relations and ministries stated next to a programme's name: "知クラ・都市エリアを統合" (merged into),
// "「知的クラスター創成事業（第Ⅰ期）」の成果等を踏まえ" (builds on), "経済産業省の「産業クラスター計画」",
// the ministries listed in a programme's own block ("文部科学省、経済産業省…において"), and the ministry
// that issued the document for the programmes it presents under headings.
import { PREFECTURE_NAME } from '../text/prefectures.js';
import { MINISTRY_NAME } from './delimited-names.js';
import type { NameMention } from './names.js';
import type { RawFact } from './raw-fact.js';
import { cite, citeBlock, type PreparedDocument } from './source-text.js';

const MINISTRY_RE = new RegExp(MINISTRY_NAME, 'gu');
/** A ministry named anywhere in a text. */
const NAMES_MINISTRY = new RegExp(MINISTRY_NAME, 'u');
/** A ministry that owns the name after it: 経済産業省の「… */
const OWNER = new RegExp(`(${MINISTRY_NAME})の「?$`, 'u');
/** A ministry opening a list line before the name: 内閣府　　… */
const LINE_OPENER = new RegExp(`^[\\s　・]*(${MINISTRY_NAME})[\\s　]+$`, 'u');
/** A line that opens with a ministry: the next item of a list. */
const MINISTRY_LINE = new RegExp(`^[\\s　]*${MINISTRY_NAME}[\\s　]`, 'u');
/** A ministry as the subject its sentence opens with: 文部科学省では、… / 農林水産省は、… */
const SUBJECT = new RegExp(`^[\\s　]*(${MINISTRY_NAME})(?:では|は|が|において)[、，]`, 'u');
/** A programme's name that opens with a prefecture's (長野県新技術開発支援補助金): the prefecture runs it. */
const PREFECTURE_OWNED = new RegExp(`^${PREFECTURE_NAME}(?=[\\p{Script=Han}\\p{Script=Katakana}])`, 'u');
/** How far back a sentence's subject may stand from the name it runs. */
const SUBJECT_SPAN = 120;

/** Predecessors named in a heading's own block, as raw names (resolved against aliases later). */
export function relationFacts(doc: PreparedDocument, m: NameMention): RawFact[] {
  if (!m.heading) return [];
  const block = doc.blocks[m.blockIndex]!;
  const out: RawFact[] = [];
  const subject = { type: 'programme' as const, name: m.name };
  const rest = block.text.slice(m.end);
  for (const x of rest.matchAll(/([^、。：:]+?)を統合(?!的)/g)) {
    const names = x[1]!.replace(/^[\s　・■]+|^.*踏まえ/, '').trim();
    const at = m.end + x.index!;
    out.push({ subject, field: 'relation', value: { programme: names, relation: 'integrated_into' }, citations: [citeBlock(doc, block, at, at + x[0].length)], as_written: x[0].replace(/^[\s　・]+/, ''), origin: 'rule' });
  }
  for (const x of rest.matchAll(/「([^」]+)」の成果(?:等)?を踏まえ/g)) {
    const at = m.end + x.index!;
    out.push({ subject, field: 'relation', value: { programme: x[1]!, relation: 'builds_on' }, citations: [citeBlock(doc, block, at, at + x[0].length)], as_written: x[0], origin: 'rule' });
  }
  return out;
}

/**
 * Ministries: "経済産業省の「産業クラスター計画」" before any mention, a ministry opening its list line or its
 * sentence (文部科学省では、令和２年度から「…」を開始し), one in its brackets, and those listed in a heading's own lines;
 * a prefecture for a programme named after it.
 */
export function ministryFacts(doc: PreparedDocument, m: NameMention): RawFact[] {
  const block = doc.blocks[m.blockIndex]!;
  const subject = { type: 'programme' as const, name: m.name };
  const before = ministryBefore(doc, m);
  const out: RawFact[] = before ? [before.fact] : [];
  const prefecture = PREFECTURE_OWNED.exec(m.name);
  if (prefecture) {
    out.push({ subject, field: 'ministry', value: prefecture[0], citations: [citeBlock(doc, block, m.from, m.to)], as_written: block.text.slice(m.from, m.to), origin: 'rule', note: 'the prefecture the programme is named after' });
  }
  for (const g of m.trailing) {
    // （内閣府、平成３０年度～）, （文部科学省・ＪＳＴ、令和２年度開始）
    for (const x of g.content.matchAll(MINISTRY_RE)) {
      out.push({ subject, field: 'ministry', value: x[0], citations: [citeBlock(doc, block, m.from, g.to)], as_written: g.content, origin: 'rule' });
    }
  }
  if (m.heading && !before?.listLine) {
    // the heading's own lines, up to the next item (the next programme of a list is not this one's)
    const next = block.segments.find((s, i) => {
      if (s.offset < m.end) return false;
      const line = block.text.slice(s.offset, block.segments[i + 1]?.offset ?? block.text.length);
      return MINISTRY_LINE.test(line) || /^[\s　]*[・○●◆◇]?[^。、]{2,40}(?:事業|プログラム|計画|交付金)(?:[（(][^）)]*[）)])?\s*$/u.test(line);
    });
    const end = next?.offset ?? block.text.length;
    for (const x of block.text.slice(m.end, end).matchAll(MINISTRY_RE)) {
      const at = m.end + x.index!;
      out.push({ subject, field: 'ministry', value: x[0], citations: [citeBlock(doc, block, at, at + x[0].length)], as_written: x[0], origin: 'rule' });
    }
  }
  return out;
}

/** The ministry written before a name: 経済産業省の「…」, opening its list line, or opening its sentence. */
function ministryBefore(doc: PreparedDocument, m: NameMention): { fact: RawFact; listLine: boolean } | undefined {
  const block = doc.blocks[m.blockIndex]!;
  const fact = (value: string, at: number, to: number): RawFact => ({ subject: { type: 'programme', name: m.name }, field: 'ministry', value, citations: [citeBlock(doc, block, at, to)], as_written: block.text.slice(at, to).trim(), origin: 'rule' });
  const before = block.text.slice(Math.max(0, m.from - 12), m.from);
  const owner = OWNER.exec(before);
  if (owner) return { fact: fact(owner[1]!, m.from - (before.length - owner.index), m.to + 1), listLine: false };
  // a list line: 内閣府　　未来技術社会実装事業（平成３０年度開始）
  const lineStart = block.segments.filter((s) => s.offset <= m.from).at(-1)?.offset ?? 0;
  const prefix = LINE_OPENER.exec(block.text.slice(lineStart, m.from));
  if (prefix) return { fact: fact(prefix[1]!, lineStart, m.end), listLine: true };
  const sentenceStart = Math.max(block.text.lastIndexOf('。', m.from) + 1, m.from - SUBJECT_SPAN);
  const opener = SUBJECT.exec(block.text.slice(sentenceStart, m.from));
  return opener ? { fact: fact(opener[1]!, sentenceStart + opener.index, m.to + 1), listLine: false } : undefined;
}

/** How far down a document its issuer's line may stand (after a date and a title). */
const ISSUER_LINES = 10;
/** A date the issuer's line may open with: 令和２年８月２８日, 最終更新日：2024年3月29日. */
const ISSUE_DATE = '(?:[^\\s　:：]{1,8}[:：][\\s　]*)?(?:(?:昭和|平成|令和)[0-9０-９元]{1,2}|[0-9０-９]{4})年[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?';
/** A line that is a ministry's name, alone or before its bureau (spaced or not), after the date it was issued: 経済産業省 地域経済産業グループ. */
const ISSUER_LINE = new RegExp(`^[\\s　]*(?:${ISSUE_DATE}[\\s　]+)?(${MINISTRY_NAME})[^\\s　。、「」]{0,30}(?:[\\s　]+[^\\s　。、「」]{2,30}){0,3}[\\s　]*$`, 'u');

/** A line set out one letter apart (総　務　省, 総　　　務　　　省). */
const LETTER_SPACED = /^[\s　]*(?:\S[\s　]+){2,}\S[\s　]*$/u;

/** The ministry a document's first lines name as its issuer, with that line (read together when set out letter by letter). */
export function issuingMinistry(doc: PreparedDocument): { value: string; line: number } | undefined {
  for (const r of doc.repaired) {
    if (r.line_start > ISSUER_LINES) break;
    const m = ISSUER_LINE.exec(LETTER_SPACED.test(r.text) ? r.text.replace(/[\s　]+/gu, '') : r.text);
    if (m) return { value: m[1]!, line: r.line_start };
  }
  return undefined;
}

/**
 * A programme the document's title names, or that it presents under a heading of its own or as a line item of its
 * budget sheet, is its issuer's, unless (below the title) its block names a ministry itself.
 */
export function issuerFacts(doc: PreparedDocument, m: NameMention, issuer: { value: string; line: number } | undefined): RawFact[] {
  if (!issuer) return [];
  const block = doc.blocks[m.blockIndex]!;
  const named = citeBlock(doc, block, m.from, m.to);
  // (a name in the title above the issuer's line is what the document is of)
  const inTitle = named.line_end < issuer.line;
  if (!inTitle && (!(m.heading || m.topic || m.budgetRow) || NAMES_MINISTRY.test(block.text))) return [];
  const citations = [cite(doc, issuer.line), named];
  return [{ subject: { type: 'programme', name: m.name }, field: 'ministry', value: issuer.value, citations, as_written: issuer.value, origin: 'rule', note: 'the ministry that issued the document' }];
}
