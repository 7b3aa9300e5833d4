// Builds the catalogue once from the real seeds for the catalogue tests, and small lookups into it.
import { fileURLToPath } from 'node:url';
import { loadCorpus, type LoadedDocument } from '../../../src/core/corpus.js';
import { buildCatalogue, loadCuration } from '../../../src/core/catalogue/build.js';
import type { Catalogue, CountFact, MoneyFact, Programme } from '../../../src/core/catalogue/schema.js';

export const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url));
export const REPO = fileURLToPath(new URL('../../..', import.meta.url));

/** The real documents, the curation JSON and the catalogue built from them. */
export async function realCatalogue(): Promise<{ docs: LoadedDocument[]; curation: unknown; cat: Catalogue }> {
  const { documents } = await loadCorpus(SEEDS);
  const curation = await loadCuration(SEEDS);
  return { docs: documents, curation, cat: buildCatalogue(documents, curation) };
}

export function programme(cat: Catalogue, name: string): Programme {
  const p = cat.programmes.find((x) => x.name === name);
  if (!p) throw new Error(`no programme ${name}; have ${cat.programmes.map((x) => x.name).join(', ')}`);
  return p;
}

export function money(p: Programme, where: Partial<Pick<MoneyFact, 'kind' | 'per' | 'period' | 'fiscal_year'>>): MoneyFact {
  const m = p.money.find((x) => Object.entries(where).every(([k, v]) => x[k as keyof MoneyFact] === v));
  if (!m) throw new Error(`${p.name}: no money ${JSON.stringify(where)}; have ${JSON.stringify(p.money.map((x) => [x.kind, x.per, x.period, x.fiscal_year]))}`);
  return m;
}

export function count(p: Programme, where: Partial<Pick<CountFact, 'unit' | 'scope' | 'fiscal_year'>>): CountFact {
  const c = p.counts.find((x) => Object.entries(where).every(([k, v]) => x[k as keyof CountFact] === v));
  if (!c) throw new Error(`${p.name}: no count ${JSON.stringify(where)}`);
  return c;
}

/** "001:57" for a citation, to compare with what a test expects. */
export const at = (c: { source: string; line_start: number; line_end: number }) =>
  `${c.source.replace(/^seeds\//, '').slice(0, 3)}:${c.line_start}${c.line_end !== c.line_start ? `-${c.line_end}` : ''}`;

/** Every object in a value that looks like a citation. */
export function allCitations(value: unknown, out: { source: string; line_start: number; line_end: number; quote: string }[] = []) {
  if (Array.isArray(value)) for (const v of value) allCitations(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.source === 'string' && typeof o.line_start === 'number' && typeof o.quote === 'string') out.push(o as never);
    else for (const v of Object.values(o)) allCitations(v, out);
  }
  return out;
}
