// How much of a hand-written catalogue the rules read from documents nobody tuned them on: builds the
// catalogue over a folder (e.g. seeds/ plus eval/dev/docs/ copied together) and checks each programme of a
// programmes.json (name, aliases, start_fy, end_fy, ministry, facts) against what get_programme would return.
// Usage: npx tsx eval/catalogue-check.ts DOCS_DIR PROGRAMMES_JSON [-v]
import { readFile } from 'node:fs/promises';
import { buildCatalogue, loadCuration } from '../src/core/catalogue/build.js';
import { findAmounts } from '../src/core/catalogue/money.js';
import { resolveProgramme } from '../src/core/catalogue/query.js';
import type { Programme } from '../src/core/catalogue/schema.js';
import { loadCorpus } from '../src/core/corpus.js';

interface GoldFact {
  kind: string;
  value: string;
  note?: string;
}
interface GoldProgramme {
  name: string;
  aliases?: string[];
  start_fy?: number | null;
  end_fy?: number | null;
  ministry?: string | null;
  not_in_corpus?: boolean;
  facts?: GoldFact[];
}

const nf = (s: string) => s.normalize('NFKC').replace(/\s/g, '');

/** The yen a gold value states; a bare number takes its unit from the note (百万円, 千円). */
function goldYen(f: GoldFact): number {
  const found = findAmounts(f.value)[0]?.money.yen;
  if (found !== undefined) return found;
  const unit = /百万円/.test(f.note ?? '') ? 1e6 : /千円/.test(f.note ?? '') ? 1e3 : 1;
  return Number(nf(f.value).replace(/,/g, '')) * unit;
}

/** The number of years a duration states: 原則５年間 → 5, 平成３１年度～平成３５年度（５年間） → 5. */
function goldYears(value: string): number {
  const t = nf(value.replace(/^.*[(（]/u, ''));
  return Number((/(\d+)(?:か|カ|ヶ)?年(?!度~)/u.exec(t) ?? /(\d+)/.exec(nf(value)))?.[1]);
}

/** The ministry (or prefecture) a gold value names, without its bureau or division: 文部科学省（科学技術・学術政策局） → 文部科学省, 長野県（産業労働部） → 長野県. */
function ministryOf(value: string): string {
  return /^[^（(・、\s]*?(?:省|府|庁|県|都|道)/u.exec(nf(value))?.[0] ?? nf(value);
}

async function main(): Promise<void> {
  const [dir, goldFile] = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  if (!dir || !goldFile) throw new Error('usage: npx tsx eval/catalogue-check.ts DOCS_DIR PROGRAMMES_JSON [-v]');
  const verbose = process.argv.includes('-v');
  const { documents } = await loadCorpus(dir);
  const cat = buildCatalogue(documents, await loadCuration(dir));
  const gold = JSON.parse(await readFile(goldFile, 'utf8')) as GoldProgramme[];
  const score = new Map<string, [number, number]>();
  const add = (k: string, ok: boolean) => {
    const s = score.get(k) ?? [0, 0];
    score.set(k, [s[0] + (ok ? 1 : 0), s[1] + 1]);
  };
  for (const g of gold) {
    const r = resolveProgramme(cat, g.name);
    const p: Programme | undefined = 'suggestions' in r ? undefined : r;
    if (g.not_in_corpus) {
      add('decoy not found', !p);
      continue;
    }
    add('found', p !== undefined);
    for (const a of g.aliases ?? []) {
      const x = resolveProgramme(cat, a);
      add('alias found', p !== undefined && !('suggestions' in x) && x.name === p.name);
    }
    const miss: string[] = [];
    const check = (k: string, ok: boolean, what: string) => {
      add(k, ok);
      if (!ok) miss.push(what);
    };
    const starts = p?.period?.values.map((v) => v.value.start_fy) ?? [];
    if (g.start_fy != null) check('start', starts.includes(g.start_fy), `start ${g.start_fy}, got ${starts.join(',')}`);
    const ends = p?.period?.values.map((v) => v.value.end_fy) ?? [];
    if (g.end_fy != null) check('end', ends.includes(g.end_fy), `end ${g.end_fy}, got ${ends.join(',')}`);
    if (g.ministry) check('ministry', [...(p?.ministries ?? []), ...(p?.agencies ?? [])].some((m) => ministryOf(m.value) === ministryOf(g.ministry!)), `ministry ${g.ministry}, got ${(p?.ministries ?? []).map((m) => m.value).join(',')}`);
    for (const f of g.facts ?? []) {
      if (/budget/.test(f.kind)) {
        const yen = goldYen(f);
        check('amount', (p?.money ?? []).some((m) => m.values.some((v) => v.value.yen === yen || v.value.yen_max === yen)), `amount ${f.kind} ${f.value}`);
      } else if (f.kind === 'regions_selected') {
        const n = Number(/(\d+)/.exec(nf(f.value))?.[1]);
        check('count', (p?.counts ?? []).some((c) => c.values.some((v) => v.value.count === n)), `count ${f.value}`);
      } else if (f.kind === 'duration_years') {
        const n = goldYears(f.value);
        check('duration', (p?.duration?.values ?? []).some((v) => v.value.years_max === n || v.value.years_min === n), `duration ${f.value}`);
      } else if (f.kind === 'implementing_agency') {
        check('agency', (p?.agencies ?? []).some((a) => nf(f.value).includes(nf(a.value))), `agency ${f.value}`);
      }
    }
    if (verbose) console.log(`${p ? '✓' : '✗'} ${g.name}${miss.map((m) => `\n    ${m}`).join('')}`);
  }
  for (const [k, [ok, n]] of score) console.log(`${k.padEnd(16)} ${ok}/${n}`);
  console.log(`programmes in the catalogue: ${cat.programmes.length}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
