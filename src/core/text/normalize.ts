// Normalisation applied before tokenising, for both documents and queries.

/** NFKC (full-width digits and letters to ASCII, half-width kana to full-width) and folded spaces. */
export function normalizeText(text: string): string {
  return text
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
