// Turns a question into weighted terms for the two lexical fields: question words dropped,
// Japanese era years and Western years made one token, synonyms, programme aliases and
// English glossary terms added at lower weight.
import type { WeightedTerm } from './bm25.js';
import { findYearMentions } from './era.js';
import type { Lexicon } from './lexicon.js';
import { normalizeText } from './text/normalize.js';
import { bigrams, type JapaneseTokenizer } from './text/tokenize.js';

export interface AnalyzedQuery {
  /** The question with its question words removed (NFKC). */
  core: string;
  morph: WeightedTerm[];
  bigram: WeightedTerm[];
  /** Fiscal years the question names, as Western years. */
  years: number[];
  /** True when the question is mostly English. */
  english: boolean;
}

const QUESTION_TAIL = [
  /(?:について|に関して|に関する|の)?(?:を|は)?(?:詳しく)?(?:教えて(?:ください|下さい|ほしい|欲しい)?|知りたい(?:です)?|説明して(?:ください)?|調べて(?:ください)?)(?:ますか)?$/u,
  /(?:と|って)?(?:は|とは)?(?:何|なに|なん|どういうもの|どのようなもの|どんなもの)(?:です|でした|でしょう|だった)?か?$/u,
  /(?:です|でしょう|ました|ます|ですか|だった|でした)か?$/u,
  /(?:ある|いる|する|した|なる|なった)(?:の)?(?:です)?か$/u,
];
const INTERROGATIVES = /どのような|どのように|どういう|どんな|どれくらい|どれぐらい|どのくらい|いくら|いつから|いつまで|いつ|どこ|だれ|誰|何年|何件|何地域|何億|何か所|何箇所|何|なぜ|どうして|どの|どう/gu;

/** The words of a question that carry its content, for bigram matching. */
export function questionCore(question: string): string {
  let q = normalizeText(question).replace(/[?？!！。．.、\s]+$/u, '');
  for (let pass = 0; pass < 3; pass++) {
    for (const re of QUESTION_TAIL) q = q.replace(re, '');
    q = q.replace(/[?？!！。．.、\s]+$/u, '');
  }
  return q.replace(INTERROGATIVES, ' ').replace(/\s+/g, ' ').trim();
}

/** Tokens that make 平成14年度, H14 and 2002年度 the same term in the index and in queries. */
export function yearTerms(text: string): string[] {
  return findYearMentions(normalizeText(text)).map((m) => `y${m.year}`);
}

/** Analyses a question against the tokenizer and the lexicon. */
export function analyzeQuery(question: string, tokenizer: JapaneseTokenizer, lexicon: Lexicon): AnalyzedQuery {
  const core = questionCore(question);
  const lower = core.toLowerCase();
  const ascii = (lower.match(/[a-z]/g) ?? []).length;
  const english = ascii > 0 && ascii >= lower.replace(/\s/g, '').length * 0.6;
  const morph = new Map<string, number>();
  const bigram = new Map<string, number>();
  const add = (map: Map<string, number>, terms: string[], weight: number) => {
    for (const t of terms) map.set(t, Math.max(map.get(t) ?? 0, weight));
  };
  const primary = tokenizer.terms(core);
  add(morph, primary, 1);
  add(bigram, bigrams(core), 1);
  const years = [...new Set(findYearMentions(normalizeText(question)).map((m) => m.year))];
  add(morph, years.map((y) => `y${y}`), 1);

  for (const term of primary) add(morph, lexicon.synonyms(term), 0.5);
  for (const hit of lexicon.namesIn(lower)) {
    for (const name of hit.names.slice(0, 1)) {
      add(morph, tokenizer.terms(name), 0.6);
      add(bigram, bigrams(name), 0.6);
    }
  }
  if (ascii > 0) {
    const translated = lexicon.translate(lower);
    for (const ja of translated) {
      add(morph, tokenizer.terms(ja), english ? 1 : 0.6);
      add(bigram, bigrams(ja), english ? 1 : 0.6);
    }
  }
  const toList = (m: Map<string, number>) => [...m].map(([term, weight]) => ({ term, weight }));
  return { core, morph: toList(morph), bigram: toList(bigram), years, english };
}
