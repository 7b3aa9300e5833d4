#!/usr/bin/env node
// shisaku: the command line. `ingest` builds the index, `status` says what it holds, `search` and
// `ask` query it, `serve` starts the MCP server (stdio or HTTP, optionally watching the documents),
// `eval` runs an office's own questions. Results go to stdout; progress and errors to stderr.
import { parseArgs } from 'node:util';
import { ensureEngine } from '../ingest/ensure.js';
import { runIngest } from '../ingest/pipeline.js';
import { stderrProgress } from '../ingest/progress.js';
import { Answerer } from './core/answer/answerer.js';
import { searchDocuments } from './core/engine.js';
import { ShisakuError } from './core/errors.js';
import { resolvePaths } from './core/paths.js';
import { SHISAKU_VERSION } from './core/version.js';
import { serveStdio } from './serve.js';
import { indexStatus, statusText } from './status.js';
import { serveHttpCommand } from './serve-http.js';
import { formatAnswer } from './tools/answer-question.js';
import { formatResults } from './tools/search-documents.js';

const HELP = `shisaku — ask Japanese regional S&T policy documents, with line-exact citations

Usage:
  shisaku ingest [--model NAME] [--seeds DIR] [--home DIR] [--verbose]
                                          build the index; exit 0 built, 2 built but some files were
                                          skipped or not supported (see status), 1 failed
  shisaku status [--seeds DIR] [--home DIR] [--json]
                                          what the index holds, what was left out and why, what changed since
  shisaku search "QUESTION" [-k N] [--document ID] [--json] [--mode hybrid|lexical|dense]
  shisaku ask "QUESTION" [-k N] [--json]  a short answer, every sentence cited (or: not in the documents)
  shisaku serve [--watch] [--model NAME]  MCP over stdio (same as shisaku-mcp)
  shisaku serve --http [--watch] [--port 8765] [--host 127.0.0.1] [--token-file F]
                [--allow-host NAME]... [--allow-origin URL]... [--workers N]
                                          MCP over Streamable HTTP at /mcp, health at /healthz
  shisaku eval --questions FILE [--seeds DIR] [--baseline FILE] [--update-baseline] [--out DIR] [--peer]
                                          your own questions through the MCP server, with a report and a gate
  shisaku --help | --version

Options:
  --model NAME     embedding model: omit for the model built from the corpus at ingest,
                   or a transformers.js model id / local folder, e.g. Xenova/multilingual-e5-small
  --seeds DIR      documents folder (default: seeds/ of the package, or $SHISAKU_SEEDS)
  --home DIR       index folder (default: .shisaku/ of the package, or $SHISAKU_HOME)
  -k N             number of results (1–50, default 5)
  --document ID    search only this document
  --json           print results (search, ask, status) as JSON
  --watch          re-ingest when files in the documents folder are added, changed or removed
                   (any server also switches to an index that \`shisaku ingest\` rebuilt)
  --debounce MS    with --watch: quiet time after the last change before re-ingesting (default 1000)
  --http           serve over HTTP instead of stdio; a --host other than loopback
                   requires a bearer token ($SHISAKU_TOKEN or --token-file, 16+ characters)
  --allow-host     extra Host name clients use to reach the server (DNS-rebinding check)
  --allow-origin   browser Origin allowed to call the server (default: origins on allowed hosts)
  --workers N      HTTP server processes sharing the port (default 1; one per core is fastest)
  --questions FILE eval: questions in the format of eval/questions.json (evidence as line ranges
                   or as quoted phrases); see the README
  --baseline FILE  eval: the figures to gate against (default: FILE.baseline.json beside the questions)
  --update-baseline  eval: write this run's figures as the baseline
  --out DIR        eval: where latest.json and latest.md go (default: reports/ beside the questions)
  --peer           eval: also run a plain BM25 baseline on the same questions
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      model: { type: 'string' },
      seeds: { type: 'string' },
      home: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      k: { type: 'string', short: 'k' },
      document: { type: 'string' },
      json: { type: 'boolean' },
      mode: { type: 'string' },
      http: { type: 'boolean' },
      port: { type: 'string' },
      host: { type: 'string' },
      'token-file': { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      'allow-origin': { type: 'string', multiple: true },
      workers: { type: 'string' },
      watch: { type: 'boolean' },
      debounce: { type: 'string' },
      questions: { type: 'string' },
      baseline: { type: 'string' },
      'update-baseline': { type: 'boolean' },
      out: { type: 'string' },
      peer: { type: 'boolean' },
      version: { type: 'boolean' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.version) {
    process.stdout.write(`${SHISAKU_VERSION}\n`); // stdout-ok
    return 0;
  }
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(HELP); // stdout-ok
    return command === undefined && !values.help ? 2 : 0;
  }
  const paths = resolvePaths({ seedsDir: values.seeds, homeDir: values.home });
  switch (command) {
    case 'ingest': {
      const { manifest, dir } = await runIngest({ paths, model: values.model, progress: stderrProgress(true) });
      process.stderr.write(`indexed ${manifest.seeds.length} documents, ${manifest.chunk_count} chunks into ${dir}\n`);
      const left = manifest.problems.length + manifest.unsupported.length;
      if (left > 0) process.stderr.write(`${left} file${left > 1 ? 's were' : ' was'} not indexed (listed above; \`shisaku status\` lists them too)\n`);
      return left > 0 ? 2 : 0;
    }
    case 'status': {
      const report = await indexStatus(paths);
      process.stdout.write((values.json ? JSON.stringify(report, null, 2) : statusText(report)) + '\n'); // stdout-ok
      return report.index === null ? 1 : 0;
    }
    case 'eval': {
      if (values.questions === undefined) throw new ShisakuError('eval needs --questions FILE (the format of eval/questions.json; see the README)');
      const { runOfficeEval } = await import('../eval/office.js');
      return runOfficeEval({
        questions: values.questions,
        seedsDir: values.seeds,
        homeDir: values.home,
        model: values.model,
        baseline: values.baseline,
        updateBaseline: values['update-baseline'] ?? false,
        out: values.out,
        peer: values.peer ?? false,
        log: (line) => process.stderr.write(`[shisaku eval] ${line}\n`),
      });
    }
    case 'search': {
      const query = rest.join(' ');
      const k = values.k === undefined ? 5 : Number(values.k);
      if (!Number.isInteger(k) || k < 1 || k > 50) throw new ShisakuError(`-k must be a whole number from 1 to 50, got "${values.k}"`);
      const mode = (values.mode ?? 'hybrid') as 'hybrid' | 'lexical' | 'dense';
      if (!['hybrid', 'lexical', 'dense'].includes(mode)) throw new ShisakuError(`--mode must be hybrid, lexical or dense, got "${values.mode}"`);
      const engine = await ensureEngine({ paths, model: values.model, progress: stderrProgress(values.verbose ?? false) });
      const results = await searchDocuments(engine, query, { k, documentId: values.document, mode });
      process.stdout.write((values.json ? JSON.stringify({ results }, null, 2) : formatResults(results)) + '\n'); // stdout-ok
      return 0;
    }
    case 'ask': {
      const question = rest.join(' ');
      if (question.trim() === '') throw new ShisakuError('ask needs a question, e.g. shisaku ask "知的クラスター創成事業の1地域当たりの予算は？"');
      const k = values.k === undefined ? 5 : Number(values.k);
      if (!Number.isInteger(k) || k < 1 || k > 20) throw new ShisakuError(`-k must be a whole number from 1 to 20, got "${values.k}"`);
      const engine = await ensureEngine({ paths, model: values.model, progress: stderrProgress(values.verbose ?? false) });
      const answer = await new Answerer(engine).answer(question, { k });
      process.stdout.write((values.json ? JSON.stringify(answer, null, 2) : formatAnswer(answer)) + '\n'); // stdout-ok
      return 0;
    }
    case 'serve': {
      const debounce = values.debounce === undefined ? undefined : Number(values.debounce);
      if (debounce !== undefined && (!Number.isInteger(debounce) || debounce < 0 || debounce > 600_000)) {
        throw new ShisakuError(`--debounce must be a whole number of milliseconds from 0 to 600000, got "${values.debounce}"`);
      }
      if (values.http) {
        await serveHttpCommand({
          seedsDir: values.seeds,
          homeDir: values.home,
          model: values.model,
          verbose: values.verbose ?? false,
          host: values.host,
          port: values.port,
          tokenFile: values['token-file'],
          allowHosts: values['allow-host'],
          allowOrigins: values['allow-origin'],
          workers: values.workers,
          watch: values.watch ?? false,
          debounceMs: debounce,
        });
        return -1;
      }
      await serveStdio({ seedsDir: values.seeds, homeDir: values.home, model: values.model, verbose: values.verbose ?? false, watch: values.watch ?? false, debounceMs: debounce });
      return -1;
    }
    default:
      process.stderr.write(`shisaku: unknown command "${command}"\n\n${HELP}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    process.stderr.write(`shisaku: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
