#!/usr/bin/env node
// `npm run bench`: how fast the stdio server starts and answers (first tools/list with an existing
// index, warm search_documents latency). `npm run bench -- --scale`: the same on synthetic corpora
// of 10k, 100k (and, when asked, 1M) chunks, with ingest time, index size and memory. Prints figures.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { z } from 'zod';
import { ensureIndex } from '../ingest/ensure.js';
import { stderrProgress } from '../ingest/progress.js';
import { chunkCorpus } from '../ingest/stages.js';
import { loadCorpus } from '../src/core/corpus.js';
import { openEngine, searchDocuments } from '../src/core/engine.js';
import { currentIndexDir } from '../src/core/index-store.js';
import { packageRoot, resolvePaths } from '../src/core/paths.js';
import { JapaneseTokenizer } from '../src/core/text/tokenize.js';
import { formatLatency, peakRssMb, rssMb, summarize, type LatencySummary } from './latency.js';
import { loadQuestions } from './questions.js';
import { formatsBench } from './bench-formats.js';
import { writeSyntheticSeeds } from './synthetic.js';

const HELP = `npm run bench -- [--queries 200] [--warmup 30] [--home DIR]
npm run bench -- --scale [--sizes 10000,100000] [--queries 200] [--keep] [--max-minutes 90]
npm run bench -- --scale --sizes N --kept DIR   (a folder kept by --keep: measure its server again)
npm run bench -- --formats                      (only the per-format ingest figures)

Without --scale: three cold starts of the stdio server over an existing index (time to its
first tools/list), then warm search_documents latency over stdio and in-process.
With --scale: for each size, a synthetic corpus of about that many chunks (the real documents
replicated and perturbed) is ingested by \`shisaku ingest\` in a child process; prints ingest
time by stage, peak ingest memory, index size on disk, then the stdio figures above.
--sizes 1000000 tries a million chunks (see the README for why it does not fit).
Without --scale, and alone with --formats: per-format ingest throughput on generated documents (a
200-page PDF, a 60-slide deck, a 5,000-row sheet), each loaded in a fresh process: pages, slides or
rows per second, MB/s, peak memory.
`;

const ArgsSchema = z.object({
  scale: z.boolean().default(false),
  formats: z.boolean().default(false),
  sizes: z
    .string()
    .default('10000,100000')
    .transform((s) => s.split(',').map((x) => Number(x.trim())))
    .pipe(z.array(z.number().int().positive())),
  queries: z.coerce.number().int().min(10).max(10_000).default(200),
  warmup: z.coerce.number().int().min(0).max(1000).default(30),
  home: z.string().optional(),
  keep: z.boolean().default(false),
  /** A folder kept by --keep (seeds/ and home/): measure its server again without ingesting. */
  kept: z.string().optional(),
  maxMinutes: z.coerce.number().positive().default(90),
  json: z.boolean().default(false),
});
type Args = z.output<typeof ArgsSchema>;

const root = packageRoot();
const out = (line: string): void => {
  process.stdout.write(line + '\n');
};

interface StdioFigures {
  firstListMs: number;
  search: LatencySummary;
  errors: number;
  rssMb: number | undefined;
}

/** Starts the stdio server, times its first tools/list, then times `n` searches after `warmup` ones. */
export async function measureStdio(env: Record<string, string>, questions: string[], n: number, warmup: number): Promise<StdioFigures> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [path.join(root, 'dist', 'src', 'stdio.js')],
    env: { ...(process.env as Record<string, string>), ...env },
    stderr: 'ignore',
  });
  const client = new Client({ name: 'shisaku-bench', version: '0.0.0' });
  const started = performance.now();
  // a million-chunk index takes minutes to load: wait for it rather than the SDK's 60 s default
  const slow = { timeout: 30 * 60_000 };
  await client.connect(transport, slow);
  await client.listTools(undefined, slow);
  const firstListMs = performance.now() - started;
  const latencies: number[] = [];
  let errors = 0;
  for (let i = 0; i < warmup + n; i++) {
    const t = performance.now();
    const res = await client.callTool({ name: 'search_documents', arguments: { query: questions[i % questions.length]!, k: 5 } }, undefined, slow);
    if (res.isError) errors++;
    if (i >= warmup) latencies.push(performance.now() - t);
  }
  const rss = transport.pid === null ? undefined : rssMb(transport.pid);
  await client.close();
  return { firstListMs, search: summarize(latencies), errors, rssMb: rss };
}

async function diskBytes(p: string): Promise<number> {
  const s = await stat(p);
  if (!s.isDirectory()) return s.size;
  let total = 0;
  for (const name of await readdir(p)) total += await diskBytes(path.join(p, name));
  return total;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function plainBench(args: Args, questions: string[]): Promise<void> {
  const paths = resolvePaths({ homeDir: args.home });
  await ensureIndex({ paths, progress: stderrProgress(false) });
  const env = { SHISAKU_HOME: paths.homeDir, SHISAKU_SEEDS: paths.seedsDir };
  const starts: number[] = [];
  let last: StdioFigures | undefined;
  for (let i = 0; i < 3; i++) {
    last = await measureStdio(env, questions, i === 2 ? args.queries : 0, i === 2 ? args.warmup : 0);
    starts.push(last.firstListMs);
  }
  const engine = await openEngine((await currentIndexDir(paths.homeDir))!, { tokenizer: await JapaneseTokenizer.create() });
  const inProcess: number[] = [];
  for (let i = 0; i < args.warmup + args.queries; i++) {
    const t = performance.now();
    await searchDocuments(engine, questions[i % questions.length]!, { k: 5 });
    if (i >= args.warmup) inProcess.push(performance.now() - t);
  }
  const figures = {
    documents: engine.documents.length,
    chunks: engine.chunks.length,
    first_tools_list_ms: starts.map((s) => Math.round(s)),
    stdio_search_ms: last!.search,
    in_process_search_ms: summarize(inProcess),
    search_errors: last!.errors,
    server_rss_mb: last!.rssMb && Math.round(last!.rssMb),
    cpus: os.availableParallelism(),
    load_average_1m: os.loadavg()[0],
  };
  if (args.json) return out(JSON.stringify(figures, null, 2));
  out(`bench: ${figures.documents} documents, ${figures.chunks} chunks (index in ${paths.homeDir})`);
  out(`  first tools/list after start (existing index, 3 cold starts): ${figures.first_tools_list_ms.map((s) => `${s} ms`).join(', ')}`);
  out(`  search_documents over stdio, ${args.queries} queries after ${args.warmup} warm-up: ${formatLatency(figures.stdio_search_ms)}`);
  out(`  the same searches in-process (no transport):                 ${formatLatency(figures.in_process_search_ms)}`);
  out(`  errors ${figures.search_errors}; server RSS ${figures.server_rss_mb ?? '?'} MB; ${figures.cpus} CPUs, load average ${(figures.load_average_1m ?? 0).toFixed(2)}`);
}

interface IngestRun {
  ok: boolean;
  seconds: number;
  peakRssMb: number | undefined;
  stages: Record<string, number>;
  message: string;
}

/** Runs `shisaku ingest` as a child, polling its peak memory; stage durations come from its progress lines. */
function ingestChild(seeds: string, home: string, maxMinutes: number): Promise<IngestRun> {
  const child = spawn(process.execPath, [path.join(root, 'dist', 'src', 'cli.js'), 'ingest', '--verbose', '--seeds', seeds, '--home', home], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=16384`.trim() },
  });
  const started = performance.now();
  let stderr = '';
  let peak: number | undefined;
  const poll = setInterval(() => {
    peak = peakRssMb(child.pid!) ?? peak;
  }, 250);
  const killer = setTimeout(() => child.kill('SIGKILL'), maxMinutes * 60_000);
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(killer);
      const marks = [...stderr.matchAll(/\[shisaku\s+([\d.]+)s\] (\w+)/g)].map((m) => ({ at: Number(m[1]), stage: m[2]! }));
      const stages: Record<string, number> = {};
      marks.forEach((m, i) => {
        const next = marks[i + 1]?.at ?? (performance.now() - started) / 1000;
        stages[m.stage] = (stages[m.stage] ?? 0) + (next - m.at);
      });
      const failure = signal === 'SIGKILL' ? `killed after ${maxMinutes} minutes` : (/shisaku: (.*)/.exec(stderr)?.[1] ?? `exit ${code}`);
      resolve({ ok: code === 0, seconds: (performance.now() - started) / 1000, peakRssMb: peak, stages, message: code === 0 ? 'ok' : failure });
    });
  });
}

async function scaleBench(args: Args, questions: string[]): Promise<void> {
  const real = resolvePaths();
  const perCopy = chunkCorpus((await loadCorpus(real.seedsDir)).documents).length;
  out(`scale: the real corpus chunks into ${perCopy} chunks; each synthetic size replicates it with perturbations`);
  out(`  ${os.availableParallelism()} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, load average ${(os.loadavg()[0] ?? 0).toFixed(2)} at the start`);
  const rows: unknown[] = [];
  for (const size of args.sizes) {
    const copies = Math.max(0, Math.ceil(size / perCopy) - 1);
    const dir = args.kept ?? path.join(os.tmpdir(), `shisaku-scale-${size}-${process.pid}`);
    const seeds = path.join(dir, 'seeds');
    const home = path.join(dir, 'home');
    if (!args.kept) await rm(dir, { recursive: true, force: true });
    const files = args.kept ? (await readdir(seeds)).filter((f) => f.endsWith('.txt')).length : await writeSyntheticSeeds(real.seedsDir, seeds, copies);
    const seedBytes = await diskBytes(seeds);
    out(`\n${size.toLocaleString('en')} chunks target: ${files} documents, ${mb(seedBytes)} of text`);
    const ingest = args.kept ? { ok: true, seconds: 0, peakRssMb: undefined, stages: {}, message: 'kept' } : await ingestChild(seeds, home, args.maxMinutes);
    const stageText = Object.entries(ingest.stages)
      .filter(([, s]) => s >= 0.5)
      .map(([k, s]) => `${k} ${s.toFixed(0)} s`)
      .join(', ');
    out(`  ingest       ${ingest.ok ? 'ok' : `FAILED: ${ingest.message}`} in ${ingest.seconds.toFixed(0)} s, peak RSS ${ingest.peakRssMb?.toFixed(0) ?? '?'} MB (${stageText})`);
    if (!ingest.ok) {
      rows.push({ size, files, ingest });
      if (!args.keep) await rm(dir, { recursive: true, force: true });
      out('  (larger sizes skipped)');
      break;
    }
    const build = (await currentIndexDir(home))!;
    const indexBytes = await diskBytes(build);
    const manifest = JSON.parse(readFileSync(path.join(build, 'manifest.json'), 'utf8')) as { chunk_count: number; files: Record<string, string> };
    const biggest = await Promise.all(Object.keys(manifest.files).map(async (f) => [f, (await stat(path.join(build, f))).size] as const));
    biggest.sort((a, b) => b[1] - a[1]);
    out(`  index        ${manifest.chunk_count.toLocaleString('en')} chunks, ${mb(indexBytes)} on disk (${biggest.slice(0, 4).map(([f, s]) => `${f} ${mb(s)}`).join(', ')})`);
    // a large index holds more than Node's default heap limit (about 4 GB): the README says to raise it the same way
    const heap = `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=16384`.trim();
    const stdio = await measureStdio({ SHISAKU_HOME: home, SHISAKU_SEEDS: seeds, NODE_OPTIONS: heap }, questions, args.queries, args.warmup);
    out(`  serve        first tools/list ${(stdio.firstListMs / 1000).toFixed(1)} s after start; server RSS ${stdio.rssMb?.toFixed(0) ?? '?'} MB`);
    out(`  search       ${formatLatency(stdio.search)} over stdio (${args.queries} queries, ${stdio.errors} errors)`);
    rows.push({ size, files, chunks: manifest.chunk_count, ingest, index_bytes: indexBytes, stdio });
    if (!args.keep && !args.kept) await rm(dir, { recursive: true, force: true });
    else out(`  kept in ${dir}`);
  }
  if (args.json) out(JSON.stringify(rows, null, 2));
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'boolean' },
      formats: { type: 'boolean' },
      sizes: { type: 'string' },
      queries: { type: 'string' },
      warmup: { type: 'string' },
      home: { type: 'string' },
      keep: { type: 'boolean' },
      kept: { type: 'string' },
      'max-minutes': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out(HELP);
    return 0;
  }
  const args = ArgsSchema.parse({ ...values, maxMinutes: values['max-minutes'] });
  const questions = (await loadQuestions(path.join(root, 'eval', 'questions.json'))).map((q) => q.question);
  if (args.scale) await scaleBench(args, questions);
  else {
    if (!args.formats) await plainBench(args, questions);
    await formatsBench(out, args.json);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
