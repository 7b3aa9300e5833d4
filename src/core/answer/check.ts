// Checks the answer's promise: no sentence states a number or a programme name that its cited
// lines (or the question itself) do not contain. Used as a last guard when composing, by the
// tests and by the eval harness (its "false statements" count).
import { namedProgrammes } from '../catalogue/query.js';
import type { Catalogue } from '../catalogue/schema.js';
import { findYearMentions } from '../era.js';
import { normalizeText } from '../text/normalize.js';
import { repairLines } from '../text/repair.js';
import { sheetRowTexts } from '../text/sheet-row.js';
import type { Answer } from './schema.js';

/** A number or name a sentence states without support. */
export interface UnsupportedClaim {
  sentence: number;
  claim: string;
}

const digits = (s: string) => normalizeText(s).replace(/(\d)[,，](?=\d)/g, '$1').replace(/\s+/g, '');

/** A text (normalised) with each year it mentions blanked out. */
function withoutYears(text: string): string {
  let rest = normalizeText(text);
  for (const m of findYearMentions(rest).reverse()) rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
  return rest;
}

/** A text whose lines that are a sheet's rows (cells set apart by tabs or commas) have their cells set apart by bars (no digits of two cells run together). */
function asCells(text: string): string {
  return text
    .split('\n')
    .map((line) => sheetRowTexts(line)?.join(' | ') ?? line)
    .join('\n');
}

/** The numbers and names of one sentence that its quotes and the question do not contain. */
export function sentenceProblems(cat: Catalogue, text: string, quotes: readonly string[], question: string): string[] {
  // the quotes as they stand, as repaired (①① doubled in place reads ①) and as cells (a sheet's row: 交付額,34000,50000 is no 3400050000)
  const sources = [...quotes, ...quotes.map((q) => repairLines(q.split('\n')).map((l) => l.text).join('\n')), ...quotes.map(asCells)];
  // (and without their years, as the sentence is read below: R2 5,800 is 5800 after the year R2, not 25800)
  // (each source apart: the digits that end one and begin the next are no number)
  const support = [...sources.map(digits), ...sources.map((s) => digits(withoutYears(s)))].join('\n');
  const supportYears = new Set(findYearMentions(sources.join('\n')).map((m) => m.year));
  const problems: string[] = [];
  // a year may be written another way than the source writes it (平成17年度 ⇄ 2005年度)
  const said = normalizeText(text);
  for (const m of findYearMentions(said)) if (!supportYears.has(m.year) && !digits(question).includes(String(m.year))) problems.push(m.raw);
  const rest = withoutYears(said);
  for (const n of digits(rest).match(/\d+(?:\.\d+)?/g) ?? []) {
    if (!new RegExp(`(?<!\\d)${n.replace('.', '\\.')}(?!\\d)`).test(support) && !digits(question).includes(n)) problems.push(n);
  }
  const supported = new Set([...sources, question].flatMap((t) => namedProgrammes(cat, t).map((p) => p.name)));
  for (const p of namedProgrammes(cat, text)) if (!supported.has(p.name)) problems.push(p.matched);
  return problems;
}

/** Every claim of an answer that its citations do not support. */
export function unsupportedClaims(cat: Catalogue, answer: Answer): UnsupportedClaim[] {
  const byMarker = new Map(answer.citations.map((c) => [c.marker, c.quote]));
  return answer.sentences.flatMap((s, i) =>
    sentenceProblems(cat, s.text, s.markers.map((m) => byMarker.get(m) ?? ''), answer.question).map((claim) => ({ sentence: i, claim })),
  );
}
