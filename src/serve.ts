// Starts the MCP server over stdio: makes sure the index is ready (building it if missing or
// stale), then serves, following the index when an ingest switches it (and with `watch`, re-ingesting
// when the documents change); clients are told the resources changed. Only protocol goes to stdout;
// logs and progress go to stderr.
import { ensureEngine } from '../ingest/ensure.js';
import { stderrProgress } from '../ingest/progress.js';
import { countsText, indexSummary } from './core/index-status.js';
import { resolvePaths } from './core/paths.js';
import { JapaneseTokenizer } from './core/text/tokenize.js';
import { startLiveIndex } from './live/live-index-service.js';
import { createServer } from './server.js';
import { LineStdioServerTransport } from './stdio-transport.js';

export interface ServeOptions {
  seedsDir?: string | undefined;
  homeDir?: string | undefined;
  model?: string | undefined;
  verbose?: boolean;
  /** Re-ingest when files in the documents folder are added, changed or removed. */
  watch?: boolean;
  /** Quiet time after the last change before re-ingesting (default 1000 ms). */
  debounceMs?: number | undefined;
}

const log = (line: string) => process.stderr.write(`[shisaku] ${line}\n`);

/** Serves MCP on stdin/stdout until the client disconnects or a signal arrives. */
export async function serveStdio(opts: ServeOptions = {}): Promise<void> {
  const paths = resolvePaths(opts);
  const progress = stderrProgress(opts.verbose ?? false);
  const model = opts.model ?? process.env['SHISAKU_MODEL'];
  const tokenizer = await JapaneseTokenizer.create();
  const engine = await ensureEngine({ paths, model, progress, tokenizer });
  const live = startLiveIndex(engine, { paths, model, tokenizer, watch: opts.watch ?? false, log, debounceMs: opts.debounceMs });
  const { server, close } = createServer({ index: live.index });
  live.index.onChange(() => {
    if (server.isConnected()) void server.sendResourceListChanged();
  });
  const transport = new LineStdioServerTransport();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    live.stop();
    await close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // the client closed its end: nothing more will come
  process.stdin.on('end', () => void stop());
  await server.connect(transport);
  progress.stage('serving', `${countsText(indexSummary(engine.manifest))} over stdio`);
}
