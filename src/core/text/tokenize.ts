// Japanese tokenisation for the lexical and dense indexes: kuromoji morphemes (base forms of
// content words, katakana compounds and numbers re-joined) and character bigrams for what
// kuromoji handles badly (unknown words, compounds it splits).
import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';
import { useLinearLattice } from './kuromoji-fast.js';
import { normalizeText } from './normalize.js';

type KuromojiTokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

/** Parts of speech that carry no content for retrieval. */
const DROPPED_POS = new Set(['助詞', '助動詞', '記号', '接続詞', '連体詞', 'フィラー', 'その他']);

/** Function words and the words of a question itself (何ですか, 教えてください). */
const STOPWORDS = new Set([
  'する', 'ある', 'いる', 'なる', 'れる', 'られる', 'せる', 'できる', 'おる', 'いう', 'くる', 'くださる', 'ください',
  'こと', 'もの', 'ため', 'よう', 'ん', 'の', 'っけ', 'だっけ', 'かな', 'ね', 'よ', 'じゃ', 'ごと', 'やつ', 'これ', 'それ', 'あれ', 'どれ', 'この', 'その', 'ところ', 'とき', 'ほう', 'さ',
  '何', 'なに', 'なん', 'どの', 'どんな', 'どう', 'どこ', 'いつ', '誰', 'だれ', 'いくら', 'いくつ', 'どちら', 'どのよう',
  '教える', '知る', '思う', '言う', '述べる', 'わかる', '分かる', '見る', '聞く', '調べる', '説明',
  'について', 'とは', 'ます', 'です', '等', 'など', '中', '的', '化', '者', '及び', '並びに', 'また',
  'the', 'a', 'an', 'of', 'in', 'on', 'for', 'to', 'and', 'or', 'is', 'are', 'was', 'were', 'be', 'been', 'by', 'with',
  'what', 'which', 'who', 'when', 'where', 'how', 'why', 'did', 'does', 'do', 'its', 'it', 'this', 'that', 'as', 'at',
  'from', 'per', 'about', 'many', 'much', 'me', 'tell', 'please', 'there', 'their', 'they', 'under',
]);

const MEMO_MAX_CHARS = 64;
const RECENT_ENTRIES = 16;
const RECENT_MAX_CHARS = 2000;
const MEMO_MAX_ENTRIES = 20_000;

const KATAKANA = /^[\u30a1-\u30fa\u30fc-\u30ffー]+$/u;
const NUMERIC = /^[0-9０-９.,，．]+$/u;
const PUNCT_RUN = /[\s\p{P}\p{S}]+/u;

/** Sentences longer than this are cut before kuromoji: its lattice costs grow with the square of a sentence's length. */
export const MAX_SENTENCE_CHARS = 256;
/** Within a cut sentence, the longest piece without whitespace. */
const MAX_RUN_CHARS = 128;

/**
 * The text as kuromoji would split it (after 、 and 。), with any sentence over MAX_SENTENCE_CHARS
 * cut at whitespace and into runs of at most MAX_RUN_CHARS, never inside a surrogate pair. Text of
 * ordinary sentences passes unchanged, so only pathological input (a 2000-character run) is affected.
 */
export function boundedSentences(text: string): string[] {
  if (text.length <= MAX_SENTENCE_CHARS) return [text];
  const out: string[] = [];
  for (const sentence of text.split(/(?<=[、。])/u)) {
    if (sentence.length <= MAX_SENTENCE_CHARS) {
      out.push(sentence);
      continue;
    }
    for (const piece of sentence.split(/(?<=\s)/u)) {
      let start = 0;
      while (start < piece.length) {
        let end = Math.min(piece.length, start + MAX_RUN_CHARS);
        const code = piece.charCodeAt(end - 1);
        if (end < piece.length && code >= 0xd800 && code <= 0xdbff) end--;
        out.push(piece.slice(start, end));
        start = end;
      }
    }
  }
  return out;
}

/** A loaded kuromoji tokenizer with shisaku's token rules. Create once, share through deps. */
export class JapaneseTokenizer {
  /** Terms of short texts already seen (names, expansions, glossary words recur in every query). */
  private readonly memo = new Map<string, string[]>();
  /** The last few texts tokenised by terms() (a request tokenises its question more than once). */
  private readonly recent = new Map<string, string[]>();

  private constructor(private readonly kuro: KuromojiTokenizer) {}

  /** Loads kuromoji's IPADIC dictionary from the installed package. */
  static async create(): Promise<JapaneseTokenizer> {
    const require = createRequire(import.meta.url);
    const dicPath = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
    const kuro = await new Promise<KuromojiTokenizer>((resolve, reject) => {
      kuromoji.builder({ dicPath }).build((err, tokenizer) => (err ? reject(err) : resolve(tokenizer)));
    });
    useLinearLattice(kuro);
    return new JapaneseTokenizer(kuro);
  }

  /**
   * Content-word terms of a text: NFKC, lower-cased base forms, katakana runs and digit runs
   * merged (kuromoji splits クラスター into クラ/スター), particles, symbols and stopwords dropped.
   */
  terms(text: string): string[] {
    // a question is tokenised for its analysis and again for its embedding: keep the last few
    let terms = this.recent.get(text);
    if (terms === undefined) {
      terms = this.analyse(text);
      if (text.length <= RECENT_MAX_CHARS) {
        if (this.recent.size >= RECENT_ENTRIES) this.recent.delete(this.recent.keys().next().value!);
        this.recent.set(text, terms);
      }
    }
    return [...terms];
  }

  /**
   * terms(), remembered for short texts that recur in every query: programme names, expansions,
   * glossary words (not the question itself).
   */
  cachedTerms(text: string): string[] {
    if (text.length > MEMO_MAX_CHARS) return this.analyse(text);
    let terms = this.memo.get(text);
    if (terms === undefined) {
      if (this.memo.size >= MEMO_MAX_ENTRIES) this.memo.clear();
      this.memo.set(text, (terms = this.analyse(text)));
    }
    return [...terms];
  }

  /**
   * Each token of a text (NFKC) with its reading in katakana, kuromoji's where it has one, else the
   * surface with its hiragana written in katakana: 知的クラスター創成事業 → チテキ|クラ|スター|ソウセイ|ジギョウ.
   */
  readings(text: string): [surface: string, reading: string][] {
    const norm = normalizeText(text);
    if (norm === '') return [];
    return boundedSentences(norm)
      .flatMap((s) => this.kuro.tokenize(s))
      .map((t) => [t.surface_form, t.reading && t.reading !== '*' ? t.reading : toKatakana(t.surface_form)]);
  }

  private analyse(text: string): string[] {
    const norm = normalizeText(text).toLowerCase();
    if (norm === '') return [];
    const raw = boundedSentences(norm).flatMap((s) => this.kuro.tokenize(s));
    const merged: { surface: string; base: string; pos: string; detail: string }[] = [];
    for (const t of raw) {
      const surface = t.surface_form;
      const base = t.basic_form && t.basic_form !== '*' ? t.basic_form : surface;
      const prev = merged[merged.length - 1];
      if (prev && KATAKANA.test(surface) && KATAKANA.test(prev.surface) && surface !== '・') {
        prev.surface += surface;
        prev.base = prev.surface;
        prev.pos = '名詞';
        continue;
      }
      if (prev && NUMERIC.test(surface) && NUMERIC.test(prev.surface)) {
        prev.surface += surface;
        prev.base = prev.surface;
        continue;
      }
      merged.push({ surface, base, pos: t.pos, detail: t.pos_detail_1 });
    }
    const out: string[] = [];
    for (const m of merged) {
      if (DROPPED_POS.has(m.pos) || m.detail === '空白' || m.detail === '非自立' && m.pos !== '名詞') continue;
      const term = m.base.replace(/[,，]/g, '');
      if (term === '' || STOPWORDS.has(term) || PUNCT_RUN.test(term) && term.replace(PUNCT_RUN, '') === '') continue;
      out.push(term);
    }
    return out;
  }
}

/** What reads a text: its tokens with their katakana readings (JapaneseTokenizer.readings). */
export type Reader = (text: string) => [surface: string, reading: string][];

/** Hiragana written in katakana (ちてき → チテキ); other characters unchanged. */
export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/**
 * Character bigrams of a text (NFKC, lower-cased), within runs of letters and digits; a run of
 * one character gives itself, and ASCII words are kept whole.
 */
export function bigrams(text: string): string[] {
  const norm = normalizeText(text).toLowerCase().replace(/(\d),(?=\d{3})/g, '$1');
  const out: string[] = [];
  for (const run of norm.split(PUNCT_RUN)) {
    if (run === '') continue;
    // ASCII words whole, everything else as overlapping bigrams
    for (const piece of run.split(/([a-z0-9]+)/)) {
      if (piece === '') continue;
      if (/^[a-z0-9]+$/.test(piece)) {
        if (!STOPWORDS.has(piece)) out.push(piece);
        continue;
      }
      const chars = Array.from(piece);
      if (chars.length === 1) out.push(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    }
  }
  return out;
}
