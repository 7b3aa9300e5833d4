// Repairs the damage that text extraction did to slides and PDFs: phrases doubled in place,
// vertical text split one character per line, sentences broken across lines.
// Repaired text is for indexing and display; citations keep pointing at the original lines.

/** Collapses immediate repeats ("平成７年平成７年" → "平成７年"), longest run first, left to right. */
function collapseRepeats(s: string): string {
  const chars = Array.from(s);
  let i = 0;
  while (i < chars.length) {
    let collapsed = false;
    const maxLen = Math.floor((chars.length - i) / 2);
    for (let len = maxLen; len >= 1; len--) {
      let same = true;
      for (let k = 0; k < len; k++) {
        if (chars[i + k] !== chars[i + len + k]) {
          same = false;
          break;
        }
      }
      if (same && !/^[\s　]+$/.test(chars.slice(i, i + len).join(''))) {
        // keep the first copy as it is: repeats inside it (しつつ, ２００２) are genuine
        chars.splice(i + len, len);
        while (chars.slice(i, i + len).join('') === chars.slice(i + len, i + 2 * len).join('')) chars.splice(i + len, len);
        i += len;
        collapsed = true;
        break;
      }
    }
    if (!collapsed) i++;
  }
  return chars.join('');
}

const ignorable = /[\s　]/g;

/**
 * Undoes in-place doubling when a line is mostly doubled (its collapsed form is at most
 * 60% of its length), so that genuine repeats such as いろいろ or ますます are left alone.
 */
export function undouble(line: string): string {
  const bare = line.replace(ignorable, '');
  if (bare.length < 4) {
    // "○○" "①①" "〕〕": a doubled bullet or bracket alone on a line
    return bare.length === 2 && bare[0] === bare[1] ? line.replace(bare, bare[0]!) : line;
  }
  // rows of a numeric table repeat values legitimately ("0 0 0 0"): never touch them
  const numeric = (bare.match(/[0-9０-９.,，．%％]/gu) ?? []).length;
  if (numeric >= bare.length * 0.5) return line;
  const collapsed = collapseRepeats(line);
  const collapsedBare = collapsed.replace(ignorable, '');
  return collapsedBare.length <= bare.length * 0.6 ? collapsed : line;
}

/** True for a line that is one visible character: a piece of vertical text. */
export function isVerticalPiece(line: string): boolean {
  return Array.from(line.trim()).length === 1 && !/^[・■◇○◆●①-⑳]$/.test(line.trim());
}

/** One repaired line of text and the original lines it came from (1-based, inclusive). */
export interface RepairedLine {
  text: string;
  line_start: number;
  line_end: number;
}

/**
 * Repairs a document's lines: undoubles each line and joins runs of three or more
 * single-character lines (vertical text) into one. Blank lines are kept as empty text
 * so structure (paragraph breaks) survives.
 */
export function repairLines(lines: readonly string[]): RepairedLine[] {
  const out: RepairedLine[] = [];
  let i = 0;
  while (i < lines.length) {
    if (isVerticalPiece(lines[i]!)) {
      let j = i;
      while (j < lines.length && (isVerticalPiece(lines[j]!) || (lines[j]!.trim() === '' && j + 1 < lines.length && isVerticalPiece(lines[j + 1]!) && j > i))) j++;
      const pieces = lines.slice(i, j).filter((l) => l.trim() !== '');
      if (pieces.length >= 3) {
        out.push({ text: pieces.map((l) => l.trim()).join(''), line_start: i + 1, line_end: j });
        i = j;
        continue;
      }
    }
    out.push({ text: undouble(lines[i]!).replace(/\s+$/u, ''), line_start: i + 1, line_end: i + 1 });
    i++;
  }
  return out;
}
