// `shisaku serve --http`: makes sure the index is ready, then serves MCP over HTTP (in one process,
// or in --workers N processes sharing the port) until SIGINT or SIGTERM, when in-flight requests
// finish before the process exits. Every process follows the index folder and switches to a new
// build; with --watch, the documents folder is watched and re-ingested (by the primary, with
// workers). Logs go to stderr.
import cluster from 'node:cluster';
import { z } from 'zod';
import { ensureEngine, ensureIndex } from '../ingest/ensure.js';
import { stderrProgress } from '../ingest/progress.js';
import { openEngine } from './core/engine.js';
import { ShisakuError } from './core/errors.js';
import { countsText, indexSummary } from './core/index-status.js';
import { currentIndexDir, readManifest } from './core/index-store.js';
import type { LiveIndex } from './core/live-index.js';
import { resolvePaths, type ShisakuPaths } from './core/paths.js';
import { JapaneseTokenizer } from './core/text/tokenize.js';
import { isLoopback, loadToken } from './http-access.js';
import { DEFAULT_HTTP_HOST, DEFAULT_HTTP_PORT, HEALTH_PATH, serveHttp, type HttpServeOptions } from './http.js';
import { onSignals, superviseWorkers, type WorkerMessage } from './http/workers.js';
import { startLiveIndex } from './live/live-index-service.js';
import { DocumentWatcher } from './live/watch-documents.js';

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
  /** Re-ingest when the documents folder changes. */
  watch: z.boolean().default(false),
  /** Quiet time after the last change before re-ingesting. */
  debounceMs: z.number().int().min(0).max(600_000).optional(),
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
  if (cluster.isWorker) return serveWorker(opts, paths, token);
  const model = opts.model ?? process.env['SHISAKU_MODEL'];
  const ensure = { paths, model, progress: stderrProgress(opts.verbose) };
  if (opts.workers > 1) {
    // the primary makes the index ready, watches the documents (--watch) and supervises; each worker opens the index
    const manifest = await readManifest(await ensureIndex(ensure), false);
    let watcher: DocumentWatcher | undefined;
    const pool = superviseWorkers(opts.workers, {
      log,
      announce: (url) => announce(countsText(indexSummary(manifest)), url, token, opts.workers, opts.watch),
      onStop: () => watcher?.stop(),
    });
    if (opts.watch) watcher = DocumentWatcher.start({ paths, model, log, debounceMs: opts.debounceMs, onIngested: async () => pool.indexChanged() });
    return;
  }
  const tokenizer = await JapaneseTokenizer.create();
  const engine = await ensureEngine({ ...ensure, tokenizer });
  const live = startLiveIndex(engine, { paths, model, tokenizer, watch: opts.watch, log, debounceMs: opts.debounceMs });
  const running = await serveHttp(serveOptions(opts, live.index, token));
  announce(countsText(indexSummary(engine.manifest)), running.url, token, 1, opts.watch);
  onSignals((signal, again) => {
    if (again) {
      log(`${signal} again: exiting now`);
      process.exit(1);
    }
    log(`${signal}: finishing in-flight requests, then exiting`);
    live.stop();
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

const log = (line: string) => process.stderr.write(`[shisaku] ${line}\n`);

function serveOptions(opts: HttpCliOptionsParsed, index: LiveIndex, token: string | undefined): HttpServeOptions {
  return { index, host: opts.host, port: opts.port, token, allowedHosts: opts.allowHosts, allowedOrigins: opts.allowOrigins };
}

function announce(what: string, url: string, token: string | undefined, workers: number, watching: boolean): void {
  const health = url.replace(/\/mcp$/, HEALTH_PATH);
  log(`serving ${what} at ${url} (health: ${health}; ${token === undefined ? 'no token' : 'bearer token required'}; ${workers} worker${workers > 1 ? 's' : ''}${watching ? '; watching the documents' : ''})`);
}

/** A worker process: opens the index the primary made ready, serves on the shared port, follows the index. */
async function serveWorker(opts: HttpCliOptionsParsed, paths: ShisakuPaths, token: string | undefined): Promise<void> {
  const dir = await currentIndexDir(paths.homeDir);
  if (dir === undefined) throw new ShisakuError(`no index in ${paths.homeDir}; run \`npx shisaku ingest --home ${paths.homeDir}\``);
  const tokenizer = await JapaneseTokenizer.create();
  const engine = await openEngine(dir, { tokenizer, verify: true });
  const live = startLiveIndex(engine, { paths, tokenizer, watch: false, log: (line) => log(`worker ${process.pid}: ${line}`) });
  const running = await serveHttp(serveOptions(opts, live.index, token));
  process.on('message', (m: Partial<WorkerMessage>) => {
    if (m?.type === 'index-changed') void live.follower.check();
  });
  process.send?.({ type: 'listening', url: running.url } satisfies WorkerMessage);
  // Ctrl-C reaches every process of the group, and the primary forwards SIGTERM: close once
  onSignals((_signal, again) => {
    if (again) return;
    live.stop();
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
