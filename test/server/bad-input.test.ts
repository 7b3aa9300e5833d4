// Bad input over stdio to the real shisaku-mcp binary: through an MCP client, and as raw lines on
// its stdin (malformed JSON, not JSON-RPC, broken UTF-8, an oversized line). Each gets a clear
// error and the next good request is answered correctly.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { MAX_LINE_BYTES } from '../../src/stdio-transport.js';
import { BAD_TOOL_CALLS, expectGoodSearch, expectToolError } from '../helpers/bad-inputs.js';
import { ROOT } from '../helpers/corpus.js';

const bin = path.join(ROOT, 'dist', 'src', 'stdio.js');
const env = () => ({ ...(process.env as Record<string, string>), SHISAKU_HOME: inject('indexHome') });

describe('bad tool calls through an MCP client over stdio', () => {
  let client: Client;
  let stderr = '';
  beforeAll(async () => {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run build\` first (npm test does)`);
    const transport = new StdioClientTransport({ command: process.execPath, args: [bin], env: env(), stderr: 'pipe' });
    transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    client = new Client({ name: 'shisaku-bad-input-test', version: '0.0.0' });
    await client.connect(transport);
  });
  afterAll(async () => client?.close());

  it.each(BAD_TOOL_CALLS.map((b) => [b.what, b] as const))('%s → a tool error, then a good answer', async (_what, bad) => {
    await expectToolError(client, bad);
    await expectGoodSearch(client);
  });

  it('wrote nothing but protocol to stdout and no crash to stderr', () => {
    expect(stderr).not.toMatch(/TypeError|RangeError|Uncaught|at .*\.js:\d+/);
  });
});

interface Reply {
  id?: string | number | null;
  result?: { isError?: boolean; structuredContent?: { results?: { citation: { source: string } }[] } };
  error?: { code: number; message: string };
}

/** The binary with raw pipes: write any bytes, read each reply line. */
class RawStdio {
  readonly replies: Reply[] = [];
  private buffer = '';
  private waiters: (() => void)[] = [];
  constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      this.buffer += d;
      for (let nl = this.buffer.indexOf('\n'); nl !== -1; nl = this.buffer.indexOf('\n')) {
        this.replies.push(JSON.parse(this.buffer.slice(0, nl)) as Reply);
        this.buffer = this.buffer.slice(nl + 1);
      }
      for (const w of this.waiters.splice(0)) w();
    });
  }

  /** Writes bytes and waits for the next reply. */
  async send(bytes: string | Buffer): Promise<Reply> {
    const count = this.replies.length;
    this.child.stdin.write(bytes);
    while (this.replies.length === count) await new Promise<void>((resolve) => this.waiters.push(resolve));
    return this.replies[count]!;
  }
}

const line = (msg: unknown) => JSON.stringify(msg) + '\n';
const goodCall = (id: number) =>
  line({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'search_documents', arguments: { query: 'マッチングプランナープログラムの1課題当たりの基準額は？', k: 3 } } });

describe('raw lines on the binary stdin', () => {
  let raw: RawStdio;
  let nextId = 100;
  beforeAll(async () => {
    raw = new RawStdio(spawn(process.execPath, [bin], { env: env(), stdio: 'pipe' }));
    const init = await raw.send(line({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } } }));
    expect(init.result).toBeDefined();
    raw.child.stdin.write(line({ jsonrpc: '2.0', method: 'notifications/initialized' }));
  });
  afterAll(() => {
    raw?.child.kill();
  });

  async function expectStillServing(): Promise<void> {
    const id = nextId++;
    const reply = await raw.send(goodCall(id));
    expect(reply.id).toBe(id);
    expect(reply.result?.structuredContent?.results?.[0]?.citation.source).toBe('seeds/003_d3747c4912f9c266.txt');
  }

  it.each([
    ['malformed JSON', '{"jsonrpc":"2.0","id":1,"method":"tools/li\n', null, -32700],
    ['JSON that is not JSON-RPC', '{"hello":"world"}\n', null, -32600],
    ['a request whose method is a number', '{"jsonrpc":"2.0","id":9,"method":42}\n', 9, -32600],
    ['a batch array', '[{"jsonrpc":"2.0","id":10,"method":"tools/list"}]\n', null, -32600],
    ['a bare string', '"tools/list"\n', null, -32600],
    ['an unknown method', '{"jsonrpc":"2.0","id":11,"method":"no/such_method"}\n', 11, -32601],
  ] as const)('%s → JSON-RPC error, then a good answer', async (_what, text, id, code) => {
    const reply = await raw.send(text);
    expect(reply).toMatchObject({ jsonrpc: '2.0', id, error: { code } });
    expect(reply.error!.message.length).toBeGreaterThan(5);
    await expectStillServing();
  });

  it('skips blank lines silently', async () => {
    raw.child.stdin.write('\n\r\n   \n');
    await expectStillServing();
  });

  it('reads invalid UTF-8 bytes and escaped lone surrogates inside a query', async () => {
    const [head, tail] = line({ jsonrpc: '2.0', id: 50, method: 'tools/call', params: { name: 'search_documents', arguments: { query: '@知的クラスター創成事業' } } }).split('@') as [string, string];
    for (const bytes of [Buffer.from(`${head}\\ud800${tail}`), Buffer.concat([Buffer.from(head), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(tail)])]) {
      const reply = await raw.send(bytes);
      expect(reply.id).toBe(50);
      expect(reply.result?.isError ?? false).toBe(false);
      expect(reply.result?.structuredContent?.results?.length).toBeGreaterThan(0);
    }
    await expectStillServing();
  });

  it('answers a line longer than its limit with an error and reads the next one', async () => {
    const reply = await raw.send(Buffer.concat([Buffer.alloc(MAX_LINE_BYTES + 1024, 0x61), Buffer.from('\n')]));
    expect(reply).toMatchObject({ id: null, error: { code: -32600, message: expect.stringMatching(/longer than/) } });
    await expectStillServing();
  });

  it('answers a request split across many writes', async () => {
    const text = goodCall(77);
    const count = raw.replies.length;
    for (let i = 0; i < text.length; i += 7) raw.child.stdin.write(text.slice(i, i + 7));
    while (raw.replies.length === count) await new Promise((r) => setTimeout(r, 10));
    expect(raw.replies[count]!.id).toBe(77);
  });
});
