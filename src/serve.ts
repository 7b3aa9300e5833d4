// Starts the MCP server over stdio: makes sure the index is ready (building it if missing or
// stale), then serves. Only protocol goes to stdout; logs and progress go to stderr.
import { ensureEngine } from '../ingest/ensure.js';
import { stderrProgress } from '../ingest/progress.js';
import { resolvePaths } from './core/paths.js';
import { createServer } from './server.js';
import { LineStdioServerTransport } from './stdio-transport.js';

export interface ServeOptions {
  seedsDir?: string | undefined;
  homeDir?: string | undefined;
  model?: string | undefined;
  verbose?: boolean;
}

/** Serves MCP on stdin/stdout until the client disconnects or a signal arrives. */
export async function serveStdio(opts: ServeOptions = {}): Promise<void> {
  const paths = resolvePaths(opts);
  const progress = stderrProgress(opts.verbose ?? false);
  const engine = await ensureEngine({ paths, model: opts.model ?? process.env['SHISAKU_MODEL'], progress });
  const { server, close } = createServer({ engine });
  const transport = new LineStdioServerTransport();
  const stop = async () => {
    await close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await server.connect(transport);
  progress.stage('serving', `${engine.documents.length} documents, ${engine.chunks.length} chunks over stdio`);
}
