import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { citationProblem } from '../../src/core/citations.js';
import type { SearchResult } from '../../src/core/schemas.js';
import { SearchDocumentsOutputSchema } from '../../src/tools/search-documents.js';
import { ROOT } from '../helpers/corpus.js';
import { connectClient, testEngine } from '../helpers/server.js';

let client: Client;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ client, close } = await connectClient(await testEngine()));
});
afterAll(async () => close());

async function search(query: string, extra: Record<string, unknown> = {}): Promise<SearchResult[]> {
  const res = await client.callTool({ name: 'search_documents', arguments: { query, ...extra } });
  expect(res.isError ?? false).toBe(false);
  return z.object(SearchDocumentsOutputSchema).parse(res.structuredContent).results;
}

const at = (r: SearchResult) => `${r.citation.source}:${r.citation.line_start}-${r.citation.line_end}`;
/** True when the result's cited lines include line `line` of the file whose name starts with `prefix`. */
const covers = (r: SearchResult, prefix: string, line: number) =>
  r.citation.source.startsWith(`seeds/${prefix}`) && r.citation.line_start <= line && line <= r.citation.line_end;

describe('search_documents answers real questions with the passage that answers first', () => {
  it.each([
    ['マッチングプランナープログラムの1課題当たりの基準額は？', '003', 22],
    ['地域イノベーション戦略支援プログラムの平成27年度予算額はいくら？', '003', 201],
    ['先端融合領域イノベーション創出拠点形成プログラムでは総括責任者は誰が務めますか', '003', 212],
    ['知的クラスター創成事業（第Ⅰ期）はいつからいつまで？', '000', 19],
    ['インキュベーションセンターは何大学に整備されている？', '001', 1407],
    ['地域イノベーション・エコシステム形成プログラムの平成28年度要求額', '003', 463],
    ['都市エリア産学官連携促進事業の目的は？', '000', 30],
  ])('%s', async (question, prefix, line) => {
    const [top] = await search(question);
    expect(top && covers(top, prefix, line), `top result was ${top && at(top)}`).toBe(true);
  });

  it('finds text written with a Japanese era year from a Western year (2011年度 → 平成２３年度)', async () => {
    const results = await search('2011年度に始まった地域イノベーション戦略支援プログラム');
    expect(results.slice(0, 3).some((r) => covers(r, '000', 83))).toBe(true);
  });

  it('answers an English question: the English slide or the Japanese line that states the same budget', async () => {
    const [top] = await search('What is the annual budget per area of the City Area program?');
    expect(top && (covers(top, '001', 1052) || covers(top, '003', 38)), `top result was ${top && at(top)}`).toBe(true);
  });

  it('shows repaired text but cites the original lines, and every quote stands in its file', async () => {
    const results = await search('科学技術基本法の制定', { k: 10 });
    const hit = results.find((r) => r.text.includes('平成７年 科学技術基本法の制定'));
    expect(hit).toBeDefined();
    expect(hit!.citation.quote.replace(/\s/g, '')).toContain('平成７年平成７年');
    for (const r of results) expect(await citationProblem(ROOT, r.citation)).toBeUndefined();
  });

  it('limits results to one document and returns k of them', async () => {
    const results = await search('予算', { k: 7, document_id: 'shien-shisaku-hensen' });
    expect(results).toHaveLength(7);
    expect(new Set(results.map((r) => r.document_id))).toEqual(new Set(['shien-shisaku-hensen']));
    expect(results.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('gives readable text with the citations beside the structured results', async () => {
    const res = await client.callTool({ name: 'search_documents', arguments: { query: '都市エリア産学官連携促進事業の目的' } });
    const text = (res.content as { type: string; text: string }[])[0]!.text;
    expect(text).toMatch(/出典: seeds\/\d{3}_[0-9a-f]+\.txt:\d+-\d+/);
  });
});

describe('search_documents refuses bad arguments with a tool error and keeps serving', () => {
  it.each([
    [{ query: '' }, /query is empty/],
    [{ query: '   ' }, /query is empty/],
    [{ query: '予算', k: 0 }, /k|greater than or equal to 1/i],
    [{ query: '予算', k: 51 }, /k|less than or equal to 50/i],
    [{ query: '予算', k: 'five' }, /k|number/i],
    [{ query: '予算', document_id: 'nope' }, /unknown document_id "nope"; valid ids: jigyo-hensen/],
    [{ query: 'あ'.repeat(5000) }, /too long/],
  ])('%j', async (args, message) => {
    const res = await client.callTool({ name: 'search_documents', arguments: args });
    expect(res.isError).toBe(true);
    expect((res.content as { text: string }[])[0]!.text).toMatch(message);
    expect((await search('知的クラスター創成事業')).length).toBeGreaterThan(0);
  });
});
