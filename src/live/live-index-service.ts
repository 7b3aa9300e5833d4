// What makes a server follow its index, wired once for stdio and HTTP: an IndexFollower that switches
// the LiveIndex when `current` changes, and with --watch a DocumentWatcher that re-ingests on changes
// to the documents folder and has the follower pick up the result at once.
import { LiveIndex } from '../core/live-index.js';
import type { Engine } from '../core/engine.js';
import type { ShisakuPaths } from '../core/paths.js';
import type { JapaneseTokenizer } from '../core/text/tokenize.js';
import { IndexFollower } from './follow-index.js';
import { DocumentWatcher } from './watch-documents.js';

export interface LiveServiceOptions {
  paths: ShisakuPaths;
  model?: string | undefined;
  tokenizer: JapaneseTokenizer;
  /** Re-ingest on changes to the documents folder. */
  watch: boolean;
  log: (line: string) => void;
  debounceMs?: number | undefined;
}

export interface LiveService {
  index: LiveIndex;
  follower: IndexFollower;
  watcher: DocumentWatcher | undefined;
  stop(): void;
}

/** Serves `engine` through a LiveIndex that follows the index folder (and, with `watch`, the documents). */
export function startLiveIndex(engine: Engine, opts: LiveServiceOptions): LiveService {
  const index = new LiveIndex(engine);
  const follower = IndexFollower.start({ homeDir: opts.paths.homeDir, index, tokenizer: opts.tokenizer, log: opts.log });
  const watcher = opts.watch
    ? DocumentWatcher.start({ paths: opts.paths, model: opts.model, log: opts.log, debounceMs: opts.debounceMs, onIngested: () => follower.check() })
    : undefined;
  return {
    index,
    follower,
    watcher,
    stop: () => {
      watcher?.stop();
      follower.stop();
    },
  };
}
