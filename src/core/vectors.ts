// The dense side of retrieval: chunks embedded into langchain's HNSWLib store (hnswlib-node),
// saved beside the lexical index and searched by cosine similarity.
import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { SynchronousInMemoryDocstore } from '@langchain/community/stores/doc/in_memory';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import type { VectorSearch } from './retrieve.js';
import type { Chunk } from './schemas.js';

/** The text a chunk is embedded as: its heading path, then its text. */
export function embeddingText(chunk: Pick<Chunk, 'heading' | 'text'>): string {
  return chunk.heading === '' ? chunk.text : `${chunk.heading}\n${chunk.text}`;
}

/** Chunks embedded and inserted per step: memory holds one batch of vectors as arrays, never all. */
export const EMBED_BATCH = 2048;

/**
 * Embeds `count` chunks (label i = chunk id i; `textOf(i)` is what chunk i is embedded as) into a
 * new HNSWLib store, batch by batch; ready to save. The hnswlib index (LangChain's parameters: M 16,
 * efConstruction 200) is sized once for every chunk, and the docstore is filled directly: LangChain's
 * addVectors checks each new id against a list of every stored id, which is quadratic and took most of
 * an hour at a million chunks.
 */
export async function buildVectorStore(
  count: number,
  textOf: (id: number) => string,
  embeddings: EmbeddingsInterface & { dimensions: number },
  onBatch?: (done: number) => void,
): Promise<HNSWLib> {
  const { HierarchicalNSW } = await HNSWLib.imports();
  const index = new HierarchicalNSW('cosine', embeddings.dimensions);
  index.initIndex(Math.max(1, count));
  const docs = new Map<string, Document>();
  const store = new HNSWLib(embeddings, { space: 'cosine', numDimensions: embeddings.dimensions, index, docstore: new SynchronousInMemoryDocstore(docs) });
  // args.json is written from store.args: keep only what HNSWLib.load reads back
  delete (store.args as { index?: unknown }).index;
  delete (store.args as { docstore?: unknown }).docstore;
  for (let start = 0; start < count; start += EMBED_BATCH) {
    const ids = Array.from({ length: Math.min(EMBED_BATCH, count - start) }, (_, i) => start + i);
    const vectors = await embeddings.embedDocuments(ids.map(textOf));
    ids.forEach((id, i) => {
      index.addPoint(vectors[i]!, id);
      docs.set(String(id), new Document({ pageContent: '', metadata: { chunk_id: id } }));
    });
    onBatch?.(start + ids.length);
  }
  return store;
}

/** Stored vectors kept normalised for re-scoring candidates (about 1.5 KB each at 384 dimensions). */
const UNIT_POINTS_KEPT = 20_000;

/** Adapts a loaded HNSWLib store to the retriever's VectorSearch. */
export class HnswVectorSearch implements VectorSearch {
  private readonly units = new Map<number, Float32Array>();

  constructor(
    private readonly store: HNSWLib,
    private readonly embeddings: EmbeddingsInterface,
  ) {}

  static async load(dir: string, embeddings: EmbeddingsInterface): Promise<HnswVectorSearch> {
    return new HnswVectorSearch(await HNSWLib.load(dir, embeddings), embeddings);
  }

  embedQuery(text: string): Promise<number[]> {
    return this.embeddings.embedQuery(text);
  }

  async search(vector: number[], k: number, filter?: (chunkId: number) => boolean): Promise<{ id: number; similarity: number }[]> {
    const count = this.store.index.getCurrentCount();
    const n = Math.min(k, count);
    if (n === 0) return [];
    this.store.index.setEf(Math.max(100, n * 2));
    const results = await this.store.similaritySearchVectorWithScore(
      vector,
      n,
      filter && ((doc: Document) => filter(doc.metadata['chunk_id'] as number)),
    );
    return results.map(([doc, distance]) => ({ id: doc.metadata['chunk_id'] as number, similarity: 1 - distance }));
  }

  similarities(vector: number[], ids: readonly number[]): number[] {
    const norm = Math.sqrt(dot(vector, vector)) || 1;
    return ids.map((id) => dot(this.unitPoint(id), vector) / norm);
  }

  /** A stored vector scaled to length 1, copied out of the index once (a bounded cache). */
  private unitPoint(id: number): Float32Array {
    let unit = this.units.get(id);
    if (!unit) {
      const point = this.store.index.getPoint(id);
      const norm = Math.sqrt(dot(point, point)) || 1;
      unit = Float32Array.from(point, (x) => x / norm);
      if (this.units.size >= UNIT_POINTS_KEPT) this.units.clear();
      this.units.set(id, unit);
    }
    return unit;
  }
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}
