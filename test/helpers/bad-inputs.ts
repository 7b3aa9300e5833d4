// Bad tool calls every transport must answer with a clear error (and then keep serving), and the
// good request that must still work after each of them.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { expect } from 'vitest';
import { z } from 'zod';
import { SearchDocumentsOutputSchema } from '../../src/tools/search-documents.js';

export interface BadCall {
  what: string;
  tool: string;
  args: Record<string, unknown>;
  message: RegExp;
}

const q = '知的クラスター創成事業の予算';

export const BAD_TOOL_CALLS: BadCall[] = [
  { what: 'an empty query', tool: 'search_documents', args: { query: '' }, message: /query is empty/ },
  { what: 'a whitespace query', tool: 'search_documents', args: { query: ' \t\n\u3000 ' }, message: /query is empty/ },
  { what: 'a query of control characters', tool: 'search_documents', args: { query: '\u0000\u0001\u0007\u001b\u007f' }, message: /query is empty/ },
  { what: 'a query of lone surrogates (invalid UTF-16)', tool: 'search_documents', args: { query: '\udfff\ud800' }, message: /query is empty/ },
  { what: 'a 1 MB ASCII query', tool: 'search_documents', args: { query: 'a'.repeat(1_000_000) }, message: /query is too long: at most 2000 characters/ },
  { what: 'a 1 MB Japanese query', tool: 'search_documents', args: { query: 'あ'.repeat(1_000_000) }, message: /query is too long/ },
  { what: 'no query', tool: 'search_documents', args: { k: 3 }, message: /query/ },
  { what: 'a query that is a number', tool: 'search_documents', args: { query: 42 }, message: /query|string/ },
  { what: 'k = 0', tool: 'search_documents', args: { query: q, k: 0 }, message: /k.*(greater than or equal to 1|>=\s*1)|(greater than or equal to 1|>=\s*1).*k/s },
  { what: 'k = -1', tool: 'search_documents', args: { query: q, k: -1 }, message: /greater than or equal to 1|>=\s*1/ },
  { what: 'k = 10^9', tool: 'search_documents', args: { query: q, k: 1e9 }, message: /less than or equal to 50|<=\s*50/ },
  { what: 'k as a string', tool: 'search_documents', args: { query: q, k: 'five' }, message: /number/i },
  { what: 'k = 2.5', tool: 'search_documents', args: { query: q, k: 2.5 }, message: /integer/i },
  { what: 'k = null', tool: 'search_documents', args: { query: q, k: null }, message: /number|null/i },
  { what: 'an unknown document_id', tool: 'search_documents', args: { query: q, document_id: 'nope' }, message: /unknown document_id "nope"; valid ids: jigyo-hensen/ },
  { what: 'line_start past the end', tool: 'read_document', args: { document_id: 'jigyo-hensen', line_start: 500 }, message: /past the end of jigyo-hensen: it has lines 1–105/ },
  { what: 'line_end past the end', tool: 'read_document', args: { document_id: 'jigyo-hensen', line_start: 100, line_end: 200 }, message: /line_end 200 is past the end/ },
  { what: 'line_start = 0', tool: 'read_document', args: { document_id: 'jigyo-hensen', line_start: 0 }, message: /greater than or equal to 1|>=\s*1/ },
  { what: 'too many lines', tool: 'read_document', args: { document_id: 'cluster-seminar-18', line_start: 1, line_end: 1000 }, message: /at most 400 lines/ },
  { what: 'an unknown document to read', tool: 'read_document', args: { document_id: 'missing' }, message: /unknown document_id "missing"; valid ids:/ },
  { what: 'an unknown tool', tool: 'no_such_tool', args: {}, message: /no_such_tool not found/ },
];

/** The first text of a tool result. */
export function resultText(res: unknown): string {
  return ((res as { content?: { text?: string }[] }).content ?? [])[0]?.text ?? '';
}

/** A real question whose answer is known: the server answers it correctly (after whatever came before). */
export async function expectGoodSearch(client: Client): Promise<void> {
  const res = await client.callTool({ name: 'search_documents', arguments: { query: 'マッチングプランナープログラムの1課題当たりの基準額は？', k: 3 } });
  expect(res.isError ?? false).toBe(false);
  const { results } = z.object(SearchDocumentsOutputSchema).parse(res.structuredContent);
  expect(results[0]!.citation.source).toBe('seeds/003_d3747c4912f9c266.txt');
  expect(results[0]!.citation.line_start).toBeLessThanOrEqual(22);
  expect(results[0]!.citation.line_end).toBeGreaterThanOrEqual(22);
}

/** Calls a bad tool call and checks that it comes back as a tool error with the expected message. */
export async function expectToolError(client: Client, bad: BadCall): Promise<void> {
  const res = await client.callTool({ name: bad.tool, arguments: bad.args });
  expect(res.isError, `${bad.what} should be a tool error`).toBe(true);
  expect(resultText(res)).toMatch(bad.message);
}
