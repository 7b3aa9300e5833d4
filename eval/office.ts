// `shisaku eval --questions FILE`: an office's own questions about its own documents, through the
// same code path as the project's eval (eval/run-set.ts): the index over the documents folder (the
// office's index, brought up to date), every question through the MCP server over stdio, the same
// JSON and Markdown report per category, and the gate against the office's baseline file.
import path from 'node:path';
import { stderrProgress } from '../ingest/progress.js';
import { packageRoot, resolvePaths } from '../src/core/paths.js';
import { JapaneseTokenizer } from '../src/core/text/tokenize.js';
import { compareWithBaseline, readBaseline, writeBaseline } from './baseline.js';
import { reportMarkdown, setReport, writeReport, type EvalReport } from './report.js';
import { runSet } from './run-set.js';

export interface OfficeEvalOptions {
  /** The question file (the format of eval/questions.json). */
  questions: string;
  seedsDir?: string | undefined;
  homeDir?: string | undefined;
  model?: string | undefined;
  /** Baseline file (default: <questions>.baseline.json beside the question file). */
  baseline?: string | undefined;
  updateBaseline: boolean;
  /** Report folder (default: reports/ beside the question file). */
  out?: string | undefined;
  peer: boolean;
  log: (line: string) => void;
}

/** The baseline file that goes with a question file: my-questions.json → my-questions.baseline.json. */
function defaultBaselineFile(questions: string): string {
  const abs = path.resolve(questions);
  return path.join(path.dirname(abs), `${path.basename(abs, path.extname(abs))}.baseline.json`);
}

/** Runs an office's questions; resolves with the exit code (0 passed, 1 a gated figure regressed). */
export async function runOfficeEval(opts: OfficeEvalOptions): Promise<number> {
  const questionsFile = path.resolve(opts.questions);
  const paths = resolvePaths({ seedsDir: opts.seedsDir, homeDir: opts.homeDir });
  const run = await runSet({
    name: path.basename(questionsFile, path.extname(questionsFile)),
    folders: [paths.seedsDir],
    questionsFile,
    script: path.join(packageRoot(), 'dist', 'src', 'stdio.js'),
    home: paths.homeDir,
    model: opts.model,
    peer: opts.peer,
    tokenizer: await JapaneseTokenizer.create(),
    log: opts.log,
    progress: stderrProgress(false),
  });
  try {
    const baselineFile = path.resolve(opts.baseline ?? defaultBaselineFile(questionsFile));
    if (opts.updateBaseline) {
      await writeBaseline(baselineFile, [{ set: 'seen', questions: run.questions.length, figures: run.shisaku.figures }], undefined, `Figures of \`shisaku eval --questions ${path.basename(questionsFile)}\`. Rewrite with --update-baseline when a change is meant to move them.`);
      opts.log(`wrote ${baselineFile}`);
    }
    const baseline = await readBaseline(baselineFile);
    const results = compareWithBaseline(run.shisaku.figures, baseline, 'seen');
    const passed = results.every((r) => r.ok);
    const base = path.dirname(questionsFile);
    const report: EvalReport = {
      created_at: new Date().toISOString(),
      questions: run.questions.length,
      index: run.home,
      crippled: false,
      main: { transport: 'stdio', tools: run.tools, prompts: run.prompts, figures: run.shisaku.figures, latency: run.latency },
      sets: [setReport(run, base)],
      skipped_sets: [],
      ablations: [],
      gate: { baseline: baseline ? baselineFile : `(no baseline yet: --update-baseline writes ${baselineFile})`, passed, results },
    };
    const files = await writeReport(path.resolve(opts.out ?? path.join(base, 'reports')), report);
    process.stdout.write(reportMarkdown(report) + '\n'); // stdout-ok
    opts.log(`report: ${files.md}, ${files.json}`);
    if (!passed) {
      for (const r of results.filter((x) => !x.ok)) opts.log(`REGRESSION ${r.name}: ${r.why}`);
      return 1;
    }
    opts.log(baseline ? 'gate passed' : 'no baseline yet, so no gate');
    return 0;
  } finally {
    await run.close();
  }
}
