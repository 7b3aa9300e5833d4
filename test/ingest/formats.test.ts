// Documents of every format dropped into seeds/ beside the real seeds: each is indexed, a question
// about its fact finds it in the top 3 with a citation naming the file and its page, slide, sheet
// or heading path (checked against the file, read again); images, archives and scans without a
// text layer are reported by name in the ingest output, list_documents and /healthz.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { staleReason } from '../../ingest/ensure.js';
import { runIngest, type IngestResult } from '../../ingest/pipeline.js';
import { silentProgress, type Progress } from '../../ingest/progress.js';
import { Answerer } from '../../src/core/answer/answerer.js';
import { citationProblem } from '../../src/core/citations.js';
import { openEngine, searchDocuments, type Engine } from '../../src/core/engine.js';
import { resolvePaths, type ShisakuPaths } from '../../src/core/paths.js';
import { JapaneseTokenizer } from '../../src/core/text/tokenize.js';
import { healthStatus } from '../../src/http.js';
import { ListDocumentsOutputSchema } from '../../src/tools/list-documents.js';
import { ReadDocumentOutputSchema } from '../../src/tools/read-document.js';
import { SearchDocumentsOutputSchema } from '../../src/tools/search-documents.js';
import { FACTS, HIBARI_ROW, HTML_CHROME, PDF_HEADER, REPORTED, writeFormatFixtures } from '../helpers/formats.js';
import { copySeeds, tempDir } from '../helpers/index-home.js';
import { connectClient } from '../helpers/server.js';

let paths: ShisakuPaths;
let result: IngestResult;
let engine: Engine;
let client: Client;
let close: () => Promise<void>;
const warnings: string[] = [];
beforeAll(async () => {
  const seeds = await copySeeds();
  await writeFormatFixtures(seeds);
  paths = resolvePaths({ seedsDir: seeds, homeDir: await tempDir('home') });
  const tokenizer = await JapaneseTokenizer.create();
  const progress: Progress = { ...silentProgress, warn: (m) => warnings.push(m) };
  result = await runIngest({ paths, progress, tokenizer });
  engine = await openEngine(result.dir, { tokenizer });
  ({ client, close } = await connectClient(engine));
});
afterAll(async () => {
  await close();
  await rm(path.dirname(paths.seedsDir), { recursive: true, force: true });
  await rm(paths.homeDir, { recursive: true, force: true });
});

const byFile = (file: string) => engine.documents.find((d) => d.meta.source === `seeds/${file}`)!;

describe('every format in seeds/, ingested with the real seeds', () => {
  it('indexes every supported file, with its format and encoding', () => {
    expect(result.manifest.seeds.map((s) => path.basename(s.source))).toEqual(expect.arrayContaining(FACTS.map((f) => f.file)));
    expect(engine.documents).toHaveLength(5 + FACTS.length);
    expect(byFile('hakusho-2024.pdf').meta).toMatchObject({ format: 'pdf', title: '地域科学技術白書 2024' });
    expect(byFile('seminar-deck.pptx').meta).toMatchObject({ format: 'pptx', title: '地域産学連携セミナー' });
    expect(byFile('suzume-keikaku-sjis.txt').meta).toMatchObject({ encoding: 'shift_jis', title: 'すずめ科学技術振興計画' });
    expect(byFile('komadori-eucjp.txt').meta.encoding).toBe('euc-jp');
    expect(byFile('tsugumi-utf16.txt').meta.encoding).toBe('utf-16le');
  });

  it.each(FACTS)('$file: "$question" finds the fact in the top 3, cited at its place', async ({ file, question, holds, location }) => {
    const results = await searchDocuments(engine, question, { k: 3 });
    const hit = results.find((r) => r.citation.source === `seeds/${file}`);
    expect(hit, `${question} → ${results.map((r) => r.citation.source).join(', ')}`).toBeDefined();
    expect(hit!.text.replace(/\s+/g, '')).toContain(holds.replace(/\s+/g, ''));
    if (location === undefined) expect(hit!.citation.location).toBeUndefined();
    else expect(hit!.citation.location).toMatchObject(location);
    expect(await citationProblem(paths.root, hit!.citation)).toBeUndefined();
  });

  it('cites the budget row by sheet and row number', async () => {
    const [top] = (await searchDocuments(engine, 'ひばり地域イノベーション事業の2023年度の予算額は？', { k: 3 })).filter((r) => r.citation.source.endsWith('.xlsx'));
    const { row, row_end } = top!.citation.location!;
    expect(row).toBeLessThanOrEqual(HIBARI_ROW);
    expect(row_end ?? row).toBeGreaterThanOrEqual(HIBARI_ROW);
    expect(top!.citation.quote).toContain('事業名：ひばり地域イノベーション事業 / 年度：2023 / 予算額（百万円）：850');
  });

  it('keeps the seeds text citations line-exact, without a location', async () => {
    const [top] = await searchDocuments(engine, 'マッチングプランナープログラムの1課題当たりの基準額は？', { k: 1 });
    expect(top!.citation.source).toBe('seeds/003_d3747c4912f9c266.txt');
    expect(top!.citation.location).toBeUndefined();
    expect(await citationProblem(paths.root, top!.citation)).toBeUndefined();
  });

  it('answers from the PDF with the page in every citation', async () => {
    const answer = await new Answerer(engine).answer('はやぶさ地域連携研究拠点事業の令和６年度の予算額は？', { k: 5 });
    const fromPdf = answer.citations.filter((c) => c.source === 'seeds/hakusho-2024.pdf');
    expect(answer.status).toBe('answered');
    expect(fromPdf.length).toBeGreaterThan(0);
    for (const c of fromPdf) {
      expect(c.location?.page).toBe(2);
      expect(await citationProblem(paths.root, c)).toBeUndefined();
    }
  });

  it('drops the PDF running header and the page chrome of the web page', () => {
    expect(byFile('hakusho-2024.pdf').lines.join('\n')).not.toContain(PDF_HEADER);
    const html = byFile('mejiro-jigyo.html').lines.join('\n');
    for (const chrome of HTML_CHROME) expect(html).not.toContain(chrome);
  });

  it('refuses a citation whose location is not where its lines stand', async () => {
    const [top] = await searchDocuments(engine, 'はやぶさ地域連携研究拠点事業の予算額は？', { k: 1 });
    expect(await citationProblem(paths.root, { ...top!.citation, location: { page: 1 } })).toMatch(/stands at p\. 2, not at p\. 1/);
  });
});

describe('files that cannot be indexed', () => {
  it.each(REPORTED)('$file is reported by name with the reason, in the manifest and the ingest output', ({ file, reason }) => {
    const problem = result.manifest.problems.find((p) => p.source === `seeds/${file}`);
    expect(problem?.message).toMatch(reason);
    expect(warnings.some((w) => w.includes(`seeds/${file}`) && reason.test(w))).toBe(true);
  });

  it('are listed by list_documents and /healthz with their reasons', async () => {
    const res = await client.callTool({ name: 'list_documents', arguments: {} });
    const { documents, skipped } = z.object(ListDocumentsOutputSchema).parse(res.structuredContent);
    expect(documents.find((d) => d.source === 'seeds/seminar-deck.pptx')?.format).toBe('pptx');
    expect(skipped.map((s) => s.source).sort()).toEqual(REPORTED.map((r) => `seeds/${r.file}`).sort());
    for (const r of REPORTED) expect(skipped.find((s) => s.source === `seeds/${r.file}`)?.reason).toMatch(r.reason);
    const health = healthStatus(engine, 'ok') as { skipped_documents: string[]; skipped: { source: string; reason: string }[] };
    expect(health.skipped_documents.sort()).toEqual(REPORTED.map((r) => `seeds/${r.file}`).sort());
    expect(health.skipped.find((s) => s.source === 'seeds/scan-photo.png')?.reason).toMatch(/PNG image/);
  });
});

describe('over MCP', () => {
  it('search_documents gives the location in structured content and the text', async () => {
    const res = await client.callTool({ name: 'search_documents', arguments: { query: 'つばめ産学共創プラットフォームの参加企業数は？', k: 3 } });
    const { results } = z.object(SearchDocumentsOutputSchema).parse(res.structuredContent);
    const hit = results.find((r) => r.citation.source === 'seeds/seminar-deck.pptx')!;
    expect(hit.citation.location).toEqual({ slide: 3 });
    expect((res.content as { text: string }[])[0]!.text).toContain('seeds/seminar-deck.pptx');
    expect((res.content as { text: string }[])[0]!.text).toMatch(/\(slide 3\)/);
  });

  it('read_document reads a page of the PDF by the source a citation gave', async () => {
    const res = await client.callTool({ name: 'read_document', arguments: { document_id: 'seeds/hakusho-2024.pdf', page: 2 } });
    const out = z.object(ReadDocumentOutputSchema).parse(res.structuredContent);
    expect(out.format).toBe('pdf');
    expect(out.lines.every((l) => l.location?.page === 2)).toBe(true);
    expect(out.lines.map((l) => l.text).join('')).toContain('１２億円');
    expect(out.parts?.map((p) => p.location.page)).toEqual([1, 2, 3]);
    expect((res.content as { text: string }[])[0]!.text).toContain('── p. 2 ──');
  });

  it('read_document reads a slide and a sheet, and says which exist when asked for one that does not', async () => {
    const slide = z.object(ReadDocumentOutputSchema).parse((await client.callTool({ name: 'read_document', arguments: { document_id: 'seminar-deck', slide: 3 } })).structuredContent);
    expect(slide.lines[0]!.text).toBe('つばめ産学共創プラットフォーム');
    expect(slide.lines.map((l) => l.text)).toContain('参加企業数は令和６年１２月末時点の速報値。');
    const sheet = z.object(ReadDocumentOutputSchema).parse((await client.callTool({ name: 'read_document', arguments: { document_id: 'yosan-ichiran.xlsx', sheet: '予算一覧' } })).structuredContent);
    expect(sheet.lines.find((l) => l.location?.row === HIBARI_ROW)?.text).toBe('事業名：ひばり地域イノベーション事業 / 年度：2023 / 予算額（百万円）：850');
    const missing = await client.callTool({ name: 'read_document', arguments: { document_id: 'seminar-deck', slide: 9 } });
    expect(missing.isError).toBe(true);
    expect((missing.content as { text: string }[])[0]!.text).toMatch(/no slide 9; its slides with text: 1–4/);
  });
});

describe('staleness', () => {
  it('counts every file in seeds/, indexed or reported, and sees a new one of any format', async () => {
    expect(await staleReason(paths, result.manifest)).toBeUndefined();
    await writeFile(path.join(paths.seedsDir, 'new-notes.md'), '# 追加メモ\n\n本文\n');
    expect(await staleReason(paths, result.manifest)).toBe('new document new-notes.md');
    await rm(path.join(paths.seedsDir, 'new-notes.md'));
  });
});
