// GET /healthz: the server's state and the index it answers from, as `shisaku status` says it.
import type { Engine } from '../core/engine.js';
import { indexSummary } from '../core/index-status.js';
import { SHISAKU_VERSION } from '../core/version.js';

export const HEALTH_PATH = '/healthz';

/** What /healthz says: the index in use. */
export function healthStatus(engine: Engine, state: 'ok' | 'shutting_down'): Record<string, unknown> {
  const summary = indexSummary(engine.manifest);
  return {
    status: state,
    version: SHISAKU_VERSION,
    documents: summary.documents,
    chunks: summary.chunks,
    model: summary.model,
    built_at: summary.built_at,
    built_from: summary.built_from,
    index: engine.dir,
    skipped_documents: summary.skipped.map((s) => s.source),
    skipped: summary.skipped,
    unsupported: summary.unsupported,
  };
}
