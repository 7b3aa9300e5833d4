// The catalogue's cited facts for the questions staff ask most of a programme: when it started or
// ended, under which basic plan, which regions took part, what it was merged into or followed by,
// and who runs it. Each value carries only the citations whose lines state it.
import { findYearMentions, westernToEra } from '../era.js';
import type { Catalogue, Plan, Programme, RelationFactValue } from '../catalogue/schema.js';
import type { Citation } from '../schemas.js';
import { normalizeText } from '../text/normalize.js';
import type { FactPick, PickedValue } from './catalogue-facts.js';
import type { Ask } from './intent.js';
import type { AnswerQuery } from './question.js';

/** A fiscal year as the Japanese documents write it, with the Western year: 平成14年度（2002年度）. */
function eraYear(fy: number, en: boolean): string {
  const { era, year } = westernToEra(fy);
  const e = `${era}${year === 1 ? '元' : year}年度`;
  return en ? `FY${fy} (${e})` : `${e}（${fy}年度）`;
}

/**
 * A year as the answer shows it, with the form its documents wrote when that is another era's
 * (平成35年度, a plan written before the era changed, is 令和5年度): the reader finds it as written.
 */
export function yearAsWritten(fy: number, written: readonly string[], en: boolean): string {
  const shown = eraYear(fy, en);
  const other = written
    .flatMap((w) => findYearMentions(normalizeText(w)))
    .find((m) => m.year === fy && /^(?:平成|昭和|令和)/u.test(m.raw) && !m.raw.startsWith(westernToEra(fy).era));
  if (!other) return shown;
  return en ? `${shown}, written ${other.raw}` : `${shown}、資料の表記は${other.raw}`;
}

/** The citations that state a year (the rest of a fact's citations may give other years). */
function statingYear(cs: readonly Citation[], fy: number): Citation[] {
  const hit = cs.filter((c) => findYearMentions(c.quote).some((m) => m.year === fy));
  return hit.length > 0 ? hit : [...cs];
}

const key = (s: string) => normalizeText(s).replace(/\s+/g, '');

/** The citations that contain a name (whitespace and width aside). */
function naming(cs: readonly Citation[], name: string): Citation[] {
  return cs.filter((c) => key(c.quote).includes(key(name)));
}

/** Each end of a period: the year it gives, and how an answer labels it. */
const EDGES = {
  start: { year: (v: { start_fy: number }) => v.start_fy, label: { ja: '開始年度', en: 'start' } },
  end: { year: (v: { end_fy: number | null }) => v.end_fy, label: { ja: '終了年度', en: 'end' } },
} as const;

/**
 * The years a programme started (or ended), one value per distinct year, each with the lines that
 * state it; no end when some period is open (an open period says nothing about the end).
 */
function edgePick(p: Programme, edge: keyof typeof EDGES, en: string, lang: 'ja' | 'en'): FactPick | undefined {
  const { year, label } = EDGES[edge];
  if (!p.period || p.period.values.some((v) => year(v.value) === null)) return undefined;
  const byYear = new Map<number, Citation[]>();
  for (const v of p.period.values) {
    const fy = year(v.value)!;
    byYear.set(fy, [...(byYear.get(fy) ?? []), ...statingYear(v.citations, fy)]);
  }
  const written = p.period.values.flatMap((v) => v.as_written);
  const values: PickedValue[] = [...byYear].map(([fy, cs]) => ({ display: yearAsWritten(fy, written, lang === 'en'), citations: cs }));
  return { subject: p.name, subjectEn: en, field: edge, label, conflict: values.length > 1, values };
}

/**
 * A plan as an answer names it: with its period where a cited line states the period as written
 * (第５期科学技術基本計画（平成28～32年度）), else by its name alone; with the lines that say so.
 */
export function planWithPeriod(plan: Plan, lang: 'ja' | 'en'): { display: string; citations: Citation[] } {
  const span = plan.period?.values[0];
  if (!span) return { display: plan.name, citations: [] };
  const dated = span.citations.find((c) => findYearMentions(c.quote).some((m) => m.year === span.value.start_fy));
  const written = dated ? span.as_written.find((w) => findYearMentions(w).some((m) => m.year === span.value.start_fy) && normalizeText(dated.quote).includes(normalizeText(w))) : undefined;
  if (!dated || !written) return { display: plan.name, citations: span.citations.slice(0, 1) };
  return { display: `${plan.name}${lang === 'en' ? ` (${written})` : `（${written}）`}`, citations: [dated] };
}

/** The basic plan in force when it started, with the plan's period as the documents write it. */
function planPick(cat: Catalogue, p: Programme, en: string, lang: 'ja' | 'en'): FactPick | undefined {
  const values: PickedValue[] = [];
  for (const ref of p.parent_plans) {
    const plan = cat.plans.find((x) => x.ordinal === ref.value.ordinal);
    if (!plan) continue;
    const { display, citations } = planWithPeriod(plan, lang);
    const cites = [...ref.citations, ...citations];
    values.push({ display, citations: cites.filter((c, i) => cites.findIndex((d) => d.source === c.source && d.line_start === c.line_start) === i) });
  }
  if (values.length === 0) return undefined;
  return { subject: p.name, subjectEn: en, field: 'plan', label: { ja: '開始時の科学技術基本計画', en: 'basic plan in force when it started' }, conflict: false, values };
}

const RELATION_LABEL: Record<RelationFactValue['value']['relation'], [string, string]> = {
  integrated_into: ['統合', 'merged into'],
  builds_on: ['成果を踏まえて後継', 'followed by, building on its results'],
  continued_as: ['継続', 'continued under'],
};

/** Successors or predecessors; each cites the relation and a line that names the other programme. */
function relationPick(cat: Catalogue, p: Programme, en: string, which: 'successor' | 'predecessor', lang: 'ja' | 'en'): FactPick | undefined {
  const rels = which === 'successor' ? p.successors : p.predecessors;
  const values: PickedValue[] = [];
  for (const r of rels) {
    const other = cat.programmes.find((x) => x.name === r.value.programme);
    if (!other) continue;
    // a line naming the other programme, in the same document as the relation when there is one
    const named = [...naming(other.period?.values.flatMap((v) => v.citations) ?? [], other.name), ...naming(other.named_at, other.name)];
    const near = named.find((c) => r.citations.some((rc) => rc.source === c.source)) ?? named[0];
    if (!near) continue;
    const [ja, enLabel] = RELATION_LABEL[r.value.relation];
    values.push({ display: other.name, label: lang === 'en' ? enLabel : ja, citations: [...r.citations, near] });
  }
  if (values.length === 0) return undefined;
  return { subject: p.name, subjectEn: en, field: which, label: which === 'successor' ? { ja: '後継・統合先', en: 'successor' } : { ja: '前身', en: 'predecessor' }, conflict: false, values };
}

/** The ministries and agencies that run it. */
function runnerPick(p: Programme, en: string): FactPick | undefined {
  const values: PickedValue[] = [...p.ministries, ...p.agencies].flatMap((v) => {
    const cs = naming(v.citations, v.value);
    return cs.length === 0 ? [] : [{ display: v.value, citations: cs }];
  });
  if (values.length === 0) return undefined;
  return { subject: p.name, subjectEn: en, field: 'runner', label: { ja: '実施・所管', en: 'run by' }, conflict: false, values };
}

/** The regions the catalogue names for it (its phases and types included), in the years asked if any. */
function regionsPick(cat: Catalogue, p: Programme, en: string, q: AnswerQuery): FactPick | undefined {
  const accepted = new Set([p.name, ...(p.variant_of ? [p.variant_of] : []), ...p.variants]);
  let clusters = cat.clusters.filter((c) => accepted.has(c.programme));
  if (q.years.length > 0) clusters = clusters.filter((c) => c.start_fy?.values.some((v) => q.years.includes(v.value)));
  const values: PickedValue[] = [];
  for (const c of clusters) {
    const cluster = c.cluster_name?.values[0];
    const region = naming([...c.names.flatMap((n) => n.citations), ...(cluster?.citations ?? [])], c.region)[0];
    if (!region) continue;
    const cites = [region];
    const shown: string[] = [];
    const clusterCite = cluster && naming(cluster.citations, cluster.value)[0];
    if (cluster && clusterCite) {
      shown.push(cluster.value);
      cites.push(clusterCite);
    }
    const english = q.language === 'en' ? c.names.find((n) => /^[A-Za-z]/.test(n.value)) : undefined;
    const englishCite = english && naming(english.citations, english.value)[0];
    if (english && englishCite) {
      shown.push(english.value);
      cites.push(englishCite);
    }
    values.push({ display: shown.length > 0 ? `${c.region}（${shown.join('、')}）` : c.region, citations: cites.filter((x, i) => cites.indexOf(x) === i) });
  }
  if (values.length === 0) return undefined;
  return { subject: p.name, subjectEn: en, field: 'regions', label: { ja: '資料に名前のある実施地域', en: 'regions named in the documents' }, conflict: false, values, list: true };
}

/** A plan pick and, when there is one, the start it follows from; nothing without the plan. */
function withStart(plan: FactPick | undefined, start: FactPick | undefined): (FactPick | undefined)[] {
  return plan ? [plan, start] : [];
}

/** The catalogue facts for what the question asks of one programme. */
export function askPicks(cat: Catalogue, p: Programme, q: AnswerQuery, asks: readonly Ask[]): FactPick[] {
  const en = p.english_names[0]?.value ?? p.name;
  const picks: (FactPick | undefined)[] = [];
  for (const a of asks) {
    if (a === 'start' || a === 'end') picks.push(edgePick(p, a, en, q.language));
    // (a plan is the one in force when it started: the start it follows from is said with it)
    else if (a === 'plan') picks.push(...withStart(planPick(cat, p, en, q.language), asks.includes('start') ? undefined : edgePick(p, 'start', en, q.language)));
    else if (a === 'successor' || a === 'predecessor') picks.push(relationPick(cat, p, en, a, q.language));
    else if (a === 'runner') picks.push(runnerPick(p, en));
    else if (a === 'regions') picks.push(regionsPick(cat, p, en, q));
  }
  return picks.filter((x): x is FactPick => x !== undefined);
}
