// The dense side of retrieval: chunks embedded into langchain's HNSWLib store (hnswlib-node),
// saved beside the lexical index and searched by cosine similarity.
import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
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
 * new HNSWLib store, batch by batch, sized for all of them up front; ready to save.
 */
export async function buildVectorStore(
  count: number,
  textOf: (id: number) => string,
  embeddings: EmbeddingsInterface & { dimensions: number },
  onBatch?: (done: number) => void,
): Promise<HNSWLib> {
  const store = new HNSWLib(embeddings, { space: 'cosine', numDimensions: embeddings.dimensions });
  for (let start = 0; start < count; start += EMBED_BATCH) {
    const ids = Array.from({ length: Math.min(EMBED_BATCH, count - start) }, (_, i) => start + i);
    const vectors = await embeddings.embedDocuments(ids.map(textOf));
    await store.addVectors(vectors, ids.map((id) => new Document({ pageContent: '', metadata: { chunk_id: id } })));
    // the first batch sized the index for itself; make room for every chunk once
    if (start === 0 && count > ids.length) store.index.resizeIndex(count);
    onBatch?.(start + ids.length);
  }
  return store;
}

/** Adapts a loaded HNSWLib store to the retriever's VectorSearch. */
export class HnswVectorSearch implements VectorSearch {
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
}
