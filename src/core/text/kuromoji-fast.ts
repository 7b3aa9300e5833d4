// kuromoji.js builds its word lattice in time quadratic in a sentence's length: at every position
// it converts the whole rest of the sentence to UTF-8 for the dictionary lookup and wraps it in a
// new surrogate-aware string for unknown words. Slide text joins into sentences of hundreds of
// characters, so this was most of ingest's time. The builder below produces the same lattice:
// the dictionary is searched with at most MAX_KEY characters (no IPADIC word is that long: the
// trie walk stops at the first character no word continues with, so what lies beyond cannot
// match), and unknown-word runs read the sentence in place.
import { createRequire } from 'node:module';

/** Longest text handed to the dictionary's common-prefix search, in UTF-16 code units. */
export const MAX_KEY = 64;

interface SurrogateAwareString {
  length: number;
  slice(index: number): string;
  charAt(index: number): string;
  toString(): string;
}

interface Dictionary {
  target_map: Record<number, number[]>;
  dictionary: { getShort(offset: number): number };
}

interface UnknownDictionary extends Dictionary {
  lookup(ch: string): { class_id: number; class_name: string; is_always_invoke: number; is_grouping: number };
}

interface ViterbiBuilder {
  trie: { commonPrefixSearch(key: string): { k: string; v: number }[] };
  token_info_dictionary: Dictionary;
  unknown_dictionary: UnknownDictionary;
  build(sentence: string): unknown;
}

interface Lattice {
  append(node: unknown): void;
  appendEos(): void;
}

type Ctor<T> = new (...args: never[]) => T;

const require = createRequire(import.meta.url);
const ViterbiLattice = require('kuromoji/src/viterbi/ViterbiLattice.js') as Ctor<Lattice>;
const ViterbiNode = require('kuromoji/src/viterbi/ViterbiNode.js') as new (
  id: number,
  cost: number,
  start: number,
  length: number,
  type: string,
  left: number,
  right: number,
  surface: string,
) => unknown;
const SurrogateAware = require('kuromoji/src/util/SurrogateAwareString.js') as new (s: string) => SurrogateAwareString;

/** `text` cut to at most `max` code units, never between the halves of a surrogate pair. */
export function prefixKey(text: string, max = MAX_KEY): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** The lattice of `sentenceText`, as kuromoji's ViterbiBuilder.build makes it, in linear time. */
function buildLattice(this: ViterbiBuilder, sentenceText: string): Lattice {
  const lattice = new ViterbiLattice();
  const sentence = new SurrogateAware(sentenceText);
  const known = this.token_info_dictionary;
  const unknown = this.unknown_dictionary;
  for (let pos = 0; pos < sentence.length; pos++) {
    const vocabulary = this.trie.commonPrefixSearch(prefixKey(sentence.slice(pos)));
    for (const { k: key, v: trieId } of vocabulary) {
      for (const raw of known.target_map[trieId]!) {
        const id = Number(raw);
        const d = known.dictionary;
        lattice.append(new ViterbiNode(id, d.getShort(id + 4), pos + 1, key.length, 'KNOWN', d.getShort(id), d.getShort(id + 2), key));
      }
    }
    const head = sentence.charAt(pos);
    const headClass = unknown.lookup(head);
    if (vocabulary.length === 0 || headClass.is_always_invoke === 1) {
      // kuromoji's key is a one-character surrogate-aware string (length 1) until a character is added
      let key = head;
      let length = 1;
      if (headClass.is_grouping === 1) {
        for (let k = pos + 1; k < sentence.length; k++) {
          const next = sentence.charAt(k);
          if (unknown.lookup(next).class_name !== headClass.class_name) break;
          key += next;
          length = key.length;
        }
      }
      for (const raw of unknown.target_map[headClass.class_id]!) {
        const id = Number(raw);
        const d = unknown.dictionary;
        lattice.append(new ViterbiNode(id, d.getShort(id + 4), pos + 1, length, 'UNKNOWN', d.getShort(id), d.getShort(id + 2), key));
      }
    }
  }
  lattice.appendEos();
  return lattice;
}

/** Replaces the lattice builder of a built kuromoji tokenizer with the linear-time one. */
export function useLinearLattice(tokenizer: object): void {
  const builder = (tokenizer as { viterbi_builder?: ViterbiBuilder }).viterbi_builder;
  if (!builder || typeof builder.build !== 'function' || !builder.trie || !builder.unknown_dictionary) {
    throw new Error('kuromoji tokenizer without the expected viterbi_builder: check the installed kuromoji version (0.1.2 expected)');
  }
  builder.build = buildLattice;
}
