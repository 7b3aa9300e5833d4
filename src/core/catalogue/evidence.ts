// Where the catalogue says the answer stands: for a question that names a programme, plan or
// cluster region and asks for an amount, a count, a period, a purpose or ministries, the lines
// cited by the matching facts. Search uses them as evidence for ranking (and as candidates).
import type { AnswerType } from '../query.js';
import { findPlanMentions } from '../plan-number.js';
import { normalizeText } from '../text/normalize.js';
import { namedProgrammes } from './query.js';
import type { AnyFactValue, Catalogue, MoneyFact, CountFact } from './schema.js';

export interface EvidenceSpan {
  source: string;
  line_start: number;
  line_end: number;
}

function spans(values: readonly AnyFactValue[]): EvidenceSpan[] {
  return values.flatMap((v) => v.citations.map(({ source, line_start, line_end }) => ({ source, line_start, line_end })));
}

/** Facts of the asked year when the question names one and the catalogue has it, else all. */
function forYears<T extends MoneyFact | CountFact>(facts: readonly T[], years: readonly number[]): readonly T[] {
  if (years.length === 0) return facts;
  const dated = facts.filter((f) => f.fiscal_year !== null && years.includes(f.fiscal_year));
  return dated.length > 0 ? dated : facts;
}


/** The cited lines of the catalogue facts that answer this kind of question about what it names. */
export function catalogueEvidence(cat: Catalogue, question: string, answerType: AnswerType | undefined, years: readonly number[], defines?: string): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  const text = normalizeText(question).toLowerCase();
  const named = new Set(namedProgrammes(cat, question).map((n) => n.name));
  for (const p of cat.programmes) {
    if (!named.has(p.name)) continue;
    if (answerType === 'money') out.push(...spans(forYears(p.money, years).flatMap((m) => m.values)));
    if (answerType === 'count') out.push(...spans(forYears(p.counts, years).flatMap((c) => c.values)));
    if (answerType === 'time') out.push(...spans([...(p.period?.values ?? []), ...(p.duration?.values ?? [])]));
    // a programme's purpose answers 「…事業の目的」, not 「知的クラスター」とは (a concept named like it)
    if (answerType === 'definition' && defines === undefined) out.push(...spans(p.purpose));
    if (answerType === 'organisation') out.push(...spans([...p.ministries, ...p.agencies]));
  }
  const plan = findPlanMentions(question, { bare: true })[0];
  if (plan && /計画|plan/iu.test(question)) {
    const ordinal = plan.ordinal;
    const found = cat.plans.find((pl) => pl.ordinal === ordinal);
    if (found) {
      if (answerType === 'time') out.push(...spans([...(found.period?.values ?? []), ...(found.decided?.values ?? [])]));
      else if (answerType === 'money') out.push(...spans(found.money.flatMap((m) => m.values)));
      else out.push(...spans([...(found.theme?.values ?? []), ...found.points]));
    }
  }
  cat.clusters.forEach((c, i) => {
    const regionNamed = regionNames(cat)[i]!.some((name) => text.includes(name));
    if (regionNamed && (named.size === 0 || named.has(c.programme))) {
      out.push(...spans([...(c.cluster_name?.values ?? []), ...c.fields, ...(c.start_fy?.values ?? [])]));
    }
  });
  return out;
}

/** Each cluster's names as a question is matched against them (normalised, lower case, two characters or more), read once per catalogue. */
const clusterNames = new WeakMap<Catalogue, string[][]>();

function regionNames(cat: Catalogue): string[][] {
  let names = clusterNames.get(cat);
  if (!names) {
    names = cat.clusters.map((c) => c.names.map((n) => normalizeText(n.value).toLowerCase()).filter((name) => name.length >= 2));
    clusterNames.set(cat, names);
  }
  return names;
}
