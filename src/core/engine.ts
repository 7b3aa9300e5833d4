// An opened index: documents, chunks, the hybrid retriever, the catalogue and the lexicon,
// everything the CLI, the MCP server and the eval harness query. Loaded once, then read-only.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Bm25Index } from './bm25.js';
import { PackedChunkTerms } from './chunk-terms.js';
import { catalogueEvidence } from './catalogue/evidence.js';
import { withReadings } from './catalogue/readings.js';
import { CatalogueSchema, type Catalogue } from './catalogue/schema.js';
import type { LoadedDocument } from './corpus.js';
import { IndexNotReadyError, InvalidInputError, NotFoundError, validIds } from './errors.js';
import { readManifest, rebuildHint } from './index-store.js';
import { Lexicon, LexiconSchema } from './lexicon.js';
import type { IndexManifest } from './manifest.js';
import { locate, unitKey } from './loaders/places.js';
import { loadEmbeddings } from './model.js';
import { Retriever, type RetrievalMode, type RetrievalWeights } from './retrieve.js';
import type { Chunk, Citation, SearchResult } from './schemas.js';
import type { JapaneseTokenizer } from './text/tokenize.js';
import { readJsonLines } from './packed.js';
import { HnswVectorSearch } from './vectors.js';

export interface Engine {
  dir: string;
  manifest: IndexManifest;
  documents: LoadedDocument[];
  chunks: Chunk[];
  retriever: Retriever;
  catalogue: Catalogue;
  lexicon: Lexicon;
}

/** Files of an index folder (format 2): documents and chunks as JSON Lines, lexical tables packed. */
export const INDEX_FILES = {
  documents: 'documents.jsonl',
  chunks: 'chunks.jsonl',
  lexicon: 'lexicon.json',
  catalogue: 'catalogue.json',
  /** Folder of the BM25 fields (morph, bigram) and the chunk term tables. */
  lexical: 'lexical',
  vectors: 'vectors',
} as const;

async function readJson<T>(dir: string, rel: string): Promise<T> {
  return JSON.parse(await readFile(path.join(dir, rel), 'utf8')) as T;
}

/** The lexical tables of an index: both BM25 fields and the chunk terms over the morpheme vocabulary. */
export async function loadLexical(dir: string): Promise<{ morph: Bm25Index; bigram: Bm25Index; chunkTerms: PackedChunkTerms }> {
  const folder = path.join(dir, INDEX_FILES.lexical);
  const [morph, bigram] = await Promise.all([Bm25Index.load(folder, 'morph'), Bm25Index.load(folder, 'bigram')]);
  return { morph, bigram, chunkTerms: await PackedChunkTerms.load(folder, 'chunk-terms', morph.vocabulary) };
}

/** Opens the index in `dir`; `verify` checks every file against the manifest's checksums first. */
export async function openEngine(dir: string, opts: { tokenizer: JapaneseTokenizer; verify?: boolean; weights?: RetrievalWeights }): Promise<Engine> {
  const manifest = await readManifest(dir, opts.verify ?? true);
  const [documents, chunks, lexical, lexiconData, catalogueData] = await Promise.all([
    readJsonLines<LoadedDocument>(path.join(dir, INDEX_FILES.documents)),
    readJsonLines<Chunk>(path.join(dir, INDEX_FILES.chunks)),
    loadLexical(dir),
    readJson<unknown>(dir, INDEX_FILES.lexicon),
    readJson<unknown>(dir, INDEX_FILES.catalogue),
  ]);
  if (chunks.length !== lexical.chunkTerms.size || chunks.length !== lexical.morph.size) {
    throw new IndexNotReadyError(`the index in ${dir} has ${chunks.length} chunks but lexical tables for ${lexical.morph.size}; ${rebuildHint(dir)}`);
  }
  const lexicon = new Lexicon(LexiconSchema.parse(lexiconData));
  // readings are stored at ingest; an index written before that gets them here
  const catalogue = withReadings(CatalogueSchema.parse(catalogueData), (t) => opts.tokenizer.readings(t));
  const embeddings = await loadEmbeddings(manifest.model, dir, opts.tokenizer);
  const vectors = await HnswVectorSearch.load(path.join(dir, INDEX_FILES.vectors), embeddings);
  const retriever = new Retriever({
    chunks,
    documents: documents.map((d) => d.meta),
    ...lexical,
    vectors,
    evidence: (question, q) => catalogueEvidence(catalogue, question, q.answerType, q.years, q.defines),
    tokenizer: opts.tokenizer,
    lexicon,
    units: chunkUnits(documents, chunks),
    ...(opts.weights && { weights: opts.weights }),
  });
  const engine: Engine = { dir, manifest, documents, chunks, retriever, catalogue, lexicon };
  disposers.set(engine, () => embeddings.dispose());
  return engine;
}

/** Per chunk, the page, slide, sheet or section it stands in ('' in a plain text document). */
function chunkUnits(documents: readonly LoadedDocument[], chunks: readonly Chunk[]): string[] {
  const places = new Map(documents.map((d) => [d.meta.id, d.places]));
  return chunks.map((c) => {
    const loc = locate(places.get(c.document_id), c.line_start, c.line_end);
    return loc ? unitKey(loc) : '';
  });
}

/** What an opened engine holds outside the JavaScript heap (the embedding model's ONNX session). */
const disposers = new WeakMap<Engine, () => Promise<void>>();

/**
 * Releases what an engine holds outside the JavaScript heap; the rest goes with the last reference.
 * Call it only once nothing searches it any more (a server switching indexes does, after the last
 * request on the old one); searching it afterwards fails.
 */
export async function releaseEngine(engine: Engine): Promise<void> {
  const dispose = disposers.get(engine);
  disposers.delete(engine);
  await dispose?.();
}

/** Documents by id and by source file, built once per engine. */
const documentMaps = new WeakMap<Engine, { byId: Map<string, LoadedDocument>; bySource: Map<string, LoadedDocument> }>();
function documentMap(engine: Engine): { byId: Map<string, LoadedDocument>; bySource: Map<string, LoadedDocument> } {
  let maps = documentMaps.get(engine);
  if (!maps) {
    maps = { byId: new Map(engine.documents.map((d) => [d.meta.id, d])), bySource: new Map(engine.documents.map((d) => [d.meta.source, d])) };
    documentMaps.set(engine, maps);
  }
  return maps;
}

/** The document with this id, or undefined. */
export function documentById(engine: Engine, id: string): LoadedDocument | undefined {
  return documentMap(engine).byId.get(id);
}

/** The document with this id, or a NotFoundError listing the valid ids. */
export function getDocument(engine: Engine, id: string): LoadedDocument {
  const doc = documentMap(engine).byId.get(id);
  if (!doc) throw new NotFoundError(`unknown document_id "${id}"; ${validIds(engine.documents.map((d) => d.meta.id))}`);
  return doc;
}

/** The document whose source is this path. */
export function documentBySource(engine: Engine, source: string): LoadedDocument | undefined {
  return documentMap(engine).bySource.get(source);
}

/**
 * The document named by its id, or by the `source` a citation gave (seeds/report.pdf), or by its
 * file name alone; a NotFoundError listing the valid ids otherwise.
 */
export function resolveDocument(engine: Engine, idOrSource: string): LoadedDocument {
  const { byId, bySource } = documentMap(engine);
  const found = byId.get(idOrSource) ?? bySource.get(idOrSource) ?? engine.documents.find((d) => d.meta.source.split('/').pop() === idOrSource);
  if (!found) throw new NotFoundError(`unknown document_id "${idOrSource}"; ${validIds(engine.documents.map((d) => d.meta.id))} (a citation's source, e.g. ${engine.documents[0]?.meta.source ?? 'seeds/…'}, works too)`);
  return found;
}

/** A citation of lines start..end (1-based, inclusive) of a document: the quote is those lines, the location their page, slide, sheet row or heading path. */
export function citeLines(doc: LoadedDocument, start: number, end: number): Citation {
  const n = doc.meta.line_count;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 1 || end < start || end > n) {
    throw new InvalidInputError(`lines ${start}–${end} are out of range for ${doc.meta.id}: it has lines 1–${n}`);
  }
  const quote = doc.lines
    .slice(start - 1, end)
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
  const location = locate(doc.places, start, end);
  return { source: doc.meta.source, line_start: start, line_end: end, quote, ...(location && { location }) };
}

/** Searches and shapes hits as search results with citations. */
export async function searchDocuments(engine: Engine, query: string, opts: { k: number; documentId?: string | undefined; mode?: RetrievalMode }): Promise<SearchResult[]> {
  const hits = await engine.retriever.search(query, opts);
  const { byId } = documentMap(engine);
  return hits.map((h, i) => {
    const doc = byId.get(h.chunk.document_id)!;
    return {
      rank: i + 1,
      score: Math.round(h.score * 10000) / 10000,
      document_id: h.chunk.document_id,
      title: doc.meta.title,
      heading: h.chunk.heading,
      text: h.chunk.text,
      citation: citeLines(doc, h.chunk.line_start, h.chunk.line_end),
    };
  });
}
