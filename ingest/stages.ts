// The stages of ingest as plain functions: load → chunk → tokenise → lexicon → embed.
// The pipeline (pipeline.ts) runs them in order and writes the result atomically.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Bm25Index } from '../src/core/bm25.js';
import { chunkDocument, DEFAULT_CHUNK_OPTIONS, joinLines, type ChunkOptions } from '../src/core/chunk.js';
import type { LoadedDocument } from '../src/core/corpus.js';
import { LexiconSchema, type LexiconData } from '../src/core/lexicon.js';
import { packageRoot } from '../src/core/paths.js';
import { yearTerms } from '../src/core/query.js';
import type { Chunk } from '../src/core/schemas.js';
import { corpusSynonymGroups } from '../src/core/synonyms.js';
import { normalizeText, squashWhitespace } from '../src/core/text/normalize.js';
import { bigrams, type JapaneseTokenizer } from '../src/core/text/tokenize.js';

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

export interface TokenisedChunks {
  /** Morpheme terms in text order (heading first), with year tokens appended. */
  terms: string[][];
  bigrams: string[][];
  headingTerms: string[][];
  /** Distinct terms of each displayed line of each chunk, for proximity scoring. */
  lineTerms: string[][][];
}

/** Tokenises each chunk for the two lexical fields. */
export function tokeniseChunks(chunks: readonly Chunk[], tokenizer: JapaneseTokenizer): TokenisedChunks {
  const terms: string[][] = [];
  const grams: string[][] = [];
  const headingTerms: string[][] = [];
  const lineTerms: string[][][] = [];
  for (const c of chunks) {
    // index the text with every wrapped line joined: narrow slide boxes break words otherwise
    const body = indexText(c.text);
    lineTerms.push(body.split('\n').map((line) => [...new Set([...tokenizer.terms(line), ...yearTerms(line)])]));
    const full = c.heading === '' ? body : `${c.heading}\n${body}`;
    terms.push([...tokenizer.terms(full), ...yearTerms(full)]);
    grams.push(bigrams(full));
    // the heading as context: parts that the chunk's own text does not already say
    const context = c.heading.split(' > ').filter((h) => !squashWhitespace(c.text).includes(squashWhitespace(h)));
    headingTerms.push([...new Set(tokenizer.terms(context.join('\n')))]);
  }
  return { terms, bigrams: grams, headingTerms, lineTerms };
}

/** The two BM25 fields. */
export function buildLexical(tokens: TokenisedChunks, k1 = 1.2, b = 0.75): { morph: Bm25Index; bigram: Bm25Index } {
  return { morph: Bm25Index.build(tokens.terms, k1, b), bigram: Bm25Index.build(tokens.bigrams, k1, b) };
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
export async function buildLexicon(tokens: TokenisedChunks, names: string[][]): Promise<LexiconData> {
  const vocabulary = new Set(tokens.terms.flat());
  const synonyms = await corpusSynonymGroups(vocabulary);
  const glossaryFile = path.join(packageRoot(), 'src', 'core', 'data', 'glossary-en-ja.json');
  const glossary = JSON.parse(await readFile(glossaryFile, 'utf8')) as Record<string, string[]>;
  const abbreviations = JSON.parse(await readFile(path.join(packageRoot(), 'src', 'core', 'data', 'abbreviations-ja.json'), 'utf8')) as Record<string, string[]>;
  return LexiconSchema.parse({ synonyms, names, glossary, abbreviations });
}
