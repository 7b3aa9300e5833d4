// The corpus model end to end: built into a temporary folder, loaded through the real
// transformers.js pipeline by TransformersEmbeddings, and queried (no network).
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { env, pipeline } from '@xenova/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusModel, CorpusModelInfoSchema } from '../../../src/core/embed/corpus-model.js';
import { TransformersEmbeddings } from '../../../src/core/embed/embedder.js';
import { topicCorpus as corpus } from '../../helpers/topics.js';


const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('corpus model through TransformersEmbeddings', () => {
  let dir: string;
  let built: Awaited<ReturnType<typeof buildCorpusModel>>;
  let embeddings: TransformersEmbeddings;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'shisaku-corpus-model-'));
    built = await buildCorpusModel({ sentences: corpus(), outDir: path.join(dir, 'model'), dim: 8, synonyms: [['補助', '補助金']] });
    embeddings = await TransformersEmbeddings.create({ model: built.dir, pretokenize: (t) => t.split(/\s+/u) });
  });

  afterAll(async () => {
    await embeddings?.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes a transformers.js model folder and describes it', async () => {
    for (const f of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx']) {
      expect(existsSync(path.join(built.dir, f)), f).toBe(true);
    }
    const info = CorpusModelInfoSchema.parse(JSON.parse(await readFile(path.join(built.dir, 'shisaku-model.json'), 'utf8')));
    expect(info).toMatchObject({ dim: 8, vocab_size: 18 + 2, words: 18 });
    expect(info.retrofit).toBeNull(); // 補助金 is not in the corpus, so the group has one known word
    expect(built).toMatchObject({ dim: 8, vocabSize: 20 });
    expect(embeddings.dimensions).toBe(8);
    expect(embeddings.modelId).toBe(built.dir);
  });

  it('finds a query word closer to a passage of its topic', async () => {
    const query = await embeddings.embedQuery('予算');
    const [budget, cluster] = await embeddings.embedDocuments(['annual 予算 億円', 'クラスター 地域']);
    expect(query).toHaveLength(8);
    expect(cosine(query, budget!)).toBeGreaterThan(cosine(query, cluster!) + 0.2);
  });

  it('embeds a padded batch the same as texts one by one', async () => {
    const texts = ['予算', 'クラスター 地域 の 形成 を 連携 する 拠点', '年度 の 事業費 を 計上 する', '未知語 地域'];
    const batch = await embeddings.embedDocuments(texts);
    for (const [i, text] of texts.entries()) {
      const [alone] = await embeddings.embedDocuments([text]);
      expect(batch[i]!.length).toBe(8);
      batch[i]!.forEach((x, j) => expect(x).toBeCloseTo(alone![j]!, 6));
    }
  });

  it('matches the pipeline\'s own mean pooling and normalisation', async () => {
    env.allowRemoteModels = false;
    env.localModelPath = `${path.dirname(built.dir)}/`;
    const extractor = await pipeline('feature-extraction', path.basename(built.dir), { quantized: false, local_files_only: true });
    const texts = ['予算 の 億円', 'クラスター 形成 を 連携 する'];
    const expected = await extractor(texts, { pooling: 'mean', normalize: true });
    const actual = await embeddings.embedDocuments(texts);
    const flat = Array.from(expected.data as Float32Array);
    expect(actual.flat()).toHaveLength(flat.length);
    actual.flat().forEach((x, i) => expect(x).toBeCloseTo(flat[i]!, 5));
    await extractor.dispose();
  });

  it('gives a text with no known word (or no text) a finite zero vector', async () => {
    const [unknown, empty, known] = await embeddings.embedDocuments(['未知語 もう一つ', '', '予算']);
    for (const v of [unknown!, empty!, await embeddings.embedQuery('[UNK] まったく 不明')]) {
      expect(v).toHaveLength(8);
      expect(v.every((x) => x === 0)).toBe(true);
    }
    expect(Math.hypot(...known!)).toBeCloseTo(1, 5);
  });

  it('records retrofitting when a synonym group has two known words', async () => {
    const other = await buildCorpusModel({ sentences: corpus(), outDir: path.join(dir, 'retrofitted'), dim: 8, synonyms: [['予算', '拠点', 'ない語']] });
    const info = CorpusModelInfoSchema.parse(JSON.parse(await readFile(path.join(other.dir, 'shisaku-model.json'), 'utf8')));
    expect(info.retrofit).toEqual({ groups: 1, words: 2, iterations: 10 });
  });
});

describe('TransformersEmbeddings.create', () => {
  it('names the model and the fix when a hub model is not available offline', async () => {
    const failure = TransformersEmbeddings.create({ model: 'shisaku-test/no-such-model', allowRemote: false });
    await expect(failure).rejects.toThrow(/"shisaku-test\/no-such-model".*allowRemote/su);
  });

  it('names the folder when a local model folder is missing', async () => {
    const missing = path.join(os.tmpdir(), 'shisaku-no-such-model-folder');
    await expect(TransformersEmbeddings.create({ model: missing })).rejects.toThrow(missing);
  });
});
