#!/usr/bin/env node
// shisaku: the command line. `ingest` builds the index, `search` queries it, `serve` starts
// the MCP server (stdio). Results go to stdout; progress and errors to stderr.
import { parseArgs } from 'node:util';
import { ensureEngine } from '../ingest/ensure.js';
import { runIngest } from '../ingest/pipeline.js';
import { stderrProgress } from '../ingest/progress.js';
import { Answerer } from './core/answer/answerer.js';
import { searchDocuments } from './core/engine.js';
import { ShisakuError } from './core/errors.js';
import { resolvePaths } from './core/paths.js';
import { serveStdio } from './serve.js';
import { serveHttpCommand } from './serve-http.js';
import { formatAnswer } from './tools/answer-question.js';
import { formatResults } from './tools/search-documents.js';

const HELP = `shisaku — ask Japanese regional S&T policy documents, with line-exact citations

Usage:
  shisaku ingest [--model NAME] [--seeds DIR] [--home DIR] [--verbose]
  shisaku search "QUESTION" [-k N] [--document ID] [--json] [--mode hybrid|lexical|dense]
  shisaku ask "QUESTION" [-k N] [--json]  a short answer, every sentence cited (or: not in the documents)
  shisaku serve [--model NAME]            MCP over stdio (same as shisaku-mcp)
  shisaku serve --http [--port 8765] [--host 127.0.0.1] [--token-file F]
                [--allow-host NAME]... [--allow-origin URL]... [--workers N]
                                          MCP over Streamable HTTP at /mcp, health at /healthz
  shisaku --help

Options:
  --model NAME     embedding model: omit for the model built from the corpus at ingest,
                   or a transformers.js model id / local folder, e.g. Xenova/multilingual-e5-small
  --seeds DIR      documents folder (default: seeds/ of the package, or $SHISAKU_SEEDS)
  --home DIR       index folder (default: .shisaku/ of the package, or $SHISAKU_HOME)
  -k N             number of results (1–50, default 5)
  --document ID    search only this document
  --json           print results as JSON
  --http           serve over HTTP instead of stdio; a --host other than loopback
                   requires a bearer token ($SHISAKU_TOKEN or --token-file, 16+ characters)
  --allow-host     extra Host name clients use to reach the server (DNS-rebinding check)
  --allow-origin   browser Origin allowed to call the server (default: origins on allowed hosts)
  --workers N      HTTP server processes sharing the port (default 1; one per core is fastest)
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
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(HELP); // stdout-ok
    return command === undefined && !values.help ? 2 : 0;
  }
  const paths = resolvePaths({ seedsDir: values.seeds, homeDir: values.home });
  switch (command) {
    case 'ingest': {
      const { manifest, dir } = await runIngest({ paths, model: values.model, progress: stderrProgress(true) });
      process.stderr.write(`indexed ${manifest.seeds.length} documents, ${manifest.chunk_count} chunks into ${dir}\n`);
      return manifest.problems.length > 0 ? 1 : 0;
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
    case 'serve':
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
        });
        return -1;
      }
      await serveStdio({ seedsDir: values.seeds, homeDir: values.home, model: values.model, verbose: values.verbose ?? false });
      return -1;
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
