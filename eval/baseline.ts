// The regression gate: each gated set's key figures against the committed eval/baseline.json,
// each with a stated tolerance. A metric that falls by more than its tolerance fails the run. The
// project's own set (seen) keeps the plain metric names; another set's are prefixed with its name
// ("unseen: retrieval hit@1 (all)"), with the same tolerances.
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import type { GroupFigures } from './answer-metrics.js';

/** One gated metric: where it is in the figures, which way is better, and how much worse is tolerated. */
export interface GateMetric {
  name: string;
  get: (f: Record<string, GroupFigures>) => number | null | undefined;
  better: 'higher' | 'lower';
  tolerance: number;
  /** A value it must also meet whatever the baseline (citation validity must stay 100%). */
  required?: number;
}

/** Tolerances: 0.03 absolute on retrieval and facts; citations must all hold; abstention and false statements may not get worse. */
export const GATE: readonly GateMetric[] = [
  { name: 'retrieval hit@1 (all)', get: (f) => f['all']?.retrieval?.hit1, better: 'higher', tolerance: 0.03 },
  { name: 'retrieval MRR (all)', get: (f) => f['all']?.retrieval?.mrr, better: 'higher', tolerance: 0.03 },
  { name: 'retrieval recall@5 (all)', get: (f) => f['all']?.retrieval?.recall5, better: 'higher', tolerance: 0.03 },
  { name: 'evidence in first 600 chars (all)', get: (f) => f['all']?.retrieval?.within600, better: 'higher', tolerance: 0.03 },
  { name: 'retrieval hit@1 (ja)', get: (f) => f['ja']?.retrieval?.hit1, better: 'higher', tolerance: 0.03 },
  { name: 'answers: all facts present (ja)', get: (f) => f['ja']?.answers?.facts, better: 'higher', tolerance: 0.03 },
  { name: 'answers: fact recall (all)', get: (f) => f['all']?.answers?.factRecall, better: 'higher', tolerance: 0.03 },
  { name: 'answers: citation validity (all)', get: (f) => f['all']?.answers?.citationValidity, better: 'higher', tolerance: 0, required: 1 },
  { name: 'answers: abstention on unanswerable (all)', get: (f) => f['all']?.answers?.abstention, better: 'higher', tolerance: 0 },
  { name: 'answers: false abstention (all)', get: (f) => f['all']?.answers?.falseAbstention, better: 'lower', tolerance: 0.03 },
  { name: 'answers: false statements (all)', get: (f) => f['all']?.answers?.falseStatements, better: 'lower', tolerance: 0 },
];

export const BaselineSchema = z.object({
  note: z.string(),
  created_at: z.string(),
  questions: z.number().int(),
  /** Questions per gated set other than seen. */
  sets: z.record(z.string(), z.number().int()).optional(),
  metrics: z.record(z.string(), z.number()),
});
export type Baseline = z.infer<typeof BaselineSchema>;

export interface GateResult {
  name: string;
  baseline: number | undefined;
  now: number | undefined;
  tolerance: number;
  better: 'higher' | 'lower';
  ok: boolean;
  why?: string;
}

/** The name a gated metric has for a set: plain for the project's own set (seen), prefixed otherwise. */
function metricName(name: string, set?: string): string {
  return set === undefined || set === 'seen' ? name : `${set}: ${name}`;
}

/** The gated metrics of a run, by name. */
export function gateValues(figures: Record<string, GroupFigures>, set?: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of GATE) {
    const v = m.get(figures);
    if (typeof v === 'number' && Number.isFinite(v)) out[metricName(m.name, set)] = v;
  }
  return out;
}

/**
 * Compares a run with the baseline; a metric missing from the baseline passes (it is new), and so
 * does one neither measures (a set without unanswerable questions has no abstention rate).
 */
export function compareWithBaseline(figures: Record<string, GroupFigures>, baseline: Baseline | undefined, set?: string): GateResult[] {
  const now = gateValues(figures, set);
  return GATE.map((m) => {
    const name = metricName(m.name, set);
    const b = baseline?.metrics[name];
    const n = now[name];
    const base = { name, baseline: b, now: n, tolerance: m.tolerance, better: m.better };
    if (n === undefined && b === undefined) return { ...base, ok: true, why: 'not measured (no such questions)' };
    if (n === undefined) return { ...base, ok: false, why: 'not measured in this run' };
    if (m.required !== undefined && (m.better === 'higher' ? n < m.required : n > m.required)) return { ...base, ok: false, why: `must be ${m.required}` };
    if (b === undefined) return { ...base, ok: true, why: 'no baseline yet' };
    const worse = m.better === 'higher' ? b - n : n - b;
    return worse > m.tolerance + 1e-4 ? { ...base, ok: false, why: `${m.better === 'higher' ? 'fell' : 'rose'} by ${worse.toFixed(3)} (tolerance ${m.tolerance})` } : { ...base, ok: true };
  });
}

/** Reads the committed baseline, or undefined when there is none yet. */
export async function readBaseline(file: string): Promise<Baseline | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  return BaselineSchema.parse(JSON.parse(text));
}

/** A set's figures to write into a baseline. */
export interface BaselineSet {
  set: string;
  questions: number;
  figures: Record<string, GroupFigures>;
}

/**
 * Writes the gated metrics of the sets run as the new baseline, keeping the metrics of sets not run
 * this time from `previous`.
 */
export async function writeBaseline(file: string, sets: readonly BaselineSet[], previous?: Baseline, note?: string): Promise<Baseline> {
  const rewritten = new Set(sets.map((s) => s.set));
  const kept = Object.entries(previous?.metrics ?? {}).filter(([name]) => {
    const prefix = /^([^:]+): /.exec(name)?.[1] ?? 'seen';
    return !rewritten.has(prefix);
  });
  const fresh = sets.flatMap((s) => Object.entries(gateValues(s.figures, s.set)));
  const seen = sets.find((s) => s.set === 'seen');
  const others = { ...previous?.sets, ...Object.fromEntries(sets.filter((s) => s.set !== 'seen').map((s) => [s.set, s.questions])) };
  const baseline: Baseline = {
    note:
      note ??
      'Figures of `npm run eval` (MCP over stdio): the project set (plain names) and the held-out sets (prefixed). Rewrite with `npm run eval -- --update-baseline` when a change is meant to move them; tolerances are in eval/baseline.ts.',
    created_at: new Date().toISOString(),
    questions: seen?.questions ?? previous?.questions ?? 0,
    ...(Object.keys(others).length > 0 && { sets: others }),
    metrics: Object.fromEntries([...kept, ...fresh.map(([k, v]) => [k, Math.round(v * 10000) / 10000] as const)]),
  };
  await writeFile(file, JSON.stringify(baseline, null, 2) + '\n');
  return baseline;
}
