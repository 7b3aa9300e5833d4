// The index manifest: what was indexed (document checksums), with which model, and the
// checksum of every file written, so a stale or corrupted index is detected at start.
import { z } from 'zod';

/** 2: documents and chunks as JSON Lines, BM25 postings and chunk terms in packed binary tables. */
export const INDEX_FORMAT = 2;

export const ModelInfoSchema = z.object({
  kind: z.enum(['corpus', 'pretrained']),
  /** "shisaku-corpus" for the model built at ingest; otherwise a hub id or local path. */
  name: z.string(),
  dimensions: z.number().int().positive(),
  queryPrefix: z.string(),
  passagePrefix: z.string(),
});
export type ModelInfo = z.infer<typeof ModelInfoSchema>;

export const IndexManifestSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  created_at: z.string(),
  shisaku_version: z.string(),
  seeds: z.array(z.object({ id: z.string(), source: z.string(), sha256: z.string(), line_count: z.number().int() })),
  /** Checksum of the inputs that are not documents (curation file, manifest). */
  inputs_sha256: z.string(),
  /** Documents that could not be indexed, with their checksum so that fixing one triggers a re-ingest. */
  problems: z.array(z.object({ source: z.string(), message: z.string(), sha256: z.string().optional() })),
  /** Files in the documents folder that ingest did not take as documents (another format, a folder), with why. */
  unsupported: z.array(z.object({ source: z.string(), reason: z.string() })).default([]),
  /** The documents folder the index was built from (absolute). */
  seeds_dir: z.string().optional(),
  model: ModelInfoSchema,
  chunk_count: z.number().int(),
  files: z.record(z.string(), z.string()),
});
export type IndexManifest = z.infer<typeof IndexManifestSchema>;
