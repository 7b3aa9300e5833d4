// The plain BM25 peer: 500-character windows that map back to the lines they span, character
// bigrams after NFKC, and a ranking that puts the window holding a question's rare words first.
import { describe, expect, it } from 'vitest';
import { bigrams, Bm25Peer } from '../../eval/peer-bm25.js';
import { loadSeeds } from '../helpers/corpus.js';

describe('Bm25Peer', () => {
  it('cuts each document into 500-character windows that map back to their lines', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `${String(i + 1).padStart(2, '0')}${'あ'.repeat(38)}`); // 40 characters + newline
    const peer = Bm25Peer.build([{ source: 'd.txt', lines }]);
    // 30 × 41 − 1 = 1229 characters: windows 0–499 (lines 1–13), 500–999 (13–25), 1000– (25–30)
    expect(peer.size).toBe(3);
    const hits = peer.search('27ああ', 3);
    expect(hits[0]).toMatchObject({ source: 'd.txt', line_start: 25, line_end: 30 });
    expect(hits[0]!.text.length).toBe(229);
  });

  it('makes terms of character bigrams, after NFKC and lower case, without spaces', () => {
    expect(bigrams('ＡＩ 予算')).toEqual(['ai', 'i予', '予算']);
    expect(bigrams('億')).toEqual(['億']);
  });

  it('finds the window that answers a question with rare words in the real seeds', async () => {
    const { documents } = await loadSeeds();
    const peer = Bm25Peer.build(documents.map((d) => ({ source: `seeds/${d.meta.source.split('/').pop()}`, lines: d.lines })));
    const [top] = peer.search('マッチングプランナープログラムの1課題当たりの基準額は？', 5);
    expect(top!.source).toBe('seeds/003_d3747c4912f9c266.txt');
    expect(top!.line_start).toBeLessThanOrEqual(23);
    expect(top!.line_end).toBeGreaterThanOrEqual(23);
  });
});
