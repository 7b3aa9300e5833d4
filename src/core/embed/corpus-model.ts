// Builds shisaku's default embedding model from the corpus itself (no pretrained weights can be
// downloaded here) as a transformers.js model folder, loaded like any other through the pipeline.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { encodeEmbeddingOnnx } from './onnx-writer.js';
import { retrofit, trainWordVectors, type TrainWordVectorsOptions } from './word-vectors.js';

export const PAD_TOKEN = '[PAD]';
export const UNK_TOKEN = '[UNK]';
/** Longest input (in tokens) the tokenizer keeps; longer texts are truncated by the pipeline. */
export const CORPUS_MODEL_MAX_TOKENS = 2048;
/** Name of the file that describes a corpus model folder. */
export const CORPUS_MODEL_INFO_FILE = 'shisaku-model.json';

/** What `shisaku-model.json` says about a corpus model folder. */
export const CorpusModelInfoSchema = z.object({
  kind: z.literal('shisaku-corpus-word-vectors'),
  format_version: z.literal(1),
  description: z.string(),
  input: z.literal('pretokenized').describe('Texts are tokens joined by single spaces'),
  dim: z.number().int().positive(),
  vocab_size: z.number().int().positive().describe('Rows of the table: words plus [PAD] and [UNK]'),
  words: z.number().int().nonnegative(),
  special_tokens: z.object({ pad: z.string(), unk: z.string() }),
  max_tokens: z.number().int().positive(),
  training: z.object({
    method: z.literal('ppmi-randomized-svd'),
    sentences: z.number().int().nonnegative(),
    tokens: z.number().int().nonnegative(),
    dim_requested: z.number().int().positive(),
    window: z.number().int().positive(),
    min_count: z.number().int().positive(),
    alpha: z.number(),
    eigen_power: z.number(),
    seed: z.number().int(),
  }),
  retrofit: z
    .object({ groups: z.number().int().nonnegative(), words: z.number().int().nonnegative(), iterations: z.number().int() })
    .nullable(),
});
export type CorpusModelInfo = z.infer<typeof CorpusModelInfoSchema>;

export interface BuildCorpusModelOptions {
  /** Tokenised sentences; tokens holding whitespace are split on it, as the tokenizer will. */
  sentences: string[][];
  /** Folder to write; created if missing, files in it overwritten. */
  outDir: string;
  /** Vector size (default 256, clamped to the vocabulary size). */
  dim?: number;
  /** Synonym groups to retrofit toward; words outside the vocabulary are ignored. */
  synonyms?: string[][];
  /** Other training settings (window, minCount, alpha, eigenPower, seed). */
  training?: Omit<TrainWordVectorsOptions, 'dim'>;
}

/**
 * Trains word vectors on the sentences and writes a transformers.js model folder to `outDir`:
 * config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx and shisaku-model.json.
 * Its pipeline expects pre-tokenised text (tokens joined by spaces); `vocabSize` counts [PAD] and [UNK].
 */
export async function buildCorpusModel(
  opts: BuildCorpusModelOptions,
): Promise<{ dir: string; dim: number; vocabSize: number }> {
  const dir = path.resolve(opts.outDir);
  const sentences = opts.sentences.map((s) =>
    s.flatMap((t) => t.split(/\s+/u)).filter((t) => t !== '' && t !== PAD_TOKEN && t !== UNK_TOKEN),
  );
  const training = { window: 5, minCount: 1, alpha: 0.75, eigenPower: 0.5, seed: 42, ...definedOnly(opts.training ?? {}) };
  const dimRequested = opts.dim ?? 256;
  const wv = trainWordVectors(sentences, { ...training, dim: dimRequested });
  const inVocab = new Set(wv.vocab);
  const groups = (opts.synonyms ?? []).map((g) => [...new Set(g.filter((w) => inVocab.has(w)))]).filter((g) => g.length >= 2);
  const iterations = 10;
  const vectors = groups.length > 0 ? retrofit(wv.vocab, wv.vectors, wv.dim, groups, { iterations }) : wv.vectors;

  // Ids 0 and 1 are [PAD] and [UNK], whose rows stay zero; word i gets id i + 2.
  const vocabSize = wv.vocab.length + 2;
  const table = new Float32Array(vocabSize * wv.dim);
  table.set(vectors, 2 * wv.dim);
  const info: CorpusModelInfo = CorpusModelInfoSchema.parse({
    kind: 'shisaku-corpus-word-vectors',
    format_version: 1,
    description: 'Word vectors from PPMI + truncated SVD of the corpus co-occurrences, mean-pooled by the pipeline',
    input: 'pretokenized',
    dim: wv.dim,
    vocab_size: vocabSize,
    words: wv.vocab.length,
    special_tokens: { pad: PAD_TOKEN, unk: UNK_TOKEN },
    max_tokens: CORPUS_MODEL_MAX_TOKENS,
    training: {
      method: 'ppmi-randomized-svd',
      sentences: sentences.length,
      tokens: sentences.reduce((n, s) => n + s.length, 0),
      dim_requested: dimRequested,
      window: training.window,
      min_count: training.minCount,
      alpha: training.alpha,
      eigen_power: training.eigenPower,
      seed: training.seed,
    },
    retrofit: groups.length > 0 ? { groups: groups.length, words: new Set(groups.flat()).size, iterations } : null,
  });

  await mkdir(path.join(dir, 'onnx'), { recursive: true });
  // A stale quantized file would be preferred by the loader over the model written here.
  await rm(path.join(dir, 'onnx', 'model_quantized.onnx'), { force: true });
  await writeFile(path.join(dir, 'onnx', 'model.onnx'), encodeEmbeddingOnnx({ embeddings: table, vocabSize, dim: wv.dim, docString: info.description }));
  await writeJson(path.join(dir, 'config.json'), modelConfig(wv.dim, vocabSize));
  await writeJson(path.join(dir, 'tokenizer.json'), tokenizerJson(wv.vocab));
  await writeJson(path.join(dir, 'tokenizer_config.json'), {
    tokenizer_class: 'PreTrainedTokenizer',
    unk_token: UNK_TOKEN,
    pad_token: PAD_TOKEN,
    model_max_length: CORPUS_MODEL_MAX_TOKENS,
    do_lower_case: false,
    clean_up_tokenization_spaces: false,
  });
  await writeJson(path.join(dir, CORPUS_MODEL_INFO_FILE), info);
  return { dir, dim: wv.dim, vocabSize };
}

/** A BERT-typed config: transformers.js picks its encoder-only code path from `model_type`. */
function modelConfig(dim: number, vocabSize: number): Record<string, unknown> {
  return {
    architectures: ['BertModel'],
    model_type: 'bert',
    hidden_size: dim,
    vocab_size: vocabSize,
    num_hidden_layers: 0,
    num_attention_heads: 1,
    intermediate_size: dim,
    max_position_embeddings: CORPUS_MODEL_MAX_TOKENS,
    type_vocab_size: 1,
    pad_token_id: 0,
  };
}

/**
 * A whitespace-split word-level tokenizer with no normaliser and no post-processor. transformers.js
 * 2.17 has no WordLevel class, but any model with a `vocab` falls back to a plain lookup that maps
 * unknown words to `unk_token` of tokenizer_config.json, which is exactly WordLevel.
 */
function tokenizerJson(words: string[]): Record<string, unknown> {
  const special = (id: number, content: string) => ({
    id,
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [special(0, PAD_TOKEN), special(1, UNK_TOKEN)],
    normalizer: null,
    pre_tokenizer: { type: 'WhitespaceSplit' },
    post_processor: null,
    decoder: null,
    model: {
      type: 'WordLevel',
      // fromEntries defines own properties, so a word such as "__proto__" stays a plain key.
      vocab: Object.fromEntries([[PAD_TOKEN, 0], [UNK_TOKEN, 1], ...words.map((w, i) => [w, i + 2])]),
      unk_token: UNK_TOKEN,
    },
  };
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(value, null, 1)}\n`);
}

/** Drops keys whose value is undefined, so they do not override defaults in a spread. */
function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
