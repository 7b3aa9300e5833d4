// The seam between a file and what shisaku indexes: a loader per format turns a file's bytes into
// lines of text plus a map from those lines back to the page, slide, sheet or heading they came from.
import type { DocumentFormat, Place } from '../schemas.js';

/** A file handed to a loader. */
export interface LoaderInput {
  /** How the file is named in citations and messages, e.g. seeds/report.pdf. */
  source: string;
  bytes: Uint8Array;
}

/** What a loader extracts: the lines shisaku indexes and cites, and where they stand in the original. */
export interface Extracted {
  lines: string[];
  /** Where runs of lines begin in the original, sorted by line; absent for plain text (lines are the place). */
  places?: Place[];
  /**
   * 'lines': every line stands alone (a paragraph, a list item, a table row), so display keeps the
   * line breaks; otherwise (text, PDF) lines wrapped by the layout are joined back for display.
   */
  layout?: 'lines';
  /** A title the file gives itself (PDF metadata, first slide's title), when it has a usable one. */
  title?: string;
  /** The character encoding a text file was decoded from, when not UTF-8. */
  encoding?: string;
}

/** One document format. Registered in loaders/index.ts. */
export interface Loader {
  format: DocumentFormat;
  /** File extensions it takes, lower-case, without the dot. */
  extensions: readonly string[];
  /** Largest file read, as a multiple of the per-document limit (containers are larger than their text). */
  sizeFactor: number;
  /** Extracts the text; an expected failure is a BadDocumentError that says what to do. */
  load(input: LoaderInput): Promise<Extracted>;
}
