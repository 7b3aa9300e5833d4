// A document's title when the manifest gives none: its first title-like line. Press releases
// open with a date and the issuing office (令和４年８月２６日 / 科学技術・学術政策局 / …課), so
// those lines are passed over, and a programme name set alone in brackets takes the line after it
// (「…プログラム」 / 平成２８年度新規採択地域の決定について).
import { normalizeText } from './normalize.js';
import { undouble } from './repair.js';

const MAX_TITLE = 80;
/** A date alone: 平成２８年９月２３日, 2019年5月31日（金）, 2020/4/1, 令和元年６月. */
const DATE_LINE = /^(?:(?:明治|大正|昭和|平成|令和)\s*(?:\d{1,2}|元)|\d{4})\s*(?:年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?)?|[./-]\s*\d{1,2}(?:\s*[./-]\s*\d{1,2})?)\s*(?:[（(][^）)]{1,3}[）)])?$/u;
/** An issuing office or a contact line: 国土交通省都市局, 産業連携・地域支援課地域支援室, Tel：…, 担当：…. */
const ISSUER_LINE = /^[^「」『』。、]{2,30}(?:省|庁|府|局|部|課|室|係|機構|法人|センター|本部|事務局|[（(][Ａ-ＺA-Z]{2,6}[）)])$|^(?:tel|fax|電話|担当|問合せ|お問い?合わせ|e-?mail|https?:)/iu;

/** True when a line is a date alone (a document's date line): 令和３年１２月１７日, 2019年5月31日（金）. */
export function isDateLine(line: string): boolean {
  return DATE_LINE.test(normalizeText(line).trim());
}

/** True when a line is a date or an issuer, not a title. */
function notTitle(line: string): boolean {
  const t = normalizeText(line).trim();
  return DATE_LINE.test(t) || ISSUER_LINE.test(t);
}

/** The title of a document from its lines: the first line that is not a date or an issuer. */
export function titleFromLines(lines: readonly string[]): string {
  const i = lines.findIndex((l) => l.trim() !== '' && !notTitle(l));
  if (i < 0) return (lines.find((l) => l.trim() !== '') ?? '').trim().slice(0, MAX_TITLE);
  let title = lines[i]!.trim();
  const next = lines[i + 1]?.trim() ?? '';
  // a name set alone in brackets is what the title is about: the line after it says what about it
  // (…の決定について, …の概要)
  if ((/^[「『].*[」』]$/u.test(title) || /(?:について|の概要|の結果)$/u.test(next)) && next !== '' && !notTitle(next)) title += next;
  // a heading doubled in extraction (…プログラム…プログラム) reads once
  return undouble(title).slice(0, MAX_TITLE);
}
