#!/usr/bin/env node
// `npm run eval`: builds a fresh index (or reuses one), runs every question of eval/questions.json
// through the MCP server over stdio as a real client would, runs the ablations in-process, writes
// eval/reports/latest.{json,md}, and compares with eval/baseline.json: exit 1 on a regression.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureEngine } from '../ingest/ensure.js';
import { runIngest } from '../ingest/pipeline.js';
import { silentProgress, stderrProgress } from '../ingest/progress.js';
import { packageRoot, resolvePaths } from '../src/core/paths.js';
import { JapaneseTokenizer } from '../src/core/text/tokenize.js';
import { openWithoutCatalogue, runInProcess } from './ablations.js';
import { figuresByGroup, type GroupFigures } from './answer-metrics.js';
import { compareWithBaseline, readBaseline, writeBaseline } from './baseline.js';
import { CRIPPLED_WEIGHTS, crippled } from './cripple.js';
import { llmConfig, runModel } from './llm.js';
import { loadQuestions } from './questions.js';
import { reportMarkdown, writeReport, type EvalReport } from './report.js';
import { runOverStdio } from './run-stdio.js';

const HELP = `npm run eval -- [--update-baseline] [--home DIR] [--no-ablations]

Runs eval/questions.json through the MCP server (stdio, SDK client): search_documents (k=5) and
answer_question; then in-process ablations (lexical only, dense only, hybrid, without the
catalogue). Writes eval/reports/latest.json and latest.md and compares the main run with
eval/baseline.json (tolerances in eval/baseline.ts); exits 1 when a metric regressed.

  --update-baseline   write this run's figures to eval/baseline.json (no gate)
  --home DIR          reuse the index in DIR (default: $SHISAKU_EVAL_HOME, else a fresh temporary one)
  --no-ablations      main run only

Environment: SHISAKU_EVAL_CRIPPLE=1 cripples retrieval inside the harness (bigrams only) to show
the gate turning red. SHISAKU_EVAL_LLM_URL, SHISAKU_EVAL_LLM_MODEL, SHISAKU_EVAL_LLM_KEY (and
SHISAKU_EVAL_LLM_LIMIT, default 30) let a model answer through the MCP tools as well.
`;

const MIN_QUESTIONS = 100;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { help: { type: 'boolean', short: 'h' }, 'update-baseline': { type: 'boolean' }, home: { type: 'string' }, 'no-ablations': { type: 'boolean' } },
  });
  if (values.help) {
    process.stdout.write(HELP); // stdout-ok
    return 0;
  }
  const root = packageRoot();
  const cripple = crippled(process.env);
  if (cripple && values['update-baseline']) throw new Error('refusing to write a baseline from a crippled run (unset SHISAKU_EVAL_CRIPPLE)');
  const questions = await loadQuestions(path.join(root, 'eval', 'questions.json'));
  if (questions.length < MIN_QUESTIONS) throw new Error(`eval/questions.json has ${questions.length} questions; the eval needs at least ${MIN_QUESTIONS}`);
  const log = (s: string) => process.stderr.write(`[eval] ${s}\n`);

  const given = values.home ?? process.env['SHISAKU_EVAL_HOME'];
  const home = given ? path.resolve(given) : await mkdtemp(path.join(os.tmpdir(), 'shisaku-eval-index-'));
  try {
    const paths = resolvePaths({ homeDir: home });
    if (!given) {
      log(`building a fresh index in ${home}`);
      await runIngest({ paths, progress: silentProgress });
    }
    const tokenizer = await JapaneseTokenizer.create();
    const engine = await ensureEngine({ paths, progress: stderrProgress(false), tokenizer, ...(cripple && { weights: CRIPPLED_WEIGHTS }) });
    const script = path.join(root, 'dist', cripple ? 'eval/crippled-server.js' : 'src/stdio.js');
    if (cripple) log('SHISAKU_EVAL_CRIPPLE=1: retrieval crippled to character bigrams (harness only)');

    log(`main run: ${questions.length} questions over stdio (${path.relative(root, script)})`);
    const main = await runOverStdio({
      script,
      home,
      root: paths.root,
      questions,
      catalogue: engine.catalogue,
      onProgress: (done, total) => done % 25 === 0 && log(`  ${done}/${total}`),
    });

    const ablations: EvalReport['ablations'] = [];
    if (!values['no-ablations']) {
      const judge = engine.catalogue;
      for (const mode of ['hybrid', 'lexical', 'dense'] as const) {
        log(`ablation: ${mode}`);
        const runs = await runInProcess(engine, questions, { mode, answers: true, catalogue: true, root: paths.root, judge });
        ablations.push({ name: mode === 'hybrid' ? 'hybrid (in-process)' : `${mode} only`, figures: figuresByGroup(runs) });
      }
      log('ablation: hybrid without the catalogue');
      const nocat = await openWithoutCatalogue(engine.dir, tokenizer, engine.catalogue, cripple ? CRIPPLED_WEIGHTS : undefined);
      try {
        const runs = await runInProcess(nocat.engine, questions, { mode: 'hybrid', answers: true, catalogue: false, root: paths.root, judge });
        ablations.push({ name: 'hybrid, no catalogue', figures: figuresByGroup(runs) });
      } finally {
        await nocat.close();
      }
    }

    const llmCfg = llmConfig(process.env);
    let llm: EvalReport['llm'];
    if ('skipped' in llmCfg) {
      log(`model part skipped: ${llmCfg.skipped}`);
      llm = llmCfg;
    } else {
      log(`model part: ${llmCfg.model} at ${llmCfg.url}, ${Math.min(llmCfg.limit, questions.length)} questions`);
      const runs = await runModel(llmCfg, { script, home, questions, catalogue: engine.catalogue });
      llm = { model: llmCfg.model, figures: figuresByGroup(runs) };
    }

    const figures: Record<string, GroupFigures> = figuresByGroup(main.runs);
    const baselineFile = path.join(root, 'eval', 'baseline.json');
    if (values['update-baseline']) {
      await writeBaseline(baselineFile, figures, questions.length);
      log(`wrote ${path.relative(root, baselineFile)}`);
    }
    const baseline = await readBaseline(baselineFile);
    const results = compareWithBaseline(figures, baseline);
    const passed = results.every((r) => r.ok);
    const report: EvalReport = {
      created_at: new Date().toISOString(),
      questions: questions.length,
      index: given ? home : '(fresh temporary index)',
      crippled: cripple,
      main: { transport: 'stdio', tools: main.tools, prompts: main.prompts, figures, latency: main.latency },
      ablations,
      gate: { baseline: baseline ? path.relative(root, baselineFile) : '(no baseline yet)', passed, results },
      llm,
    };
    const files = await writeReport(path.join(root, 'eval', 'reports'), report);
    process.stdout.write(reportMarkdown(report) + '\n'); // stdout-ok
    log(`report: ${path.relative(root, files.md)}, ${path.relative(root, files.json)}`);
    if (!passed) {
      for (const r of results.filter((x) => !x.ok)) log(`REGRESSION ${r.name}: ${r.why}`);
      return 1;
    }
    log('gate passed');
    return 0;
  } finally {
    if (!given) await rm(home, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
