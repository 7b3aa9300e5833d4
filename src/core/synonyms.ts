// Sudachi's synonym dictionary (sudachi-synonyms-dictionary, Apache-2.0), cut down at ingest to
// the groups that touch the corpus vocabulary: 補助金/助成金/交付金, 特許/patent, and so on.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { normalizeText } from './text/normalize.js';

interface SudachiItem {
  midashi: string;
  expandControl: number;
}
interface SudachiGroup {
  id: string;
  items: SudachiItem[];
}

/**
 * Synonym groups with at least one member in `vocabulary` (kuromoji terms of the corpus)
 * and at least two members. Members are NFKC, lower-cased; ones never to expand are dropped.
 */
export async function corpusSynonymGroups(vocabulary: ReadonlySet<string>): Promise<string[][]> {
  const require = createRequire(import.meta.url);
  const pkg = path.dirname(require.resolve('sudachi-synonyms-dictionary'));
  const groups = JSON.parse(await readFile(path.join(pkg, 'sudachi-synonyms-dictionary.json'), 'utf8')) as SudachiGroup[];
  const out: string[][] = [];
  for (const g of groups) {
    const members = [...new Set(g.items.filter((i) => i.expandControl !== 2).map((i) => normalizeText(i.midashi).toLowerCase()))].filter((m) => m !== '');
    if (members.length >= 2 && members.some((m) => vocabulary.has(m))) out.push(members);
  }
  return out;
}
