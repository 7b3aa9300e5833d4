#!/usr/bin/env node
// `npm run load`: starts `shisaku serve --http` on a loopback port as a child process, drives it
// with N concurrent MCP clients calling search_documents with the eval questions for a bounded
// time, and prints throughput, latency percentiles and errors. With --churn, the server watches a
// copy of the documents and a document is added or removed every few seconds during the run, so
// the figures include the index switches (counted from /healthz).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { z } from 'zod';
import { packageRoot } from '../src/core/paths.js';
import { LightMcpClient } from './light-client.js';
import { formatLatency, processTree, summarize, treeCpuSeconds, treeRssMb } from './latency.js';
import { loadQuestions } from './questions.js';

const HELP = `npm run load -- [--clients 8] [--duration 20] [--warmup 3] [--k 5] [--workers 2] [--client light|sdk] [--home DIR | --url URL] [--churn SECONDS] [--json]

Starts the HTTP server on 127.0.0.1 (a free port) over the index in DIR (default: the
package's .shisaku/, built first if missing), then N clients each call search_documents in
a loop for the given seconds. Prints throughput, p50/p95/p99 latency and errors.
--workers is passed to \`shisaku serve --http\`. --url drives a server already running on
this machine (loopback only) instead.
--client light (default): a lean MCP client (eval/light-client.ts: initialize handshake, JSON-RPC
over one keep-alive connection, every answer checked), so that the clients, which share the
server's cores here, take little CPU. --client sdk: the MCP SDK's Client and its Streamable HTTP
transport (what an assistant uses; about as much CPU per call as the server's search).
--churn SECONDS: serve a temporary copy of seeds/ (and of the index) with --watch, and every
SECONDS of the measured run add a document to it or remove the one added; prints how many
changes were made, how many index switches /healthz showed, and the errors meanwhile.
`;

const ArgsSchema = z.object({
  clients: z.coerce.number().int().min(1).max(256).default(8),
  duration: z.coerce.number().positive().max(3600).default(20),
  warmup: z.coerce.number().min(0).max(600).default(3),
  k: z.coerce.number().int().min(1).max(50).default(5),
  workers: z.coerce.number().int().min(1).max(64).default(2),
  client: z.enum(['light', 'sdk']).default('light'),
  home: z.string().optional(),
  url: z
    .string()
    .url()
    .refine((u) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(u).hostname), '--url must be a loopback address (127.0.0.1, localhost, [::1])')
    .optional(),
  json: z.boolean().default(false),
  churn: z.coerce.number().min(0).max(3600).default(0),
});

/** Starts the server as a child and resolves with its MCP URL once it listens. */
function startServer(home: string | undefined, workers: number, watch?: { seeds: string }): Promise<{ child: ChildProcess; url: string }> {
  const cli = path.join(packageRoot(), 'dist', 'src', 'cli.js');
  const args = [
    cli,
    'serve',
    '--http',
    '--host',
    '127.0.0.1',
    '--port',
    '0',
    '--workers',
    String(workers),
    ...(home ? ['--home', home] : []),
    ...(watch ? ['--watch', '--debounce', '500', '--seeds', watch.seeds] : []),
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      const m = /serving .* at (http:\/\/\S+\/mcp)/.exec(stderr);
      if (m) resolve({ child, url: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${stderr}`)));
  });
}

/** One load client: calls search_documents and throws unless the answer holds results. */
interface LoadClient {
  search(query: string, k: number): Promise<void>;
  close(): Promise<void>;
}

function checkResult(res: Record<string, unknown>): void {
  if (res['isError']) throw new Error(`tool error: ${JSON.stringify(res['content']).slice(0, 200)}`);
  const results = (res['structuredContent'] as { results?: unknown } | undefined)?.results;
  if (!Array.isArray(results)) throw new Error(`search_documents answered without results: ${JSON.stringify(res).slice(0, 200)}`);
}

async function connect(url: string, kind: 'light' | 'sdk'): Promise<LoadClient> {
  if (kind === 'light') {
    const client = await LightMcpClient.connect(url);
    return {
      search: async (query, k) => checkResult(await client.callTool('search_documents', { query, k })),
      close: async () => client.close(),
    };
  }
  const client = new Client({ name: 'shisaku-load', version: '0.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  return {
    search: async (query, k) => checkResult(await client.callTool({ name: 'search_documents', arguments: { query, k } })),
    close: () => client.close(),
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      k: { type: 'string' },
      workers: { type: 'string' },
      client: { type: 'string' },
      home: { type: 'string' },
      url: { type: 'string' },
      json: { type: 'boolean' },
      churn: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const args = ArgsSchema.parse(values);
  const questions = (await loadQuestions(path.join(packageRoot(), 'eval', 'questions.json'))).map((q) => q.question);
  if (args.churn > 0 && args.url) throw new Error('--churn starts its own server over a copy of the documents; it cannot be used with --url');
  const churnDir = args.churn > 0 ? await churnCorpus(args.home) : undefined;
  const { child, url } = args.url ? { child: undefined, url: args.url } : await startServer(churnDir?.home ?? args.home, args.workers, churnDir);
  try {
    const clients = await Promise.all(Array.from({ length: args.clients }, () => connect(url, args.client)));
    const latencies: number[] = [];
    const errors: string[] = [];
    let measuring = false;
    const run = async (client: LoadClient, offset: number, until: number) => {
      for (let i = offset; Date.now() < until; i += args.clients) {
        const query = questions[i % questions.length]!;
        const started = performance.now();
        try {
          await client.search(query, args.k);
          if (measuring) latencies.push(performance.now() - started);
        } catch (err) {
          if (measuring) errors.push(err instanceof Error ? err.message : String(err));
        }
      }
    };
    if (args.warmup > 0) await Promise.all(clients.map((c, i) => run(c, i, Date.now() + args.warmup * 1000)));
    measuring = true;
    const serverCpu0 = child && treeCpuSeconds(child.pid!);
    const clientCpu0 = process.cpuUsage();
    const started = Date.now();
    const churn = churnDir ? startChurn(churnDir.seeds, url, args.churn) : undefined;
    await Promise.all(clients.map((c, i) => run(c, i, started + args.duration * 1000)));
    const seconds = (Date.now() - started) / 1000;
    const churned = await churn?.stop();
    const serverCpu1 = child && treeCpuSeconds(child.pid!);
    const clientCpu = process.cpuUsage(clientCpu0);
    const perRequest = (cpuSeconds: number | undefined) => (cpuSeconds === undefined || latencies.length === 0 ? undefined : Math.round((cpuSeconds * 1000 * 10) / latencies.length) / 10);
    const serverCpuMs = perRequest(serverCpu0 !== undefined && serverCpu1 !== undefined ? serverCpu1 - serverCpu0 : undefined);
    const clientCpuMs = perRequest((clientCpu.user + clientCpu.system) / 1e6);
    const serverRss = child && treeRssMb(child.pid!);
    const serverProcesses = child ? processTree(child.pid!).length : undefined;
    await Promise.all(clients.map((c) => c.close()));

    const s = summarize(latencies);
    const figures = {
      clients: args.clients,
      client: args.client,
      seconds: Math.round(seconds * 10) / 10,
      requests: s.count,
      errors: errors.length,
      throughput_rps: Math.round((s.count / seconds) * 10) / 10,
      latency_ms: { p50: s.p50, p95: s.p95, p99: s.p99, max: s.max, mean: s.mean },
      server_rss_mb: serverRss && Math.round(serverRss),
      server_processes: serverProcesses,
      /** CPU time per request: contention from other programs inflates latency, not these. */
      server_cpu_ms_per_request: serverCpuMs,
      client_cpu_ms_per_request: clientCpuMs,
      cpus: os.availableParallelism(),
      load_average_1m: os.loadavg()[0],
      ...(churned && { churn: churned }),
    };
    if (args.json) {
      process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
    } else {
      const lines = [
        `load: ${args.clients} ${args.client === 'sdk' ? 'SDK' : 'lean'} clients × ${figures.seconds} s of search_documents (k=${args.k}) over HTTP at ${url}${child ? ` (${args.workers} server workers)` : ''}`,
        `  requests     ${s.count} (${figures.throughput_rps} per second)`,
        `  latency      ${formatLatency(s)}`,
        `  errors       ${errors.length}${errors.length > 0 ? ` — first: ${errors[0]}` : ''}`,
        `  server RSS   ${figures.server_rss_mb ?? '?'} MB over ${figures.server_processes ?? '?'} processes`,
        `  CPU/request  server ${serverCpuMs ?? '?'} ms, load clients ${clientCpuMs ?? '?'} ms`,
        `  machine      ${figures.cpus} CPUs, load average ${(figures.load_average_1m ?? 0).toFixed(2)} at the end`,
        ...(churned
          ? [
              `  churn        every ${args.churn} s: ${churned.added} documents added, ${churned.removed} removed; ${churned.switches} index switches seen on /healthz (documents: ${churned.counts.join(' → ')}); ${churned.health_errors} /healthz errors`,
            ]
          : []),
        `  goal (8 clients, no errors, p95 < 50 ms): ${errors.length === 0 && s.p95 < 50 ? 'met' : 'NOT met'}`,
      ];
      process.stdout.write(lines.join('\n') + '\n');
    }
    return errors.length > 0 ? 1 : 0;
  } finally {
    child?.kill('SIGTERM');
    if (churnDir) {
      // let the server stop before its folders go
      await new Promise((r) => setTimeout(r, 1000));
      await rm(churnDir.root, { recursive: true, force: true });
    }
  }
}

/** A temporary copy of seeds/ and of the index (when there is one), for a server that --watch-es it. */
async function churnCorpus(home: string | undefined): Promise<{ root: string; seeds: string; home: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shisaku-load-churn-'));
  const seeds = path.join(root, 'seeds');
  await cp(path.join(packageRoot(), 'seeds'), seeds, { recursive: true });
  const from = path.resolve(home ?? path.join(packageRoot(), '.shisaku'));
  const copy = path.join(root, 'home');
  if (existsSync(path.join(from, 'current'))) await cp(from, copy, { recursive: true, verbatimSymlinks: true });
  return { root, seeds, home: copy };
}

/** A document no seed holds, numbered, so that each one added is new text. */
function churnDocument(n: number): string {
  return `負荷試験用追加文書 第${n}号\n\n地域連携試験事業${n}（令和${n % 9 + 1}年度）\n■１地域当たり${n}億円／年、${(n % 4) + 2}年間。全国で${n + 3}地域を選定。\n`;
}

/** Adds a document every `seconds`, then removes it the next time; polls /healthz for the switches. */
function startChurn(seeds: string, url: string, seconds: number) {
  const result = { added: 0, removed: 0, switches: 0, counts: [] as number[], health_errors: 0 };
  let current: string | undefined;
  // both workers answer /healthz and switch a moment apart: count the builds seen, not the flips
  const builds = new Set<string>();
  let n = 0;
  const change = setInterval(() => {
    void (async () => {
      if (current) {
        await rm(current, { force: true });
        current = undefined;
        result.removed++;
      } else {
        current = path.join(seeds, `900_load_${++n}.txt`);
        await writeFile(current, churnDocument(n));
        result.added++;
      }
    })();
  }, seconds * 1000);
  const health = setInterval(() => {
    fetch(url.replace(/\/mcp$/, '/healthz'))
      .then(async (res) => {
        const h = (await res.json()) as { documents: number; built_at: string };
        if (!builds.has(h.built_at)) {
          builds.add(h.built_at);
          result.switches = builds.size - 1;
          result.counts.push(h.documents);
        }
      })
      .catch(() => result.health_errors++);
  }, 250);
  return {
    stop: async () => {
      clearInterval(change);
      clearInterval(health);
      return result;
    },
  };
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`load: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
