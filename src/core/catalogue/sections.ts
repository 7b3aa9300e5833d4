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
export function occurrencesIn(doc: PreparedDocument, mentions: readonly NameMention[], resolve: (name: string) => string | undefined, known: readonly string[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const m of mentions) {
    const name = resolve(m.name) ?? resolve(m.base);
    if (name) out.push({ name, blockIndex: m.blockIndex, from: m.from, to: m.to });
  }
  const unusual = known.filter((k) => !NAME_RUN.test(k));
  doc.blocks.forEach((block, blockIndex) => {
    for (const k of unusual) {
      for (let at = block.text.indexOf(k); at >= 0; at = block.text.indexOf(k, at + k.length)) {
        if (!out.some((o) => o.blockIndex === blockIndex && o.from < at + k.length && at < o.to)) out.push({ name: resolve(k) ?? k, blockIndex, from: at, to: at + k.length });
      }
    }
    for (const p of findPlanMentions(block.text)) out.push({ name: `plan:${p.ordinal}`, blockIndex, from: p.start, to: p.end });
  });
  return out.sort((a, b) => a.blockIndex - b.blockIndex || a.from - b.from);
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
 * The programme of each line's section: the nearest heading above it that names a programme, unless a
 * numbered heading naming none comes between (then the title's programme, if any).
 */
export function sectionTopics(
  doc: PreparedDocument,
  mentions: readonly NameMention[],
  occurrences: readonly Occurrence[],
  resolve: (name: string) => string | undefined,
): (line: number) => string | undefined {
  const title = documentTopic(mentions, resolve);
  const marks: { line: number; name: string | undefined }[] = [];
  for (const m of mentions) {
    if (!m.heading && !m.topic) continue;
    const name = resolve(m.name);
    if (name) marks.push({ line: citeBlock(doc, doc.blocks[m.blockIndex]!, m.from, m.to).line_start, name });
  }
  for (const r of doc.repaired) {
    const t = r.text.trim();
    if (t === '' || Array.from(t).length > 40 || /。/u.test(t) || !NUMBERED_HEADING.test(r.text)) continue;
    if (marks.some((k) => k.line === r.line_start)) continue;
    // a numbered heading naming one programme anywhere in it (３．後継事業（…推進事業）の実施方針について)
    const named = new Set(
      occurrences
        .filter((o) => !o.name.startsWith('plan:') && citeBlock(doc, doc.blocks[o.blockIndex]!, o.from, o.to).line_start === r.line_start)
        .map((o) => o.name),
    );
    marks.push({ line: r.line_start, name: named.size === 1 ? [...named][0] : title });
  }
  marks.sort((a, b) => a.line - b.line);
  return (line) => {
    let best: string | undefined = title;
    for (const k of marks) if (k.line <= line) best = k.name;
    return best;
  };
}
