// The index a server answers from, switched atomically to a newer build. A request takes a lease
// on the index in use when it starts and finishes on it, whatever is switched meanwhile; the next
// requests see the new one; an index switched away from is released once its last lease ends.
import { releaseEngine, type Engine } from './engine.js';

/** An index held for the length of one request. */
export interface EngineLease {
  readonly engine: Engine;
  /** Ends the lease (once; later calls do nothing). */
  release(): void;
}

/** Where servers get the index to answer from. */
export interface EngineSource {
  /** The index in use now. */
  readonly current: Engine;
  /** The index in use now, kept usable until `release()` even if another is switched in. */
  lease(): EngineLease;
}

/** A source that never changes (tests, the eval's in-process runs, one-shot commands). */
export function fixedIndex(engine: Engine): EngineSource {
  return { current: engine, lease: () => ({ engine, release: () => {} }) };
}

export type IndexChangeListener = (next: Engine, previous: Engine) => void;

/** The switchable index of a running server. */
export class LiveIndex implements EngineSource {
  private engine: Engine;
  private readonly leases = new Map<Engine, number>();
  /** Indexes switched away from, still leased by requests in flight. */
  private readonly retiring = new Set<Engine>();
  private readonly listeners = new Set<IndexChangeListener>();
  private readonly release: (engine: Engine) => Promise<void>;
  private switches = 0;

  constructor(engine: Engine, opts: { release?: (engine: Engine) => Promise<void> } = {}) {
    this.engine = engine;
    this.release = opts.release ?? releaseEngine;
  }

  get current(): Engine {
    return this.engine;
  }

  /** How many times another index was switched in. */
  get generation(): number {
    return this.switches;
  }

  /** Indexes switched away from that requests in flight still use. */
  get retiringCount(): number {
    return this.retiring.size;
  }

  lease(): EngineLease {
    const engine = this.engine;
    this.leases.set(engine, (this.leases.get(engine) ?? 0) + 1);
    let done = false;
    return {
      engine,
      release: () => {
        if (done) return;
        done = true;
        const left = (this.leases.get(engine) ?? 1) - 1;
        if (left > 0) {
          this.leases.set(engine, left);
          return;
        }
        this.leases.delete(engine);
        if (this.retiring.delete(engine)) void this.release(engine).catch(() => {});
      },
    };
  }

  /** Makes `next` the index in use; the previous one is released after its last lease. */
  switchTo(next: Engine): void {
    const previous = this.engine;
    if (next === previous) return;
    this.engine = next;
    this.switches++;
    this.retire(previous);
    for (const listener of this.listeners) listener(next, previous);
  }

  /** Calls `listener` after every switch; returns a function that stops it. */
  onChange(listener: IndexChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private retire(engine: Engine): void {
    if ((this.leases.get(engine) ?? 0) > 0) this.retiring.add(engine);
    else void this.release(engine).catch(() => {});
  }
}
