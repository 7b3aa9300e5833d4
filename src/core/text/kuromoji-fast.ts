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

interface DoubleArrayTrie {
  bc: { getBaseBuffer(): ArrayLike<number>; getCheckBuffer(): ArrayLike<number> };
  commonPrefixSearch(key: string): { k: string; v: number | undefined }[];
}

interface ViterbiBuilder {
  trie: DoubleArrayTrie;
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

/** The child of `parent` by byte `code` in the double array, or -1 (doublearray's traverse, bounds as its getBase/getCheck). */
function traverse(base: ArrayLike<number>, check: ArrayLike<number>, parent: number, code: number): number {
  const b = parent < base.length ? base[parent]! : -parent + 1;
  const child = b + code;
  const c = child < check.length && child >= 0 ? check[child]! : -child - 1;
  return c === parent ? child : -1;
}

/**
 * The dictionary words `key` begins with, as doublearray's commonPrefixSearch finds them, without
 * its two buffers per call: the UTF-8 bytes are walked as they are read from the string. A key
 * with a surrogate goes to doublearray's own search (it checks the pair).
 */
export function commonPrefixSearch(trie: DoubleArrayTrie, key: string): { k: string; v: number | undefined }[] {
  if (/[\ud800-\udfff]/.test(key)) return trie.commonPrefixSearch(key);
  const base = trie.bc.getBaseBuffer();
  const check = trie.bc.getCheckBuffer();
  const found: { k: string; v: number | undefined }[] = [];
  const bytes = [0, 0, 0];
  let parent = 0;
  for (let i = 0; i < key.length; i++) {
    const u = key.charCodeAt(i);
    const n = u < 0x80 ? 1 : u < 0x800 ? 2 : 3;
    if (n === 1) bytes[0] = u;
    else if (n === 2) (bytes[0] = (u >>> 6) | 0xc0), (bytes[1] = (u & 0x3f) | 0x80);
    else (bytes[0] = (u >>> 12) | 0xe0), (bytes[1] = ((u >> 6) & 0x3f) | 0x80), (bytes[2] = (u & 0x3f) | 0x80);
    for (let j = 0; j < n; j++) {
      parent = traverse(base, check, parent, bytes[j]!);
      if (parent === -1) return found;
    }
    // a word ends after this character when the terminal code 0 follows (no word ends inside one)
    const leaf = traverse(base, check, parent, 0);
    if (leaf === -1) continue;
    const b = base[leaf]!;
    found.push({ k: key.slice(0, i + 1), v: b <= 0 ? -b - 1 : undefined });
  }
  return found;
}

/** The lattice of `sentenceText`, as kuromoji's ViterbiBuilder.build makes it, in linear time. */
function buildLattice(this: ViterbiBuilder, sentenceText: string): Lattice {
  const lattice = new ViterbiLattice();
  const sentence = new SurrogateAware(sentenceText);
  const known = this.token_info_dictionary;
  const unknown = this.unknown_dictionary;
  for (let pos = 0; pos < sentence.length; pos++) {
    const vocabulary = commonPrefixSearch(this.trie, prefixKey(sentence.slice(pos)));
    for (const { k: key, v: trieId } of vocabulary) {
      for (const raw of known.target_map[trieId!]!) {
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
