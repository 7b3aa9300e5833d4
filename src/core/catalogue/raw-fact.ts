// The facts rules and curation emit before they are merged: a subject named as the text names it,
// one value, its citations. build.ts resolves names, merges equal values and marks conflicts.
import type { Citation } from '../schemas.js';
import type { z } from 'zod';
import type {
  CountScopeSchema,
  CountUnitSchema,
  Duration,
  Money,
  MoneyKindSchema,
  MoneyPerSchema,
  MoneyPeriodSchema,
  OriginSchema,
  Period,
  ProgrammeKindSchema,
  RelationKindSchema,
  ClusterKindSchema,
} from './schema.js';

export type Origin = z.infer<typeof OriginSchema>;

export type Subject =
  | { type: 'programme'; name: string }
  | { type: 'plan'; ordinal: number }
  | { type: 'cluster'; programme: string; region: string; kind?: z.infer<typeof ClusterKindSchema> };

export interface MoneyKey {
  kind: z.infer<typeof MoneyKindSchema>;
  per: z.infer<typeof MoneyPerSchema>;
  period: z.infer<typeof MoneyPeriodSchema>;
  fiscal_year: number | null;
}

export interface CountKey {
  unit: z.infer<typeof CountUnitSchema>;
  scope: z.infer<typeof CountScopeSchema>;
  fiscal_year: number | null;
}

type Payload =
  | { field: 'name'; kind?: z.infer<typeof ProgrammeKindSchema> }
  | {
      field: 'alias' | 'english_name' | 'ministry' | 'agency' | 'purpose' | 'selection' | 'note' | 'theme' | 'point' | 'cluster_name' | 'research_field' | 'region_name' | 'variant_of';
      value: string;
    }
  | { field: 'period'; value: Period }
  | { field: 'duration'; value: Duration }
  | { field: 'money'; key: MoneyKey; value: Money }
  | { field: 'count'; key: CountKey; value: { count: number } }
  | { field: 'relation'; value: { programme: string; relation: z.infer<typeof RelationKindSchema> } }
  | { field: 'decided'; value: { year: number; month: number } }
  | { field: 'start_fy'; value: number }
  /** A programme's last fiscal year stated on its own (…をもって終了); it completes an open period. */
  | { field: 'end_fy'; value: number };

/** One fact as found: about `subject`, stated at `citations`. */
export type RawFact = Payload & {
  subject: Subject;
  citations: Citation[];
  as_written: string;
  origin: Origin;
  label?: string;
  note?: string;
  /** For curation facts: which entry, so an unresolvable name can be reported by entry. */
  where?: string;
};

/** Names of things the rules proposed that are not programmes, with why (from the curation file). */
export interface Exclusion {
  name: string;
  reason: string;
}
