// A deliberately worse retrieval, for proving the eval gate works: character bigrams alone,
// every other feature off. Used only by the harness (SHISAKU_EVAL_CRIPPLE=1), never by the product.
import { DEFAULT_WEIGHTS, FEATURES, type RetrievalWeights } from '../src/core/retrieve.js';

export const CRIPPLED_WEIGHTS: RetrievalWeights = {
  ...(Object.fromEntries(FEATURES.map((f) => [f, f === 'bigram' ? 1 : 0])) as Record<(typeof FEATURES)[number], number>),
  candidates: DEFAULT_WEIGHTS.candidates,
  expansion: DEFAULT_WEIGHTS.expansion,
  passage: DEFAULT_WEIGHTS.passage,
  openingPassage: 0,
};

/** True when the harness is asked to cripple retrieval. */
export function crippled(env: NodeJS.ProcessEnv): boolean {
  return env['SHISAKU_EVAL_CRIPPLE'] === '1';
}
