// Merges raw facts into the catalogue's fact shapes: equal values become one value with all their
// citations; different values stay side by side, and a group whose values come from different
// documents is marked as a conflict.
import type { Citation } from '../schemas.js';
import type { RawFact } from './raw-fact.js';
import type { AnyFactValue, CountFact, MoneyFact, PeriodFact } from './schema.js';

/** One merged value: a fact value of schema.ts with its value typed. */
export type MergedValue<T> = Omit<AnyFactValue, 'value'> & { value: T };

const citeKey = (c: Citation) => `${c.source}:${c.line_start}-${c.line_end}`;

/** The keys already in a list, kept beside it while it grows (a value cited by thousands of documents). */
const keysOf = new WeakMap<object, { length: number; keys: Set<string> }>();

function addUnique<T>(list: T[], items: readonly T[], key: (t: T) => string = String): void {
  let known = keysOf.get(list);
  // rebuilt when the list was changed elsewhere
  if (!known || known.length !== list.length) keysOf.set(list, (known = { length: list.length, keys: new Set(list.map(key)) }));
  const seen = known.keys;
  for (const it of items) {
    const k = key(it);
    if (!seen.has(k)) {
      seen.add(k);
      list.push(it);
    }
  }
  known.length = list.length;
}

function valueOf(f: RawFact): unknown {
  return 'value' in f ? f.value : null;
}

/** Stable JSON, for comparing values. */
function canon(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  return `{${Object.keys(v as object).sort().map((k) => `${k}:${canon((v as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** Merges facts with equal values (compared by `keyOf`, default the value itself). */
export function mergeValues<T>(facts: readonly RawFact[], keyOf: (v: T) => string = canon): MergedValue<T>[] {
  const out: MergedValue<T>[] = [];
  const index = new Map<string, MergedValue<T>>();
  for (const f of facts) {
    const v = valueOf(f) as T;
    const k = keyOf(v);
    let mv = index.get(k);
    if (!mv) {
      mv = { value: v, citations: [], as_written: [], origins: [] };
      index.set(k, mv);
      out.push(mv);
    }
    addUnique(mv.citations, f.citations, citeKey);
    addUnique(mv.as_written, [f.as_written]);
    addUnique(mv.origins, [f.origin]);
    if (f.label && !mv.label) mv.label = f.label;
    if (f.note && !mv.note) mv.note = f.note;
  }
  return out;
}

/** Conflict: two or more different values, stated by more than one document. */
export function isConflict(values: readonly MergedValue<unknown>[]): boolean {
  if (values.length < 2) return false;
  return new Set(values.flatMap((v) => v.citations.map((c) => c.source))).size > 1;
}

/** A single-valued fact (or null when nothing states it). */
export function single<T>(facts: readonly RawFact[]): { values: MergedValue<T>[]; conflict: boolean } | null {
  if (facts.length === 0) return null;
  const values = mergeValues<T>(facts);
  return { values, conflict: isConflict(values) };
}

/**
 * Periods: an open start ("平成８年～", 「平成２５年度に開始」) that agrees with a full period's start
 * supports it rather than disagreeing with it.
 */
export function periodFact(facts: readonly RawFact[]): PeriodFact | null {
  const merged = single<{ start_fy: number; end_fy: number | null }>(facts);
  if (!merged) return null;
  const full = merged.values.filter((v) => v.value.end_fy !== null);
  const kept = merged.values.filter((v) => {
    if (v.value.end_fy !== null) return true;
    const target = full.find((f) => f.value.start_fy === v.value.start_fy);
    if (!target) return true;
    addUnique(target.citations, v.citations, citeKey);
    addUnique(target.as_written, v.as_written);
    return false;
  });
  return { values: kept, conflict: isConflict(kept) };
}

/** Money facts grouped by kind, unit, period and fiscal year. */
export function moneyFacts(facts: readonly RawFact[]): MoneyFact[] {
  const groups = new Map<string, RawFact[]>();
  for (const f of facts) {
    if (f.field !== 'money') continue;
    const k = canon(f.key);
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const out: MoneyFact[] = [];
  for (const list of groups.values()) {
    const f0 = list[0]!;
    if (f0.field !== 'money') continue;
    const values = mergeValues<{ yen: number; yen_max?: number }>(list);
    out.push({ ...f0.key, values, conflict: isConflict(values) });
  }
  return out.sort((a, b) => (a.fiscal_year ?? 0) - (b.fiscal_year ?? 0) || a.kind.localeCompare(b.kind));
}

/** Count facts grouped by unit, scope and fiscal year. */
export function countFacts(facts: readonly RawFact[]): CountFact[] {
  const groups = new Map<string, RawFact[]>();
  for (const f of facts) {
    if (f.field !== 'count') continue;
    const k = canon(f.key);
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const out: CountFact[] = [];
  for (const list of groups.values()) {
    const f0 = list[0]!;
    if (f0.field !== 'count') continue;
    const values = mergeValues<{ count: number }>(list);
    out.push({ ...f0.key, values, conflict: isConflict(values) });
  }
  return out.sort((a, b) => a.scope.localeCompare(b.scope) || (a.fiscal_year ?? 0) - (b.fiscal_year ?? 0));
}

/** Multi-valued facts (aliases, ministries, purposes): every distinct value, no conflict. */
export function list<T = string>(facts: readonly RawFact[], keyOf?: (v: T) => string): MergedValue<T>[] {
  return mergeValues<T>(facts, keyOf);
}
