// search_documents: hybrid retrieval over the policy documents, each result with a citation
// to the exact lines of the file it came from.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { searchDocuments } from '../core/engine.js';
import { describeCitation } from '../core/loaders/places.js';
import { SearchResultSchema, type SearchResult } from '../core/schemas.js';
import { normalizeText } from '../core/text/normalize.js';
import { withEngine, type ServerDeps } from './deps.js';
import { guard, ok } from './result.js';

export const MAX_QUERY_CHARS = 2000;

export const SearchDocumentsInputSchema = {
  query: z
    .string()
    .max(MAX_QUERY_CHARS, `query is too long: at most ${MAX_QUERY_CHARS} characters`)
    // empty once normalised: only spaces, control characters or broken UTF-16 (a too-long query is reported by max)
    .refine((q) => q.length > MAX_QUERY_CHARS || normalizeText(q) !== '', 'query is empty: ask a question or give keywords, e.g. "知的クラスター創成事業の予算"')
    .describe('A question or keywords, in Japanese or English, e.g. 知的クラスター創成事業の1地域当たりの予算は？'),
  k: z.number().int().min(1).max(50).default(5).describe('How many passages to return (1–50, default 5)'),
  document_id: z.string().optional().describe('Only search this document (ids from list_documents)'),
};

export const SearchDocumentsOutputSchema = {
  results: z.array(SearchResultSchema),
};

export const searchDocumentsConfig = {
  title: 'Search the policy documents',
  description:
    'Finds the passages of the Japanese regional science & technology policy documents that answer a question ' +
    '(hybrid lexical + semantic search, Japanese or English). Each result is a passage of up to about 500 characters (the best-matching part with its neighbours on the same page, slide, sheet or section) and carries a citation {source, line_start, line_end, quote, location}: ' +
    'location gives the page (PDF), slide (PowerPoint), sheet and row (Excel) or heading path (Word, HTML, Markdown) in the original file; ' +
    'cite it when you use the passage. Use read_document to see more of a cited place.',
  inputSchema: SearchDocumentsInputSchema,
  outputSchema: SearchDocumentsOutputSchema,
  annotations: { readOnlyHint: true, openWorldHint: false },
};

/** Readable form of results, citations included. */
export function formatResults(results: readonly SearchResult[]): string {
  if (results.length === 0) return 'No passage matched. Try other words, or list_documents to see what the corpus covers.';
  return results
    .map((r) => {
      const where = describeCitation(r.citation);
      return `[${r.rank}] ${r.title}${r.heading ? ` — ${r.heading}` : ''}\n${r.text}\n(出典: ${where})`;
    })
    .join('\n\n');
}

export function registerSearchDocuments(server: McpServer, deps: ServerDeps): void {
  server.registerTool('search_documents', searchDocumentsConfig, async ({ query, k, document_id }) =>
    guard(() =>
      withEngine(deps, async (engine) => {
        const results = await searchDocuments(engine, query, { k, documentId: document_id });
        return ok({ results }, formatResults(results));
      }),
    ),
  );
}
