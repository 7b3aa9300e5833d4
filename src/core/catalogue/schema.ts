// The catalogue's shapes as zod schemas: plans, programmes, clusters and the facts they carry,
// each value with its citations, plus the shapes the MCP tools return (list, timeline, clusters).
import { z } from 'zod';
import { CitationSchema } from '../schemas.js';

/** How a value got into the catalogue: a rule over the text, the reviewed curation file, or derived from other facts. */
export const OriginSchema = z.enum(['rule', 'curation', 'derived']);

/** One value of a fact, with every place that states it. */
function factValueSchema<T extends z.ZodTypeAny>(value: T) {
  return z.object({
    value,
    citations: z.array(CitationSchema).min(1),
    as_written: z.array(z.string()).describe('The value as the documents write it, e.g. 平成１４～２０年度'),
    label: z.string().optional().describe('What the value refers to, when the text says (e.g. 新規地域 vs 発展型)'),
    note: z.string().optional(),
    origins: z.array(OriginSchema).min(1),
  });
}

/**
 * A single-valued fact. Usually one value; when documents disagree every value is kept with its
 * own citations and `conflict` is true (two or more different values stated by different documents).
 */
function factSchema<T extends z.ZodTypeAny>(value: T) {
  return z.object({
    values: z.array(factValueSchema(value)).min(1),
    conflict: z.boolean(),
  });
}

export const PeriodSchema = z.object({
  start_fy: z.number().int().describe('First Western fiscal year'),
  end_fy: z.number().int().nullable().describe('Last Western fiscal year; null when open-ended (平成２３年度～)'),
});
export type Period = z.infer<typeof PeriodSchema>;

export const DurationSchema = z.object({
  years_min: z.number(),
  years_max: z.number(),
});
export type Duration = z.infer<typeof DurationSchema>;

export const MoneySchema = z.object({
  yen: z.number().describe('Amount in yen (lower bound for a range such as １～２億円)'),
  yen_max: z.number().optional().describe('Upper bound for a range'),
});
export type Money = z.infer<typeof MoneySchema>;

export const MoneyKindSchema = z.enum([
  'budget', // 予算額 (当初予算, 政府予算額)
  'request', // 要求・要望額
  'request_priority', // うち優先課題推進枠要望額
  'special_account', // 復興特別会計に別途計上
  'scale', // size of support: ５億円/年 per region
  'benchmark', // 基準額
  'investment', // a plan's investment target
]);
export const MoneyPerSchema = z.enum(['programme', 'region', 'site', 'project', 'task', 'cluster', 'institution']);
export const MoneyPeriodSchema = z.enum(['per_year', 'total', 'unspecified']);

/** Money facts are grouped by what the amount is; a group with different amounts from different documents is a conflict. */
export const MoneyFactSchema = z.object({
  kind: MoneyKindSchema,
  per: MoneyPerSchema,
  period: MoneyPeriodSchema,
  fiscal_year: z.number().int().nullable(),
  values: z.array(factValueSchema(MoneySchema)).min(1),
  conflict: z.boolean(),
});
export type MoneyFact = z.infer<typeof MoneyFactSchema>;

export const CountUnitSchema = z.enum(['region', 'cluster', 'site', 'task', 'project', 'institution']);
export const CountScopeSchema = z.enum(['total', 'started', 'selected', 'trial']);

/** How many regions, sites or projects; `started` counts carry the fiscal year they started. */
export const CountFactSchema = z.object({
  unit: CountUnitSchema,
  scope: CountScopeSchema,
  fiscal_year: z.number().int().nullable(),
  values: z.array(factValueSchema(z.object({ count: z.number().int() }))).min(1),
  conflict: z.boolean(),
});
export type CountFact = z.infer<typeof CountFactSchema>;

export const RelationKindSchema = z.enum([
  'integrated_into', // the predecessor was merged into the successor (知クラ・都市エリアを統合)
  'builds_on', // the successor builds on the predecessor's results (第Ⅰ期の成果等を踏まえ)
  'continued_as', // the predecessor continues under the successor
]);
export const RelationSchema = z.object({ programme: z.string(), relation: RelationKindSchema });

export const StringFactValueSchema = factValueSchema(z.string());
export type StringFactValue = z.infer<typeof StringFactValueSchema>;
export const RelationFactValueSchema = factValueSchema(RelationSchema);
export type RelationFactValue = z.infer<typeof RelationFactValueSchema>;
export const PeriodFactSchema = factSchema(PeriodSchema);
export type PeriodFact = z.infer<typeof PeriodFactSchema>;
export const DurationFactSchema = factSchema(DurationSchema);
export type DurationFact = z.infer<typeof DurationFactSchema>;
export const StringFactSchema = factSchema(z.string());
export type StringFact = z.infer<typeof StringFactSchema>;
export const YearFactSchema = factSchema(z.number().int());
export type YearFact = z.infer<typeof YearFactSchema>;
export const DecidedFactSchema = factSchema(z.object({ year: z.number().int(), month: z.number().int().min(1).max(12) }));
export type DecidedFact = z.infer<typeof DecidedFactSchema>;
export const PlanRefFactValueSchema = factValueSchema(z.object({ ordinal: z.number().int() }));

/** Any fact value, for code that walks every citation. */
export const AnyFactValueSchema = factValueSchema(z.unknown());
export type AnyFactValue = z.infer<typeof AnyFactValueSchema>;

export const ProgrammeKindSchema = z.enum(['事業', 'プログラム', '計画', '交付金', '構想', '制度', 'その他']);

export const ProgrammeSchema = z.object({
  id: z.string(),
  name: z.string().describe('Canonical name, as the documents write it'),
  kind: ProgrammeKindSchema,
  named_at: z.array(CitationSchema).min(1).describe('Where the documents name it (first few)'),
  aliases: z.array(StringFactValueSchema),
  english_names: z.array(StringFactValueSchema),
  variant_of: z.string().nullable().describe('Canonical name of the programme this is a phase or type of'),
  variants: z.array(z.string()),
  period: PeriodFactSchema.nullable(),
  duration: DurationFactSchema.nullable(),
  parent_plans: z.array(PlanRefFactValueSchema).describe('科学技術基本計画 in force when the programme started (derived)'),
  ministries: z.array(StringFactValueSchema),
  agencies: z.array(StringFactValueSchema),
  purpose: z.array(StringFactValueSchema),
  selection: z.array(StringFactValueSchema),
  money: z.array(MoneyFactSchema),
  counts: z.array(CountFactSchema),
  predecessors: z.array(RelationFactValueSchema),
  successors: z.array(RelationFactValueSchema),
  notes: z.array(StringFactValueSchema),
  end: YearFactSchema.nullable().default(null).describe('Last fiscal year as stated on its own (…をもって終了); open periods are completed with it'),
  last_mentioned_fy: z
    .number()
    .int()
    .nullable()
    .default(null)
    .describe('Latest fiscal year any cited line about the programme states: how far the documents follow it when no end is known'),
  readings: z.array(z.array(z.tuple([z.string(), z.string()]))).default([]).describe('Each Japanese name as kuromoji reads it: [surface, katakana reading] per token'),
});
export type Programme = z.infer<typeof ProgrammeSchema>;

export const PlanSchema = z.object({
  id: z.string(),
  ordinal: z.number().int().min(1),
  name: z.string().describe('第N期科学技術基本計画'),
  aliases: z.array(StringFactValueSchema),
  period: PeriodFactSchema.nullable(),
  theme: StringFactSchema.nullable().describe('The plan’s heading for regional policy'),
  decided: DecidedFactSchema.nullable().describe('Cabinet decision (閣議決定), year and month'),
  money: z.array(MoneyFactSchema),
  points: z.array(StringFactValueSchema),
  programmes: z.array(z.string()).describe('Programmes that started under this plan (derived)'),
  notes: z.array(StringFactValueSchema),
});
export type Plan = z.infer<typeof PlanSchema>;

/** A 知的クラスター region, a 都市エリア area, a wide-area cluster, or a region, site or institution any programme selected. */
export const ClusterKindSchema = z.enum(['cluster', 'area', 'wide_area', 'selected']);

/** A 知的クラスター region, a 都市エリア area or a wide-area cluster. */
export const ClusterSchema = z.object({
  id: z.string(),
  programme: z.string().describe('Canonical name of the programme'),
  kind: ClusterKindSchema,
  region: z.string().describe('Region name, Japanese where the documents give it'),
  names: z.array(StringFactValueSchema).describe('Every name of the region as written (Japanese, English)'),
  cluster_name: StringFactSchema.nullable(),
  fields: z.array(StringFactValueSchema),
  start_fy: YearFactSchema.nullable(),
});
export type Cluster = z.infer<typeof ClusterSchema>;

export const CatalogueSchema = z.object({
  documents: z.array(z.object({ source: z.string(), sha256: z.string() })),
  plans: z.array(PlanSchema),
  programmes: z.array(ProgrammeSchema),
  clusters: z.array(ClusterSchema),
  lexicon: z.object({ fields: z.array(z.array(z.string())) }).describe('Research-field names that mean the same (ライフサイエンス / Life Sciences)'),
  warnings: z.array(z.string()).describe('What the rules found but could not place'),
});
export type Catalogue = z.infer<typeof CatalogueSchema>;

// ---- Output shapes of the tools (thin wrappers over query.ts) ----

export const PeriodSummarySchema = z.object({
  start_fy: z.number().int(),
  end_fy: z.number().int().nullable(),
  end_unknown: z.boolean().describe('No document states the last fiscal year (an open period such as 平成２３年度～)'),
  known_through: z
    .number()
    .int()
    .nullable()
    .describe('With an unknown end: the latest fiscal year the documents mention the programme in; it counts as active up to then, not beyond'),
  label: z.string().describe('e.g. 2002年度（平成14年度）～2008年度（平成20年度）; 2011年度（平成23年度）～（終了年度の記載なし…）'),
  conflict: z.boolean(),
});
export type PeriodSummary = z.infer<typeof PeriodSummarySchema>;

export const ProgrammeSummarySchema = z.object({
  name: z.string(),
  kind: ProgrammeKindSchema,
  aliases: z.array(z.string()),
  english_names: z.array(z.string()),
  variant_of: z.string().nullable(),
  period: PeriodSummarySchema.nullable(),
  plans: z.array(z.string()),
  ministries: z.array(z.string()),
  citation: CitationSchema,
});
export type ProgrammeSummary = z.infer<typeof ProgrammeSummarySchema>;

export const TimelineEntrySchema = z.object({
  type: z.enum(['plan', 'programme']),
  name: z.string(),
  start_fy: z.number().int(),
  end_fy: z.number().int().nullable().describe('null: the documents state no end (see end_unknown)'),
  end_unknown: z.boolean(),
  label: z.string(),
  plan: z.string().nullable().describe('For a programme: the plan it started under'),
  variant_of: z.string().nullable(),
  predecessors: z.array(z.string()),
  successors: z.array(z.string()),
  citation: CitationSchema,
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const ClusterSummarySchema = z.object({
  programme: z.string(),
  kind: ClusterKindSchema,
  region: z.string(),
  names: z.array(z.string()),
  cluster_name: z.string().nullable(),
  fields: z.array(z.string()),
  start_fy: z.number().int().nullable(),
  citations: z.array(CitationSchema).min(1),
});
export type ClusterSummary = z.infer<typeof ClusterSummarySchema>;

export const AliasEntrySchema = z.object({ canonical: z.string(), names: z.array(z.string()) });
export type AliasEntry = z.infer<typeof AliasEntrySchema>;

export const ConflictSchema = z.object({
  subject: z.string(),
  field: z.string(),
  values: z.array(z.object({ value: z.unknown(), as_written: z.array(z.string()), citations: z.array(CitationSchema) })),
});
export type Conflict = z.infer<typeof ConflictSchema>;
