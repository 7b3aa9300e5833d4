// `shisaku status`: what the index holds and how it stands against the documents folder:
// documents, chunks, model, when and from what it was built, every file skipped or not supported
// (with why), and what changed in the folder since (not indexed yet). `--json` for scripts.
import path from 'node:path';
import { folderDiff, isUnchanged, type FolderDiff } from '../ingest/folder-diff.js';
import type { LoadedDocument } from './core/corpus.js';
import { INDEX_FILES } from './core/engine.js';
import { countsText, indexSummary, type IndexSummary } from './core/index-status.js';
import { currentIndexDir, readManifest } from './core/index-store.js';
import { readJsonLines } from './core/packed.js';
import type { ShisakuPaths } from './core/paths.js';

export interface StatusReport extends Partial<IndexSummary> {
  /** The index folder in use, or null when there is none yet. */
  index: string | null;
  home: string;
  documents_folder: string;
  /** Each indexed document as list_documents gives it. */
  document_list?: { id: string; title: string; source: string; line_count: number }[];
  /** Changes in the documents folder the index does not have yet. */
  not_indexed_yet?: FolderDiff;
  up_to_date: boolean;
}

/** The status of the index in `paths.homeDir` against `paths.seedsDir`. */
export async function indexStatus(paths: ShisakuPaths): Promise<StatusReport> {
  const dir = await currentIndexDir(paths.homeDir);
  const base = { home: paths.homeDir, documents_folder: paths.seedsDir };
  if (dir === undefined) return { index: null, ...base, up_to_date: false };
  const manifest = await readManifest(dir, false);
  // the titles are in documents.jsonl; reading it is what list_documents' server did at start
  const docs = await readJsonLines<LoadedDocument>(path.join(dir, INDEX_FILES.documents));
  const diff = await folderDiff(paths.seedsDir, manifest).catch(() => undefined);
  return {
    index: dir,
    ...base,
    ...indexSummary(manifest),
    document_list: docs.map((d) => ({ id: d.meta.id, title: d.meta.title, source: d.meta.source, line_count: d.meta.line_count })),
    ...(diff && { not_indexed_yet: diff }),
    up_to_date: diff !== undefined && isUnchanged(diff),
  };
}

const MAX_LISTED = 50;

/** The status as text for people. */
export function statusText(s: StatusReport): string {
  if (s.index === null) return `no index in ${s.home} yet; run \`npx shisaku ingest --home ${s.home} --seeds ${s.documents_folder}\` (or start the server: it builds one)`;
  const out = [
    `index       ${s.index}`,
    `built       ${s.built_at} by shisaku ${s.built_by_version}, from ${s.built_from ?? '(a folder the version that built it did not record; ingest again to record it)'}`,
    `model       ${s.model}${s.model === 'shisaku-corpus' ? ' (built from the documents at ingest)' : ''}`,
    `holds       ${countsText({ documents: s.documents ?? 0, chunks: s.chunks ?? 0 })}`,
  ];
  const docs = s.document_list ?? [];
  for (const d of docs.slice(0, MAX_LISTED)) out.push(`  ${d.id}  ${d.source} (${d.line_count} lines)  ${d.title}`);
  if (docs.length > MAX_LISTED) out.push(`  … and ${docs.length - MAX_LISTED} more (--json lists them all)`);
  const skipped = s.skipped ?? [];
  const unsupported = s.unsupported ?? [];
  out.push(`skipped     ${skipped.length === 0 ? 'none' : `${skipped.length} file${skipped.length > 1 ? 's' : ''} that could not be read:`}`);
  for (const p of skipped) out.push(`  ${p.source}: ${p.reason}`);
  out.push(`unsupported ${unsupported.length === 0 ? 'none' : `${unsupported.length} file${unsupported.length > 1 ? 's' : ''} not read:`}`);
  for (const u of unsupported) out.push(`  ${u.source}: ${u.reason}`);
  const d = s.not_indexed_yet;
  if (d === undefined) out.push(`folder      ${s.documents_folder} cannot be read`);
  else if (s.up_to_date) out.push(`folder      ${s.documents_folder}: the index is up to date`);
  else {
    out.push(`folder      ${s.documents_folder} changed since the index was built (not indexed yet):`);
    for (const k of ['added', 'changed', 'removed'] as const) if (d[k].length > 0) out.push(`  ${k}: ${d[k].join(', ')}`);
    out.push('  run `npx shisaku ingest` (a server started with --watch does it by itself; any server switches to the new index)');
  }
  return out.join('\n');
}
