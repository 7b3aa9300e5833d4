// Normalisation applied before tokenising, for both documents and queries.

/** A surrogate half without its partner: invalid UTF-16, which kuromoji cannot read. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** NFKC (full-width digits and letters to ASCII, half-width kana to full-width) and folded spaces; lone surrogates become spaces. */
export function normalizeText(text: string): string {
  return text
    .replace(LONE_SURROGATE, ' ')
    .normalize('NFKC')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
    .replace(/[\u2010-\u2015\u2212\uff0d]/g, '-')
    .replace(/[〜～]/g, '~')
    .replace(/[ \t\u3000]+/g, ' ')
    .trim();
}

/** Whitespace removed: how two texts are compared when checking a quote against a file. */
export function squashWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** A text written so that a RegExp built around it matches it literally (知的クラスター（第Ⅱ期） keeps its brackets). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
