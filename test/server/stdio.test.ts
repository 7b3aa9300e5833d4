// Starts the real shisaku-mcp binary as a child process, as an MCP client would.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { ROOT } from '../helpers/corpus.js';

const bin = path.join(ROOT, 'dist', 'src', 'stdio.js');
let client: Client;
let stderr = '';

beforeAll(async () => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run build\` first (npm test does)`);
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [bin],
    env: { ...(process.env as Record<string, string>), SHISAKU_HOME: inject('indexHome') },
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  client = new Client({ name: 'shisaku-stdio-test', version: '0.0.0' });
  await client.connect(transport);
});
afterAll(async () => client?.close());

describe('shisaku-mcp over stdio', () => {
  it('lists its tools and answers a search with checked citations', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(['search_documents', 'read_document', 'list_documents']));
    const res = await client.callTool({ name: 'search_documents', arguments: { query: 'マッチングプランナープログラムの1課題当たりの基準額は？', k: 3 } });
    const results = (res.structuredContent as { results: { citation: { source: string; line_start: number } }[] }).results;
    expect(results[0]!.citation.source).toBe('seeds/003_d3747c4912f9c266.txt');
  });

  it('keeps serving after a bad request', async () => {
    const bad = await client.callTool({ name: 'search_documents', arguments: { query: '', k: 3 } });
    expect(bad.isError).toBe(true);
    const good = await client.callTool({ name: 'list_documents', arguments: {} });
    expect(good.isError ?? false).toBe(false);
    expect(stderr).not.toMatch(/Error|TypeError/);
  });
});
