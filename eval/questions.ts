// The eval question set's schema and loader: questions as data (questions.json), each with
// the evidence lines that answer it and the facts a correct answer must contain.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

export const QuestionSchema = z.object({
  id: z.string(),
  category: z.string().min(1),
  /** The kind of document that answers it (press-release, white-paper, …), in the unseen and dev sets. */
  style: z.string().optional(),
  lang: z.enum(['ja', 'en']),
  question: z.string().min(1),
  evidence: z.array(z.object({ source: z.string(), line_start: z.number().int().min(1), line_end: z.number().int().min(1) })),
  /** Each entry: alternative spellings of one fact, any of which counts. */
  facts: z.array(z.array(z.string())),
  abstain: z.boolean(),
});
export type Question = z.infer<typeof QuestionSchema>;

/** Reads and validates a question file. */
export async function loadQuestions(file: string): Promise<Question[]> {
  return z.array(QuestionSchema).parse(JSON.parse(await readFile(file, 'utf8')));
}
