// The eval question sets' schema and loader: questions as data (questions.json), each with the
// evidence that answers it and the facts a correct answer must contain. Evidence is a line range
// ({source, line_start, line_end}) or, so that it survives edits to the file, a phrase quoted from
// it ({source, quote}), found in the indexed document when the set is loaded.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

const SpanSchema = z.object({ source: z.string().min(1), line_start: z.number().int().min(1), line_end: z.number().int().min(1) });
const QuoteSchema = z.object({ source: z.string().min(1), quote: z.string().min(1, 'quote is empty') });

/** The categories of the project's own set (eval/questions.json); an office's set may use any. */
export const KNOWN_CATEGORIES = ['fact', 'number', 'definition', 'paraphrase', 'era', 'cross-document', 'conflict', 'english', 'onboarding', 'unanswerable'] as const;

/** A question as written in a question file. */
export const QuestionInputSchema = z
  .object({
    id: z.string().min(1),
    category: z.string().min(1).default('general'),
    /** Language of the question; by default, Japanese when it holds kana or kanji. */
    lang: z.enum(['ja', 'en']).optional(),
    /** Writing style of the documents it is about (the held-out sets report per style). */
    style: z.string().min(1).optional(),
    question: z.string().min(1),
    evidence: z.array(z.union([SpanSchema, QuoteSchema])).default([]),
    /** Each entry: alternative spellings of one fact, any of which counts. */
    facts: z.array(z.array(z.string().min(1)).min(1)).default([]),
    /** True when the documents do not answer it and the answer should say so. */
    abstain: z.boolean().default(false),
  })
  .superRefine((q, ctx) => {
    if (!q.abstain && q.evidence.length === 0) ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'an answerable question needs evidence (line ranges or quotes); set "abstain": true if the documents do not answer it' });
    for (const [i, e] of q.evidence.entries()) {
      if ('line_end' in e && e.line_end < e.line_start) ctx.addIssue({ code: 'custom', path: ['evidence', i], message: `line_end ${e.line_end} is before line_start ${e.line_start}` });
    }
  });
export type QuestionInput = z.infer<typeof QuestionInputSchema>;

/** A question ready to score: evidence as line ranges of indexed sources. */
export const QuestionSchema = z.object({
  id: z.string(),
  category: z.string(),
  lang: z.enum(['ja', 'en']),
  style: z.string().optional(),
  question: z.string().min(1),
  evidence: z.array(SpanSchema),
  facts: z.array(z.array(z.string())),
  abstain: z.boolean(),
});
export type Question = z.infer<typeof QuestionSchema>;

/** A document as the index holds it: where quotes are looked up. */
export interface QuotableDocument {
  source: string;
  lines: readonly string[];
}

export interface ResolveOptions {
  /** The indexed documents; needed when some evidence is a quote or names a source another way. */
  documents?: readonly QuotableDocument[];
  /** Maps a source as written in the file to the indexed one (default: itself). */
  mapSource?: (source: string) => string;
}

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** How quotes are compared with the documents: NFKC, whitespace removed (line breaks fall anywhere in these files). */
function quoteKey(s: string): string {
  return s.normalize('NFKC').replace(/\s+/gu, '');
}

/** Every line range of `doc` holding `quote` (compared after NFKC with whitespace removed, so across line breaks). */
export function findQuote(doc: QuotableDocument, quote: string): { line_start: number; line_end: number }[] {
  const needle = quoteKey(quote);
  if (needle === '') return [];
  // the document's text as one key string, with the line each of its characters came from
  let hay = '';
  const lineOf: number[] = [];
  doc.lines.forEach((line, i) => {
    const k = quoteKey(line);
    hay += k;
    for (let j = 0; j < k.length; j++) lineOf.push(i + 1);
  });
  const out: { line_start: number; line_end: number }[] = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    out.push({ line_start: lineOf[at]!, line_end: lineOf[at + needle.length - 1]! });
  }
  return out;
}

/** Turns a written question into a scorable one: language decided, sources mapped, quotes found. */
function resolveQuestion(q: QuestionInput, opts: ResolveOptions = {}): Question {
  const byDoc = new Map((opts.documents ?? []).map((d) => [d.source, d]));
  const evidence = q.evidence.flatMap((e) => {
    const source = opts.mapSource ? opts.mapSource(e.source) : e.source;
    if (!('quote' in e)) return [{ source, line_start: e.line_start, line_end: e.line_end }];
    const doc = byDoc.get(source);
    if (!doc) throw new Error(`${q.id}: evidence quotes ${e.source}, which is not among the indexed documents`);
    const found = findQuote(doc, e.quote);
    if (found.length === 0) throw new Error(`${q.id}: the quote "${e.quote.slice(0, 60)}" is not in ${e.source} (compared without spaces and line breaks, after NFKC)`);
    return found.map((f) => ({ source, ...f }));
  });
  return {
    id: q.id,
    category: q.category,
    lang: q.lang ?? (JAPANESE.test(q.question) ? 'ja' : 'en'),
    ...(q.style !== undefined && { style: q.style }),
    question: q.question,
    evidence,
    facts: q.facts,
    abstain: q.abstain,
  };
}

/** Reads and validates a question file; errors name the file, the question and what is wrong. */
export async function readQuestionFile(file: string): Promise<QuestionInput[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (cause) {
    throw new Error(`cannot read the question file ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  const parsed = z.array(QuestionInputSchema).safeParse(data);
  if (!parsed.success) {
    const where = (p: (string | number)[]) => {
      const item = typeof p[0] === 'number' && Array.isArray(data) ? (data[p[0]] as { id?: unknown } | undefined) : undefined;
      return `${typeof item?.id === 'string' ? item.id : `item ${String(p[0])}`}${p.length > 1 ? `.${p.slice(1).join('.')}` : ''}`;
    };
    throw new Error(`${file}: ${parsed.error.issues.slice(0, 5).map((i) => `${where(i.path)}: ${i.message}`).join('; ')}`);
  }
  const ids = new Set<string>();
  for (const q of parsed.data) {
    if (ids.has(q.id)) throw new Error(`${file}: two questions have the id ${q.id}`);
    ids.add(q.id);
  }
  return parsed.data;
}

/** Reads a question file and resolves it (quotes need `opts.documents`). */
export async function loadQuestions(file: string, opts: ResolveOptions = {}): Promise<Question[]> {
  return (await readQuestionFile(path.resolve(file))).map((q) => resolveQuestion(q, opts));
}
