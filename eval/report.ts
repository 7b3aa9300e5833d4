// Writes the eval report: latest.json (everything) and latest.md (the tables a reviewer reads: the
// gate, every set side by side with the plain BM25 peer, each set per category and per document
// style, the ablations, latency, the model part).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GroupFigures, QuestionRun } from './answer-metrics.js';
import type { GateResult } from './baseline.js';
import type { LatencySummary } from './latency.js';
import { PEER_PARAMS } from './peer-bm25.js';
import type { SetRun, SystemFigures } from './run-set.js';

/** One question set's run, as reported. */
export interface SetReport {
  name: string;
  questions_file: string;
  folders: string[];
  questions: number;
  transport: 'stdio';
  tools: string[];
  prompts: string[];
  /** shisaku through the MCP server, per category (with "all" and "ja"). */
  figures: Record<string, GroupFigures>;
  /** shisaku per document style (with "all"). */
  by_style: Record<string, GroupFigures>;
  /** The plain BM25 peer on the same documents and questions (retrieval only). */
  peer?: SystemFigures | undefined;
  latency: { search: LatencySummary; answer: LatencySummary };
  /** Each question's outcome, to see which ones moved between two runs. */
  outcomes: QuestionOutcome[];
}

/** One question's outcome: the reciprocal rank of its evidence, and what its answer carried. */
export interface QuestionOutcome {
  id: string;
  rr: number | null;
  status: 'answered' | 'abstained' | null;
  facts: string | null;
}

function outcomeOf(r: QuestionRun): QuestionOutcome {
  const a = r.answer;
  return {
    id: r.q.id,
    rr: r.retrieval?.reciprocalRank ?? null,
    status: a ? (a.abstained ? 'abstained' : 'answered') : null,
    facts: a && !r.q.abstain ? `${a.factsFound}/${a.factsTotal}` : null,
  };
}

export interface EvalReport {
  created_at: string;
  /** Questions of the first set (the project's own, for `npm run eval`). */
  questions: number;
  index: string;
  crippled: boolean;
  /** The first set's main run (kept in the shape earlier reports had). */
  main: { transport: 'stdio'; tools: string[]; prompts: string[]; figures: Record<string, GroupFigures>; latency: { search: LatencySummary; answer: LatencySummary } };
  sets: SetReport[];
  /** Sets that were not run, and why (e.g. eval/unseen/ does not exist). */
  skipped_sets: { name: string; why: string }[];
  ablations: { name: string; figures: Record<string, GroupFigures> }[];
  gate: { baseline: string; passed: boolean; results: GateResult[] };
  llm?: { skipped: string } | { model: string; figures: Record<string, GroupFigures> } | undefined;
}

/** A set's run as reported (paths relative to `root`). */
export function setReport(run: SetRun, root: string): SetReport {
  return {
    name: run.name,
    questions_file: path.relative(root, run.questionsFile) || run.questionsFile,
    folders: run.folders.map((f) => path.relative(root, f) || '.'),
    questions: run.questions.length,
    transport: 'stdio',
    tools: run.tools,
    prompts: run.prompts,
    figures: run.shisaku.figures,
    by_style: run.shisaku.by_style,
    peer: run.peer,
    latency: run.latency,
    outcomes: run.runs.map(outcomeOf),
  };
}

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${(v * 100).toFixed(1)}`);
const num = (v: number | null | undefined) => (v === null || v === undefined ? '–' : v.toFixed(3));

function groupOrder(figures: Record<string, GroupFigures>, first: string[]): string[] {
  return [...first.filter((g) => figures[g]), ...Object.keys(figures).filter((k) => !first.includes(k)).sort()];
}

function figuresTable(figures: Record<string, GroupFigures>): string[] {
  const rows = [
    '| group | n | hit@1 | MRR | R@5 | ev≤600 | facts % | fact recall % | citations valid % | abstained % (unans.) | false abst. % | false stmts |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const g of groupOrder(figures, ['all', 'ja'])) {
    const f = figures[g]!;
    const r = f.retrieval;
    const a = f.answers;
    rows.push(
      `| ${g} | ${f.questions} | ${pct(r?.hit1)} | ${num(r?.mrr)} | ${pct(r?.recall5)} | ${pct(r?.within600)} | ${pct(a?.answerable ? a.facts : undefined)} | ${pct(a?.answerable ? a.factRecall : undefined)} | ${pct(a?.citationValidity)} | ${pct(a?.abstention)} | ${pct(a?.answerable ? a.falseAbstention : undefined)} | ${a?.falseStatements ?? '–'} |`,
    );
  }
  return rows;
}

/** shisaku and the peer side by side, group by group (retrieval; answers for shisaku only). */
function versusTable(label: string, ours: Record<string, GroupFigures>, peer: Record<string, GroupFigures> | undefined): string[] {
  const rows = [
    `| ${label} | n | hit@1 shisaku | hit@1 BM25 | MRR shisaku | MRR BM25 | R@5 shisaku | R@5 BM25 | facts % shisaku |`,
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const g of groupOrder(ours, ['all', 'ja'])) {
    const o = ours[g]!;
    const p = peer?.[g];
    rows.push(
      `| ${g} | ${o.questions} | ${pct(o.retrieval?.hit1)} | ${pct(p?.retrieval?.hit1)} | ${num(o.retrieval?.mrr)} | ${num(p?.retrieval?.mrr)} | ${pct(o.retrieval?.recall5)} | ${pct(p?.retrieval?.recall5)} | ${pct(o.answers?.answerable ? o.answers.facts : undefined)} |`,
    );
  }
  return rows;
}

/** The Markdown form of a report. */
export function reportMarkdown(r: EvalReport): string {
  const out = [
    `# shisaku eval — ${r.created_at}`,
    '',
    `Sets: ${r.sets.map((s) => `**${s.name}** (${s.questions} questions, ${s.questions_file}, documents ${s.folders.join(' + ')})`).join('; ')}. Each through the MCP server over stdio with the SDK client${r.crippled ? ' — **CRIPPLED retrieval (SHISAKU_EVAL_CRIPPLE=1)**' : ''}.`,
    ...r.skipped_sets.map((s) => `Set **${s.name}** skipped: ${s.why}.`),
    'hit@1, MRR, R@5, ev≤600 (evidence within the first 600 characters of the results) are over answerable questions (a result hits when its lines overlap an evidence range); "facts %" counts answerable questions whose every expected fact is in the answer with every citation valid.',
    `The peer ("BM25") is plain BM25 (k1 ${PEER_PARAMS.k1}, b ${PEER_PARAMS.b}) on character bigrams over fixed ${PEER_PARAMS.window}-character windows of each document, on the same documents and questions, scored by the same rule.`,
    '',
    `## Gate: ${r.gate.passed ? 'PASSED' : 'FAILED'} (against ${r.gate.baseline})`,
    '',
    '| metric | baseline | now | tolerance | |',
    '|---|---|---|---|---|',
    ...r.gate.results.map((g) => `| ${g.name} | ${num(g.baseline)} | ${num(g.now)} | ${g.tolerance} (${g.better} is better) | ${g.ok ? 'ok' : `**FAIL** ${g.why ?? ''}`}${g.ok && g.why ? ` ${g.why}` : ''} |`),
    '',
    '## Sets side by side (all questions of each set)',
    '',
    '| set | n | hit@1 shisaku | hit@1 BM25 | MRR shisaku | MRR BM25 | R@5 shisaku | R@5 BM25 | facts % shisaku | abstained % (unans.) | false stmts |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...r.sets.map((s) => {
      const o = s.figures['all'];
      const p = s.peer?.figures['all'];
      return `| ${s.name} | ${s.questions} | ${pct(o?.retrieval?.hit1)} | ${pct(p?.retrieval?.hit1)} | ${num(o?.retrieval?.mrr)} | ${num(p?.retrieval?.mrr)} | ${pct(o?.retrieval?.recall5)} | ${pct(p?.retrieval?.recall5)} | ${pct(o?.answers?.answerable ? o.answers.facts : undefined)} | ${pct(o?.answers?.abstention)} | ${o?.answers?.falseStatements ?? '–'} |`;
    }),
    '',
  ];
  for (const s of r.sets) {
    out.push(
      `## ${s.name}: by category`,
      '',
      ...figuresTable(s.figures),
      '',
      ...(s.peer ? [`### ${s.name}: shisaku vs BM25 by category`, '', ...versusTable('category', s.figures, s.peer.figures), ''] : []),
      // a set whose documents carry no style has only "all" and "(none)": nothing to split
      ...(Object.keys(s.by_style).some((k) => k !== 'all' && k !== '(none)')
        ? [`### ${s.name}: by document style`, '', ...versusTable('style', s.by_style, s.peer?.by_style), '']
        : []),
      `Latency (client side, per call): search_documents ${s.latency.search.p50.toFixed(1)} ms p50 / ${s.latency.search.p95.toFixed(1)} ms p95; answer_question ${s.latency.answer.p50.toFixed(1)} ms p50 / ${s.latency.answer.p95.toFixed(1)} ms p95.`,
      '',
    );
  }
  if (r.ablations.length > 0) {
    out.push(
      `## Ablations (in-process, ${r.sets[0]?.name ?? 'first'} set, same index)`,
      '',
      '| variant | ja hit@1 | ja MRR | ja R@5 | all hit@1 | ja facts % | abstained % (unans.) | false abst. % |',
      '|---|---|---|---|---|---|---|---|',
      ...r.ablations.map((a) => {
        const ja = a.figures['ja'];
        const all = a.figures['all'];
        return `| ${a.name} | ${pct(ja?.retrieval?.hit1)} | ${num(ja?.retrieval?.mrr)} | ${pct(ja?.retrieval?.recall5)} | ${pct(all?.retrieval?.hit1)} | ${pct(ja?.answers?.facts)} | ${pct(all?.answers?.abstention)} | ${pct(all?.answers?.falseAbstention)} |`;
      }),
      '',
    );
  }
  if (r.llm) {
    out.push('## Model answering through the MCP tools', '', 'skipped' in r.llm ? `Skipped: ${r.llm.skipped}` : `Model ${r.llm.model}:`, ...('skipped' in r.llm ? [] : ['', ...figuresTable(r.llm.figures)]), '');
  }
  return out.join('\n');
}

/** Writes latest.json and latest.md into `dir`; returns their paths. */
export async function writeReport(dir: string, r: EvalReport): Promise<{ json: string; md: string }> {
  await mkdir(dir, { recursive: true });
  const json = path.join(dir, 'latest.json');
  const md = path.join(dir, 'latest.md');
  await writeFile(json, JSON.stringify(r, null, 2) + '\n');
  await writeFile(md, reportMarkdown(r));
  return { json, md };
}
