// Builds the cluster and area records: Japanese lists and curated regions first, then English lists
// matched to them by name (Sapporo ⇄ 札幌 via the curated English names), then start years from table rows.
import { CurationError } from './curation.js';
import { japaneseClusterFacts, englishListFacts, NameFinder, startYearRows } from './clusters.js';
import { list, single } from './merge.js';
import { nameKey } from './name-key.js';
import type { RawFact } from './raw-fact.js';
import type { Cluster, Programme } from './schema.js';
import { cite, type PreparedDocument } from './source-text.js';

interface Entity {
  programme: string;
  region: string;
  kind: Cluster['kind'];
  keys: Set<string>;
  facts: RawFact[];
}

type Resolve = (name: string) => string | undefined;

function find(entities: readonly Entity[], programme: string | undefined, name: string): Entity | undefined {
  const k = nameKey(name);
  return entities.find((e) => (!programme || e.programme === programme) && e.keys.has(k));
}

/** Every cluster, area and wide-area cluster the documents list, with their facts merged. */
export function assembleClusters(
  docs: readonly PreparedDocument[],
  resolvedFacts: readonly RawFact[],
  programmes: readonly Programme[],
  resolve: Resolve,
  warnings: string[],
): Cluster[] {
  const names = new NameFinder(programmes.flatMap((p) => [p.name, ...p.aliases.map((a) => a.value)]));
  const ruleFacts: RawFact[] = [];
  for (const d of docs) {
    for (const f of japaneseClusterFacts(d, names, warnings)) {
      if (f.subject.type !== 'cluster') continue;
      const programme = resolve(f.subject.programme);
      if (programme) ruleFacts.push({ ...f, subject: { ...f.subject, programme } });
    }
  }
  const all = [...ruleFacts, ...resolvedFacts.filter((f) => f.subject.type === 'cluster')];
  const entities: Entity[] = [];
  const attach = (f: RawFact, e: Entity) => {
    e.facts.push(f);
    if (f.field === 'region_name' && 'value' in f) e.keys.add(nameKey(String(f.value)));
  };
  // Records first: list entries and curated regions say which records exist.
  for (const f of all) {
    if (f.subject.type !== 'cluster' || !f.subject.kind) continue;
    let e = find(entities, f.subject.programme, f.subject.region);
    if (!e) {
      e = { programme: f.subject.programme, region: f.subject.region, kind: f.subject.kind, keys: new Set([nameKey(f.subject.region)]), facts: [] };
      entities.push(e);
    }
    attach(f, e);
  }
  // Then facts about a record named by any of its names; names before the rest.
  const rest = all.filter((f) => f.subject.type === 'cluster' && !f.subject.kind);
  for (const f of [...rest.filter((x) => x.field === 'region_name'), ...rest.filter((x) => x.field !== 'region_name')]) {
    if (f.subject.type !== 'cluster') continue;
    const e = find(entities, f.subject.programme, f.subject.region);
    if (!e) {
      const msg = `${f.where ?? f.citations[0]?.source}: no cluster or area "${f.subject.region}" in ${f.subject.programme}`;
      if (f.origin === 'curation') throw new CurationError(msg);
      warnings.push(msg);
      continue;
    }
    attach(f, e);
  }
  // English lists, given to the programme whose English name stands among their lines.
  const english = new Map(programmes.flatMap((p) => p.english_names.map((n) => [n.value, p.name] as const)));
  for (const d of docs) {
    for (const { programme, entry } of englishListFacts(d, english, warnings)) {
      let e = find(entities, programme, entry.name);
      if (!e) {
        const kind = entities.some((x) => x.programme === programme && x.kind === 'cluster') ? 'cluster' : 'area';
        e = { programme, region: entry.name, kind, keys: new Set([nameKey(entry.name)]), facts: [] };
        entities.push(e);
      }
      const citations = [cite(d, entry.line_start, entry.line_end)];
      const subject = { type: 'cluster' as const, programme, region: e.region };
      attach({ subject, field: 'region_name', value: entry.name, citations, as_written: entry.name, origin: 'rule' }, e);
      for (const fld of entry.fields) attach({ subject, field: 'research_field', value: fld, citations, as_written: fld, origin: 'rule' }, e);
    }
  }
  // Start years from table rows "Region Ｈ１４ 462,500 …" that name exactly one known region.
  for (const d of docs) {
    for (const row of startYearRows(d)) {
      const k = nameKey(row.region);
      const hits = entities.filter((e) => e.kind !== 'selected' && [...e.keys].some((x) => x === k || (Math.min(x.length, k.length) >= 2 && (x.startsWith(k) || k.startsWith(x)))));
      if (hits.length !== 1) continue;
      const e = hits[0]!;
      attach({ subject: { type: 'cluster', programme: e.programme, region: e.region }, field: 'start_fy', value: row.year, citations: [cite(d, row.line)], as_written: row.raw.split(/\s+/).slice(0, 2).join(' '), origin: 'rule' }, e);
    }
  }
  return entities.map((e) => ({
    id: `${nameKey(e.programme)}/${nameKey(e.region)}`,
    programme: e.programme,
    kind: e.kind,
    region: e.region,
    names: list<string>(e.facts.filter((f) => f.field === 'region_name')),
    cluster_name: single<string>(e.facts.filter((f) => f.field === 'cluster_name')),
    fields: list<string>(e.facts.filter((f) => f.field === 'research_field')),
    start_fy: single<number>(e.facts.filter((f) => f.field === 'start_fy')),
  }));
}
