// Grades of an evaluation asked for by their rank (最低ランク, 一番上の評価, the top grade) rather
// than by their letter: the letter is read from the scale the evaluation itself uses (Ｓ・Ａ・Ｂ・Ｃ,
// or Ａ to Ｄ), so that the question can be answered like one that names it (Ｃ評価の地域は…).
import { normalizeText } from './text/normalize.js';

export type Extreme = 'lowest' | 'highest';

/** Grade letters, best first. */
const ORDER = ['S', 'A', 'B', 'C', 'D', 'E'] as const;

const LOWEST = /最低|最下位|(?:一番|いちばん|最も)(?:評価が|ランクが)?(?:下|低|悪|わる)|(?:成果|結果)が(?:ほとんど|あまり)?(?:出|上が)(?:なかった|ていない)|\b(?:lowest|worst|bottom)\b/iu;
const HIGHEST = /最高|(?:一番|いちばん|最も)(?:評価が|ランクが)?(?:上|高|良|よ|いい)|\b(?:highest|best|top)\b/iu;
/** The question is about grades: it says 評価, ランク, 審査, 判定 or 成績 (or grade, rank, rating). */
const GRADE_WORD = /評価|ランク|グレード|審査|判定|成績|\b(?:grades?|graded|ranks?|ranked|rating|rated)\b/iu;
/** A question that already names a grade letter (Ｃ評価, grade B). */
const LETTER_NAMED = /(?<![A-Za-z])[SABCDE]\s*評価|評価\s*(?:が|は|で)?\s*[SABCDE](?![A-Za-z])|\bgrade\s+[SABCDE]\b|\b[SABCDE]\s+grade\b/u;

/** A grade named by nameExtremeGrade after the words that ranked it: （C評価）, (grade C). */
export const GRADE_NAMED = /[（(][SABCDE]評価[）)]|\(grade [SABCDE]\)/u;

/** Which end of a grade scale a question asks after, when it names no letter. */
export function extremeGradeAsked(question: string): Extreme | undefined {
  const q = normalizeText(question);
  if (!GRADE_WORD.test(q) || LETTER_NAMED.test(q)) return undefined;
  if (LOWEST.test(q)) return 'lowest';
  if (HIGHEST.test(q)) return 'highest';
  return undefined;
}

/**
 * Grade letters a line uses as grades: defining one (Ｓ：計画を上回る, Ｓ（特に優れている）), naming one (Ｃ評価),
 * listing the scale (Ｓ・Ａ・Ｂ・Ｃ) or ending a table row (… 九州大学　Ｃ).
 */
const GRADE_IN_LINE = [
  // (at a line's start, or run on after the last one's text where wrapped lines were joined: …得られているＡ　：当初計画どおり)
  /(?<![A-Za-z0-9])([SABCDE])\s*[:：](?!\/)/gu,
  /(?<![A-Za-z])([SABCDE])\s*評価/gu,
  // (a scale set out with what each means: Ｓ（特に優れている）、Ａ（優れている）)
  /(?<![A-Za-z])([SABCDE])(?=\s*[（(][^）)A-Za-z]{2,12}[）)])/gu,
  /(?<![A-Za-z])([SABCDE])(?=\s*[・･,、]\s*[SABCDE](?![A-Za-z]))/gu,
  /(?<=[・･,、]\s*)([SABCDE])(?![A-Za-z])/gu,
  /\S\s+([SABCDE])\s*$/gu,
];

/** The grade letters a text uses, best first; empty when fewer than three (no scale). */
export function gradeScale(text: string): string[] {
  const used = new Set<string>();
  for (const line of normalizeText(text).split('\n')) {
    for (const re of GRADE_IN_LINE) for (const m of line.matchAll(re)) used.add(m[1]!);
  }
  const scale = ORDER.filter((g) => used.has(g));
  return scale.length >= 3 ? scale : [];
}

/** The question with the grade it means named after its words (最低ランク（Ｃ評価）), or as it was. */
export function nameExtremeGrade(question: string, extreme: Extreme, scale: readonly string[]): string {
  const letter = extreme === 'lowest' ? scale.at(-1) : scale[0];
  if (letter === undefined) return question;
  const english = !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(question);
  const named = english ? ` (grade ${letter})` : `（${letter}評価）`;
  const text = question.normalize('NFKC');
  const m = (extreme === 'lowest' ? LOWEST : HIGHEST).exec(text);
  if (!m || english) return `${question.replace(/[?？。]\s*$/u, '')}${named}${english ? '?' : '？'}`;
  // after the word it qualifies (最低ランク, 一番下の評価, いちばん悪かった)
  const tail = /^[^、。？?\s]{0,6}?(?:ランク|評価|グレード|かった|い)/u.exec(text.slice(m.index + m[0].length));
  const at = m.index + m[0].length + (tail?.[0].length ?? 0);
  return `${text.slice(0, at)}${named}${text.slice(at)}`;
}
