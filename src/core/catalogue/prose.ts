// Running text cut into clauses (sentences, list items, label lines), each knowing which programme
// it is about: one it names (「…」を開始, …は), one it points back to (本事業, 同プログラム, 事業は),
// the one the previous clause was about, or the one its section heading names. prose-facts.ts reads
// the facts; this file only says where they stand and whose they are.
import { normalizeWithMap } from '../era.js';
import type { Citation } from '../schemas.js';
import { citeBlock, type Block, type PreparedDocument } from './source-text.js';

/** A programme (or plan, as `plan:N`) named at [from, to) of a block. */
export interface Occurrence {
  name: string;
  blockIndex: number;
  from: number;
  to: number;
}

/** One clause: its text in NFKC (`n`) with offsets mapped back into its block. */
export interface Clause {
  doc: PreparedDocument;
  block: Block;
  blockIndex: number;
  from: number;
  to: number;
  n: string;
  /** Programmes and plans named in the clause, offsets into `n`; anaphors resolved. */
  refs: { name: string; from: number; to: number; explicit: boolean }[];
  /** The programme the clause is about (explicit, carried over or from its heading), if any. */
  subject?: string;
  /** How it was found: named in the clause, carried from the clause before, or the section's. */
  subjectFrom?: 'clause' | 'carried' | 'section';
  /** The label line just before it when the clause is that label's value (■所管 / 文部科学省…). */
  label?: string;
  /** Block offset of an `n` offset. */
  at(nPos: number): number;
  /** The original lines of [nFrom, nTo). */
  cite(nFrom: number, nTo: number): Citation;
}

/**
 * The text as normalizeText writes it (NFKC, dashes and waves unified, runs of spaces as one, trimmed),
 * with each character's offset in the original: amounts and years found in it map back to the lines.
 */
function normalizeTracked(raw: string): { norm: string; map: number[] } {
  const { norm: nfkc, map: m0 } = normalizeWithMap(raw);
  let norm = '';
  const map: number[] = [];
  for (let i = 0; i < nfkc.length; i++) {
    let ch = nfkc[i]!;
    if (/[\u2010-\u2015\u2212\uff0d]/u.test(ch)) ch = '-';
    else if (/[〜～]/u.test(ch)) ch = '~';
    else if (/[ \t\u3000]/u.test(ch)) {
      if (norm === '' || norm.endsWith(' ')) continue;
      ch = ' ';
    }
    norm += ch;
    map.push(m0[i]!);
  }
  while (norm.endsWith(' ')) {
    norm = norm.slice(0, -1);
    map.pop();
  }
  map.push(raw.length);
  return { norm, map };
}

const ITEM_START = /^(?:[・■□◆◇○●◎※★☆▶▷➢→⇒＜<【〔]|[（(][0-9０-９一二三四五六七八九十ⅰ-ⅹ]{1,3}[）)]|[0-9０-９]{1,2}[．.、]|[①-⑳])/u;
const LABEL_START = /^[\p{Script=Han}\p{Script=Katakana}ー・\s　]{2,12}[：:]/u;
/** A clause that is only a label, whose value is the next line (■所管, 【事業開始】, 支援期間：). */
const BARE_LABEL = /^[■□◆◇○●・【〔<\s]*(?:[0-9０-９]{1,2}[．.\s]|[（(][0-9０-９]{1,2}[)）]|[ⅠⅡⅢⅣⅤⅥIV]{1,3}\s)?\s*[\p{Script=Han}\p{Script=Katakana}ー・\s]{2,12}[】〕>]?\s?[:：]?$/u;
const ANAPHOR = /(?<![\p{Script=Han}\p{Script=Katakana}ー])(本|同|当該|この)(事業|プログラム|交付金|制度|構想|計画|施策)|^(?:なお、|また、|一方、)?(事業|プログラム|交付金|制度)(?=は)/gu;
/** The kind words an anaphor names only a programme of that kind by (同事業 may point to a プログラム). */
const SPECIFIC_KIND = /^(?:プログラム|交付金)$/u;
/** A wrapped line of running text is at least this long; a shorter line ends its item. */
const WRAPPED_LINE = 36;

function openBrackets(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if ('（(「『【'.includes(ch)) depth++;
    else if ('）)」』】'.includes(ch) && depth > 0) depth--;
  }
  return depth;
}

/** Cut points of a block: after 。, and at lines that open an item or a label, or follow a short line. */
function cuts(block: Block): number[] {
  const at = new Set<number>([0, block.text.length]);
  for (const m of block.text.matchAll(/。/gu)) if (openBrackets(block.text.slice(0, m.index)) === 0) at.add(m.index! + 1);
  block.segments.forEach((s, i) => {
    if (i === 0) return;
    const prev = block.text.slice(block.segments[i - 1]!.offset, s.offset).trim();
    const line = block.text.slice(s.offset, block.segments[i + 1]?.offset ?? block.text.length);
    if (ITEM_START.test(line) || LABEL_START.test(line) || Array.from(prev).length < WRAPPED_LINE) at.add(s.offset);
  });
  return [...at].sort((a, b) => a - b);
}

/** The clauses of a document, with the programmes each names (occurrences must be in reading order). */
export function clausesOf(doc: PreparedDocument, occurrences: readonly Occurrence[], topicAt: (line: number) => string | undefined): Clause[] {
  const out: Clause[] = [];
  let lastMain: { name: string; blockIndex: number } | undefined;
  const byBlock = new Map<number, Occurrence[]>();
  for (const o of occurrences) {
    const list = byBlock.get(o.blockIndex);
    if (list) list.push(o);
    else byBlock.set(o.blockIndex, [o]);
  }
  // the last programme and the last plan named before each place, for 同…
  let lastProgramme: string | undefined;
  let lastPlanLike: string | undefined;
  doc.blocks.forEach((block, blockIndex) => {
    const points = cuts(block);
    const inBlock = byBlock.get(blockIndex) ?? [];
    let carried: string | undefined;
    let pendingLabel: string | undefined;
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      const raw = block.text.slice(from, to);
      if (raw.trim() === '') continue;
      const { norm, map } = normalizeTracked(raw);
      const toN = (blockPos: number) => {
        // map is increasing: the first normalised index at or after the block offset
        let lo = 0;
        let hi = map.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (map[mid]! >= blockPos - from) hi = mid;
          else lo = mid + 1;
        }
        return Math.min(lo, norm.length);
      };
      const line = block.segments.filter((s) => s.offset <= from).at(-1)?.line_start ?? block.line_start;
      const topic = topicAt(line);
      const refs: Clause['refs'] = [];
      for (const o of inBlock) if (o.from >= from && o.to <= to) refs.push({ name: o.name, from: toN(o.from), to: toN(o.to), explicit: true });
      for (const a of norm.matchAll(ANAPHOR)) {
        const pos = a.index! + (a[0].length - (a[1] ? a[1].length + a[2]!.length : a[3]!.length));
        const word = a[2] ?? a[3]!;
        let name: string | undefined;
        if (a[1] === '同' || a[1] === '当該') {
          // the last thing named before it: a plan for 同計画, else a programme
          const at = from + (map[pos] ?? 0);
          const earlier = inBlock.filter((o) => o.to <= at);
          // (of its kind: 同プログラム is the last …プログラム named, not a …事業 named after it)
          const fits = (n: string | undefined) => n !== undefined && (!SPECIFIC_KIND.test(word) || n.replace(/[（(][^（）()]*[）)]$/u, '').endsWith(word));
          const programme = [...earlier.filter((o) => !o.name.startsWith('plan:')).map((o) => o.name).reverse(), lastProgramme].find(fits);
          const planLike = earlier.filter((o) => o.name.startsWith('plan:') || o.name.endsWith('計画')).at(-1)?.name ?? lastPlanLike;
          name = word === '計画' ? planLike : programme;
        } else if (word !== '計画') {
          name = topic ?? lastMain?.name;
        }
        if (name && !refs.some((r) => r.from <= pos && pos < r.to)) refs.push({ name, from: pos, to: a.index! + a[0].length, explicit: false });
      }
      refs.sort((a, b) => a.from - b.from);
      const { name: main, rank } = mainSubject(norm, refs);
      let subject = main;
      let subjectFrom: Clause['subjectFrom'] = main ? 'clause' : undefined;
      if (!subject && topic) {
        // a section's programme referred to by the tail of its name (…に向けたモデル事業を)
        const tail = tailOf(topic, norm);
        if (tail !== undefined) {
          refs.push({ name: topic, from: tail.from, to: tail.to, explicit: false });
          refs.sort((a, b) => a.from - b.from);
          subject = topic;
          subjectFrom = 'clause';
        }
      }
      if (!subject && carried) [subject, subjectFrom] = [carried, 'carried'];
      if (!subject && topic) [subject, subjectFrom] = [topic, 'section'];
      const clause: Clause = {
        doc,
        block,
        blockIndex,
        from,
        to,
        n: norm,
        refs,
        ...(subject && !subject.startsWith('plan:') && { subject, subjectFrom }),
        ...(pendingLabel !== undefined && { label: pendingLabel }),
        at: (nPos) => from + (map[Math.max(0, Math.min(nPos, map.length - 1))] ?? raw.length),
        cite: (nFrom, nTo) => citeBlock(doc, block, from + (map[nFrom] ?? 0), from + (map[Math.max(nFrom + 1, nTo)] ?? raw.length)),
      };
      out.push(clause);
      // a programme the clause is about (…は, 「…」を) is what the next clauses go on about; one only mentioned is not
      if (main && rank >= 2 && !main.startsWith('plan:')) {
        carried = main;
        lastMain = { name: main, blockIndex };
      }
      for (const o of inBlock) {
        if (o.from < from || o.to > to) continue;
        if (!o.name.startsWith('plan:')) lastProgramme = o.name;
        if (o.name.startsWith('plan:') || o.name.endsWith('計画')) lastPlanLike = o.name;
      }
      pendingLabel = BARE_LABEL.test(norm) ? norm.replace(/^[■□◆◇○●・【〔<\s]*(?:[0-9０-９]{1,2}[．.\s]|[（(][0-9０-９]{1,2}[)）]|[ⅠⅡⅢⅣⅤⅥIV]{1,3}\s)?\s*|[】〕>:：\s]+$/gu, '') : undefined;
    }
  });
  return out;
}

/**
 * The programme a clause is about: the first one named (or pointed back to) as its topic
 * (…は, …では, …において, …が), else as the object of its verb (「…」を開始), else the only one it names.
 */
function mainSubject(n: string, refs: Clause['refs']): { name?: string; rank: number } {
  const rank = (r: Clause['refs'][number]) => {
    if (openBrackets(n.slice(0, r.from)) > 0 && !/^(?:\([^()]*\))*[」』]/u.test(n.slice(r.to))) return 0; // an aside in brackets, not a quoted name
    // 「…」は, …（略称）は and 「…（略称）」は alike
    const after = n.slice(r.to).replace(/^(?:[」』]|\([^()]*\))*/u, '');
    if (/^(?:は|では|には|において|が|としては)/u.test(after)) return 3;
    if (/^を/u.test(after)) return 2;
    if (/^(?:により|による|で|の)/u.test(after) || n.slice(0, r.from).trim() === '' || /^[」』]?$/u.test(after.trim())) return 1;
    return 0;
  };
  const ranked = refs.map((r) => ({ r, k: rank(r) })).filter((x) => x.k > 0);
  const best = Math.max(0, ...ranked.map((x) => x.k));
  const top = ranked.find((x) => x.k === best)?.r;
  return top ? { name: top.name, rank: best } : { rank: 0 };
}

/** Where a clause names the section's programme by the tail of its name (モデル事業 for スマートシティモデル事業) or by its kind after a verb (…として選抜する制度を). */
function tailOf(name: string, n: string): { from: number; to: number } | undefined {
  const key = name.normalize('NFKC');
  const suffix = /(?:事業|プログラム|交付金|制度|計画|構想)$/u.exec(key)?.[0];
  if (!suffix || !n.includes(suffix)) return undefined;
  const chars = Array.from(key);
  for (let k = chars.length - 1; k >= 4; k--) {
    const tail = chars.slice(chars.length - k).join('');
    if (/^(?:事業|プログラム|交付金|制度)$/u.test(tail)) break;
    const at = n.indexOf(tail);
    // the tail stands as a word of its own: not run on from other name characters
    if (at >= 0 && !/[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9]/u.test(n[at - 1] ?? '')) return { from: at, to: at + tail.length };
  }
  // the bare kind word after a verb, as the object or topic: …として選抜する制度を、令和元年度に創設
  const bare = new RegExp(`(?:する|した)(${suffix})(?=[をはが])`, 'u').exec(n);
  return bare ? { from: bare.index + bare[0].length - suffix.length, to: bare.index + bare[0].length } : undefined;
}
