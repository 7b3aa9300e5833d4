// Reads the lists of regions: Japanese cluster lists ("神戸地域 / 神戸トランスレーショナルリサーチクラスター /
// [ライフサイエンス]"), English lists ("HAKODATE [Life Sciences]", "Sapporo [ IT ]") and table rows that
// give a region's start year ("長野・上田 Ｈ１４ 462,500 …").
import { findYearMentions } from '../era.js';
import { normalizeText } from '../text/normalize.js';
import type { RawFact } from './raw-fact.js';
import { cite, type PreparedDocument } from './source-text.js';

interface Line {
  n: number;
  n_end: number;
  text: string;
}

function nonBlank(doc: PreparedDocument): Line[] {
  return doc.repaired.filter((r) => r.text.trim() !== '').map((r) => ({ n: r.line_start, n_end: r.line_end, text: r.text.trim() }));
}

const REGION_RE = /^([^\s、。，,：:［\[]{1,16}?)地域$/u;

/**
 * Finds the longest of a set of names in a line (ties: the earlier name), in time proportional to
 * the line rather than to the number of names: names are filed under their first two characters.
 */
export class NameFinder {
  private readonly byHead = new Map<string, number[]>();
  private readonly short: number[] = [];

  constructor(private readonly names: readonly string[]) {
    names.forEach((name, i) => {
      if (name.length < 2) return void this.short.push(i);
      const head = name.slice(0, 2);
      const list = this.byHead.get(head);
      if (list) list.push(i);
      else this.byHead.set(head, [i]);
    });
  }

  longestIn(text: string): string | undefined {
    let best = -1;
    const better = (i: number) => best < 0 || this.names[i]!.length > this.names[best]!.length || (this.names[i]!.length === this.names[best]!.length && i < best);
    for (const i of this.short) if (text.includes(this.names[i]!) && better(i)) best = i;
    for (let p = 0; p + 1 < text.length; p++) {
      const list = this.byHead.get(text.slice(p, p + 2));
      if (list) for (const i of list) if (better(i) && text.startsWith(this.names[i]!, p)) best = i;
    }
    return best < 0 ? undefined : this.names[best];
  }
}

/** The programme named nearest above a line (within `reach` lines), longest name first. */
function programmeAbove(lines: Line[], index: number, names: NameFinder, reach: number): string | undefined {
  for (let k = index; k >= 0 && lines[index]!.n - lines[k]!.n <= reach; k--) {
    const hit = names.longestIn(lines[k]!.text);
    if (hit) return hit;
  }
  return undefined;
}

/** One region of a Japanese cluster list, with the cluster name and fields under it. */
export function japaneseClusterFacts(doc: PreparedDocument, programmeNames: readonly string[] | NameFinder, warnings: string[]): RawFact[] {
  const lines = nonBlank(doc);
  const out: RawFact[] = [];
  const names = programmeNames instanceof NameFinder ? programmeNames : new NameFinder(programmeNames);
  let last: { programme: string; line: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const wide = /^(\S{2,8})広域クラスター$/u.exec(lines[i]!.text);
    const region = REGION_RE.exec(lines[i]!.text);
    if (!region && !wide) continue;
    // the programme named above the list, carried down the list while entries follow closely
    const programme = programmeAbove(lines, i, names, 40) ?? (last && lines[i]!.n - last.line <= 12 ? last.programme : undefined);
    if (programme) last = { programme, line: lines[i]!.n };
    if (wide) {
      if (!programme) continue;
      const subject = { type: 'cluster' as const, programme, region: `${wide[1]}広域`, kind: 'wide_area' as const };
      const c = [cite(doc, lines[i]!.n, lines[i]!.n_end)];
      out.push({ subject, field: 'cluster_name', value: wide[0], citations: c, as_written: wide[0], origin: 'rule' });
      continue;
    }
    let name = '';
    let j = i + 1;
    for (; j < lines.length && j <= i + 3; j++) {
      name += lines[j]!.text.replace(/[\s　]+$/u, '');
      if (/クラスター$/.test(name)) break;
    }
    if (!/クラスター$/.test(name)) continue;
    let fields = '';
    let k = j + 1;
    if (!/^[\[［]/.test(lines[k]?.text ?? '')) continue;
    for (; k < lines.length && k <= j + 3; k++) {
      fields += lines[k]!.text;
      if (/[\]］]/.test(lines[k]!.text)) break;
    }
    if (!programme) {
      warnings.push(`${doc.source}:${lines[i]!.n}: cluster list entry with no programme named above it: ${lines[i]!.text}`);
      continue;
    }
    const subject = { type: 'cluster' as const, programme, region: region![1]!, kind: 'cluster' as const };
    const regionCite = [cite(doc, lines[i]!.n, lines[i]!.n_end)];
    out.push({ subject, field: 'region_name', value: region![1]!, citations: regionCite, as_written: lines[i]!.text, origin: 'rule' });
    out.push({ subject, field: 'cluster_name', value: name, citations: [cite(doc, lines[i]!.n, lines[j]!.n_end)], as_written: name, origin: 'rule' });
    const inner = fields.replace(/^[\[［\s　]+|[\]］\s　]+$/gu, '');
    for (const f of inner.split(/[、,，]/)) {
      const v = f.replace(/[\s　]+/gu, '');
      if (v) out.push({ subject, field: 'research_field', value: v, citations: [cite(doc, lines[i]!.n, lines[k]?.n_end ?? lines[j]!.n_end)], as_written: v, origin: 'rule' });
    }
    i = k;
  }
  return out;
}

const UPPER = /^[A-Z0-9 .&'’-]+$/;

/** One entry of an English list: a place name and the fields in brackets after it. */
export interface EnglishEntry {
  name: string;
  fields: string[];
  line_start: number;
  line_end: number;
}

/** Entries "NAME [Field, Field]" of English lists, names broken over lines re-joined. */
export function englishEntries(doc: PreparedDocument): EnglishEntry[] {
  const lines = nonBlank(doc);
  const out: EnglishEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const open = text.indexOf('[');
    if (open < 0 || /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(text)) continue;
    // the bracket may close on a later line
    let content = text.slice(open + 1);
    let k = i;
    while (!content.includes(']') && k + 1 < lines.length && k - i < 3) content += ` ${lines[++k]!.text}`;
    if (!content.includes(']')) continue;
    content = content.slice(0, content.indexOf(']'));
    const fields = content.split(',').map((f) => f.trim()).filter(Boolean);
    let name = text.slice(0, open).replace(/^.*\]/, '').trim();
    let first = i;
    if (name === '') {
      let p = i - 1;
      if (p < 0) continue;
      const prev = lines[p]!.text;
      name = prev.includes(']') ? prev.slice(prev.lastIndexOf(']') + 1).trim() : prev;
      first = p;
      while (name !== '' && p > 0 && !lines[p]!.text.includes(']')) {
        const above = lines[p - 1]!.text;
        const aboveTail = above.includes(']') ? above.slice(above.lastIndexOf(']') + 1).trim() : above;
        if (lines[p]!.text.startsWith('-') && aboveTail !== '') name = `${aboveTail}${name}`;
        else if (UPPER.test(lines[p]!.text) && UPPER.test(aboveTail) && aboveTail !== '' && !above.includes('[')) name = `${aboveTail} ${name}`;
        else break;
        p--;
        first = p;
        if (above.includes(']')) break;
      }
    }
    if (name === '' || !/[A-Za-z]/.test(name) || fields.length === 0) continue;
    out.push({ name: name.replace(/\s+/g, ' '), fields, line_start: lines[first]!.n, line_end: lines[k]!.n_end });
    i = k;
  }
  return out;
}

/**
 * English list entries grouped into runs (entries at most 12 lines apart), each run given to the
 * programme whose English name appears among its lines.
 */
export function englishListFacts(doc: PreparedDocument, englishNames: ReadonlyMap<string, string>, warnings: string[]): { programme: string; entry: EnglishEntry }[] {
  const entries = englishEntries(doc);
  const runs: EnglishEntry[][] = [];
  for (const e of entries) {
    const run = runs[runs.length - 1];
    if (run && e.line_start - run[run.length - 1]!.line_end <= 12) run.push(e);
    else runs.push([e]);
  }
  const out: { programme: string; entry: EnglishEntry }[] = [];
  const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const run of runs) {
    if (run.length < 3) continue;
    const from = run[0]!.line_start;
    const to = run[run.length - 1]!.line_end;
    let programme: string | undefined;
    for (let n = from; n <= to && !programme; n++) {
      const line = key(doc.lines[n - 1] ?? '');
      for (const [en, canonical] of englishNames) if (line.includes(key(en))) programme = canonical;
    }
    if (!programme) {
      warnings.push(`${doc.source}:${from}-${to}: English list of ${run.length} places with no known English programme name among its lines`);
      continue;
    }
    for (const entry of run) out.push({ programme, entry });
  }
  return out;
}

/** Table rows "Region Ｈ１４ 462,500 …": a region name followed by the year it started and an amount. */
export function startYearRows(doc: PreparedDocument): { region: string; year: number; line: number; raw: string }[] {
  const out: { region: string; year: number; line: number; raw: string }[] = [];
  for (const r of doc.repaired) {
    const t = normalizeText(r.text);
    const m = /^(\S{2,16}?)\s+(H\s?\d{1,2})\s+[\d,]{4,}\s/.exec(t);
    if (!m) continue;
    const year = findYearMentions(m[2]!)[0]?.year;
    if (year !== undefined) out.push({ region: m[1]!, year, line: r.line_start, raw: r.text.trim() });
  }
  return out;
}
