// What tools, resources and prompts are given: the opened index. Passed in through the
// server factory; there is no module-level state.
import type { Engine } from '../core/engine.js';

export interface ServerDeps {
  engine: Engine;
}
