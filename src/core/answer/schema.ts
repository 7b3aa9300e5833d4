// The shape of a composed answer, as zod schemas: the single source of truth for the
// answer_question tool, the `shisaku ask` command and the eval harness.
import { z } from 'zod';
import { CitationSchema, SearchResultSchema } from '../schemas.js';

/** A citation an answer sentence points at with its marker [n]. */
export const AnswerCitationSchema = CitationSchema.extend({
  marker: z.number().int().min(1).describe('The number that stands in the answer as [n]'),
  document_id: z.string(),
  title: z.string().describe('Title of the cited document'),
});
export type AnswerCitation = z.infer<typeof AnswerCitationSchema>;

/** One sentence of the answer and the markers of the lines that say it. */
export const AnswerSentenceSchema = z.object({
  text: z.string().describe('The sentence as shown (extraction damage repaired)'),
  markers: z.array(z.number().int().min(1)).min(1).describe('Markers of the citations that hold this sentence'),
  from: z.enum(['catalogue', 'passage', 'conflict', 'comparison']).describe('A catalogue fact, a sentence of a passage, the note that documents disagree, or the row of a cited table found to hold the most or least of a column'),
});
export type AnswerSentence = z.infer<typeof AnswerSentenceSchema>;

/** A value the documents disagree on, each with the markers of its sources. */
export const AnswerConflictSchema = z.object({
  subject: z.string(),
  field: z.string().describe('What the value is, e.g. "count region total"'),
  values: z.array(z.object({ value: z.string().describe('As the documents write it'), markers: z.array(z.number().int().min(1)).min(1) })).min(2),
});
export type AnswerConflict = z.infer<typeof AnswerConflictSchema>;

/** A passage close to the question, shown when the answer abstains (and for reading further). */
export const NearestPassageSchema = SearchResultSchema.omit({ score: true });
export type NearestPassage = z.infer<typeof NearestPassageSchema>;

export const AnswerSchema = z.object({
  question: z.string(),
  language: z.enum(['ja', 'en']).describe('Language of the question, and of the answer’s framing'),
  status: z.enum(['answered', 'abstained']).describe('abstained: the documents do not hold the answer; nothing is stated'),
  answer: z.string().describe('The answer text, every sentence followed by its markers [n]'),
  sentences: z.array(AnswerSentenceSchema),
  citations: z.array(AnswerCitationSchema),
  conflicts: z.array(AnswerConflictSchema).describe('Values the documents disagree on, each with its sources'),
  reason: z.string().optional().describe('Why the answer abstained'),
  not_in_documents: z.array(z.string()).describe('Parts of the question the documents do not mention (the answer says so and answers the rest)'),
  nearest: z.array(NearestPassageSchema).describe('The passages closest to the question'),
});
export type Answer = z.infer<typeof AnswerSchema>;
