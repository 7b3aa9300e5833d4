#!/usr/bin/env node
// Harness-only MCP stdio server: the real server factory over the index in $SHISAKU_HOME, but
// with retrieval crippled (eval/cripple.ts). `SHISAKU_EVAL_CRIPPLE=1 npm run eval` starts this
// instead of dist/src/stdio.js to show that a retrieval regression turns the gate red.
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { ensureEngine } from '../ingest/ensure.js';
import { stderrProgress } from '../ingest/progress.js';
import { resolvePaths } from '../src/core/paths.js';
import { createServer } from '../src/server.js';
import { CRIPPLED_WEIGHTS } from './cripple.js';

async function main(): Promise<void> {
  const engine = await ensureEngine({ paths: resolvePaths(), progress: stderrProgress(false), weights: CRIPPLED_WEIGHTS });
  const { server } = createServer({ engine });
  await server.connect(new StdioServerTransport());
  process.stderr.write('crippled-server: serving with bigram-only retrieval\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`crippled-server: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
