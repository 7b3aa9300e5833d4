// answer_question: a short extractive answer in the question's language, every sentence with
// citation markers that resolve to the exact lines quoted; abstains (with the nearest passages)
// when the documents do not hold the answer.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { Answerer } from '../core/answer/answerer.js';
import { AnswerSchema, type Answer } from '../core/answer/schema.js';
import type { Engine } from '../core/engine.js';
import { withEngine, type ServerDeps } from './deps.js';
import { guard, ok } from './result.js';
import { MAX_QUERY_CHARS } from './search-documents.js';
import { describeCitation } from '../core/loaders/places.js';

export const AnswerQuestionInputSchema = {
  question: z
    .string()
    .max(MAX_QUERY_CHARS, `question is too long: at most ${MAX_QUERY_CHARS} characters`)
    .refine((q) => q.trim() !== '', 'question is empty: ask e.g. "知的クラスター創成事業の1地域当たりの予算は？"')
    .describe('A question in Japanese or English, e.g. 知的クラスター創成事業の1地域当たりの予算は？'),
  k: z.number().int().min(1).max(20).default(5).describe('How many nearest passages to return beside the answer (1–20, default 5)'),
};

export const AnswerQuestionOutputSchema = AnswerSchema.shape;

export const answerQuestionConfig = {
  title: 'Answer a question with citations',
  description:
    'Answers a question about the Japanese regional science & technology policy documents in a few sentences taken from them ' +
    '(and from the catalogue of programmes), in the language of the question. Every sentence carries markers [n] that resolve to ' +
    'citations {source, line_start, line_end, quote, location (page, slide, sheet and row, or heading path, for PDF and Office files, HTML and Markdown)} in structuredContent.citations; where documents disagree both values are given ' +
    'with their sources (structuredContent.conflicts); a part of the question the documents never mention is named in ' +
    'structuredContent.not_in_documents and the rest is answered. When the documents do not hold the answer, status is "abstained" and nearest ' +
    'passages are returned instead: say that the documents do not say it, do not guess. Quote the answer with its citations.',
  inputSchema: AnswerQuestionInputSchema,
  outputSchema: AnswerQuestionOutputSchema,
  annotations: { readOnlyHint: true, openWorldHint: false },
};

/** Readable form of an answer: the sentences with markers, then the sources (or, abstaining, the nearest passages). */
export function formatAnswer(a: Answer): string {
  const en = a.language === 'en';
  const out = [a.answer];
  if (a.status === 'answered') {
    out.push('', en ? 'Sources:' : '出典:');
    for (const c of a.citations) out.push(`[${c.marker}] ${c.title} (${describeCitation(c)})\n    「${c.quote.replace(/\s*\n\s*/g, ' ')}」`);
  } else {
    out.push('', en ? 'Nearest passages:' : '近い箇所:');
    for (const p of a.nearest) out.push(`- ${p.title}${p.heading ? ` — ${p.heading}` : ''} (${describeCitation(p.citation)})\n    ${p.text.replace(/\s*\n\s*/g, ' ').slice(0, 160)}`);
  }
  return out.join('\n');
}

/**
 * The answerer of an engine, built on first use and shared by every server over that engine (the
 * HTTP server pools several): it splits every document into quotable sentences, worth doing once.
 */
const answerers = new WeakMap<Engine, Answerer>();
function answererOf(engine: Engine): Answerer {
  let answerer = answerers.get(engine);
  if (!answerer) answerers.set(engine, (answerer = new Answerer(engine)));
  return answerer;
}

/** Registers answer_question. */
export function registerAnswerQuestion(server: McpServer, deps: ServerDeps): void {
  server.registerTool('answer_question', answerQuestionConfig, async ({ question, k }) =>
    guard(() =>
      withEngine(deps, async (engine) => {
        const answer = await answererOf(engine).answer(question, { k });
        return ok(answer, formatAnswer(answer));
      }),
    ),
  );
}
