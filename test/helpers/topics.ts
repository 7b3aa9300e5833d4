// A small synthetic token corpus with two topics (budget, clusters), for the embedding tests.

export const BUDGET = ['予算', '億円', '年度', '計上', '事業費', '補助'];
export const CLUSTER = ['クラスター', '地域', '産業', '拠点', '形成', '連携'];
export const FUNCTION_WORDS = ['の', 'は', 'を', 'に', 'が', 'する'];

/** Sentences that each draw from one topic plus function words, from a fixed seed. */
export function topicCorpus(count = 400): string[][] {
  let state = 12345;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = (words: string[]) => words[Math.floor(next() * words.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const topic = i % 2 === 0 ? BUDGET : CLUSTER;
    return Array.from({ length: 8 }, () => (next() < 0.6 ? pick(topic) : pick(FUNCTION_WORDS)));
  });
}
