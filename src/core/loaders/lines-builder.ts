// Collects a structured document's lines and the places they stand at (page, slide, sheet row,
// heading path), as loaders walk the original. A place that gets no line is dropped.
import type { Location, Place } from '../schemas.js';

/** Control characters other than tab, and the replacement character, never reach the index. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/gu;

/** Trims a piece of extracted text and drops control characters. */
function cleanText(text: string): string {
  return text.replace(CONTROL, '').replace(/[ \t\u00a0]+$/u, '').replace(/^[ \t\u00a0]+/u, '');
}

export class LinesBuilder {
  readonly lines: string[] = [];
  readonly places: Place[] = [];
  private pending: Omit<Place, 'line'> | undefined;

  /** The next line pushed starts a new place. */
  place(location: Location, title?: string): void {
    this.pending = { location, ...(title !== undefined && title !== '' && { title }) };
  }

  /** Adds text as one line per line it holds; empty lines are dropped (use blank()). */
  push(text: string): void {
    for (const raw of text.split(/\r\n|\n|\r/)) {
      const line = cleanText(raw);
      if (line === '') continue;
      if (this.pending) {
        this.places.push({ line: this.lines.length + 1, ...this.pending });
        this.pending = undefined;
      }
      this.lines.push(line);
    }
  }

  /**
   * The next line pushed stands at `line` (1-based) of the file, as far as the lines so far leave
   * room: blank lines fill the gap, so a text format's lines keep the numbers they have in the file.
   */
  padTo(line: number): void {
    while (this.lines.length < line - 1) this.lines.push('');
  }

  /** A blank line between blocks (never two in a row, never first). */
  blank(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  /** The lines without a trailing blank, and the places. */
  finish(): { lines: string[]; places: Place[] } {
    while (this.lines.length > 0 && this.lines[this.lines.length - 1] === '') this.lines.pop();
    return { lines: this.lines, places: this.places };
  }
}

/** Heading paths of a document with levelled headings (h1–h6, Markdown #, Word heading styles). */
export class HeadingPath {
  private readonly stack: { level: number; text: string }[] = [];

  /** Enters a heading of `level` (1 outermost) and returns the path to it. */
  enter(level: number, text: string): string[] {
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.level >= level) this.stack.pop();
    this.stack.push({ level, text });
    return this.path();
  }

  path(): string[] {
    return this.stack.map((h) => h.text);
  }
}
