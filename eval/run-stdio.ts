// The eval's main run, as a real client would do it: starts the MCP server binary over stdio with
// the SDK client, checks it lists the tools and prompts, then sends every question through
// search_documents (k=5) and answer_question, parsing each result with the tool's output schema.
import { performance } from 'node:perf_hooks';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { Catalogue } from '../src/core/catalogue/schema.js';
import { AnswerQuestionOutputSchema } from '../src/tools/answer-question.js';
import { SearchDocumentsOutputSchema } from '../src/tools/search-documents.js';
import { retrievalOf, scoreAnswer, type QuestionRun } from './answer-metrics.js';
import { summarize, type LatencySummary } from './latency.js';
import type { Question } from './questions.js';

export interface StdioRunOptions {
  /** The server script to start (dist/src/stdio.js, or the harness's crippled server). */
  script: string;
  /** Index folder the server opens (SHISAKU_HOME). */
  home: string;
  /** Documents folder the index was built from (SHISAKU_SEEDS; default: the package's seeds/). */
  seedsDir?: string | undefined;
  /** Folder citation sources are relative to. */
  root: string;
  questions: readonly Question[];
  catalogue: Catalogue;
  onProgress?: (done: number, total: number) => void;
}

export interface StdioRun {
  runs: QuestionRun[];
  latency: { search: LatencySummary; answer: LatencySummary };
  tools: string[];
  prompts: string[];
}

const SearchOutput = z.object(SearchDocumentsOutputSchema);
const AnswerOutput = z.object(AnswerQuestionOutputSchema);

/** Runs every question through the server over stdio. */
export async function runOverStdio(opts: StdioRunOptions): Promise<StdioRun> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [opts.script],
    env: { ...(process.env as Record<string, string>), SHISAKU_HOME: opts.home, ...(opts.seedsDir !== undefined && { SHISAKU_SEEDS: opts.seedsDir }) },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const client = new Client({ name: 'shisaku-eval', version: '0.0.0' });
  try {
    await client.connect(transport);
    const tools = (await client.listTools()).tools.map((t) => t.name);
    const prompts = (await client.listPrompts()).prompts.map((p) => p.name);
    for (const needed of ['search_documents', 'answer_question']) {
      if (!tools.includes(needed)) throw new Error(`the server does not list the ${needed} tool (it lists ${tools.join(', ')})`);
    }
    const searchMs: number[] = [];
    const answerMs: number[] = [];
    const runs: QuestionRun[] = [];
    const call = async (name: string, args: Record<string, unknown>, ms: number[]): Promise<CallToolResult> => {
      const t0 = performance.now();
      const res = (await client.callTool({ name, arguments: args })) as CallToolResult;
      ms.push(performance.now() - t0);
      if (res.isError) throw new Error(`${name} failed for ${JSON.stringify(args)}: ${JSON.stringify(res.content)}`);
      return res;
    };
    for (const [i, q] of opts.questions.entries()) {
      const { results } = SearchOutput.parse((await call('search_documents', { query: q.question, k: 5 }, searchMs)).structuredContent);
      const answer = AnswerOutput.parse((await call('answer_question', { question: q.question }, answerMs)).structuredContent);
      runs.push({ q, retrieval: retrievalOf(q, results), answer: await scoreAnswer(q, answer, opts.root, opts.catalogue) });
      opts.onProgress?.(i + 1, opts.questions.length);
    }
    return { runs, latency: { search: summarize(searchMs), answer: summarize(answerMs) }, tools, prompts };
  } catch (err) {
    throw new Error(`${err instanceof Error ? err.message : String(err)}${stderr ? `\nserver stderr (last lines):\n${stderr}` : ''}`, { cause: err });
  } finally {
    await client.close().catch(() => undefined);
  }
}
