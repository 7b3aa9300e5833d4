// The stages of ingest as plain functions: load → chunk → tokenise → lexicon → embed.
// The pipeline (pipeline.ts) runs them in order and writes the result atomically.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Bm25Builder, type Bm25Index } from '../src/core/bm25.js';
import { ChunkTermsBuilder, type PackedChunkTerms } from '../src/core/chunk-terms.js';
import { chunkDocument, DEFAULT_CHUNK_OPTIONS, joinLines, type ChunkOptions } from '../src/core/chunk.js';
import type { LoadedDocument } from '../src/core/corpus.js';
import { RaggedBuilder, Vocabulary, type Ragged } from '../src/core/packed.js';
import { LexiconSchema, type LexiconData } from '../src/core/lexicon.js';
import { packageRoot } from '../src/core/paths.js';
import type { Chunk } from '../src/core/schemas.js';
import { corpusSynonymGroups } from '../src/core/synonyms.js';
import { normalizeText, squashWhitespace } from '../src/core/text/normalize.js';
import type { JapaneseTokenizer } from '../src/core/text/tokenize.js';
import { defaultWorkerCount, inProcess, startPool, type TokeniseRequest, type TokeniseResult } from './tokenise-pool.js';

/** Chunks every document, numbering chunks across the corpus. */
export function chunkCorpus(documents: readonly LoadedDocument[], options: ChunkOptions = DEFAULT_CHUNK_OPTIONS): Chunk[] {
  const chunks: Chunk[] = [];
  for (const doc of documents) for (const c of chunkDocument(doc, options)) chunks.push({ id: chunks.length, ...c });
  return chunks;
}

/** A chunk's text as indexed: wrapped lines joined even when short. */
export function indexText(text: string): string {
  return joinLines(text.split('\n'), 0);
}

/** What indexChunks gives: the two BM25 fields, the per-chunk term tables and the morpheme sequences. */
export interface LexicalIndex {
  morph: Bm25Index;
  bigram: Bm25Index;
  chunkTerms: PackedChunkTerms;
  /** Each chunk's morpheme terms in text order (heading first, year tokens last), as morph vocabulary ids. */
  sequences: Ragged;
}

/** The morpheme terms of chunk `id` in text order, from indexChunks's sequences. */
export function sequenceTerms(lexical: Pick<LexicalIndex, 'morph' | 'sequences'>, id: number): string[] {
  const words = lexical.morph.vocabulary.terms;
  return Array.from(lexical.sequences.get(id), (i) => words[i]!);
}

/** Chunks per tokenising batch, and batches in flight at once. */
const BATCH_CHUNKS = 256;
const BATCHES_IN_FLIGHT = 6;

interface PreparedBatch {
  /** Distinct texts to tokenise (headings repeat within a batch), and each chunk's full text. */
  request: TokeniseRequest;
  chunks: { heading: number; context: number; lineTexts: number[] }[];
}

function prepareBatch(chunks: readonly Chunk[]): PreparedBatch {
  const texts: string[] = [];
  const seen = new Map<string, number>();
  const at = (text: string) => {
    let i = seen.get(text);
    if (i === undefined) seen.set(text, (i = texts.push(text) - 1));
    return i;
  };
  const fulls: string[] = [];
  const prepared = chunks.map((chunk) => {
    // index the text with every wrapped line joined: narrow slide boxes break words otherwise
    const body = indexText(chunk.text);
    // the heading as context: parts that the chunk's own text does not already say
    const context = chunk.heading.split(' > ').filter((h) => !squashWhitespace(chunk.text).includes(squashWhitespace(h)));
    fulls.push(chunk.heading === '' ? body : `${chunk.heading}\n${body}`);
    return { heading: at(chunk.heading), context: at(context.join('\n')), lineTexts: body.split('\n').map(at) };
  });
  return { request: { texts, fulls }, chunks: prepared };
}

/**
 * Tokenises each chunk once (kuromoji per displayed line; on a large corpus in worker threads,
 * see tokenise-pool.ts) and fills both BM25 fields and the term tables chunk by chunk, so memory
 * holds term ids, never the corpus's term lists. `workers`: 0 tokenises in this thread; default
 * by corpus size.
 */
export async function indexChunks(
  chunks: readonly Chunk[],
  tokenizer: JapaneseTokenizer,
  opts: { k1?: number; b?: number; workers?: number } = {},
): Promise<LexicalIndex> {
  const vocabulary = new Vocabulary();
  const morph = new Bm25Builder(opts.k1 ?? 1.2, opts.b ?? 0.75, vocabulary);
  const bigram = new Bm25Builder(opts.k1 ?? 1.2, opts.b ?? 0.75);
  const tables = new ChunkTermsBuilder(vocabulary);
  const sequences = new RaggedBuilder();
  const workers = opts.workers ?? defaultWorkerCount(chunks.length);
  const tokenise = workers > 0 ? await startPool(workers) : inProcess(tokenizer);
  try {
    const queue: { batch: PreparedBatch; result: Promise<TokeniseResult> }[] = [];
    let next = 0;
    const refill = () => {
      while (queue.length < BATCHES_IN_FLIGHT && next < chunks.length) {
        const batch = prepareBatch(chunks.slice(next, next + BATCH_CHUNKS));
        queue.push({ batch, result: tokenise.run(batch.request) });
        next += BATCH_CHUNKS;
      }
    };
    refill();
    while (queue.length > 0) {
      const { batch, result: pending } = queue.shift()!;
      const result = await pending;
      refill();
      batch.chunks.forEach((c, n) => {
        const lineTerms = c.lineTexts.map((i) => result.terms[i]!);
        const terms = [...result.terms[c.heading]!, ...lineTerms.flat(), ...result.fullYears[n]!];
        morph.add(terms);
        bigram.add(result.bigrams[n]!);
        sequences.push(terms.map((t) => vocabulary.add(t)));
        tables.add({
          terms: [...new Set(terms)],
          heading: [...new Set(result.terms[c.heading]!)],
          lines: lineTerms.map((t, k) => [...new Set([...t, ...result.years[c.lineTexts[k]!]!])]),
        });
      });
    }
  } finally {
    await tokenise.close();
  }
  return { morph: morph.finish(), bigram: bigram.finish(), chunkTerms: tables.finish(), sequences: sequences.finish() };
}

const TITLE = /^(.{3,40}?(?:事業|プログラム|計画|会議|協議会|構想|政策|施策))(?:[（(〈<][^）)〉>]*[）)〉>])*$/u;

/**
 * Names of programmes, plans and bodies that head sections of the documents (a chunk heading
 * such as 知的クラスター創成事業（第Ⅰ期）（平成１４～２０年度） gives 知的クラスター創成事業), so a new
 * document's programmes are recognised in questions without a code change.
 */
export function headingNames(chunks: readonly Chunk[]): string[][] {
  const names = new Set<string>();
  for (const c of chunks) {
    for (const part of c.heading.split(' > ')) {
      const m = TITLE.exec(normalizeText(part).replace(/^[0-9]+[.．]\s*|^[(（][0-9]+[)）]\s*|^[＜<【〔［\[]|[＞>】〕］\]]$/gu, ''));
      if (m && !/[「」『』]/u.test(m[1]!)) names.add(m[1]!);
    }
  }
  return [...names].map((n) => [n]);
}

const NAME_IN_TEXT = /[「『]([^「」『』]{3,30})[」』]|((?:平成[0-9]+年度)?[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9]{2,28}(?:事業|プログラム|計画|会議|協議会|本部|制度|機構|委員会|研究所|センター))/gu;

/**
 * Names of programmes, meetings and bodies that the documents write out (地域科学技術に係る関係府省
 * 連絡会議 is caught from 関係府省連絡会議 on, 「知的クラスター」 from its quotes), so a question that
 * names one is read as asking something about it. Only names written at least twice, or quoted.
 */
export function textNames(chunks: readonly Chunk[]): string[][] {
  const counts = new Map<string, number>();
  for (const c of chunks) {
    const text = normalizeText(joinLines(c.text.split('\n'), 0));
    for (const m of text.matchAll(NAME_IN_TEXT)) {
      const quoted = m[1] !== undefined;
      const name = (m[1] ?? m[2] ?? '').trim().replace(/^[・･]+|^(?:[0-9,.]*(?:億|百万|万)?円)+/u, '');
      // a bare word in quotes (「イノベーション」) or a generic compound (各種事業) is not a name
      if (name.length < (quoted ? 5 : 6) || /^[0-9]/.test(name) || /^\p{Script=Hiragana}/u.test(name) || /^[\p{Script=Katakana}ー]+$/u.test(name)) continue;
      counts.set(name, (counts.get(name) ?? 0) + (quoted ? 2 : 1));
    }
  }
  return [...counts].filter(([, n]) => n >= 2).map(([name]) => [name]);
}

/** Synonyms cut to the corpus vocabulary, programme names from the catalogue, the glossary. */
export async function buildLexicon(terms: Iterable<string>, names: string[][]): Promise<LexiconData> {
  const vocabulary = new Set(terms);
  const synonyms = await corpusSynonymGroups(vocabulary);
  const glossaryFile = path.join(packageRoot(), 'src', 'core', 'data', 'glossary-en-ja.json');
  const glossary = JSON.parse(await readFile(glossaryFile, 'utf8')) as Record<string, string[]>;
  const data = async (file: string) => JSON.parse(await readFile(path.join(packageRoot(), 'src', 'core', 'data', file), 'utf8')) as Record<string, string[]>;
  return LexiconSchema.parse({ synonyms, names, glossary, abbreviations: await data('abbreviations-ja.json'), areas: await data('areas-ja.json') });
}
