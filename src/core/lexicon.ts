// Query expansion vocabulary: synonym groups (Sudachi's, filtered to the corpus at ingest),
// the catalogue's names and aliases, and an English→Japanese glossary of policy terms, so a
// question in other words, by abbreviation or in English still finds its passages.
import { z } from 'zod';
import { escapeRegExp } from './text/normalize.js';

export const LexiconSchema = z.object({
  /** Groups of interchangeable terms (each term a kuromoji base form). */
  synonyms: z.array(z.array(z.string())),
  /** Every name a programme or plan goes by; the first is canonical. */
  names: z.array(z.array(z.string())),
  /** English word or phrase (lower case) → Japanese terms. */
  glossary: z.record(z.string(), z.array(z.string())),
  /** Japanese abbreviation or informal word → the form the documents use (経産省 → 経済産業省). */
  abbreviations: z.record(z.string(), z.array(z.string())).default({}),
  /** A region of Japan → its prefectures (四国 → 徳島, 香川, …), read where the region stands as a word of its own. */
  areas: z.record(z.string(), z.array(z.string())).default({}),
});
export type LexiconData = z.infer<typeof LexiconSchema>;

/** A programme described in English: two to eight words before program, programme, initiative, project, plan or scheme. */
const ENGLISH_NAME = /((?:[a-z0-9][a-z0-9&\-]*\s+){2,8})(program|programme|initiative|project|plan|scheme)\b/gu;
/** Words a description may hold that are no part of the name. */
const FILLER_WORDS = new Set(['the', 'of', 'for', 'and', 'a', 'an', 'in', 'under', 'by']);
const LEADING_FILLER = new RegExp(`^(?:(?:${[...FILLER_WORDS].join('|')})\\s+)+`, 'u');
/** Words of such a description that name no programme in particular. */
const GENERIC_NAME_WORDS = new Set([...FILLER_WORDS, 'program', 'programme', 'project', 'initiative', 'plan', 'scheme']);

/** Lookup structures over LexiconData. */
export class Lexicon {
  private readonly synonymsOf = new Map<string, string[]>();
  readonly names: string[][];
  readonly glossary: Map<string, string[]>;
  private readonly glossaryPhrases: string[];
  /** Every word of the glossary's English phrases. */
  private readonly glossaryWords: ReadonlySet<string>;

  /** The names of each group as namesIn reads them, longest first, built on first use. */
  private nameForms: NameForm[][] | undefined;
  /** The places in glossaryPhrases of the phrases that begin with each word. */
  private readonly phrasesByFirst = new Map<string, number[]>();

  private readonly abbreviations: [string, string[]][];
  private readonly areas: (readonly [RegExp, string, string[]])[];

  constructor(readonly data: z.input<typeof LexiconSchema>) {
    this.abbreviations = Object.entries(data.abbreviations ?? {}).map(([k, v]) => [k.normalize('NFKC').toLowerCase(), v] as [string, string[]]);
    this.areas = Object.entries(data.areas ?? {}).map(([k, v]) => [new RegExp(`${k.normalize('NFKC')}(?![\\p{Script=Han}\\p{Script=Katakana}ー])`, 'u'), k, v] as const);
    for (const group of data.synonyms) {
      for (const t of group) {
        const others = group.filter((o) => o !== t);
        this.synonymsOf.set(t, [...(this.synonymsOf.get(t) ?? []), ...others]);
      }
    }
    this.names = data.names;
    this.glossary = new Map(Object.entries(data.glossary));
    this.glossaryPhrases = [...this.glossary.keys()].sort((a, b) => b.length - a.length);
    this.glossaryWords = new Set(this.glossaryPhrases.flatMap((k) => k.split(/\s+/u)));
    this.glossaryPhrases.forEach((phrase, i) => {
      const first = phrase.split(' ')[0]!;
      const places = this.phrasesByFirst.get(first);
      if (places) places.push(i);
      else this.phrasesByFirst.set(first, [i]);
    });
  }

  /** Whether an English word (lower case) stands in any of the glossary's phrases. */
  inGlossary(word: string): boolean {
    return this.glossaryWords.has(word);
  }

  static empty(): Lexicon {
    return new Lexicon({ synonyms: [], names: [], glossary: {}, abbreviations: {}, areas: {} });
  }

  synonyms(term: string): string[] {
    return this.synonymsOf.get(term) ?? [];
  }

  /**
   * Programmes and plans named in the (NFKC, lower-cased) text, by name or alias; where one
   * match lies inside a longer one (知的クラスター in 知的クラスター創成事業), only the longer counts.
   */
  namesIn(text: string, original?: string): { matched: string; names: string[] }[] {
    const hits: { matched: string; names: string[] }[] = [];
    // a Latin name stands as a word (START is not the start of "startups"); an acronym, when the
    // text as written is given, in capitals as well ("when did it start" names no START)
    const stands = (n: NameForm): boolean => {
      if (n.word === undefined) return text.includes(n.lower);
      if (!n.word.test(text)) return false;
      return original === undefined || !n.acronym || original.normalize('NFKC').includes(n.nfkc);
    };
    this.nameForms ??= this.names.map((group) => group.map(nameForm).filter((n) => n.nfkc.length >= 2).sort((a, b) => b.lower.length - a.lower.length));
    this.names.forEach((group, g) => {
      const matched = this.nameForms![g]!.find(stands)?.lower;
      if (matched !== undefined) hits.push({ matched, names: group });
    });
    return hits.filter((h) => !hits.some((o) => o !== h && o.matched.length > h.matched.length && o.matched.includes(h.matched)));
  }

  /**
   * Programmes an English question names by a description in English (the regional innovation
   * ecosystem program, the wide-area medical device innovation hub programme): the one name group
   * whose Japanese holds a translation of every word the glossary knows in the phrase, at least two.
   */
  englishNamesIn(text: string): { matched: string; names: string[] }[] {
    const hits: { matched: string; names: string[] }[] = [];
    for (const m of text.normalize('NFKC').toLowerCase().matchAll(ENGLISH_NAME)) {
      const words = m[1]!.trim().split(/\s+/u);
      // the longest run of words before it that one name holds, word for word
      for (let from = 0; from < words.length - 1; from++) {
        const phrase = words.slice(from).join(' ').replace(LEADING_FILLER, '');
        const known = this.translate(phrase);
        const pieces = known.filter((p) => !GENERIC_NAME_WORDS.has(p.phrase));
        // (every word of it read: a word the glossary does not know may be what tells it apart)
        const read = new Set(known.flatMap((p) => p.phrase.split(' ')));
        if (phrase.split(' ').some((w) => !read.has(w) && !FILLER_WORDS.has(w))) continue;
        if (pieces.reduce((a, p) => a + p.phrase.split(' ').length, 0) < 2) continue;
        const holds = (name: string) => pieces.every((p) => p.japanese.some((ja) => name.includes(ja.normalize('NFKC').toLowerCase())));
        const groups = this.names.filter((g) => g.some((n) => holds(n.normalize('NFKC').toLowerCase())));
        // (one programme, though its names may stand in more than one group)
        if (groups.length === 0 || groups.some((g) => g[0] !== groups[0]![0])) continue;
        hits.push({ matched: `${phrase} ${m[2]}`, names: groups[0]! });
        break;
      }
    }
    return hits;
  }

  /** The abbreviations in the (NFKC, lower-cased) text, with the expansions it does not already spell out. */
  expandAbbreviations(text: string): { abbreviation: string; expansions: string[] }[] {
    const out: { abbreviation: string; expansions: string[] }[] = [];
    for (const [abbreviation, full] of this.abbreviations) {
      if (!text.includes(abbreviation)) continue;
      const expansions = full.filter((f) => !text.includes(f.normalize('NFKC').toLowerCase()));
      if (expansions.length > 0) out.push({ abbreviation, expansions });
    }
    // (a region within a name — 九州医療機器連携拠点, 東北大学 — is that name's, not the region's prefectures)
    for (const [word, area, prefectures] of this.areas) if (word.test(text)) out.push({ abbreviation: area, expansions: prefectures });
    return out;
  }

  /** The English words and phrases in the text that the glossary knows, longest first, with their Japanese. */
  translate(text: string): { phrase: string; japanese: string[] }[] {
    let rest = ` ${text.toLowerCase().replace(/[^a-z0-9&\- ]+/g, ' ')} `;
    const out: { phrase: string; japanese: string[] }[] = [];
    // (a phrase can stand only where its first word does: those are tried, longest first)
    const tried = [...new Set(rest.split(' '))].flatMap((w) => this.phrasesByFirst.get(w) ?? []).sort((a, b) => a - b);
    for (const phrase of tried.map((i) => this.glossaryPhrases[i]!)) {
      const needle = ` ${phrase} `;
      if (rest.includes(needle)) {
        out.push({ phrase, japanese: this.glossary.get(phrase)! });
        rest = rest.split(needle).join('  ');
      }
    }
    // a word the glossary knows in another form: the parts of a hyphenated word, a plural, a past or -ing form
    for (const word of rest.trim().split(/\s+/u)) {
      const japanese = word === '' ? [] : this.otherForms(word);
      if (japanese.length > 0) out.push({ phrase: word, japanese });
    }
    return out;
  }

  /** The Japanese of a word the glossary lacks as written, read from its parts (cold-climate) or its stem (adoptions, joined, taking). */
  private otherForms(word: string): string[] {
    const parts = word.split('-').filter((p) => p !== '');
    if (parts.length > 1) return [...new Set(this.translate(parts.join(' ')).flatMap((r) => r.japanese))];
    const stem = stemsOf(word).find((s) => this.glossary.has(s));
    return stem === undefined ? [] : this.glossary.get(stem)!;
  }
}

/** A programme's name as namesIn matches it: NFKC, lower case, and for a Latin name the pattern of it as a word. */
interface NameForm {
  nfkc: string;
  lower: string;
  word: RegExp | undefined;
  acronym: boolean;
}

function nameForm(name: string): NameForm {
  const nfkc = name.normalize('NFKC');
  const lower = nfkc.toLowerCase();
  const latin = /^[a-z0-9&\- ]+$/u.test(lower);
  return { nfkc, lower, word: latin ? new RegExp(`(?<![a-z])${escapeRegExp(lower)}(?![a-z])`, 'u') : undefined, acronym: /^[A-Z][A-Z0-9&\-]+$/u.test(nfkc) };
}

/** What an English word may be an inflection of (regions → region, studies → study, joined → join, used → use, taking → take). */
function stemsOf(word: string): string[] {
  if (word.length < 4 || /(?:ss|us|is)$/u.test(word)) return [];
  const rules: [RegExp, string][] = [[/ies$/u, 'y'], [/es$/u, ''], [/s$/u, ''], [/ied$/u, 'y'], [/ed$/u, ''], [/ed$/u, 'e'], [/ing$/u, ''], [/ing$/u, 'e']];
  return rules.filter(([end]) => end.test(word)).map(([end, by]) => word.replace(end, by)).filter((stem) => stem.length >= 3);
}
