// What tools, resources and prompts are given: where to get the index to answer from. Passed in
// through the server factory; there is no module-level state.
import type { Engine } from '../core/engine.js';
import type { EngineSource } from '../core/live-index.js';

export interface ServerDeps {
  /** The index in use (a running server switches it when a new build is made current). */
  index: EngineSource;
}

/**
 * Runs `run` on the index in use when the call starts: it finishes on that index even if another
 * is switched in meanwhile, and an index switched away from is released only after it.
 */
export async function withEngine<T>(deps: ServerDeps, run: (engine: Engine) => Promise<T> | T): Promise<T> {
  const lease = deps.index.lease();
  try {
    return await run(lease.engine);
  } finally {
    lease.release();
  }
}
