// Writes the eval report: eval/reports/latest.json (everything) and latest.md (the tables a
// reviewer reads: per-category figures of the main run, the ablations, latency, the gate).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GroupFigures } from './answer-metrics.js';
import type { GateResult } from './baseline.js';
import type { LatencySummary } from './latency.js';

export interface EvalReport {
  created_at: string;
  questions: number;
  index: string;
  crippled: boolean;
  main: { transport: 'stdio'; tools: string[]; prompts: string[]; figures: Record<string, GroupFigures>; latency: { search: LatencySummary; answer: LatencySummary } };
  ablations: { name: string; figures: Record<string, GroupFigures> }[];
  gate: { baseline: string; passed: boolean; results: GateResult[] };
  llm: { skipped: string } | { model: string; figures: Record<string, GroupFigures> };
}

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${(v * 100).toFixed(1)}`);
const num = (v: number | null | undefined) => (v === null || v === undefined ? '–' : v.toFixed(3));

function figuresTable(figures: Record<string, GroupFigures>): string[] {
  const rows = [
    '| group | n | hit@1 | MRR | R@5 | ev≤600 | facts % | fact recall % | citations valid % | abstained % (unans.) | false abst. % | false stmts |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const order = ['all', 'ja', ...Object.keys(figures).filter((k) => k !== 'all' && k !== 'ja').sort()];
  for (const g of order) {
    const f = figures[g];
    if (!f) continue;
    const r = f.retrieval;
    const a = f.answers;
    rows.push(
      `| ${g} | ${f.questions} | ${pct(r?.hit1)} | ${num(r?.mrr)} | ${pct(r?.recall5)} | ${pct(r?.within600)} | ${pct(a?.answerable ? a.facts : undefined)} | ${pct(a?.answerable ? a.factRecall : undefined)} | ${pct(a?.citationValidity)} | ${pct(a?.abstention)} | ${pct(a?.answerable ? a.falseAbstention : undefined)} | ${a?.falseStatements ?? '–'} |`,
    );
  }
  return rows;
}

/** The Markdown form of a report. */
export function reportMarkdown(r: EvalReport): string {
  const out = [
    `# shisaku eval — ${r.created_at}`,
    '',
    `${r.questions} questions (eval/questions.json). Main run: the MCP server over stdio with the SDK client${r.crippled ? ' — **CRIPPLED retrieval (SHISAKU_EVAL_CRIPPLE=1)**' : ''}.`,
    'hit@1, R@5, ev≤600 (evidence within the first 600 characters of the results) are over answerable questions; "facts %" counts answerable questions whose every expected fact is in the answer with every citation valid.',
    '',
    `## Gate: ${r.gate.passed ? 'PASSED' : 'FAILED'} (against ${r.gate.baseline})`,
    '',
    '| metric | baseline | now | tolerance | |',
    '|---|---|---|---|---|',
    ...r.gate.results.map((g) => `| ${g.name} | ${num(g.baseline)} | ${num(g.now)} | ${g.tolerance} (${g.better} is better) | ${g.ok ? 'ok' : `**FAIL** ${g.why ?? ''}`}${g.ok && g.why ? ` ${g.why}` : ''} |`),
    '',
    '## Main run (stdio) by category',
    '',
    ...figuresTable(r.main.figures),
    '',
    `Latency (client side, per call): search_documents ${r.main.latency.search.p50.toFixed(1)} ms p50 / ${r.main.latency.search.p95.toFixed(1)} ms p95; answer_question ${r.main.latency.answer.p50.toFixed(1)} ms p50 / ${r.main.latency.answer.p95.toFixed(1)} ms p95.`,
    '',
    '## Ablations (in-process, same index)',
    '',
    '| variant | ja hit@1 | ja MRR | ja R@5 | all hit@1 | ja facts % | abstained % (unans.) | false abst. % |',
    '|---|---|---|---|---|---|---|---|',
    ...r.ablations.map((a) => {
      const ja = a.figures['ja'];
      const all = a.figures['all'];
      return `| ${a.name} | ${pct(ja?.retrieval?.hit1)} | ${num(ja?.retrieval?.mrr)} | ${pct(ja?.retrieval?.recall5)} | ${pct(all?.retrieval?.hit1)} | ${pct(ja?.answers?.facts)} | ${pct(all?.answers?.abstention)} | ${pct(all?.answers?.falseAbstention)} |`;
    }),
    '',
    '## Model answering through the MCP tools',
    '',
    'skipped' in r.llm ? `Skipped: ${r.llm.skipped}` : `Model ${r.llm.model}:`,
    ...('skipped' in r.llm ? [] : ['', ...figuresTable(r.llm.figures)]),
    '',
  ];
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
