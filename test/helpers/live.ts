// Fixtures for the tests of servers that follow their index: a document to add, its question,
// a temporary documents folder with an index built for it, and polling.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copySeeds, copyTestIndex } from './index-home.js';

/** A document no seed mentions: 量子海藻バイオ拠点 and its numbers are found nowhere else. */
export const ADDED_DOC = {
  file: '005_kaiso_kyoten.txt',
  id: '005_kaiso_kyoten',
  text: `量子海藻バイオ拠点形成事業の概要

量子海藻バイオ拠点形成事業（令和５～令和９年度）
■沿岸地域の大学と水産加工企業が共同で海藻由来の新素材を開発する拠点を形成する。
■１拠点当たり３．７億円／年、５年間。全国で６拠点を選定。
`,
  question: '量子海藻バイオ拠点形成事業の1拠点当たりの予算は？',
};

/**
 * A copy of the seeds (all of them, with the manifest and the curation file) and a copy of the test
 * index, which is up to date for it (same files, same sources), so a server starts without ingesting.
 */
export async function liveCorpus(): Promise<{ seeds: string; home: string }> {
  const [seeds, home] = await Promise.all([copySeeds(), copyTestIndex()]);
  return { seeds, home };
}

/** Writes the added document into a documents folder. */
export async function addDocument(seeds: string): Promise<string> {
  const file = path.join(seeds, ADDED_DOC.file);
  await writeFile(file, ADDED_DOC.text);
  return file;
}

/** Calls `check` until it returns a value (not undefined) or `timeoutMs` passes. */
export async function pollUntil<T>(check: () => Promise<T | undefined>, timeoutMs: number, what: string, intervalMs = 250): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
