// Which round of a recurring thing a text names: 第２回公募, 第二回, ２回目の採択, 第3次. One parser
// for the numbers (plan-number.ts reads digits, full width and kanji alike).
import { parsePlanNumber, PLAN_NUMBER } from './plan-number.js';

const ROUND = new RegExp(`第\\s?(${PLAN_NUMBER})\\s?[回次]|(${PLAN_NUMBER})\\s?(?:回目|度目)`, 'gu');

/** Every round number the text names, in order. */
export function roundsIn(text: string): number[] {
  return [...text.matchAll(ROUND)].map((m) => parsePlanNumber(m[1] ?? m[2]!)).filter((n): n is number => n !== undefined);
}
