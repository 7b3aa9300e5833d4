// The curation file fails loudly, naming the entry, when it cites lines that do not hold its evidence,
// an unknown document, lines out of range, or a programme that does not exist.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/core/catalogue/build.js';
import { CurationError } from '../../../src/core/catalogue/curation.js';
import type { LoadedDocument } from '../../../src/core/corpus.js';
import { realCatalogue } from './helpers.js';

let docs: LoadedDocument[];
let curation: { facts: unknown[]; programmes: unknown[] };
beforeAll(async () => {
  const r = await realCatalogue();
  docs = r.docs;
  curation = r.curation as typeof curation;
});

const withFact = (fact: unknown) => ({ ...curation, facts: [...curation.facts, fact] });

describe('curation', () => {
  it('builds without curation too (rules only), with fewer facts', () => {
    const bare = buildCatalogue(docs);
    const p = bare.programmes.find((x) => x.name === '知的クラスター創成事業')!;
    expect(p.english_names).toEqual([]);
    expect(p.counts.find((c) => c.scope === 'total')?.values.map((v) => v.value.count)).toEqual([18, 31]);
  });

  it('fails naming the entry when the evidence is not at the cited lines', () => {
    const bad = withFact({ programme: '知的クラスター創成事業', field: 'english_name', value: 'Knowledge Cluster', at: '001:1088', evidence: 'Knowledge Cluster Initiative' });
    expect(() => buildCatalogue(docs, bad)).toThrow(CurationError);
    expect(() => buildCatalogue(docs, bad)).toThrow(new RegExp(`facts\\[${curation.facts.length}\\] \\(知的クラスター創成事業, english_name\\).*Knowledge Cluster Initiative`));
  });

  it('fails on lines outside the document', () => {
    expect(() => buildCatalogue(docs, withFact({ programme: '知的クラスター創成事業', field: 'alias', value: 'x', at: '002:999', evidence: 'x' }))).toThrow(/outside seeds\/002/);
  });

  it('skips, with a warning naming it, an entry that cites a document no longer in seeds/', () => {
    const cat = buildCatalogue(docs, withFact({ programme: '知的クラスター創成事業', field: 'alias', value: 'x', at: '009:1', evidence: 'x' }));
    expect(cat.warnings.some((w) => /document "009" is not in seeds\/.*entry skipped/.test(w))).toBe(true);
    expect(cat.programmes.find((p) => p.name === '知的クラスター創成事業')!.aliases.map((a) => a.value)).not.toContain('x');
  });

  it('fails on a programme that does not exist', () => {
    const bad = withFact({ programme: '存在しない事業', field: 'alias', value: '知クラ', at: '003:52', evidence: '知クラ' });
    expect(() => buildCatalogue(docs, bad)).toThrow(/存在しない事業.*not a known programme/);
  });

  it('fails on a malformed entry', () => {
    expect(() => buildCatalogue(docs, withFact({ programme: '知的クラスター創成事業', field: 'money', yen: 'lots', at: '002:57', evidence: '75億円' }))).toThrow(CurationError);
  });

  it('accepts evidence written without the extraction’s doubling', () => {
    const ok = withFact({ plan: 2, field: 'point', value: '科学技術システム改革', at: '001:25', evidence: '科学技術システム改革' });
    const cat = buildCatalogue(docs, ok);
    expect(cat.plans.find((p) => p.ordinal === 2)!.points.map((p) => p.value)).toContain('科学技術システム改革');
  });
});
