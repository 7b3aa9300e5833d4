// The reviewed curation file (seeds/catalogue.curation.json): facts the rules cannot reach, each
// pointing at lines of a document and quoting evidence that must stand there. A bad entry fails
// loudly, naming the entry, instead of slipping an uncited fact into the catalogue.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { LoadedDocument } from '../corpus.js';
import { InvalidInputError } from '../errors.js';
import type { Citation } from '../schemas.js';
import { normalizeText, squashWhitespace } from '../text/normalize.js';
import { undouble } from '../text/repair.js';
import {
  ClusterKindSchema,
  CountScopeSchema,
  CountUnitSchema,
  MoneyKindSchema,
  MoneyPerSchema,
  MoneyPeriodSchema,
  ProgrammeKindSchema,
  RelationKindSchema,
} from './schema.js';
import type { Exclusion, RawFact, Subject } from './raw-fact.js';
import { cite } from './source-text.js';

export const CURATION_FILE = 'catalogue.curation.json';

const AtSchema = z.union([z.string(), z.array(z.string()).min(1)]).describe('"001:57" or "001:57-59" (document prefix or file name : lines), or a list');
const EvidenceSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).describe('Text that must stand in the cited lines');

const CitedSchema = z.object({ at: AtSchema, evidence: EvidenceSchema, note: z.string().optional(), label: z.string().optional() });
const SubjectFieldsSchema = z.object({
  programme: z.string().optional(),
  plan: z.number().int().min(1).optional(),
  cluster: z.string().optional().describe('Region of a cluster or area of `programme`'),
});

const FactBodySchema = z.discriminatedUnion('field', [
  z.object({
    field: z.enum(['alias', 'english_name', 'ministry', 'agency', 'purpose', 'selection', 'note', 'theme', 'point', 'cluster_name', 'research_field', 'region_name']),
    value: z.string().min(1),
  }),
  z.object({ field: z.literal('period'), start_fy: z.number().int(), end_fy: z.number().int().nullable() }),
  z.object({ field: z.literal('duration'), years_min: z.number(), years_max: z.number() }),
  z.object({
    field: z.literal('money'),
    kind: MoneyKindSchema,
    per: MoneyPerSchema,
    period: MoneyPeriodSchema,
    fiscal_year: z.number().int().nullable(),
    yen: z.number(),
    yen_max: z.number().optional(),
  }),
  z.object({ field: z.literal('count'), unit: CountUnitSchema, scope: CountScopeSchema, fiscal_year: z.number().int().nullable(), count: z.number().int() }),
  z.object({ field: z.literal('relation'), predecessor: z.string(), relation: RelationKindSchema }),
  z.object({ field: z.literal('decided'), year: z.number().int(), month: z.number().int().min(1).max(12) }),
  z.object({ field: z.literal('start_fy'), value: z.number().int() }),
]);

export const CurationFactSchema = z.intersection(SubjectFieldsSchema.merge(CitedSchema), FactBodySchema);
export type CurationFact = z.infer<typeof CurationFactSchema>;

export const CurationSchema = z.object({
  $comment: z.union([z.string(), z.array(z.string())]).optional(),
  not_programmes: z.array(z.object({ name: z.string(), reason: z.string().min(1) })).default([]),
  programmes: z
    .array(CitedSchema.extend({ name: z.string(), kind: ProgrammeKindSchema.optional(), variant_of: z.string().optional() }))
    .default([]),
  clusters: z.array(CitedSchema.extend({ programme: z.string(), region: z.string(), kind: ClusterKindSchema })).default([]),
  facts: z.array(CurationFactSchema).default([]),
  lexicon: z.object({ fields: z.array(z.array(z.string()).min(2)).default([]) }).default({ fields: [] }),
});
export type Curation = z.infer<typeof CurationSchema>;

/** A curation entry that cannot be trusted: bad shape, unknown document, lines out of range, evidence not there. */
export class CurationError extends InvalidInputError {}

/** A curation entry that cites a document no longer in seeds/: skipped with a warning, not fatal. */
export class MissingDocumentError extends CurationError {}

/** Reads seeds/catalogue.curation.json (parsed JSON, not yet validated); undefined when there is none. */
export async function loadCuration(seedsDir: string): Promise<unknown> {
  let raw: string;
  try {
    raw = await readFile(path.join(seedsDir, CURATION_FILE), 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch (cause) {
    throw new CurationError(`${CURATION_FILE} is not valid JSON: ${(cause as Error).message}`, { cause });
  }
}

/** Validates the shape of curation data, naming the entries that are wrong. */
export function parseCuration(data: unknown): Curation {
  const parsed = CurationSchema.safeParse(data ?? {});
  if (!parsed.success) {
    throw new CurationError(`${CURATION_FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

function findDocument(docs: readonly LoadedDocument[], ref: string, where: string): LoadedDocument {
  const exact = docs.find((d) => d.meta.source === ref || path.basename(d.meta.source) === ref || d.meta.id === ref);
  if (exact) return exact;
  const byPrefix = docs.filter((d) => path.basename(d.meta.source).startsWith(ref));
  if (byPrefix.length === 1) return byPrefix[0]!;
  const message = `${where}: document "${ref}" ${byPrefix.length > 1 ? 'is ambiguous' : 'is not in seeds/'}; use a file name such as ${docs.map((d) => path.basename(d.meta.source)).slice(0, 3).join(', ')}`;
  throw byPrefix.length > 1 ? new CurationError(message) : new MissingDocumentError(message);
}

const fold = (s: string) => squashWhitespace(normalizeText(s)).toLowerCase();

/** Whether evidence stands in a quote: as written, or with the extraction's in-place doubling undone. */
function stands(quote: string, evidence: string): boolean {
  const e = fold(evidence);
  return fold(quote).includes(e) || fold(quote.split('\n').map(undouble).join('\n')).includes(e);
}

/** Turns `at` + `evidence` into checked citations: every range holds some evidence, every evidence stands in some range. */
export function checkedCitations(docs: readonly LoadedDocument[], at: string | string[], evidence: string | string[], where: string): Citation[] {
  const ats = Array.isArray(at) ? at : [at];
  const evs = Array.isArray(evidence) ? evidence : [evidence];
  const cits = ats.map((a) => {
    const m = /^(.+):(\d+)(?:-(\d+))?$/.exec(a.trim());
    if (!m) throw new CurationError(`${where}: "${a}" is not "document:line" or "document:start-end"`);
    const doc = findDocument(docs, m[1]!, where);
    const start = Number(m[2]);
    const end = m[3] ? Number(m[3]) : start;
    if (start < 1 || end < start || end > doc.lines.length) {
      throw new CurationError(`${where}: lines ${start}-${end} are outside ${doc.meta.source} (1-${doc.lines.length})`);
    }
    return cite({ source: doc.meta.source, lines: doc.lines }, start, end);
  });
  for (const c of cits) {
    if (!evs.some((e) => stands(c.quote, e))) {
      throw new CurationError(`${where}: none of the evidence ${JSON.stringify(evs)} stands at ${c.source}:${c.line_start}-${c.line_end} ("${c.quote.slice(0, 80)}")`);
    }
  }
  for (const e of evs) {
    if (!cits.some((c) => stands(c.quote, e))) {
      throw new CurationError(`${where}: evidence "${e}" does not stand at ${ats.join(', ')}`);
    }
  }
  return cits;
}

function subjectOf(f: CurationFact, where: string): Subject {
  if (f.cluster !== undefined) {
    if (!f.programme) throw new CurationError(`${where}: a cluster fact needs "programme" too`);
    return { type: 'cluster', programme: f.programme, region: f.cluster };
  }
  if (f.plan !== undefined) return { type: 'plan', ordinal: f.plan };
  if (f.programme !== undefined) return { type: 'programme', name: f.programme };
  throw new CurationError(`${where}: say what the fact is about: "programme", "plan" or "cluster" + "programme"`);
}

function describe(f: CurationFact, i: number): string {
  const about = f.cluster ?? (f.plan !== undefined ? `plan ${f.plan}` : f.programme ?? '?');
  return `${CURATION_FILE} facts[${i}] (${about}, ${f.field})`;
}

/** Curation as raw facts, each with checked citations; names are resolved later, with the rules' names. */
export function curationFacts(cur: Curation, docs: readonly LoadedDocument[]): { facts: RawFact[]; exclusions: Exclusion[]; skipped: string[] } {
  const facts: RawFact[] = [];
  const skipped: string[] = [];
  // an entry citing a removed document is skipped (and reported); any other problem is fatal
  const each = <T>(items: readonly T[], run: (item: T, i: number) => void) =>
    items.forEach((item, i) => {
      try {
        run(item, i);
      } catch (err) {
        if (!(err instanceof MissingDocumentError)) throw err;
        skipped.push(`${err.message} (entry skipped)`);
      }
    });
  each(cur.programmes, (p, i) => {
    const where = `${CURATION_FILE} programmes[${i}] (${p.name})`;
    const citations = checkedCitations(docs, p.at, p.evidence, where);
    const base = { subject: { type: 'programme' as const, name: p.name }, citations, as_written: p.name, origin: 'curation' as const, where, ...(p.note && { note: p.note }) };
    facts.push({ ...base, field: 'name', ...(p.kind && { kind: p.kind }) });
    if (p.variant_of) facts.push({ ...base, field: 'variant_of', value: p.variant_of });
  });
  each(cur.clusters, (c, i) => {
    const where = `${CURATION_FILE} clusters[${i}] (${c.region})`;
    const citations = checkedCitations(docs, c.at, c.evidence, where);
    facts.push({ subject: { type: 'cluster', programme: c.programme, region: c.region, kind: c.kind }, field: 'region_name', value: c.region, citations, as_written: c.region, origin: 'curation', where, ...(c.note && { note: c.note }) });
  });
  each(cur.facts, (f, i) => {
    const where = describe(f, i);
    const subject = subjectOf(f, where);
    const citations = checkedCitations(docs, f.at, f.evidence, where);
    const as_written = Array.isArray(f.evidence) ? f.evidence.join(' … ') : f.evidence;
    const base = { subject, citations, as_written, origin: 'curation' as const, where, ...(f.note && { note: f.note }), ...(f.label && { label: f.label }) };
    switch (f.field) {
      case 'period':
        facts.push({ ...base, field: 'period', value: { start_fy: f.start_fy, end_fy: f.end_fy } });
        break;
      case 'duration':
        facts.push({ ...base, field: 'duration', value: { years_min: f.years_min, years_max: f.years_max } });
        break;
      case 'money':
        facts.push({ ...base, field: 'money', key: { kind: f.kind, per: f.per, period: f.period, fiscal_year: f.fiscal_year }, value: { yen: f.yen, ...(f.yen_max !== undefined && { yen_max: f.yen_max }) } });
        break;
      case 'count':
        facts.push({ ...base, field: 'count', key: { unit: f.unit, scope: f.scope, fiscal_year: f.fiscal_year }, value: { count: f.count } });
        break;
      case 'relation':
        facts.push({ ...base, field: 'relation', value: { programme: f.predecessor, relation: f.relation } });
        break;
      case 'decided':
        facts.push({ ...base, field: 'decided', value: { year: f.year, month: f.month } });
        break;
      case 'start_fy':
        facts.push({ ...base, field: 'start_fy', value: f.value });
        break;
      default:
        facts.push({ ...base, field: f.field, value: f.value });
    }
  });
  return { facts, exclusions: cur.not_programmes, skipped };
}
