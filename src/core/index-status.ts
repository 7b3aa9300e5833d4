// What an index holds, said the same way by `shisaku status`, /healthz and the servers' logs:
// documents, chunks, model, when and from what it was built, and every file it left out and why.
import { z } from 'zod';
import type { IndexManifest } from './manifest.js';

const IndexSummarySchema = z.object({
  documents: z.number().int(),
  chunks: z.number().int(),
  model: z.string(),
  built_at: z.string(),
  /** The documents folder it was built from (absolute), when the index records it. */
  built_from: z.string().nullable(),
  built_by_version: z.string(),
  /** Files that could not be read as documents (not UTF-8, empty, too large …), with why. */
  skipped: z.array(z.object({ source: z.string(), reason: z.string() })),
  /** Files ingest does not read (another format, a folder), with why. */
  unsupported: z.array(z.object({ source: z.string(), reason: z.string() })),
});
export type IndexSummary = z.infer<typeof IndexSummarySchema>;

/** The summary of an index from its manifest. */
export function indexSummary(manifest: IndexManifest): IndexSummary {
  return {
    documents: manifest.seeds.length,
    chunks: manifest.chunk_count,
    model: manifest.model.name,
    built_at: manifest.created_at,
    built_from: manifest.seeds_dir ?? null,
    built_by_version: manifest.shisaku_version,
    // a problem's message starts with its source ("seeds/x.txt: the file is empty …")
    skipped: manifest.problems.map((p) => ({ source: p.source, reason: p.message.startsWith(`${p.source}: `) ? p.message.slice(p.source.length + 2) : p.message })),
    unsupported: manifest.unsupported,
  };
}

/** "5 documents, 217 chunks" */
export function countsText(s: Pick<IndexSummary, 'documents' | 'chunks'>): string {
  return `${s.documents} document${s.documents === 1 ? '' : 's'}, ${s.chunks} chunk${s.chunks === 1 ? '' : 's'}`;
}
