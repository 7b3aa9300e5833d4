// Turns resolved raw facts into Programme and Plan records: merged values, variants and successors
// as inverses, a base programme's period from its variants, and the plan each programme started under.
import { findYearMentions } from '../era.js';
import type { Citation } from '../schemas.js';
import { CurationError } from './curation.js';
import { countFacts, list, moneyFacts, periodFact, single, type MergedValue } from './merge.js';
import { planName } from '../plan-number.js';
import type { RawFact } from './raw-fact.js';
import { ProgrammeKindSchema, type Plan, type Programme, type RelationFactValue } from './schema.js';
import { nameKey } from './name-key.js';

type Resolve = (name: string) => string | undefined;

const byField = (facts: readonly RawFact[], field: RawFact['field']) => facts.filter((f) => f.field === field);

function kindOf(name: string, kind?: string): Programme['kind'] {
  const parsed = ProgrammeKindSchema.safeParse(kind);
  if (parsed.success) return parsed.data;
  const m = /(事業|プログラム|計画|交付金|構想|制度)(?:（[^（）]*）)?$/.exec(name);
  return (m?.[1] as Programme['kind'] | undefined) ?? 'その他';
}

/** Resolves "知クラ・都市エリア" as one name, or else as names joined by ・, 及び, 、 or と. */
function resolveMany(raw: string, resolve: Resolve): string[] {
  const whole = resolve(raw);
  if (whole) return [whole];
  const parts = raw.split(/・|及び|、|と/).map((p) => p.trim()).filter(Boolean);
  const out = parts.map(resolve);
  return out.every((x) => x !== undefined) ? (out as string[]) : [];
}

/** Programme records, one per registered name. */
export function assembleProgrammes(
  registry: ReadonlyMap<string, { name: string; named_at: Citation[]; kind?: string }>,
  facts: readonly RawFact[],
  resolve: Resolve,
  warnings: string[],
): Programme[] {
  const byProgramme = new Map<string, RawFact[]>();
  for (const f of facts) if (f.subject.type === 'programme') byProgramme.set(f.subject.name, [...(byProgramme.get(f.subject.name) ?? []), f]);
  const programmes: Programme[] = [];
  for (const entry of registry.values()) {
    const fs = byProgramme.get(entry.name) ?? [];
    const variantOf = byField(fs, 'variant_of').map((f) => ('value' in f ? resolve(String(f.value)) : undefined)).find((x) => x && x !== entry.name) ?? null;
    const relations: RawFact[] = [];
    for (const f of byField(fs, 'relation')) {
      if (f.field !== 'relation') continue;
      const targets = resolveMany(f.value.programme, resolve);
      if (targets.length === 0) {
        const msg = `${f.where ?? f.citations[0]?.source}: predecessor "${f.value.programme}" of ${entry.name} is not a known programme`;
        if (f.origin === 'curation') throw new CurationError(msg);
        warnings.push(msg);
      }
      for (const t of targets) relations.push({ ...f, value: { programme: t, relation: f.value.relation } });
    }
    programmes.push({
      id: nameKey(entry.name),
      name: entry.name,
      kind: kindOf(entry.name, entry.kind),
      named_at: entry.named_at,
      aliases: list<string>(byField(fs, 'alias').filter((f) => 'value' in f && f.value !== entry.name)),
      english_names: list<string>(byField(fs, 'english_name')),
      variant_of: variantOf,
      variants: [],
      period: periodFact(completePeriods(byField(fs, 'period'), byField(fs, 'end_fy'))),
      duration: single(byField(fs, 'duration')),
      parent_plans: [],
      ministries: list<string>(byField(fs, 'ministry')),
      agencies: list<string>(byField(fs, 'agency')),
      purpose: list<string>(byField(fs, 'purpose')),
      selection: list<string>(byField(fs, 'selection')),
      money: moneyFacts(fs),
      counts: countFacts(fs),
      predecessors: list(relations) as RelationFactValue[],
      successors: [],
      notes: list<string>(byField(fs, 'note')),
      end: single<number>(byField(fs, 'end_fy')),
      last_mentioned_fy: lastMentioned(fs, entry.named_at),
      readings: [],
    });
  }
  const byName = new Map(programmes.map((p) => [p.name, p]));
  for (const p of programmes) {
    if (p.variant_of) byName.get(p.variant_of)?.variants.push(p.name);
    for (const r of p.predecessors) {
      byName.get(r.value.programme)?.successors.push({ ...r, value: { programme: p.name, relation: r.value.relation } });
    }
  }
  for (const p of programmes) if (!p.period && p.variants.length > 0) p.period = derivedPeriod(p.variants.map((v) => byName.get(v)!));
  // a phase or type of a programme (…（第Ⅱ期）, …（グローバル拠点育成型）) is run by the ministry that runs the programme
  for (const p of programmes) {
    const base = p.variant_of ? byName.get(p.variant_of) : undefined;
    if (base && p.ministries.length === 0) p.ministries = base.ministries.map((m) => ({ ...m, note: `as ${base.name}, of which it is a part` }));
  }
  return programmes;
}

/**
 * Periods with the end filled in where a document gives the start and (here or elsewhere) the end
 * apart: 「平成２５年度に開始」 and 「令和３年度をもって終了」 make 2013–2021, citing both.
 */
function completePeriods(periods: readonly RawFact[], ends: readonly RawFact[]): RawFact[] {
  const endYears = [...new Map(ends.flatMap((e) => (e.field === 'end_fy' ? [[e.value, e] as const] : []))).values()];
  if (endYears.length === 0) return [...periods];
  return periods.flatMap((f) => {
    if (f.field !== 'period' || f.value.end_fy !== null) return [f];
    const start = f.value.start_fy;
    const fitting = endYears.filter((e) => e.field === 'end_fy' && e.value >= start);
    if (fitting.length === 0) return [f];
    return fitting.map((e) => ({
      ...f,
      value: { start_fy: start, end_fy: (e as Extract<RawFact, { field: 'end_fy' }>).value },
      citations: [...f.citations, ...e.citations],
      as_written: `${f.as_written} … ${e.as_written}`,
      origin: 'derived' as const,
      note: 'start and end stated apart',
    }));
  });
}

/** The latest fiscal year the cited lines about a programme state (its facts' years and the years in their quotes). */
function lastMentioned(facts: readonly RawFact[], namedAt: readonly Citation[]): number | null {
  const years: number[] = [];
  for (const f of facts) {
    if (f.field === 'period') years.push(f.value.start_fy, ...(f.value.end_fy === null ? [] : [f.value.end_fy]));
    if (f.field === 'end_fy') years.push(f.value);
    if ((f.field === 'money' || f.field === 'count') && f.key.fiscal_year !== null) years.push(f.key.fiscal_year);
    for (const c of f.citations) years.push(...findYearMentions(c.quote).map((y) => y.year));
  }
  for (const c of namedAt) years.push(...findYearMentions(c.quote).map((y) => y.year));
  return years.length > 0 ? Math.max(...years) : null;
}

/** A base programme's period: from the earliest start to the latest end of its variants. */
function derivedPeriod(variants: readonly Programme[]): Programme['period'] {
  const vals = variants.flatMap((v) => v.period?.values ?? []);
  if (vals.length === 0) return null;
  const start = Math.min(...vals.map((v) => v.value.start_fy));
  const end = vals.some((v) => v.value.end_fy === null) ? null : Math.max(...vals.map((v) => v.value.end_fy!));
  const citations: Citation[] = [];
  for (const v of vals) for (const c of v.citations) if (!citations.some((x) => x.source === c.source && x.line_start === c.line_start)) citations.push(c);
  return {
    values: [{ value: { start_fy: start, end_fy: end }, citations, as_written: vals.flatMap((v) => v.as_written), origins: ['derived'], note: `from the periods of its phases and types: ${variants.map((v) => v.name).join(', ')}` }],
    conflict: false,
  };
}

function planOf(plans: readonly Plan[], fy: number): Plan | undefined {
  return plans.find((pl) => {
    const v = pl.period?.values[0]?.value;
    return v && v.start_fy <= fy && (v.end_fy === null || fy <= v.end_fy);
  });
}

/** Plan records for every plan the documents name; links each programme to the plan it started under. */
export function assemblePlans(facts: readonly RawFact[], programmes: Programme[]): Plan[] {
  const ordinals = [...new Set(facts.flatMap((f) => (f.subject.type === 'plan' ? [f.subject.ordinal] : [])))].sort((a, b) => a - b);
  const plans: Plan[] = ordinals.map((ordinal) => {
    const fs = facts.filter((f) => f.subject.type === 'plan' && f.subject.ordinal === ordinal);
    return {
      id: `plan-${ordinal}`,
      ordinal,
      name: planName(ordinal),
      aliases: list<string>(byField(fs, 'alias')),
      period: periodFact(completePeriods(byField(fs, 'period'), byField(fs, 'end_fy'))),
      theme: single<string>(byField(fs, 'theme').map((f) => ({ ...f, value: 'value' in f ? String(f.value).replace(/[\s　]+/g, '') : '' }) as RawFact)),
      decided: single(byField(fs, 'decided')),
      money: moneyFacts(fs),
      points: list<string>(byField(fs, 'point')),
      programmes: [],
      notes: list<string>(byField(fs, 'note')),
    };
  });
  for (const p of programmes) {
    const first = p.period?.values.reduce((a, b) => (b.value.start_fy < a.value.start_fy ? b : a));
    if (!first) continue;
    const plan = planOf(plans, first.value.start_fy);
    const planValue = plan?.period?.values[0];
    if (!plan || !planValue) continue;
    const value: MergedValue<{ ordinal: number }> = {
      value: { ordinal: plan.ordinal },
      citations: [first.citations[0]!, planValue.citations[0]!],
      as_written: [`${first.as_written[0] ?? ''} / ${plan.name}（${planValue.as_written[0] ?? ''}）`],
      origins: ['derived'],
      note: 'the plan in force in the programme’s first fiscal year',
    };
    p.parent_plans.push(value);
    plan.programmes.push(p.name);
  }
  return plans;
}
