// Optional part of the eval: a model behind an OpenAI-compatible chat-completions endpoint answers
// the questions through the MCP tools (the answer_with_citations prompt, the server's tools mapped
// to function tools), and its final answers are graded like answer_question's. Configured by
// SHISAKU_EVAL_LLM_URL / _KEY / _MODEL (and _LIMIT); without them the harness says it skipped this.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { sentenceProblems } from '../src/core/answer/check.js';
import type { Catalogue } from '../src/core/catalogue/schema.js';
import { factsPresent } from './metrics.js';
import type { AnswerScore, QuestionRun } from './answer-metrics.js';
import type { Question } from './questions.js';

export interface LlmConfig {
  url: string;
  key: string | undefined;
  model: string;
  limit: number;
}

/** The endpoint from the environment, or why the part is skipped. */
export function llmConfig(env: NodeJS.ProcessEnv): LlmConfig | { skipped: string } {
  const url = env['SHISAKU_EVAL_LLM_URL'];
  const model = env['SHISAKU_EVAL_LLM_MODEL'];
  if (!url || !model) return { skipped: 'no model endpoint configured (set SHISAKU_EVAL_LLM_URL and SHISAKU_EVAL_LLM_MODEL, and SHISAKU_EVAL_LLM_KEY if it needs one)' };
  const limit = Number(env['SHISAKU_EVAL_LLM_LIMIT'] ?? 30);
  return { url: url.replace(/\/+$/, ''), key: env['SHISAKU_EVAL_LLM_KEY'], model, limit: Number.isInteger(limit) && limit > 0 ? limit : 30 };
}

interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | null;
  tool_calls?: { id: string; type: 'function'; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

async function chat(cfg: LlmConfig, messages: ChatMessage[], tools: unknown[]): Promise<ChatMessage> {
  const res = await fetch(`${cfg.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cfg.key && { authorization: `Bearer ${cfg.key}` }) },
    body: JSON.stringify({ model: cfg.model, messages, tools, temperature: 0 }),
  });
  if (!res.ok) throw new Error(`${cfg.url}/chat/completions answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  const body = (await res.json()) as { choices?: { message?: ChatMessage }[] };
  const message = body.choices?.[0]?.message;
  if (!message) throw new Error(`${cfg.url}/chat/completions returned no message`);
  return message;
}

const ABSTAINED = /見当たりません|記載がありません|記載はありません|記載なし|書かれていません|do(?:es)? not (?:say|mention|contain)|not in the documents|no information/iu;
const CITED = /(seeds\/[\w.\-]+\.txt)\D{0,12}?(\d+)\s*(?:[–\-~〜～]|to)\s*(\d+)/gu;

/** Grades a model's final answer: facts, cited line ranges the tools returned, unsupported numbers. */
export function gradeModelAnswer(q: Question, text: string, seen: readonly { source: string; line_start: number; line_end: number; quote: string }[], cat: Catalogue): AnswerScore {
  const cited = [...text.matchAll(CITED)].map((m) => ({ source: m[1]!, start: Number(m[2]), end: Number(m[3]) }));
  const valid = cited.filter((c) => seen.some((s) => s.source === c.source && s.line_start <= c.end && c.start <= s.line_end)).length;
  const abstained = ABSTAINED.test(text) && cited.length === 0;
  return {
    abstained,
    factsFound: abstained ? 0 : factsPresent(q, text),
    factsTotal: q.facts.length,
    citations: cited.length,
    validCitations: valid,
    falseStatements: abstained ? 0 : sentenceProblems(cat, text, seen.map((s) => s.quote), q.question).length,
  };
}

/** Every citation-shaped object in a tool result's structured content. */
function citationsIn(value: unknown, out: { source: string; line_start: number; line_end: number; quote: string }[] = []): typeof out {
  if (Array.isArray(value)) for (const v of value) citationsIn(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['source'] === 'string' && typeof o['line_start'] === 'number' && typeof o['line_end'] === 'number' && typeof o['quote'] === 'string') {
      out.push({ source: o['source'], line_start: o['line_start'], line_end: o['line_end'], quote: o['quote'] });
    }
    for (const v of Object.values(o)) citationsIn(v, out);
  }
  return out;
}

/** Runs the first `limit` questions through the model and the server's tools over stdio. */
export async function runModel(cfg: LlmConfig, opts: { script: string; home: string; seedsDir?: string; questions: readonly Question[]; catalogue: Catalogue }): Promise<QuestionRun[]> {
  const client = new Client({ name: 'shisaku-eval-llm', version: '0.0.0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [opts.script], env: { ...(process.env as Record<string, string>), SHISAKU_HOME: opts.home, ...(opts.seedsDir !== undefined && { SHISAKU_SEEDS: opts.seedsDir }) }, stderr: 'ignore' }));
  try {
    const tools = (await client.listTools()).tools.map((t) => ({ type: 'function', function: { name: t.name, description: t.description ?? '', parameters: t.inputSchema } }));
    const runs: QuestionRun[] = [];
    for (const q of opts.questions.slice(0, cfg.limit)) {
      const prompt = await client.getPrompt({ name: 'answer_with_citations', arguments: { question: q.question } });
      const messages: ChatMessage[] = prompt.messages.map((m) => ({ role: m.role, content: m.content.type === 'text' ? m.content.text : '' }));
      const seen: { source: string; line_start: number; line_end: number; quote: string }[] = [];
      let final = '';
      for (let round = 0; round < 8; round++) {
        const reply = await chat(cfg, messages, tools);
        messages.push(reply);
        if (!reply.tool_calls?.length) {
          final = reply.content ?? '';
          break;
        }
        for (const call of reply.tool_calls) {
          let content: string;
          try {
            const res = (await client.callTool({ name: call.function.name, arguments: JSON.parse(call.function.arguments || '{}') as Record<string, unknown> })) as CallToolResult;
            citationsIn(res.structuredContent, seen);
            content = res.structuredContent ? JSON.stringify(res.structuredContent) : JSON.stringify(res.content);
          } catch (err) {
            content = `error: ${err instanceof Error ? err.message : String(err)}`;
          }
          messages.push({ role: 'tool', tool_call_id: call.id, content });
        }
      }
      runs.push({ q, answer: gradeModelAnswer(q, final, seen, opts.catalogue) });
    }
    return runs;
  } finally {
    await client.close().catch(() => undefined);
  }
}
