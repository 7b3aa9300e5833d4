#!/usr/bin/env node
// `npm run eval`: the project's eval. Runs the seen set (seeds/ + eval/questions.json) and the
// held-out unseen set (seeds/ + eval/unseen/docs/, eval/unseen/questions.json) through the MCP server
// over stdio, each beside the plain BM25 peer; runs the ablations in-process on the seen set; writes
// eval/reports/latest.{json,md}; and gates seen and unseen against eval/baseline.json: exit 1 on a
// regression. `--set dev` (or dev2 … dev25) runs a development set the same way, reported and never gated.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/core/paths.js';
import { JapaneseTokenizer } from '../src/core/text/tokenize.js';
import { openWithoutCatalogue, runInProcess } from './ablations.js';
import { figuresByGroup } from './answer-metrics.js';
import { compareWithBaseline, readBaseline, writeBaseline, type GateResult } from './baseline.js';
import { CRIPPLED_WEIGHTS, crippled } from './cripple.js';
import { llmConfig, runModel } from './llm.js';
import { reportMarkdown, setReport, writeReport, type EvalReport } from './report.js';
import { runSet, type SetRun } from './run-set.js';

const HELP = `npm run eval -- [--set seen,unseen | --set dev] [--update-baseline] [--home DIR] [--no-ablations] [--no-peer]

Runs question sets through the MCP server (stdio, SDK client): search_documents (k=5) and
answer_question, beside a plain BM25 peer (character bigrams, 500-character windows) on the same
documents; then in-process ablations on the seen set (lexical only, dense only, hybrid, without
the catalogue). Writes eval/reports/latest.json and latest.md and gates seen and unseen against
eval/baseline.json (tolerances in eval/baseline.ts); exits 1 when a metric regressed.

  --set LIST          sets to run (default seen,unseen):
                        seen    seeds/ + eval/questions.json (the project's own set)
                        unseen  seeds/ + eval/unseen/docs/, eval/unseen/questions.json (held out; gated)
                        dev     seeds/ + eval/dev/docs/, eval/dev/questions.json (for tuning; never gated)
                        dev2    seeds/ + eval/dev2/docs/, eval/dev2/questions.json (for tuning; never gated)
                        dev3    seeds/ + eval/dev3/docs/, eval/dev3/questions.json (for checking a change; never gated)
                        dev4    seeds/ + eval/dev4/docs/, eval/dev4/questions.json (for checking a change; never gated)
                        dev5    seeds/ + eval/dev5/docs/, eval/dev5/questions.json (for checking a change; never gated)
                        dev6    seeds/ + eval/dev6/docs/, eval/dev6/questions.json (near-miss unanswerables and their answerable twins; never gated)
                        dev7    seeds/ + eval/dev7/docs/, eval/dev7/questions.json (the programmes staff ask most about; never gated)
                        dev8    seeds/ + eval/dev8/docs/, eval/dev8/questions.json (press releases to minutes, two invented programmes; never gated)
                        dev9    seeds/ + eval/dev9/docs/, eval/dev9/questions.json (知クラ第Ⅱ期 to RSP and START, two invented programmes; never gated)
                        dev10   seeds/ + eval/dev10/docs/, eval/dev10/questions.json (JST regional programmes, 地方創生 grants, two invented programmes, 20 near misses; never gated)
                        dev11   seeds/ + eval/dev11/docs/, eval/dev11/questions.json (equipment-sharing networks, snow-country smart farming, SME–公設試 bridge subsidies, one prefecture's view; 22 near misses; never gated)
                        dev12   seeds/ + eval/dev12/docs/, eval/dev12/questions.json (one prefecture's view of the seeds' programmes 2007–2024, two invented programmes, 23 near misses; never gated)
                        dev13   seeds/ + eval/dev13/docs/, eval/dev13/questions.json (福岡県's view of the cluster programmes 2002–2025, an invented METI hub programme and an invented prefectural subsidy, 28 near misses; never gated)
                        dev14   seeds/ + eval/dev14/docs/, eval/dev14/questions.json (長野県's view 2002–2025, an invented MIC sensing-hub programme and an invented prefectural subsidy, 31 near misses; never gated)
                        dev15   seeds/ + eval/dev15/docs/, eval/dev15/questions.json (富山県's view 2002–2025, an invented MOE recycling-hub programme and an invented prefectural subsidy, 33 near misses; never gated)
                        dev16   seeds/ + eval/dev16/docs/, eval/dev16/questions.json (宮城県's view 2002–2025, an invented MAFF food-processing hub programme and an invented prefectural subsidy, 33 near misses; never gated)
                        dev17   seeds/ + eval/dev17/docs/, eval/dev17/questions.json (広島県's view 2002–2025 in other kinds of document — assembly minutes, FAQ, review sheet, workbook, press conference — an invented MLIT maritime hub programme and an invented prefectural subsidy, 37 near misses; never gated)
                        dev18   seeds/ + eval/dev18/docs/, eval/dev18/questions.json (徳島県's view 2002–2024 in still other kinds — grant rules, call guidelines, public-comment results, a handover memo, an audit report, a CSV export, an English page, a mail magazine — an invented MHLW medical-device hub programme and an invented prefectural subsidy, 39 near misses; never gated)
                        dev19   seeds/ + eval/dev19/docs/, eval/dev19/questions.json (北海道's view 2002–2025 in yet other kinds — a Q&A page, a tender notice, a Diet question and answer, committee minutes, a training deck, an e-mail thread, a KPI sheet, a TSV of selections — an invented Cabinet Office hub programme and an invented 道 subsidy, 41 near misses; never gated)
                        dev20   seeds/ + eval/dev20/docs/, eval/dev20/questions.json (岡山県's view in yet other kinds — a council's recommendation, an assembly question, a liaison office's annual report, an interview, a chronology, a budget request summary, selection comments, a poster list, an English FAQ, a procurement notice, a statistical annex, a newspaper article, an agenda, a mid-term review, a glossary — an invented Patent Office hub programme and an invented 県 subsidy; never gated)
                        dev21   seeds/ + eval/dev21/docs/, eval/dev21/questions.json (三重県's view in yet other kinds — a grant award notice, a website news list, a job posting, a performance report, a symposium programme, a city plan excerpt, a staff list, a checklist, a correction notice, an English executive summary, a TSV data dictionary, a trip report, a proposal to the state, a CSV inquiry log, an approval memo — an invented Meteorological Agency hub programme and an invented 県 subsidy; never gated)
                        dev22   seeds/ + eval/dev22/docs/, eval/dev22/questions.json (新潟県's view in yet other kinds — a filled-in application, a TSV committee roster, a contract excerpt, a rules comparison table, English briefing slides, a reorganisation notice, a partnership agreement, a budget request form, an award announcement, review guidelines, a governor's briefing, anticipated assembly Q&A, a meeting record with the agency, a self-evaluation, a CSV progress sheet — an invented Forestry Agency hub programme and an invented 県 subsidy; never gated)
                        dev23   seeds/ + eval/dev23/docs/, eval/dev23/questions.json (鹿児島県's view in yet other kinds — a Board of Audit report excerpt, a CSV application tally, a TSV patent register, an English MoU, a newspaper editorial, an ex-ante R&D evaluation, a plan-change request, a council's rules, a fisheries co-op's general-meeting agenda, a red-tide damage release, a radio script, a file register in markdown, a research plan with year columns, a quotation, an inspection itinerary — an invented Fisheries Agency hub programme with predecessor and successor, an invented 県 grant and a city grant; never gated)
                        dev24   seeds/ + eval/dev24/docs/, eval/dev24/questions.json (高知県's view in yet other kinds — a ministry notice ending a programme, a personnel change release, an English conference abstract, a prefectural monitor survey, a company visit record, a CSV budget assessment, a completion inspection report, a trade-journal article, a field-test plan, a TSV asset register, a survey of municipalities, a call flyer, a prefectural gazette notice, an online briefing transcript, a notice fixing a grant amount — an invented Fire and Disaster Management Agency hub programme with predecessor and successors, an invented 県 grant and a city scheme; never gated)
                        dev25   seeds/ + eval/dev25/docs/, eval/dev25/questions.json (滋賀県's view in yet other kinds — a standing-committee briefing, a new-staff e-learning quiz, a city crowdfunding page, exhibition panel text, a CSV payment ledger, a TSV list of 3-D surveys, a team wiki manual, an English fact sheet, a sole-source contract justification, video captions, a memo of a briefing for assembly members, an application to lend acquired equipment, a yearly work schedule, a round-table article, a logic model and evaluation design — an invented Agency for Cultural Affairs hub programme with predecessor and successor, a 県 grant and a city scheme; never gated)
                      a set whose folder does not exist is skipped with a message
  --update-baseline   write this run's figures of the gated sets to eval/baseline.json (no gate)
  --home DIR          reuse the seen set's index in DIR (default: $SHISAKU_EVAL_HOME, else a fresh temporary one)
  --no-ablations      no ablations
  --no-peer           no BM25 peer

Environment: SHISAKU_EVAL_CRIPPLE=1 cripples retrieval inside the harness (bigrams only) to show
the gate turning red. SHISAKU_EVAL_LLM_URL, SHISAKU_EVAL_LLM_MODEL, SHISAKU_EVAL_LLM_KEY (and
SHISAKU_EVAL_LLM_LIMIT, default 30) let a model answer the seen set through the MCP tools as well.
`;

const MIN_SEEN_QUESTIONS = 100;
/** Every set the harness knows, in the order the help lists them. */
const SETS = ['seen', 'unseen', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'dev25'];
/** Sets whose figures the gate checks; dev is for tuning and has no baseline. */
const GATED = new Set(['seen', 'unseen']);

/** Where a set lives: its document folders and its questions. */
function setFolders(root: string, name: string): { folders: string[]; questions: string } | { missing: string } {
  const seeds = path.join(root, 'seeds');
  if (name === 'seen') return { folders: [seeds], questions: path.join(root, 'eval', 'questions.json') };
  const dir = path.join(root, 'eval', name);
  const docs = path.join(dir, 'docs');
  const questions = path.join(dir, 'questions.json');
  if (!existsSync(docs) || !existsSync(questions)) return { missing: `${path.relative(root, dir)}/ has no docs/ and questions.json yet` };
  return { folders: [seeds, docs], questions };
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      help: { type: 'boolean', short: 'h' },
      'update-baseline': { type: 'boolean' },
      home: { type: 'string' },
      'no-ablations': { type: 'boolean' },
      'no-peer': { type: 'boolean' },
      set: { type: 'string' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP); // stdout-ok
    return 0;
  }
  const root = packageRoot();
  const cripple = crippled(process.env);
  if (cripple && values['update-baseline']) throw new Error('refusing to write a baseline from a crippled run (unset SHISAKU_EVAL_CRIPPLE)');
  const names = (values.set ?? 'seen,unseen').split(',').map((s) => s.trim()).filter((s) => s !== '');
  for (const n of names) if (!SETS.includes(n)) throw new Error(`--set: unknown set "${n}"; the sets are ${SETS.join(', ')}`);
  const log = (s: string) => process.stderr.write(`[eval] ${s}\n`);
  const tokenizer = await JapaneseTokenizer.create();
  const script = path.join(root, 'dist', cripple ? 'eval/crippled-server.js' : 'src/stdio.js');
  if (cripple) log('SHISAKU_EVAL_CRIPPLE=1: retrieval crippled to character bigrams (harness only)');
  const given = values.home ?? process.env['SHISAKU_EVAL_HOME'];

  const runs: SetRun[] = [];
  const skipped: EvalReport['skipped_sets'] = [];
  try {
    for (const name of names) {
      const where = setFolders(root, name);
      if ('missing' in where) {
        log(`${name}: skipped: ${where.missing}`);
        skipped.push({ name, why: where.missing });
        continue;
      }
      const run = await runSet({
        name,
        folders: where.folders,
        questionsFile: where.questions,
        script,
        home: name === 'seen' && given ? path.resolve(given) : undefined,
        peer: !values['no-peer'],
        tokenizer,
        weights: cripple ? CRIPPLED_WEIGHTS : undefined,
        log,
      });
      runs.push(run);
      if (name === 'seen' && run.questions.length < MIN_SEEN_QUESTIONS) throw new Error(`eval/questions.json has ${run.questions.length} questions; the eval needs at least ${MIN_SEEN_QUESTIONS}`);
    }
    if (runs.length === 0) throw new Error(`no set to run (${skipped.map((s) => `${s.name}: ${s.why}`).join('; ')})`);

    const first = runs[0]!;
    const ablations: EvalReport['ablations'] = [];
    const seen = runs.find((r) => r.name === 'seen');
    if (seen && !values['no-ablations']) {
      const { engine, questions } = seen;
      const judge = engine.catalogue;
      const rootOf = seen.corpus.paths.root;
      for (const mode of ['hybrid', 'lexical', 'dense'] as const) {
        log(`ablation: ${mode}`);
        const r = await runInProcess(engine, questions, { mode, answers: true, catalogue: true, root: rootOf, judge });
        ablations.push({ name: mode === 'hybrid' ? 'hybrid (in-process)' : `${mode} only`, figures: figuresByGroup(r) });
      }
      log('ablation: hybrid without the catalogue');
      const nocat = await openWithoutCatalogue(engine.dir, tokenizer, engine.catalogue, cripple ? CRIPPLED_WEIGHTS : undefined);
      try {
        const r = await runInProcess(nocat.engine, questions, { mode: 'hybrid', answers: true, catalogue: false, root: rootOf, judge });
        ablations.push({ name: 'hybrid, no catalogue', figures: figuresByGroup(r) });
      } finally {
        await nocat.close();
      }
    }

    let llm: EvalReport['llm'];
    if (seen) {
      const llmCfg = llmConfig(process.env);
      if ('skipped' in llmCfg) {
        log(`model part skipped: ${llmCfg.skipped}`);
        llm = llmCfg;
      } else {
        log(`model part: ${llmCfg.model} at ${llmCfg.url}, ${Math.min(llmCfg.limit, seen.questions.length)} questions`);
        const r = await runModel(llmCfg, { script, home: seen.home, seedsDir: seen.corpus.paths.seedsDir, questions: seen.questions, catalogue: seen.engine.catalogue });
        llm = { model: llmCfg.model, figures: figuresByGroup(r) };
      }
    }

    const gated = runs.filter((r) => GATED.has(r.name));
    const baselineFile = path.join(root, 'eval', 'baseline.json');
    if (values['update-baseline']) {
      await writeBaseline(
        baselineFile,
        gated.map((r) => ({ set: r.name, questions: r.questions.length, figures: r.shisaku.figures })),
        await readBaseline(baselineFile),
      );
      log(`wrote ${path.relative(root, baselineFile)} (${gated.map((r) => r.name).join(', ')})`);
    }
    const baseline = await readBaseline(baselineFile);
    const results: GateResult[] = gated.flatMap((r) => compareWithBaseline(r.shisaku.figures, baseline, r.name));
    const passed = results.every((r) => r.ok);
    const report: EvalReport = {
      created_at: new Date().toISOString(),
      questions: first.questions.length,
      index: first.name === 'seen' && given ? first.home : '(fresh temporary index)',
      crippled: cripple,
      main: { transport: 'stdio', tools: first.tools, prompts: first.prompts, figures: first.shisaku.figures, latency: first.latency },
      sets: runs.map((r) => setReport(r, root)),
      skipped_sets: skipped,
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
    log(gated.length > 0 ? `gate passed (${gated.map((r) => r.name).join(', ')})` : 'no gated set was run');
    return 0;
  } finally {
    for (const r of runs) await r.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
