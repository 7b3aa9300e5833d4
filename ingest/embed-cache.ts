// Keeps an index's chunk embeddings so the next ingest embeds only what changed. Each vector is
// keyed by the hash of the text embedded, under a key for the model weights that embedded it: a
// different model (or a corpus model retrained on a different corpus) reuses nothing.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Embeddings, type EmbeddingsInterface } from '@langchain/core/embeddings';
import { z } from 'zod';
import { CORPUS_MODEL_DIR } from '../src/core/model.js';
import type { ModelInfo } from '../src/core/manifest.js';
import { readManifest } from '../src/core/index-store.js';
import { readTyped, writeTyped } from '../src/core/packed.js';

export const CACHE_INDEX_FILE = 'embeddings/cache.json';
export const CACHE_VECTORS_FILE = 'embeddings/vectors.f32';

export const EmbeddingCacheIndexSchema = z.object({
  model_key: z.string(),
  dimensions: z.number().int().nonnegative(),
  /** sha256 of each embedded text, in the order of the rows of vectors.f32. */
  texts: z.array(z.string()),
});

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function folderDigest(dir: string, hash = createHash('sha256'), rel = ''): Promise<ReturnType<typeof createHash>> {
  for (const entry of (await readdir(path.join(dir, rel), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const name = path.join(rel, entry.name);
    if (entry.isDirectory()) await folderDigest(dir, hash, name);
    else if (entry.isFile()) hash.update(`${name}\0${await sha256File(path.join(dir, name))}\0`);
  }
  return hash;
}

/**
 * What identifies the vectors a model gives: the checksum of its folder (the corpus model inside
 * the build, or a local pretrained folder), or the hub id; and the passage prefix.
 */
export async function modelKey(model: Omit<ModelInfo, 'dimensions'>, buildDir: string): Promise<string> {
  const folder = model.kind === 'corpus' ? path.join(buildDir, CORPUS_MODEL_DIR) : path.resolve(model.name);
  const local = existsSync(folder) && statSync(folder).isDirectory();
  const hash = local ? await folderDigest(folder) : createHash('sha256').update(`hub:${model.name}`);
  return hash.update(`\0prefix:${model.passagePrefix}`).digest('hex');
}

const textKey = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32);

/** Embeddings that answer from the previous index's vectors when the text and model are the same. */
export class CachedEmbeddings extends Embeddings {
  /** Texts answered from the cache / embedded by the model, over all calls. */
  reused = 0;
  embedded = 0;
  private readonly rows = new Map<string, Float32Array>();

  constructor(
    private readonly inner: EmbeddingsInterface & { dimensions: number },
    private readonly previous: ReadonlyMap<string, Float32Array>,
    readonly key: string,
  ) {
    super({});
  }

  /** The cache of the index `dir` (its checksums verified), usable when it was made with the model `key`; else an empty one. */
  static async open(inner: EmbeddingsInterface & { dimensions: number }, dir: string | undefined, key: string): Promise<CachedEmbeddings> {
    return new CachedEmbeddings(inner, dir === undefined ? new Map() : await readCache(dir, key), key);
  }

  get dimensions(): number {
    return this.inner.dimensions;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const keys = texts.map(textKey);
    const out: (number[] | undefined)[] = keys.map((k) => {
      const row = this.rows.get(k) ?? this.previous.get(k);
      return row && Array.from(row);
    });
    const missing = keys.map((_, i) => i).filter((i) => out[i] === undefined);
    const vectors = missing.length > 0 ? await this.inner.embedDocuments(missing.map((i) => texts[i]!)) : [];
    missing.forEach((i, j) => (out[i] = vectors[j]!));
    this.embedded += missing.length;
    this.reused += texts.length - missing.length;
    keys.forEach((k, i) => this.rows.set(k, Float32Array.from(out[i]!)));
    return out as number[][];
  }

  embedQuery(text: string): Promise<number[]> {
    return this.inner.embedQuery(text);
  }

  /** Writes the vectors of every text embedded in this run into the build folder, for the next ingest. */
  async save(buildDir: string): Promise<void> {
    const texts = [...this.rows.keys()];
    const dimensions = this.rows.values().next().value?.length ?? 0;
    const data = new Float32Array(texts.length * dimensions);
    texts.forEach((k, i) => data.set(this.rows.get(k)!, i * dimensions));
    await mkdir(path.join(buildDir, path.dirname(CACHE_INDEX_FILE)), { recursive: true });
    await writeTyped(path.join(buildDir, CACHE_VECTORS_FILE), data);
    await writeFile(path.join(buildDir, CACHE_INDEX_FILE), JSON.stringify(EmbeddingCacheIndexSchema.parse({ model_key: this.key, dimensions, texts })));
  }
}

/** The vectors of the index in `dir` by text key, when made with model `key` and intact; else none. */
async function readCache(dir: string, key: string): Promise<Map<string, Float32Array>> {
  const none = new Map<string, Float32Array>();
  try {
    const manifest = await readManifest(dir, false);
    for (const rel of [CACHE_INDEX_FILE, CACHE_VECTORS_FILE]) {
      if (manifest.files[rel] === undefined || manifest.files[rel] !== (await sha256File(path.join(dir, rel)))) return none;
    }
    const index = EmbeddingCacheIndexSchema.parse(JSON.parse(await readFile(path.join(dir, CACHE_INDEX_FILE), 'utf8')));
    if (index.model_key !== key) return none;
    const data = await readTyped(path.join(dir, CACHE_VECTORS_FILE), Float32Array);
    if (data.length !== index.texts.length * index.dimensions) return none;
    const rows = new Map<string, Float32Array>();
    index.texts.forEach((k, i) => rows.set(k, data.subarray(i * index.dimensions, (i + 1) * index.dimensions)));
    return rows;
  } catch {
    return none; // no cache, or one from another version: embed everything
  }
}
