#!/usr/bin/env node
// shisaku-mcp: with no arguments, serves MCP over stdio (how MCP clients start a server).
import { serveStdio } from './serve.js';

serveStdio().catch((err: unknown) => {
  process.stderr.write(`shisaku-mcp: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
