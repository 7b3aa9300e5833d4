// `shisaku serve --http`: makes sure the index is ready, then serves MCP over HTTP (in one process,
// or in --workers N processes sharing the port) until SIGINT or SIGTERM, when in-flight requests
// finish before the process exits. Logs go to stderr.
import cluster, { type Worker } from 'node:cluster';
import { z } from 'zod';
import { ensureEngine, ensureIndex } from '../ingest/ensure.js';
import { stderrProgress } from '../ingest/progress.js';
import { openEngine, type Engine } from './core/engine.js';
import { ShisakuError } from './core/errors.js';
import { currentIndexDir, readManifest } from './core/index-store.js';
import { resolvePaths } from './core/paths.js';
import { JapaneseTokenizer } from './core/text/tokenize.js';
import { isLoopback, loadToken } from './http-access.js';
import { DEFAULT_HTTP_HOST, DEFAULT_HTTP_PORT, HEALTH_PATH, serveHttp, type HttpServeOptions } from './http.js';

export const HttpCliOptionsSchema = z.object({
  seedsDir: z.string().optional(),
  homeDir: z.string().optional(),
  model: z.string().optional(),
  verbose: z.boolean().default(false),
  host: z.string().min(1).default(DEFAULT_HTTP_HOST),
  port: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? Number.NaN : Number(v)) : v),
    z
      .number({ invalid_type_error: '--port must be a number from 0 to 65535' })
      .int('--port must be a whole number')
      .min(0, '--port must be from 0 to 65535')
      .max(65535, '--port must be from 0 to 65535')
      .default(DEFAULT_HTTP_PORT),
  ),
  tokenFile: z.string().optional(),
  allowHosts: z.array(z.string()).default([]),
  allowOrigins: z.array(z.string()).default([]),
  /** Processes serving the same port (node:cluster); each holds its own copy of the index. */
  workers: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? Number.NaN : Number(v)) : v),
    z.number({ invalid_type_error: '--workers must be a number' }).int('--workers must be a whole number').min(1, '--workers must be 1 or more').max(64, '--workers must be at most 64').default(1),
  ),
});
export type HttpCliOptions = z.input<typeof HttpCliOptionsSchema>;
type HttpCliOptionsParsed = z.output<typeof HttpCliOptionsSchema>;

/** Serves MCP over HTTP until a signal arrives; resolves once the server listens (or its workers start). */
export async function serveHttpCommand(input: HttpCliOptions): Promise<void> {
  const parsed = HttpCliOptionsSchema.safeParse(input);
  if (!parsed.success) throw new ShisakuError(parsed.error.issues.map((i) => i.message).join('; '));
  const opts = parsed.data;
  // refuse a bad token or an unprotected public bind before spending time on ingest
  const token = loadToken(opts.tokenFile);
  if (!isLoopback(opts.host) && token === undefined) {
    throw new ShisakuError(`--host ${opts.host} makes the server reachable from other machines, so it needs a token: set SHISAKU_TOKEN or pass --token-file FILE`);
  }
  const paths = resolvePaths({ seedsDir: opts.seedsDir, homeDir: opts.homeDir });
  if (cluster.isWorker) return serveWorker(opts, paths.homeDir, token);
  const ensure = { paths, model: opts.model ?? process.env['SHISAKU_MODEL'], progress: stderrProgress(opts.verbose) };
  if (opts.workers > 1) {
    // the primary only makes the index ready and supervises; each worker opens it
    const manifest = await readManifest(await ensureIndex(ensure), false);
    return superviseWorkers(opts.workers, `${manifest.seeds.length} documents, ${manifest.chunk_count} chunks`, token);
  }
  const engine = await ensureEngine(ensure);
  const what = `${engine.documents.length} documents, ${engine.chunks.length} chunks`;
  const running = await serveHttp(serveOptions(opts, engine, token));
  announce(what, running.url, token, 1);
  onSignals((signal, again) => {
    if (again) {
      log(`${signal} again: exiting now`);
      process.exit(1);
    }
    log(`${signal}: finishing in-flight requests, then exiting`);
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

const log = (line: string) => process.stderr.write(`[shisaku] ${line}\n`);

function serveOptions(opts: HttpCliOptionsParsed, engine: Engine, token: string | undefined): HttpServeOptions {
  return { engine, host: opts.host, port: opts.port, token, allowedHosts: opts.allowHosts, allowedOrigins: opts.allowOrigins };
}

function announce(what: string, url: string, token: string | undefined, workers: number): void {
  const health = url.replace(/\/mcp$/, HEALTH_PATH);
  log(`serving ${what} at ${url} (health: ${health}; ${token === undefined ? 'no token' : 'bearer token required'}; ${workers} worker${workers > 1 ? 's' : ''})`);
}

function onSignals(handler: (signal: string, again: boolean) => void): void {
  let count = 0;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => handler(signal, count++ > 0));
}

/** A worker process: opens the index the primary made ready and serves on the shared port. */
async function serveWorker(opts: HttpCliOptionsParsed, homeDir: string, token: string | undefined): Promise<void> {
  const dir = await currentIndexDir(homeDir);
  if (dir === undefined) throw new ShisakuError(`no index in ${homeDir}; run \`npx shisaku ingest --home ${homeDir}\``);
  const engine = await openEngine(dir, { tokenizer: await JapaneseTokenizer.create(), verify: true });
  const running = await serveHttp(serveOptions(opts, engine, token));
  process.send?.({ type: 'listening', url: running.url });
  // Ctrl-C reaches every process of the group, and the primary forwards SIGTERM: close once
  onSignals((_signal, again) => {
    if (!again) running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

/** The primary of `--workers N`: forks the workers, replaces one that dies, stops them all on a signal. */
function superviseWorkers(count: number, what: string, token: string | undefined): void {
  let stopping = false;
  let announced = false;
  // our own record: cluster.workers may still list a worker while its 'exit' event runs
  const live = new Set<Worker>();
  const listening = new Set<Worker>();
  const fork = () => {
    const worker = cluster.fork();
    live.add(worker);
    worker.on('message', (m: { type?: string; url?: string }) => {
      if (m?.type !== 'listening' || m.url === undefined) return;
      listening.add(worker);
      // say "serving" once every worker listens: until then a worker that dies could not start
      if (!announced && listening.size >= count) {
        announce(what, m.url, token, count);
        announced = true;
      }
    });
  };
  cluster.on('exit', (worker, code, signal) => {
    live.delete(worker);
    if (stopping) {
      if (live.size === 0) process.exit(0);
      return;
    }
    if (!listening.has(worker)) {
      log(`a worker could not start (exit ${code ?? signal}); stopping`);
      for (const w of live) w.process.kill('SIGKILL');
      process.exit(1);
    }
    log(`worker ${worker.process.pid} died (${code ?? signal}); starting another`);
    fork();
  });
  onSignals((signal, again) => {
    if (again) {
      log(`${signal} again: exiting now`);
      for (const w of live) w.process.kill('SIGKILL');
      process.exit(1);
    }
    stopping = true;
    log(`${signal}: finishing in-flight requests, then exiting`);
    if (live.size === 0) process.exit(0);
    for (const w of live) w.process.kill('SIGTERM');
  });
  for (let i = 0; i < count; i++) fork();
}
