import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ListDocumentsOutputSchema } from '../../src/tools/list-documents.js';
import { ReadDocumentOutputSchema } from '../../src/tools/read-document.js';
import { connectClient, testEngine } from '../helpers/server.js';

let client: Client;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ client, close } = await connectClient(await testEngine()));
});
afterAll(async () => close());

describe('tools, resources and documents over MCP', () => {
  it('advertises every tool with input and output schemas', async () => {
    const { tools } = await client.listTools();
    const byName = new Map(tools.map((t) => [t.name, t]));
    for (const name of ['search_documents', 'read_document', 'list_documents']) {
      expect(byName.get(name)?.outputSchema, name).toBeDefined();
      expect(byName.get(name)?.annotations?.readOnlyHint).toBe(true);
    }
  });

  it('lists the five documents with ids, titles, sources and line counts', async () => {
    const res = await client.callTool({ name: 'list_documents', arguments: {} });
    const { documents } = z.object(ListDocumentsOutputSchema).parse(res.structuredContent);
    expect(documents).toHaveLength(5);
    expect(documents.find((d) => d.id === 'cluster-seminar-18')).toMatchObject({ source: 'seeds/001_c2ec72ae5d580e88.txt', line_count: 1788 });
  });

  it('reads original lines by number', async () => {
    const res = await client.callTool({ name: 'read_document', arguments: { document_id: 'jigyo-hensen', line_start: 19, line_end: 20 } });
    const out = z.object(ReadDocumentOutputSchema).parse(res.structuredContent);
    expect(out.lines).toEqual([
      { line: 19, text: '知的クラスター創成事業（第Ⅰ期）（平成１４～２０年度）' },
      { line: 20, text: '■地方自治体の主体性を重視し、知的創造の拠点たる大学、公的研究' },
    ]);
  });

  it.each([
    [{ document_id: 'jigyo-hensen', line_start: 500 }, /past the end of jigyo-hensen: it has lines 1–105/],
    [{ document_id: 'jigyo-hensen', line_start: 10, line_end: 5 }, /before line_start/],
    [{ document_id: 'missing' }, /unknown document_id "missing"; valid ids:/],
    [{ document_id: 'jigyo-hensen', line_start: 0 }, /line_start|greater than or equal to 1/],
  ])('refuses %j with a clear tool error', async (args, message) => {
    const res = await client.callTool({ name: 'read_document', arguments: args });
    expect(res.isError).toBe(true);
    expect((res.content as { text: string }[])[0]!.text).toMatch(message);
  });

  it('answers an unknown tool with an error and keeps serving', async () => {
    const res = await client.callTool({ name: 'no_such_tool', arguments: {} });
    expect(res.isError).toBe(true);
    expect((await client.listTools()).tools.length).toBeGreaterThanOrEqual(3);
  });

  it('serves each document as a resource', async () => {
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri)).toContain('shisaku://documents/chiteki-cluster-gaiyo');
    const read = await client.readResource({ uri: 'shisaku://documents/chiteki-cluster-gaiyo' });
    expect((read.contents[0] as { text: string }).text).toContain('知的クラスター構想の経緯');
  });

  it('answers an unknown document resource with "resource not found" listing the ids', async () => {
    await expect(client.readResource({ uri: 'shisaku://documents/no-such-doc' })).rejects.toMatchObject({
      code: -32002,
      message: expect.stringMatching(/^MCP error -32002: no document shisaku:\/\/documents\/no-such-doc: unknown document id "no-such-doc"; valid ids: jigyo-hensen, /),
    });
  });
});
