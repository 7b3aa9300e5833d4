// Runs ingest end to end: seeds/ → chunks, lexical and dense indexes, catalogue, lexicon →
// a new build folder, switched in atomically. The previous index stays in use until then.
import { mkdir, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { buildCatalogue, loadCuration } from '../src/core/catalogue/build.js';
import { CurationError } from '../src/core/catalogue/curation.js';
import type { Catalogue } from '../src/core/catalogue/schema.js';
import type { LoadedDocument } from '../src/core/corpus.js';
import { aliasLexicon } from '../src/core/catalogue/query.js';
import { withReadings } from '../src/core/catalogue/readings.js';
import { INPUT_FILES, loadCorpus, MAX_DOCUMENT_BYTES } from '../src/core/corpus.js';
import { documentParts } from '../src/core/loaders/places.js';
import { buildCorpusModel } from '../src/core/embed/corpus-model.js';
import { InvalidInputError } from '../src/core/errors.js';
import { currentIndexDir, IndexBuild } from '../src/core/index-store.js';
import type { IndexManifest } from '../src/core/manifest.js';
import { CORPUS_MODEL_DIR, loadEmbeddings, requestedModel } from '../src/core/model.js';
import type { ShisakuPaths } from '../src/core/paths.js';
import { JapaneseTokenizer } from '../src/core/text/tokenize.js';
import { INDEX_FILES } from '../src/core/engine.js';
import { writeJsonLines } from '../src/core/packed.js';
import { buildVectorStore, embeddingText } from '../src/core/vectors.js';
import { SHISAKU_VERSION } from '../src/core/version.js';
import { CachedEmbeddings, modelKey } from './embed-cache.js';
import { locateCitations } from './locate-citations.js';
import type { Progress } from './progress.js';
import { unsupportedFiles } from './unsupported.js';
import { buildLexicon, chunkCorpus, headingNames, indexChunks, sequenceTerms, textNames, type LexicalIndex } from './stages.js';

/** Files in seeds/ that are inputs but not documents. */
export { CURATION_FILE } from '../src/core/catalogue/curation.js';

export interface IngestOptions {
  paths: ShisakuPaths;
  /** Embedding model: undefined for the corpus-built one, or a hub id / local folder. */
  model?: string | undefined;
  progress: Progress;
  tokenizer?: JapaneseTokenizer;
}

export interface IngestResult {
  dir: string;
  manifest: IndexManifest;
  /** Chunks whose vectors came from the previous index (same text, same model weights) and chunks embedded anew. */
  embedding: { reused: number; embedded: number };
}

/** The per-document size limit: $SHISAKU_MAX_DOCUMENT_MB, else MAX_DOCUMENT_BYTES. */
export function maxDocumentBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env['SHISAKU_MAX_DOCUMENT_MB']);
  return Number.isFinite(mb) && mb > 0 ? Math.round(mb * 1024 * 1024) : MAX_DOCUMENT_BYTES;
}

/** `{ sha256 }` of a file, or nothing when it cannot be read. */
export async function fileChecksum(file: string): Promise<{ sha256?: string }> {
  try {
    return { sha256: createHash('sha256').update(await readFile(file)).digest('hex') };
  } catch {
    return {};
  }
}

/** Checksum of the non-document inputs in seeds/ (manifest and curation), for staleness checks. */
export async function inputsChecksum(seedsDir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const name of INPUT_FILES) {
    hash.update(name);
    hash.update(await readFile(path.join(seedsDir, name)).catch(() => Buffer.alloc(0)));
  }
  return hash.digest('hex');
}

/**
 * The catalogue, or an empty one with a warning when its rules fail on some document in an
 * unexpected way: search must not be lost because a fact could not be read. A curation file
 * that does not hold (evidence not at its lines) still stops ingest: it is data to fix.
 */
function catalogueOrEmpty(documents: LoadedDocument[], curation: unknown, progress: Progress): Catalogue {
  try {
    return buildCatalogue(documents, curation);
  } catch (err) {
    if (err instanceof CurationError) throw err;
    const first = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    progress.warn(`the catalogue could not be built (${first}); search works, the catalogue tools will be empty until this is fixed`);
    return { documents: [], plans: [], programmes: [], clusters: [], lexicon: { fields: [] }, warnings: [`catalogue build failed: ${first}`] };
  }
}

/** Most chunks the corpus model's word vectors are trained on; a larger corpus gives an even sample. */
export const MAX_TRAINING_CHUNKS = 100_000;

/** The morpheme sequences the word vectors are trained on: every chunk's, or an even sample of them. */
function trainingSentences(lexical: LexicalIndex, count: number): string[][] {
  const step = Math.max(1, count / MAX_TRAINING_CHUNKS);
  const out: string[][] = [];
  for (let at = 0; Math.floor(at) < count; at += step) out.push(sequenceTerms(lexical, Math.floor(at)));
  return out;
}

/** What a loaded document is, for progress: "PDF, 12 pages, 340 lines", "Shift_JIS text, 80 lines". */
function documentShape(d: LoadedDocument): string {
  const parts = documentParts(d.places, d.meta.line_count);
  const unit = parts[0]?.location.page !== undefined ? 'pages' : parts[0]?.location.slide !== undefined ? 'slides' : parts[0]?.location.sheet !== undefined ? 'sheets' : 'sections';
  const format = d.meta.format ? d.meta.format.toUpperCase() : `${d.meta.encoding ? `${d.meta.encoding} ` : ''}text`;
  return [format, ...(parts.length > 0 ? [`${parts.length} ${unit}`] : []), `${d.meta.line_count} lines`].join(', ');
}

/** Builds a new index from seeds/ and makes it the current one. */
export async function runIngest(opts: IngestOptions): Promise<IngestResult> {
  const { paths, progress } = opts;
  const sourcePrefix = path.relative(paths.root, paths.seedsDir).split(path.sep).join('/');
  progress.stage('load', paths.seedsDir);
  const previousDir = await currentIndexDir(paths.homeDir);
  const corpus = await loadCorpus(paths.seedsDir, sourcePrefix, maxDocumentBytes());
  for (const p of corpus.problems) progress.warn(`skipped ${p.message}`);
  const unsupported = await unsupportedFiles(paths.seedsDir, sourcePrefix, new Set([...corpus.documents.map((d) => d.meta.source), ...corpus.problems.map((p) => p.source)]));
  for (const u of unsupported) progress.warn(`not indexed: ${u.source}: ${u.reason}`);
  if (corpus.documents.length === 0) {
    throw new InvalidInputError(`no readable documents in ${paths.seedsDir}; add text (.txt, .md), web pages (.html), PDF, Word, PowerPoint, Excel or CSV files there and run ingest again`);
  }
  for (const d of corpus.documents) progress.stage('document', `${d.meta.source} (${documentShape(d)}) as "${d.meta.id}"`);

  const tokenizer = opts.tokenizer ?? (await JapaneseTokenizer.create());
  progress.stage('chunk');
  const chunks = chunkCorpus(corpus.documents);
  progress.stage('tokenise', `${chunks.length} chunks`);
  const lexical = await indexChunks(chunks, tokenizer);

  progress.stage('catalogue');
  // kana readings of the programmes' names (for lookup by reading) are stored, not made at every start
  const catalogue = withReadings(locateCitations(catalogueOrEmpty(corpus.documents, await loadCuration(paths.seedsDir), progress), corpus.documents), (t) => tokenizer.readings(t));
  for (const w of catalogue.warnings.filter((w) => w.includes('entry skipped'))) progress.warn(w);
  const names = aliasLexicon(catalogue).map((e) => [e.canonical, ...e.names.filter((n) => n !== e.canonical)]);
  progress.stage('lexicon');
  // (a name found in headings or quotes that the catalogue already holds is that programme's, not one more)
  const known = new Set(names.flat());
  const found = [...headingNames(chunks), ...textNames(chunks)].filter((g) => !g.every((n) => known.has(n)));
  const lexicon = await buildLexicon(lexical.morph.vocabulary.terms, [...names, ...found]);

  const build = await IndexBuild.begin(paths.homeDir);
  try {
    const asked = requestedModel(opts.model);
    if (asked.kind === 'corpus') {
      progress.stage('model', 'building word vectors from the corpus');
      await buildCorpusModel({ sentences: trainingSentences(lexical, chunks.length), outDir: build.path(CORPUS_MODEL_DIR), synonyms: lexicon.synonyms });
    }
    progress.stage('embed', `${chunks.length} chunks with ${asked.name}`);
    // the corpus model reads the terms ingest indexed; a pretrained model reads the text
    const corpusModel = asked.kind === 'corpus';
    const embeddings = await loadEmbeddings(asked, build.dir, tokenizer, { pretokenized: corpusModel });
    const cached = await CachedEmbeddings.open(embeddings, previousDir, await modelKey(asked, build.dir));
    const textOf = corpusModel ? (id: number) => sequenceTerms(lexical, id).join(' ') : (id: number) => embeddingText(chunks[id]!);
    const store = await buildVectorStore(chunks.length, textOf, cached);
    progress.stage('vectors', 'saving the HNSW index');
    await store.save(build.path(INDEX_FILES.vectors));
    await cached.save(build.dir);
    progress.stage('embedded', `${cached.embedded} chunks embedded, ${cached.reused} reused from the previous index`);

    progress.stage('write', build.dir);
    await writeJsonLines(build.path(INDEX_FILES.documents), corpus.documents);
    await writeJsonLines(build.path(INDEX_FILES.chunks), chunks);
    const lexicalDir = build.path(INDEX_FILES.lexical);
    await mkdir(lexicalDir, { recursive: true });
    await lexical.morph.save(lexicalDir, 'morph');
    await lexical.bigram.save(lexicalDir, 'bigram');
    await lexical.chunkTerms.save(lexicalDir, 'chunk-terms');
    await build.writeJson(INDEX_FILES.lexicon, lexicon);
    await build.writeJson(INDEX_FILES.catalogue, catalogue);
    const manifest = await build.commit({
      created_at: new Date().toISOString(),
      shisaku_version: SHISAKU_VERSION,
      seeds: corpus.documents.map((d) => ({ id: d.meta.id, source: d.meta.source, sha256: d.meta.sha256, line_count: d.meta.line_count })),
      inputs_sha256: await inputsChecksum(paths.seedsDir),
      problems: await Promise.all(corpus.problems.map(async (p) => ({ source: p.source, message: p.message, ...(await fileChecksum(path.join(paths.root, p.source))) }))),
      unsupported,
      seeds_dir: paths.seedsDir,
      model: { ...asked, dimensions: embeddings.dimensions },
      chunk_count: chunks.length,
    });
    progress.stage('done', `${corpus.documents.length} documents, ${chunks.length} chunks`);
    return { dir: build.dir, manifest, embedding: { reused: cached.reused, embedded: cached.embedded } };
  } catch (err) {
    await build.abort();
    throw err;
  }
}
