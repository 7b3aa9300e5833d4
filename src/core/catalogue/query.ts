// Questions to the catalogue, for the MCP tools and the search tool: resolve a programme by any
// name, list programmes, a timeline of plans and programmes, clusters, aliases, and conflicts.
import { formatFiscalYear, toFiscalYear } from '../era.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { parsePlanNumber } from '../plan-number.js';
import type { Citation } from '../schemas.js';
import { normalizeText } from '../text/normalize.js';
import { nameKey, similarity } from './name-key.js';
import { queryReading, readingKey, readsAs } from './readings.js';
import { shortNames } from './short-names.js';
import type {
  AliasEntry,
  Catalogue,
  ClusterSummary,
  Conflict,
  PeriodFact,
  PeriodSummary,
  Plan,
  Programme,
  ProgrammeSummary,
  TimelineEntry,
} from './schema.js';

/** Every name a programme goes by: canonical, aliases, English names. */
export function programmeNames(p: Programme): string[] {
  return [...new Set([p.name, ...p.aliases.map((a) => a.value), ...p.english_names.map((e) => e.value)])];
}

/** Per catalogue, every name each programme is recognised by in free text: its names and their short forms (short-names.ts). */
const namesByCatalogue = new WeakMap<Catalogue, string[][]>();
function recognisedNames(cat: Catalogue): string[][] {
  let names = namesByCatalogue.get(cat);
  if (!names) {
    const full = cat.programmes.map(programmeNames);
    const short = shortNames(full);
    names = full.map((n, i) => [...n, ...short[i]!]);
    namesByCatalogue.set(cat, names);
  }
  return names;
}

const NEAR = 0.72;
const MARGIN = 0.05;

/**
 * True when `query` is a near spelling of one of `keys` rather than another name: it adds at most
 * one character in ten (at least one) that the name does not have. A typo drops or swaps a
 * character (知的クラスタ創成事業, 知的クラスター創生事業); 地域宇宙クラスター創成事業 adds four.
 */
function addsLittle(query: string, keys: readonly string[]): boolean {
  const allowed = Math.max(1, Math.floor(query.length / 10));
  return keys.some((k) => {
    const pool = new Map<string, number>();
    for (const ch of k) pool.set(ch, (pool.get(ch) ?? 0) + 1);
    let extra = 0;
    for (const ch of query) {
      const n = pool.get(ch) ?? 0;
      if (n > 0) pool.set(ch, n - 1);
      else extra++;
    }
    return extra <= allowed;
  });
}

/**
 * A programme by any of its names (NFKC, case and spacing aside), by a name the query contains,
 * by its reading in kana, or by a near spelling; otherwise the closest names as suggestions.
 */
export function resolveProgramme(cat: Catalogue, name: string): Programme | { suggestions: string[] } {
  const q = nameKey(name);
  if (q === '') return { suggestions: cat.programmes.slice(0, 5).map((p) => p.name) };
  const named = cat.programmes.map((p) => ({ p, keys: programmeNames(p).map(nameKey) }));
  const exact = named.find((x) => x.keys.includes(q));
  if (exact) return exact.p;
  // a name inside the query ("知的クラスター創成事業の予算") or the query inside one name
  const inside = named.flatMap((x) => x.keys.filter((k) => k.length >= 3 && q.includes(k)).map((k) => ({ p: x.p, len: k.length })));
  if (inside.length > 0) {
    const best = Math.max(...inside.map((i) => i.len));
    const top = new Set(inside.filter((i) => i.len === best).map((i) => i.p));
    if (top.size === 1) return [...top][0]!;
  }
  if (q.length >= 3) {
    const containing = oneProgramme(cat, named.filter((x) => x.keys.some((k) => k.includes(q))).map((x) => x.p));
    if (containing) return containing;
    // an abbreviation made of pieces of the name, in order, from its first character (知クラ, デジ田交付金)
    const abbreviated = oneProgramme(cat, named.filter((x) => x.keys.some((k) => abbreviates(q, k))).map((x) => x.p));
    if (abbreviated) return abbreviated;
  }
  // its reading, typed in kana in whole or part (ちてきクラスター創成事業)
  const read = cat.programmes.filter((p) => readsAs(name, p.readings));
  if (read.length === 1) return read[0]!;
  const kana = queryReading(name);
  if (kana && kana.length >= 4) {
    const byReading = cat.programmes
      .map((p) => ({ p, score: Math.max(0, ...p.readings.map((r) => similarity(kana, readingKey(r)))) }))
      .sort((a, b) => b.score - a.score);
    const [r1, r2] = byReading;
    if (r1 && r1.score >= NEAR && (!r2 || r1.score - r2.score >= MARGIN)) return r1.p;
  }
  const scored = named
    .map((x) => ({ p: x.p, score: Math.max(...x.keys.map((k) => similarity(q, k))) }))
    .sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (first && first.score >= NEAR && (!second || first.score - second.score >= MARGIN) && addsLittle(q, named.find((x) => x.p === first.p)!.keys)) return first.p;
  return { suggestions: scored.slice(0, 5).map((s) => s.p.name) };
}

/** The one programme of a few, counting a phase or type (…（第Ⅱ期）) as the programme it is of. */
function oneProgramme(cat: Catalogue, ps: readonly Programme[]): Programme | undefined {
  const bases = new Set(ps.map((p) => p.variant_of ?? p.name));
  if (bases.size !== 1) return undefined;
  return cat.programmes.find((p) => p.name === [...bases][0]) ?? (ps.length === 1 ? ps[0] : undefined);
}

/** True when the query's characters stand in the name in order, from its first, and not as one run of it. */
function abbreviates(q: string, key: string): boolean {
  if (q[0] !== key[0] || key.includes(q)) return false;
  let at = 0;
  for (const ch of q) {
    at = key.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/** Like resolveProgramme, but throws NotFoundError listing the closest names. */
export function getProgramme(cat: Catalogue, name: string): Programme {
  const r = resolveProgramme(cat, name);
  if ('suggestions' in r) throw new NotFoundError(`no programme named "${name}"; closest: ${r.suggestions.join(', ')}`);
  return r;
}

/** A plan by ordinal (3, "第3期", "第Ⅲ期科学技術基本計画", "3rd Basic Plan"). */
export function resolvePlan(cat: Catalogue, plan: number | string): Plan | undefined {
  const n = parsePlanNumber(plan);
  return cat.plans.find((p) => p.ordinal === n);
}

/**
 * The span a period fact covers (earliest start to latest end, null end when any value is open).
 * `knownThrough` is the latest fiscal year the documents mention the programme in: with no stated
 * end, the label says so and names that year instead of implying the programme still runs.
 */
export function periodSpan(period: PeriodFact | null, knownThrough: number | null = null): PeriodSummary | null {
  if (!period) return null;
  const vals = period.values.map((v) => v.value);
  const start = Math.min(...vals.map((v) => v.start_fy));
  const end = vals.some((v) => v.end_fy === null) ? null : Math.max(...vals.map((v) => v.end_fy!));
  const through = end === null ? Math.max(start, knownThrough ?? start) : null;
  const open = through === null ? '' : `（終了年度の記載なし。資料上の最終言及は${formatFiscalYear(through)}）`;
  const label = end === start ? formatFiscalYear(start) : `${formatFiscalYear(start)}～${end === null ? open : formatFiscalYear(end)}`;
  return { start_fy: start, end_fy: end, end_unknown: end === null, known_through: through, label, conflict: period.conflict };
}

/**
 * Active in a fiscal year: its period covers it, or the documents give its budget or request for that
 * year. A period with no stated end covers the years from its start up to the latest fiscal year the
 * documents mention the programme in (last_mentioned_fy), not every year after: beyond that the
 * documents do not say whether it still runs.
 */
function active(p: Programme, fy: number): boolean {
  const through = Math.max(...(p.period?.values ?? []).map((v) => v.value.start_fy), p.last_mentioned_fy ?? -Infinity);
  if ((p.period?.values ?? []).some((v) => v.value.start_fy <= fy && fy <= (v.value.end_fy ?? through))) return true;
  return p.money.some((m) => m.fiscal_year === fy && (m.kind === 'budget' || m.kind === 'request'));
}

const fold = (s: string) => normalizeText(s).toLowerCase().replace(/\s+/g, '');

/** One line about a programme, with its first citation. */
export function summarizeProgramme(cat: Catalogue, p: Programme): ProgrammeSummary {
  return {
    name: p.name,
    kind: p.kind,
    aliases: p.aliases.map((a) => a.value),
    english_names: p.english_names.map((e) => e.value),
    variant_of: p.variant_of,
    period: periodSpan(p.period, p.last_mentioned_fy),
    plans: p.parent_plans.map((r) => cat.plans.find((pl) => pl.ordinal === r.value.ordinal)?.name ?? `第${r.value.ordinal}期`),
    ministries: p.ministries.map((m) => m.value),
    citation: p.period?.values[0]?.citations[0] ?? p.named_at[0]!,
  };
}

/**
 * Programmes filtered by fiscal year (2008 or "平成20年度"; active = its period covers the year, or a budget
 * or request is given for it), plan (the one it started under), ministry and free text.
 */
export function listProgrammes(
  cat: Catalogue,
  opts: { active_in_fy?: number | string; plan?: number | string; ministry?: string; query?: string } = {},
): ProgrammeSummary[] {
  let ps = cat.programmes;
  if (opts.active_in_fy !== undefined) {
    const fy = toFiscalYear(opts.active_in_fy);
    ps = ps.filter((p) => active(p, fy));
  }
  if (opts.plan !== undefined) {
    const plan = resolvePlan(cat, opts.plan);
    if (!plan) throw new InvalidInputError(`no plan "${opts.plan}"; plans: ${cat.plans.map((p) => p.name).join(', ')}`);
    ps = ps.filter((p) => p.parent_plans.some((r) => r.value.ordinal === plan.ordinal));
  }
  if (opts.ministry) {
    const m = fold(opts.ministry);
    ps = ps.filter((p) => p.ministries.some((x) => fold(x.value).includes(m) || m.includes(fold(x.value))));
  }
  if (opts.query) {
    const q = fold(opts.query);
    const k = nameKey(opts.query);
    ps = ps.filter((p) => {
      const texts = [...programmeNames(p), ...p.purpose.map((x) => x.value)];
      return texts.some((t) => fold(t).includes(q) || (k.length >= 2 && nameKey(t).includes(k))) || programmeNames(p).some((n) => similarity(nameKey(n), k) >= NEAR);
    });
  }
  return ps.map((p) => summarizeProgramme(cat, p));
}

/** Plans and programmes in order of their first fiscal year, for onboarding; optionally only those overlapping [from_fy, to_fy]. */
export function timeline(cat: Catalogue, opts: { from_fy?: number | string; to_fy?: number | string } = {}): TimelineEntry[] {
  const from = opts.from_fy === undefined ? -Infinity : toFiscalYear(opts.from_fy);
  const to = opts.to_fy === undefined ? Infinity : toFiscalYear(opts.to_fy);
  if (from > to) throw new InvalidInputError(`from_fy (${opts.from_fy}) is after to_fy (${opts.to_fy}): give from_fy ≤ to_fy, or leave one out`);
  const entries: TimelineEntry[] = [];
  const push = (e: Omit<TimelineEntry, 'label' | 'start_fy' | 'end_fy' | 'end_unknown'>, period: PeriodFact | null, knownThrough: number | null = null) => {
    const span = periodSpan(period, knownThrough);
    if (!span) return;
    // an open period reaches as far as the documents follow it
    if (span.start_fy > to || (span.end_fy ?? span.known_through ?? span.start_fy) < from) return;
    entries.push({ ...e, start_fy: span.start_fy, end_fy: span.end_fy, end_unknown: span.end_unknown, label: span.label });
  };
  for (const pl of cat.plans) {
    push({ type: 'plan', name: pl.name, plan: null, variant_of: null, predecessors: [], successors: [], citation: pl.period?.values[0]?.citations[0] ?? pl.aliases[0]!.citations[0]! }, pl.period);
  }
  for (const p of cat.programmes) {
    push(
      {
        type: 'programme',
        name: p.name,
        plan: summarizeProgramme(cat, p).plans[0] ?? null,
        variant_of: p.variant_of,
        predecessors: p.predecessors.map((r) => r.value.programme),
        successors: p.successors.map((r) => r.value.programme),
        citation: p.period?.values[0]?.citations[0] ?? p.named_at[0]!,
      },
      p.period,
      p.last_mentioned_fy,
    );
  }
  return entries.sort((a, b) => a.start_fy - b.start_fy || (a.type === b.type ? 0 : a.type === 'plan' ? -1 : 1) || (a.end_fy ?? 9999) - (b.end_fy ?? 9999) || a.name.localeCompare(b.name));
}

function fieldMatches(cat: Catalogue, fields: readonly string[], wanted: string): boolean {
  const w = fold(wanted);
  const group = cat.lexicon.fields.find((g) => g.some((x) => fold(x) === w || fold(x).includes(w)));
  const targets = group ? group.map(fold) : [w];
  return fields.some((f) => targets.some((t) => fold(f).includes(t) || t.includes(fold(f))));
}

/** Clusters and areas, filtered by region (Japanese or English), research field and programme (any name). */
export function listClusters(cat: Catalogue, opts: { region?: string; field?: string; programme?: string } = {}): ClusterSummary[] {
  let cs = cat.clusters;
  if (opts.programme) {
    const p = getProgramme(cat, opts.programme);
    const accepted = new Set([p.name, ...(p.variant_of ? [p.variant_of] : []), ...p.variants]);
    cs = cs.filter((c) => accepted.has(c.programme));
  }
  if (opts.region) {
    const r = nameKey(opts.region);
    cs = cs.filter((c) => [c.region, ...c.names.map((n) => n.value)].some((n) => {
      const k = nameKey(n);
      return k === r || (r.length >= 2 && k.includes(r)) || (k.length >= 2 && r.includes(k));
    }));
  }
  if (opts.field) {
    const f = opts.field;
    cs = cs.filter((c) => fieldMatches(cat, c.fields.map((x) => x.value), f));
  }
  return cs.map((c) => {
    const citations: Citation[] = [];
    for (const v of [...c.names, ...(c.cluster_name?.values ?? []), ...c.fields, ...(c.start_fy?.values ?? [])]) {
      for (const ci of v.citations) if (!citations.some((x) => x.source === ci.source && x.line_start === ci.line_start)) citations.push(ci);
    }
    return {
      programme: c.programme,
      kind: c.kind,
      region: c.region,
      names: [...new Set([c.region, ...c.names.map((n) => n.value)])],
      cluster_name: c.cluster_name?.values[0]?.value ?? null,
      fields: [...new Set(c.fields.map((f) => f.value))],
      start_fy: c.start_fy?.values[0]?.value ?? null,
      citations,
    };
  });
}

/** Every name, alias, English name and short form of each programme, and every name of each plan, for query expansion by the search tool. */
export function aliasLexicon(cat: Catalogue): AliasEntry[] {
  return [
    ...cat.programmes.map((p, i) => ({ canonical: p.name, names: recognisedNames(cat)[i]! })),
    ...cat.plans.map((p) => ({ canonical: p.name, names: [...new Set([p.name, ...p.aliases.map((a) => a.value)])] })),
  ];
}

/** Every programme name with its key (of two characters or more), computed once per catalogue: every query looks them up. */
const keysByCatalogue = new WeakMap<Catalogue, { name: string; matched: string; k: string }[]>();
function programmeKeys(cat: Catalogue): { name: string; matched: string; k: string }[] {
  let keys = keysByCatalogue.get(cat);
  if (!keys) {
    keys = cat.programmes.flatMap((p, i) => recognisedNames(cat)[i]!.map((n) => ({ name: p.name, matched: n, k: nameKey(n) }))).filter((n) => n.k.length >= 2);
    keysByCatalogue.set(cat, keys);
  }
  return keys;
}

/**
 * The programmes a free text names, by any name, alias or English name (NFKC, case and spacing aside);
 * a name inside a longer matched name (知的クラスター in 知的クラスター創成事業（第Ⅰ期）) does not count twice.
 */
export function namedProgrammes(cat: Catalogue, text: string): { name: string; matched: string }[] {
  const key = nameKey(text);
  const hits = programmeKeys(cat).filter((n) => key.includes(n.k));
  const best = new Map<string, { name: string; matched: string; k: string }>();
  for (const h of hits) if (!best.has(h.name) || best.get(h.name)!.k.length < h.k.length) best.set(h.name, h);
  const kept = [...best.values()].filter((h) => ![...best.values()].some((o) => o !== h && o.k.length > h.k.length && o.k.includes(h.k)));
  return kept.map(({ name, matched }) => ({ name, matched }));
}

/** Every fact where documents disagree, with each value and its citations. */
export function listConflicts(cat: Catalogue): Conflict[] {
  const out: Conflict[] = [];
  const add = (subject: string, field: string, f: { values: { value: unknown; as_written: string[]; citations: Citation[] }[]; conflict: boolean } | null) => {
    if (f?.conflict) out.push({ subject, field, values: f.values.map((v) => ({ value: v.value, as_written: v.as_written, citations: v.citations })) });
  };
  for (const p of cat.programmes) {
    add(p.name, 'period', p.period);
    add(p.name, 'duration', p.duration);
    for (const m of p.money) add(p.name, `money ${m.kind} per ${m.per} ${m.period}${m.fiscal_year ? ` FY${m.fiscal_year}` : ''}`, m);
    for (const c of p.counts) add(p.name, `count ${c.unit} ${c.scope}${c.fiscal_year ? ` FY${c.fiscal_year}` : ''}`, c);
  }
  for (const pl of cat.plans) {
    add(pl.name, 'period', pl.period);
    add(pl.name, 'decided', pl.decided);
    add(pl.name, 'theme', pl.theme);
  }
  for (const c of cat.clusters) {
    add(`${c.programme} / ${c.region}`, 'cluster_name', c.cluster_name);
    add(`${c.programme} / ${c.region}`, 'start_fy', c.start_fy);
  }
  return out;
}
