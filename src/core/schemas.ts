// The shapes of shisaku's data, as zod schemas: the single source of truth for types
// shared by ingest, retrieval, the catalogue, the MCP tools and the eval harness.
import { z } from 'zod';

/**
 * Where lines stand in the original file of a document that is not plain text: the PDF page,
 * the slide, the sheet and row, or the headings (DOCX, HTML, Markdown). `*_end` when they run on.
 */
export const LocationSchema = z.object({
  page: z.number().int().min(1).optional().describe('PDF page, 1-based'),
  page_end: z.number().int().min(1).optional().describe('Last PDF page when the lines run onto later pages'),
  slide: z.number().int().min(1).optional().describe('PowerPoint slide, 1-based'),
  slide_end: z.number().int().min(1).optional(),
  sheet: z.string().optional().describe('Excel sheet name'),
  row: z.number().int().min(1).optional().describe('Excel row number, as Excel shows it'),
  row_end: z.number().int().min(1).optional(),
  heading_path: z.array(z.string()).optional().describe('DOCX/HTML/Markdown: the headings the lines stand under, outermost first'),
});
export type Location = z.infer<typeof LocationSchema>;

/**
 * Where a claim comes from: a file under the repo root and the 1-based inclusive lines of its
 * text (for PDF, Office, HTML and Markdown files: the text shisaku extracted, which read_document
 * shows), plus, for those, the place in the original file.
 */
export const CitationSchema = z.object({
  source: z.string().describe('Path of the file from the repository root, e.g. seeds/000_x.txt'),
  line_start: z.number().int().min(1).describe('First cited line, 1-based'),
  line_end: z.number().int().min(1).describe('Last cited line, 1-based, inclusive'),
  quote: z.string().describe('Text that stands at those lines of that file (whitespace aside)'),
  location: LocationSchema.optional().describe('Page, slide, sheet and row, or heading path in the original file (absent for plain text, where lines are the place)'),
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

/** A format shisaku reads, named by its loader (src/core/loaders/): text, markdown, html, pdf, docx, pptx, xlsx, csv (also .tsv). */
export const DocumentFormatSchema = z.string().min(1);
export type DocumentFormat = z.infer<typeof DocumentFormatSchema>;

/** Where a run of lines begins in the original file: lines from `line` up to the next place's. */
export const PlaceSchema = z.object({
  line: z.number().int().min(1),
  location: LocationSchema,
  /** A title the place gives its lines (slide title, sheet name, heading path), used as the chunk heading. */
  title: z.string().optional(),
});
export type Place = z.infer<typeof PlaceSchema>;

/** A document as loaded: its metadata and its original lines (citations point at these). */
export const DocumentMetaSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  line_count: z.number().int(),
  sha256: z.string(),
  format: DocumentFormatSchema.optional().describe('File format the text was extracted from (absent: text)'),
  encoding: z.string().optional().describe('Character encoding of a text file, when not UTF-8'),
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
