// The dense side measured for every candidate: HnswVectorSearch over a real hnswlib-node index.
import { describe, expect, it } from 'vitest';
import { buildVectorStore, HnswVectorSearch } from '../../src/core/vectors.js';

/** Fixed 3-d vectors per text: a stand-in embedder, so the geometry is known. */
const VECTORS: Record<string, number[]> = { a: [1, 0, 0], b: [0.8, 0.6, 0], c: [0, 0.6, 0.8], d: [0, 0, 1] };
const embeddings = {
  dimensions: 3,
  embedDocuments: async (texts: string[]) => texts.map((t) => VECTORS[t]!),
  embedQuery: async (t: string) => VECTORS[t]!,
};

describe('HnswVectorSearch', () => {
  it('gives the cosine similarity of chunks the nearest-neighbour search did not return', async () => {
    const texts = ['a', 'b', 'c', 'd'];
    const store = await buildVectorStore(texts.length, (i) => texts[i]!, embeddings);
    const search = new HnswVectorSearch(store, embeddings);
    const query = [1, 0, 0];
    const nearest = await search.search(query, 1);
    expect(nearest.map((h) => h.id)).toEqual([0]);
    const [b, c, d] = search.similarities(query, [1, 2, 3]);
    expect(b).toBeCloseTo(0.8, 5);
    expect(c).toBeCloseTo(0, 5);
    expect(d).toBeCloseTo(0, 5);
    expect(search.similarities([0, 3, 4], [2])[0]).toBeCloseTo(0.6 * 0.6 + 0.8 * 0.8, 5);
  });
});
