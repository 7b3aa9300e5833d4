import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../src/core/bm25.js';

describe('Bm25Index', () => {
  const index = Bm25Index.build([['予算', '億', '円'], ['クラスター', '地域'], ['予算', '予算', '地域', 'クラスター']]);

  it('scores documents containing the query terms, rarer terms weighing more', () => {
    const s = index.score([{ term: '億', weight: 1 }]);
    expect(s[0]).toBeGreaterThan(0);
    expect(s[1]).toBe(0);
    expect(index.idf('億')).toBeGreaterThan(index.idf('予算'));
  });

  it('survives a JSON round trip with identical scores', () => {
    const copy = Bm25Index.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    const q = [{ term: '予算', weight: 1 }, { term: '地域', weight: 0.5 }];
    expect([...copy.score(q)]).toEqual([...index.score(q)]);
  });
});
