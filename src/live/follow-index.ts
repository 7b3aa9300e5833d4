// Keeps a running server on the index its home folder makes current. When an ingest (this server's
// --watch, or `shisaku ingest` run by hand) switches the `current` link, the new build is opened,
// its checksums checked, and switched in; requests in flight finish on the old one. A build that
// cannot be opened leaves the server on the index it has, and says why.
import { watch, type FSWatcher } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openEngine, type Engine } from '../core/engine.js';
import { countsText, indexSummary } from '../core/index-status.js';
import { currentIndexDir } from '../core/index-store.js';
import type { LiveIndex } from '../core/live-index.js';
import type { JapaneseTokenizer } from '../core/text/tokenize.js';

export interface FollowOptions {
  homeDir: string;
  index: LiveIndex;
  /** Opens a build folder (default: openEngine with checksums verified). */
  open?: (dir: string) => Promise<Engine>;
  tokenizer: JapaneseTokenizer;
  log: (line: string) => void;
  /** Also look at the link this often, in case a file-system event was missed (default 2 s). */
  pollMs?: number;
}

export class IndexFollower {
  private readonly watcher: FSWatcher | undefined;
  private readonly timer: NodeJS.Timeout;
  private checking: Promise<void> = Promise.resolve();
  /** A build that failed to open: not tried again until the link changes. */
  private failed: string | undefined;
  private stopped = false;

  private constructor(private readonly opts: FollowOptions) {
    try {
      this.watcher = watch(opts.homeDir, { persistent: false }, (_event, name) => {
        if (name === null || String(name).startsWith('current')) void this.check();
      });
      this.watcher.on('error', () => {});
    } catch {
      this.watcher = undefined; // the poll still follows
    }
    this.timer = setInterval(() => void this.check(), opts.pollMs ?? 2000);
    this.timer.unref();
  }

  /** Starts following `homeDir/current`. */
  static start(opts: FollowOptions): IndexFollower {
    return new IndexFollower(opts);
  }

  /** Switches to the build `current` points at, if it is not the one in use; resolves when done (or failed). */
  check(): Promise<void> {
    this.checking = this.checking.then(() => this.checkOnce());
    return this.checking;
  }

  stop(): void {
    this.stopped = true;
    this.watcher?.close();
    clearInterval(this.timer);
  }

  private async checkOnce(): Promise<void> {
    for (let attempt = 0; attempt < 3 && !this.stopped; attempt++) {
      const dir = await currentIndexDir(this.opts.homeDir);
      if (dir === undefined || dir === this.opts.index.current.dir || dir === this.failed) return;
      const started = performance.now();
      try {
        const open = this.opts.open ?? ((d: string) => openEngine(d, { tokenizer: this.opts.tokenizer, verify: true }));
        const engine = await open(dir);
        if (this.stopped) return;
        const before = indexSummary(this.opts.index.current.manifest);
        this.opts.index.switchTo(engine);
        this.failed = undefined;
        const after = indexSummary(engine.manifest);
        this.opts.log(`switched to the index built ${after.built_at}: ${countsText(after)} (was ${countsText(before)}; opened in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
        return;
      } catch (err) {
        // a newer ingest may have replaced (and pruned) this build while it was being opened
        if ((await currentIndexDir(this.opts.homeDir)) !== dir) continue;
        this.failed = dir;
        this.opts.log(`could not open the new index in ${dir} (${err instanceof Error ? err.message : String(err)}); still serving the previous one`);
        return;
      }
    }
  }
}
