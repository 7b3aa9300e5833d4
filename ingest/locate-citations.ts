// Gives every citation the catalogue stores the place its lines stand at in the original file
// (page, slide, sheet row, heading path), so catalogue facts from a PDF or a deck cite the page
// or slide as search results do. Text documents' citations are left as they are.
import type { LoadedDocument } from '../src/core/corpus.js';
import { locate } from '../src/core/loaders/places.js';

type Json = unknown;

function isCitation(v: Record<string, unknown>): v is Record<string, unknown> & { source: string; line_start: number; line_end: number; quote: string } {
  return typeof v['source'] === 'string' && typeof v['line_start'] === 'number' && typeof v['line_end'] === 'number' && typeof v['quote'] === 'string';
}

/** Adds `location` to every citation-shaped object in `value` whose document has places; returns `value`. */
export function locateCitations<T extends Json>(value: T, documents: readonly LoadedDocument[]): T {
  const bySource = new Map(documents.filter((d) => d.places !== undefined).map((d) => [d.meta.source, d]));
  if (bySource.size === 0) return value;
  const visit = (v: Json): void => {
    if (Array.isArray(v)) {
      v.forEach(visit);
    } else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (isCitation(o)) {
        const doc = bySource.get(o.source);
        const location = doc ? locate(doc.places, o.line_start, o.line_end) : undefined;
        if (location) o['location'] = location;
        return;
      }
      Object.values(o).forEach(visit);
    }
  };
  visit(value);
  return value;
}
