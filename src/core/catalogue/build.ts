// Builds the catalogue at ingest: runs the extraction rules over every document, adds the reviewed
// curation, resolves names and aliases, merges equal values and keeps disagreeing ones as conflicts.
import type { LoadedDocument } from '../corpus.js';
import type { Citation } from '../schemas.js';
import { CurationError, curationFacts, loadCuration, parseCuration } from './curation.js';
import { abbreviationFacts, aliasFacts, renamedTitle } from './aliases.js';
import { assembleClusters } from './assemble-clusters.js';
import { budgetColumnFacts, markBudgetRows } from './budget-columns.js';
import { assemblePlans, assembleProgrammes } from './assemble.js';
import { budgetLineFacts, budgetTableFacts, scaleFacts, startCountFacts, type SubjectContext } from './context-facts.js';
import { inlineFacts, periodAfterName, purposeFacts } from './inline-facts.js';
import { nameKey } from './name-key.js';
import { findNameMentions, type NameMention } from './names.js';
import { extractPlans } from './plans.js';
import type { RawFact } from './raw-fact.js';
import { clausesOf } from './prose.js';
import { proseFacts } from './prose-facts.js';
import { issuerFacts, issuingMinistry, ministryFacts, relationFacts } from './relations.js';
import { KnownNames, occurrencesIn, sectionTopics } from './sections.js';
import { CatalogueSchema, type Catalogue } from './schema.js';
import { tableFacts } from './table-rows.js';
import { citeBlock, prepareDocument, type PreparedDocument } from './source-text.js';

export { loadCuration };

/** Programme names known so far: folded key → canonical name, with where each is named. */
export class NameRegistry {
  readonly canonical = new Map<string, { name: string; named_at: Citation[]; kind?: string }>();
  private readonly keys = new Map<string, string>();

  /** Registers a name; returns its canonical form (the first spelling seen for its key). */
  add(name: string, at: readonly Citation[], kind?: string): string {
    const k = nameKey(name);
    const existing = this.keys.get(k);
    if (existing) {
      const entry = this.canonical.get(existing)!;
      for (const c of at) if (entry.named_at.length < 6 && !entry.named_at.some((x) => x.source === c.source && x.line_start === c.line_start)) entry.named_at.push(c);
      if (kind && !entry.kind) entry.kind = kind;
      return existing;
    }
    this.keys.set(k, name);
    this.canonical.set(name, { name, named_at: [...at].slice(0, 6), ...(kind && { kind }) });
    return name;
  }

  /** Makes `alias` resolve to `canonical` (unless it already names something); `force` redirects it anyway. */
  alias(alias: string, canonical: string, force = false): void {
    const k = nameKey(alias);
    if (force || !this.keys.has(k)) this.keys.set(k, canonical);
  }

  resolve(name: string): string | undefined {
    return this.keys.get(nameKey(name));
  }

  /** Drops a registered name (it was merged into another). */
  remove(name: string): void {
    this.canonical.delete(name);
  }
}

function headingLine(doc: PreparedDocument, m: NameMention): number {
  const block = doc.blocks[m.blockIndex]!;
  return citeBlock(doc, block, m.from, m.to).line_start;
}

/** The programme named in a document's first blocks (its title), when exactly one is. */
function titleSubject(doc: PreparedDocument, mentions: readonly NameMention[], reg: NameRegistry): string | undefined {
  const first = new Set([0, 1, 2]);
  const names = new Set(mentions.filter((m) => first.has(m.blockIndex)).map((m) => reg.resolve(m.name)).filter((n): n is string => n !== undefined));
  return names.size === 1 ? [...names][0] : undefined;
}

/** Merges a name written with an inner bracket into the same name without it (…実証拠点（リサーチコンプレックス）推進… ⇄ …実証拠点推進…). */
function mergeBracketForms(reg: NameRegistry, facts: RawFact[]): void {
  for (const name of [...reg.canonical.keys()]) {
    const stripped = name.replace(/（[^（）]+）(?=.)/g, '');
    if (stripped === name) continue;
    const other = reg.resolve(stripped);
    if (!other || other === name || !reg.canonical.has(other)) continue;
    const entry = reg.canonical.get(other)!;
    reg.add(name, entry.named_at);
    reg.alias(other, name, true);
    reg.remove(other);
    facts.push({ subject: { type: 'programme', name }, field: 'alias', value: other, citations: entry.named_at.slice(0, 2), as_written: other, origin: 'rule', note: 'the same name written without its bracket' });
  }
}

/** The programme a name written without its kind word stands for: 研究成果活用プラザ → 研究成果活用プラザ事業. */
function withKind(reg: NameRegistry, name: string): string | undefined {
  return ['事業', 'プログラム', '制度'].map((kind) => reg.resolve(name + kind)).find((n) => n !== undefined && reg.canonical.has(n));
}

/** A title whose next line gives a known programme as its former name is that programme's: its names become aliases. */
function renamedTitleSubject(doc: PreparedDocument, reg: NameRegistry, facts: RawFact[]): string | undefined {
  const t = renamedTitle(doc);
  const target = t?.former.map((f) => reg.resolve(f) ?? withKind(reg, f)).find((n) => n !== undefined && reg.canonical.has(n));
  if (!t || !target) return undefined;
  for (const name of t.names) {
    reg.alias(name, target);
    facts.push({ subject: { type: 'programme', name: target }, field: 'alias', value: name, citations: [t.at], as_written: t.at.quote, origin: 'rule', note: 'the title whose former name it is' });
  }
  return target;
}

/** Registers a shorter form of a name as an alias of the full one: where it was named counts for the full one, and a fact says so. */
function mergeForm(reg: NameRegistry, facts: RawFact[], form: string, full: string, note: string): void {
  const entry = reg.canonical.get(form)!;
  reg.add(full, entry.named_at);
  reg.alias(form, full, true);
  reg.remove(form);
  facts.push({ subject: { type: 'programme', name: full }, field: 'alias', value: form, citations: entry.named_at.slice(0, 2), as_written: form, origin: 'rule', note });
}

/** Merges a name written without its kind word (研究成果活用プラザ, in a table's 事業名 column) into the name with it. */
function mergeKindlessForms(reg: NameRegistry, facts: RawFact[]): void {
  for (const name of [...reg.canonical.keys()]) {
    if (/(?:事業|プログラム|制度|計画|構想|交付金)$/u.test(name)) continue;
    const full = withKind(reg, name);
    if (full) mergeForm(reg, facts, name, full, 'the same name without its kind word');
  }
}

/** A prefecture's name before a programme's (広島県新技術…補助金): the programme named without it is the same one. */
const PREFECTURE_PREFIX = /^(?:北海道|東京都|京都府|大阪府|\p{Script=Han}{2,3}県)/u;

/** Merges a name written without its prefecture (新技術実用化加速事業費補助金) into the name with it (広島県新技術実用化加速事業費補助金). */
function mergePrefectureForms(reg: NameRegistry, facts: RawFact[]): void {
  for (const full of [...reg.canonical.keys()]) {
    const prefix = PREFECTURE_PREFIX.exec(full)?.[0];
    const bare = prefix ? full.slice(prefix.length) : '';
    // (and without its kind word: 次世代…補助金 of 徳島県次世代…補助金制度)
    const form = [bare, bare.replace(/(?:事業|プログラム|制度)$/u, '')].find((f) => reg.canonical.has(f));
    if (form && Array.from(form).length >= 6 && reg.canonical.has(full)) mergeForm(reg, facts, form, full, 'the same name without its prefecture');
  }
}

/** A programme registered under a name another one's brackets abbreviate (ＣＯＩプログラム) is that one. */
function mergeAliasedNames(reg: NameRegistry, facts: readonly RawFact[]): void {
  for (const f of facts) {
    if (f.field !== 'alias' || f.origin !== 'rule' || f.subject.type !== 'programme') continue;
    const target = reg.resolve(f.subject.name);
    const other = reg.resolve(f.value);
    if (!target || !other || other === target || !reg.canonical.has(other) || !reg.canonical.has(target)) continue;
    reg.add(target, reg.canonical.get(other)!.named_at);
    reg.alias(other, target, true);
    reg.remove(other);
  }
}

/**
 * Builds the catalogue from loaded documents and (optionally) parsed curation JSON. Throws
 * CurationError when a curation entry is malformed, cites lines that do not hold its evidence,
 * or names a programme that does not exist.
 */
export function buildCatalogue(docs: readonly LoadedDocument[], curation?: unknown): Catalogue {
  const warnings: string[] = [];
  const cur = parseCuration(curation);
  const { facts: curated, exclusions, skipped } = curationFacts(cur, docs);
  warnings.push(...skipped);
  const excluded = new Set(exclusions.map((e) => nameKey(e.name)));
  const prepared = docs.map(prepareDocument);
  // (a name heading a budget sheet's row whose numbers add up is a programme, as a quoted or headed name is)
  const mentions = prepared.map((d) => markBudgetRows(d, findNameMentions(d).filter((m) => !excluded.has(nameKey(m.name)) && !excluded.has(nameKey(m.base)))));
  const reg = new NameRegistry();
  const facts: RawFact[] = [];

  // 1. Names: strong mentions and curated programmes; a variant implies its base.
  prepared.forEach((doc, i) => {
    for (const m of mentions[i]!) {
      if (!m.strong) continue;
      const at = [citeBlock(doc, doc.blocks[m.blockIndex]!, m.from, m.to)];
      if (m.variant) {
        const base = reg.add(m.base, at);
        reg.add(m.name, at);
        facts.push({ subject: { type: 'programme', name: m.name }, field: 'variant_of', value: base, citations: at, as_written: m.name, origin: 'rule' });
      } else reg.add(m.name, at);
    }
  });
  for (const f of curated) if (f.field === 'name' && f.subject.type === 'programme') reg.add(f.subject.name, f.citations, f.kind);
  mergeBracketForms(reg, facts);
  mergeKindlessForms(reg, facts);
  mergePrefectureForms(reg, facts);
  prepared.forEach((doc, i) => {
    for (const m of mentions[i]!) facts.push(...(m.strong ? aliasFacts(doc, m) : []), ...abbreviationFacts(doc, m));
  });
  mergeAliasedNames(reg, facts);
  for (const f of [...facts, ...curated]) {
    if ((f.field === 'alias' || f.field === 'english_name') && f.subject.type === 'programme') {
      const target = reg.resolve(f.subject.name);
      if (target) reg.alias(f.value, target);
    }
  }

  const renamed = prepared.map((doc) => renamedTitleSubject(doc, reg, facts));

  // 2. Rules over each document.
  // (and their short names: a short name with kana in it, 産学ものづくり補助金, is found only by spelling)
  const shortNames = [...facts, ...curated].flatMap((f) => (f.field === 'alias' && f.subject.type === 'programme' ? [f.value] : []));
  const known = new KnownNames([...reg.canonical.keys(), ...shortNames]);
  prepared.forEach((doc, i) => {
    const ms = mentions[i]!;
    facts.push(...extractPlans(doc));
    const consumed = new Set<number>();
    const issuer = issuingMinistry(doc);
    for (const m of ms) {
      if (m.strong && m.trailing.length > 0) {
        const c = citeBlock(doc, doc.blocks[m.blockIndex]!, m.from, m.end);
        for (let n = c.line_start; n <= c.line_end; n++) consumed.add(n);
      }
      if (m.strong) facts.push(...inlineFacts(doc, m), ...purposeFacts(doc, m), ...relationFacts(doc, m));
      else facts.push(...periodAfterName(doc, m));
      facts.push(...ministryFacts(doc, m), ...issuerFacts(doc, m, issuer));
    }
    const ctx: SubjectContext = {
      headings: ms.filter((m) => m.heading).map((m) => ({ line: headingLine(doc, m), name: m.name })),
      consumed,
    };
    const title = titleSubject(doc, ms, reg) ?? renamed[i];
    if (title) ctx.title = title;
    facts.push(...budgetLineFacts(doc, ctx, warnings), ...scaleFacts(doc, ctx), ...budgetTableFacts(doc, ctx), ...startCountFacts(doc, ctx));
    // sentences and label lines, each given to the programme it is about
    const resolveName = (n: string) => reg.resolve(n);
    const occurrences = occurrencesIn(doc, ms, resolveName, known);
    const topicAt = sectionTopics(doc, ms, occurrences, resolveName, renamed[i]);
    for (const clause of clausesOf(doc, occurrences, topicAt)) facts.push(...proseFacts(clause));
    facts.push(...budgetColumnFacts(doc, ms, resolveName), ...tableFacts(doc));
  });
  facts.push(...curated.filter((f) => f.field !== 'name' || f.subject.type !== 'programme'));

  // 3. Resolve every programme subject; curation must resolve, rules may only warn.
  const resolved: RawFact[] = [];
  for (const f of facts) {
    if (f.subject.type === 'plan') {
      resolved.push(f);
      continue;
    }
    const name = f.subject.type === 'programme' ? f.subject.name : f.subject.programme;
    const canonical = reg.resolve(name);
    if (!canonical || !reg.canonical.has(canonical)) {
      const msg = `${f.where ?? f.citations[0]?.source ?? '?'}: "${name}" is not a known programme`;
      // (when entries were skipped for a removed document, a programme only they named is gone too)
      if (f.origin === 'curation' && skipped.length === 0) throw new CurationError(`${msg}; known: ${[...reg.canonical.keys()].join(', ')}`);
      if (!excluded.has(nameKey(name))) warnings.push(`${msg} (fact dropped: ${f.field} ${f.as_written})`);
      continue;
    }
    resolved.push(f.subject.type === 'programme' ? { ...f, subject: { type: 'programme', name: canonical } } : { ...f, subject: { ...f.subject, programme: canonical } });
  }

  const resolve = (name: string) => reg.resolve(name);
  const programmes = assembleProgrammes(reg.canonical, resolved, resolve, warnings);
  const plans = assemblePlans(resolved, programmes);
  const clusters = assembleClusters(prepared, resolved, programmes, resolve, warnings);
  return CatalogueSchema.parse({
    documents: docs.map((d) => ({ source: d.meta.source, sha256: d.meta.sha256 })),
    plans,
    programmes,
    clusters,
    lexicon: { fields: cur.lexicon.fields },
    warnings,
  });
}
