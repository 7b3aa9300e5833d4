// Which programme each part of a document is about, for the prose rules: every place a known
// programme (or a basic plan) is named, and the programme of each line's section (the heading above
// it that names one; a numbered heading that names none ends the section; else the document's title).
import { findPlanMentions } from '../plan-number.js';
import type { NameMention } from './names.js';
import type { Occurrence } from './prose.js';
import { citeBlock, type PreparedDocument } from './source-text.js';

const NAME_RUN = /^[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9Ａ-Ｚａ-ｚ０-９ⅠⅡⅢⅣⅤ々（）]+$/u;
const NUMBERED_HEADING = /^[\s　]*(?:[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]|[0-9０-９]{1,2}[．.、\s　]|第[0-9０-９一二三四五六七八九十]+[章節部]|【[^】]{1,10}】\s*$|[■◆][^■◆]{1,8}$)/u;

/**
 * Every place a document names a known programme or a plan, in reading order: the mentions the
 * name rules found, plus known names the run-of-characters rule cannot see in running text (kana inside).
 */
export function occurrencesIn(doc: PreparedDocument, mentions: readonly NameMention[], resolve: (name: string) => string | undefined, finder: KnownNames): Occurrence[] {
  const out: Occurrence[] = [];
  const taken = new Map<number, Occurrence[]>();
  for (const m of mentions) {
    const name = resolve(m.name) ?? resolve(m.base);
    if (!name) continue;
    const o = { name, blockIndex: m.blockIndex, from: m.from, to: m.to };
    out.push(o);
    const list = taken.get(m.blockIndex);
    if (list) list.push(o);
    else taken.set(m.blockIndex, [o]);
  }
  doc.blocks.forEach((block, blockIndex) => {
    const here = taken.get(blockIndex) ?? [];
    for (const hit of finder.find(block.text)) {
      if (!here.some((o) => o.from < hit.to && hit.from < o.to)) out.push({ name: resolve(hit.name) ?? hit.name, blockIndex, from: hit.from, to: hit.to });
    }
    for (const p of findPlanMentions(block.text)) out.push({ name: `plan:${p.ordinal}`, blockIndex, from: p.start, to: p.end });
  });
  return out.sort((a, b) => a.blockIndex - b.blockIndex || a.from - b.from);
}

/**
 * The known names the run-of-characters rule cannot see in running text (kana inside), found in a text
 * in time proportional to the text: names are filed under their first two characters.
 */
export class KnownNames {
  private readonly byHead = new Map<string, string[]>();

  constructor(names: readonly string[]) {
    for (const n of names) {
      if (NAME_RUN.test(n) || n.length < 2) continue;
      const head = n.slice(0, 2);
      this.byHead.set(head, [...(this.byHead.get(head) ?? []), n].sort((a, b) => b.length - a.length));
    }
  }

  /** Every occurrence, longest name first at each place, not overlapping. */
  find(text: string): { name: string; from: number; to: number }[] {
    const out: { name: string; from: number; to: number }[] = [];
    if (this.byHead.size === 0) return out;
    for (let i = 0; i + 1 < text.length; i++) {
      const hit = this.byHead.get(text.slice(i, i + 2))?.find((n) => text.startsWith(n, i));
      if (!hit) continue;
      out.push({ name: hit, from: i, to: i + hit.length });
      i += hit.length - 1;
    }
    return out;
  }
}

/** The programme a document is about: the one its first blocks present as a heading or quoted name, when exactly one. */
function documentTopic(mentions: readonly NameMention[], resolve: (name: string) => string | undefined): string | undefined {
  // a heading or quoted name in the first blocks, or a name opening the first lines (…推進委員会（第４回）議事録)
  const names = new Set(
    mentions
      .filter((m) => (m.blockIndex <= 2 && m.strong && (m.heading || m.topic || m.lead)) || (m.blockIndex <= 1 && m.lead))
      .map((m) => resolve(m.name))
      .filter((n): n is string => n !== undefined),
  );
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * The one programme named at the start of the document's first line (a web page's title:
 * 共創の場形成支援プログラム（COI-NEXT）｜事業概要), where its name holds kana and so is no mention
 * of names.ts: found among the known names' occurrences.
 */
function titleLineTopic(doc: PreparedDocument, occurrences: readonly Occurrence[]): string | undefined {
  const first = doc.blocks[0];
  if (!first) return undefined;
  const lineEnd = first.segments[1]?.offset ?? first.text.length;
  const named = new Set(occurrences.filter((o) => o.blockIndex === 0 && o.to <= lineEnd && first.text.slice(0, o.from).trim().length <= 2 && !o.name.startsWith('plan:')).map((o) => o.name));
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * The programme of each line's section: the nearest heading above it that names a programme, unless a
 * numbered heading naming none comes between (then the title's programme, if any; `known` when the
 * title is known otherwise, as by its former name).
 */
export function sectionTopics(
  doc: PreparedDocument,
  mentions: readonly NameMention[],
  occurrences: readonly Occurrence[],
  resolve: (name: string) => string | undefined,
  known?: string,
): (line: number) => string | undefined {
  const title = documentTopic(mentions, resolve) ?? titleLineTopic(doc, occurrences) ?? known;
  const marks: { line: number; name: string | undefined }[] = [];
  for (const m of mentions) {
    if (!m.heading && !m.topic) continue;
    const name = resolve(m.name);
    if (name) marks.push({ line: citeBlock(doc, doc.blocks[m.blockIndex]!, m.from, m.to).line_start, name });
  }
  const byLine = new Map<number, Set<string>>();
  for (const o of occurrences) {
    if (o.name.startsWith('plan:')) continue;
    const line = citeBlock(doc, doc.blocks[o.blockIndex]!, o.from, o.to).line_start;
    byLine.set(line, (byLine.get(line) ?? new Set()).add(o.name));
  }
  const marked = new Set(marks.map((k) => k.line));
  for (const r of doc.repaired) {
    const t = r.text.trim();
    if (t === '' || Array.from(t).length > 40 || /。/u.test(t) || !NUMBERED_HEADING.test(r.text)) continue;
    if (marked.has(r.line_start)) continue;
    // a numbered heading naming one programme anywhere in it (３．後継事業（…推進事業）の実施方針について)
    const named = byLine.get(r.line_start);
    marks.push({ line: r.line_start, name: named?.size === 1 ? [...named][0] : title });
  }
  marks.sort((a, b) => a.line - b.line);
  return (line) => {
    // the last mark at or above the line (binary search: a long document has many)
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid]!.line <= line) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? title : marks[lo - 1]!.name;
  };
}
