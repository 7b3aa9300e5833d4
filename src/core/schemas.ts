// The shapes of shisaku's data, as zod schemas: the single source of truth for types
// shared by ingest, retrieval, the catalogue, the MCP tools and the eval harness.
import { z } from 'zod';

/** Where a claim comes from: a file under the repo root and the 1-based inclusive lines in it. */
export const CitationSchema = z.object({
  source: z.string().describe('Path of the file from the repository root, e.g. seeds/000_x.txt'),
  line_start: z.number().int().min(1).describe('First cited line, 1-based'),
  line_end: z.number().int().min(1).describe('Last cited line, 1-based, inclusive'),
  quote: z.string().describe('Text that stands at those lines of that file (whitespace aside)'),
});
export type Citation = z.infer<typeof CitationSchema>;

/** What seeds/manifest.json may say about one document; everything but `file` is optional. */
export const DocumentManifestEntrySchema = z.object({
  file: z.string(),
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/).optional(),
  title: z.string().optional(),
  kind: z.string().optional(),
  issuer: z.string().optional(),
  period: z.string().optional(),
  description: z.string().optional(),
});
export type DocumentManifestEntry = z.infer<typeof DocumentManifestEntrySchema>;

export const SeedsManifestSchema = z.object({
  documents: z.array(DocumentManifestEntrySchema),
});

/** A document as loaded: its metadata and its original lines (citations point at these). */
export const DocumentMetaSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  line_count: z.number().int(),
  sha256: z.string(),
  kind: z.string().optional(),
  issuer: z.string().optional(),
  period: z.string().optional(),
  description: z.string().optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

/** A retrievable unit: repaired text for display, lines for citation, heading path for context. */
export const ChunkSchema = z.object({
  id: z.number().int(),
  document_id: z.string(),
  source: z.string(),
  heading: z.string(),
  text: z.string(),
  line_start: z.number().int().min(1),
  line_end: z.number().int().min(1),
});
export type Chunk = z.infer<typeof ChunkSchema>;

export const SearchResultSchema = z.object({
  rank: z.number().int().min(1),
  score: z.number(),
  document_id: z.string(),
  title: z.string(),
  heading: z.string(),
  text: z.string(),
  citation: CitationSchema,
});
export type SearchResult = z.infer<typeof SearchResultSchema>;
