// Query expansion vocabulary: synonym groups (Sudachi's, filtered to the corpus at ingest),
// the catalogue's names and aliases, and an English→Japanese glossary of policy terms, so a
// question in other words, by abbreviation or in English still finds its passages.
import { z } from 'zod';

export const LexiconSchema = z.object({
  /** Groups of interchangeable terms (each term a kuromoji base form). */
  synonyms: z.array(z.array(z.string())),
  /** Every name a programme or plan goes by; the first is canonical. */
  names: z.array(z.array(z.string())),
  /** English word or phrase (lower case) → Japanese terms. */
  glossary: z.record(z.string(), z.array(z.string())),
  /** Japanese abbreviation or informal word → the form the documents use (経産省 → 経済産業省). */
  abbreviations: z.record(z.string(), z.array(z.string())).default({}),
});
export type LexiconData = z.infer<typeof LexiconSchema>;

/** Lookup structures over LexiconData. */
export class Lexicon {
  private readonly synonymsOf = new Map<string, string[]>();
  readonly names: string[][];
  readonly glossary: Map<string, string[]>;
  private readonly glossaryPhrases: string[];

  private readonly abbreviations: [string, string[]][];

  constructor(readonly data: z.input<typeof LexiconSchema>) {
    this.abbreviations = Object.entries(data.abbreviations ?? {}).map(([k, v]) => [k.normalize('NFKC').toLowerCase(), v] as [string, string[]]);
    for (const group of data.synonyms) {
      for (const t of group) {
        const others = group.filter((o) => o !== t);
        this.synonymsOf.set(t, [...(this.synonymsOf.get(t) ?? []), ...others]);
      }
    }
    this.names = data.names;
    this.glossary = new Map(Object.entries(data.glossary));
    this.glossaryPhrases = [...this.glossary.keys()].sort((a, b) => b.length - a.length);
  }

  static empty(): Lexicon {
    return new Lexicon({ synonyms: [], names: [], glossary: {}, abbreviations: {} });
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
    const stands = (n: string): boolean => {
      const lower = n.toLowerCase();
      if (!/^[a-z0-9&\- ]+$/u.test(lower)) return text.includes(lower);
      const escaped = lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (!new RegExp(`(?<![a-z])${escaped}(?![a-z])`, 'u').test(text)) return false;
      return original === undefined || !/^[A-Z][A-Z0-9&\-]+$/u.test(n) || original.normalize('NFKC').includes(n);
    };
    for (const group of this.names) {
      const matched = group
        .map((n) => n.normalize('NFKC'))
        .filter((n) => n.length >= 2 && stands(n))
        .map((n) => n.toLowerCase())
        .sort((a, b) => b.length - a.length)[0];
      if (matched !== undefined) hits.push({ matched, names: group });
    }
    return hits.filter((h) => !hits.some((o) => o !== h && o.matched.length > h.matched.length && o.matched.includes(h.matched)));
  }

  /** The abbreviations in the (NFKC, lower-cased) text, with the expansions it does not already spell out. */
  expandAbbreviations(text: string): { abbreviation: string; expansions: string[] }[] {
    const out: { abbreviation: string; expansions: string[] }[] = [];
    for (const [abbreviation, full] of this.abbreviations) {
      if (!text.includes(abbreviation)) continue;
      const expansions = full.filter((f) => !text.includes(f.normalize('NFKC').toLowerCase()));
      if (expansions.length > 0) out.push({ abbreviation, expansions });
    }
    return out;
  }

  /** The English words and phrases in the text that the glossary knows, longest first, with their Japanese. */
  translate(text: string): { phrase: string; japanese: string[] }[] {
    let rest = ` ${text.toLowerCase().replace(/[^a-z0-9&\- ]+/g, ' ')} `;
    const out: { phrase: string; japanese: string[] }[] = [];
    for (const phrase of this.glossaryPhrases) {
      const needle = ` ${phrase} `;
      if (rest.includes(needle)) {
        out.push({ phrase, japanese: this.glossary.get(phrase)! });
        rest = rest.split(needle).join('  ');
      }
    }
    return out;
  }
}
