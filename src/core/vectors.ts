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

/** Embeds every chunk (label i = chunk id i) and returns the store, ready to save. */
export async function buildVectorStore(chunks: readonly Chunk[], embeddings: EmbeddingsInterface): Promise<HNSWLib> {
  const vectors = await embeddings.embedDocuments(chunks.map(embeddingText));
  const dim = vectors[0]?.length ?? 0;
  const store = new HNSWLib(embeddings, { space: 'cosine', numDimensions: dim });
  const docs = chunks.map((c) => new Document({ pageContent: '', metadata: { chunk_id: c.id } }));
  await store.addVectors(vectors, docs);
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
