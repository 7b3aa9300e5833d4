// `serve --watch`: re-ingests when files in the documents folder are added, changed or removed.
// Events are debounced; one ingest runs at a time (changes made meanwhile start another after it);
// the ingest is `shisaku ingest` in a child process, incremental as always, so the server keeps
// answering while it runs and a crash in it cannot take the server down. When it has switched the
// index, `onIngested` lets the server pick the new build up at once. Everything is logged on stderr.
import { spawn } from 'node:child_process';
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { diffText, folderDiff, isScratchFile, isUnchanged, type FolderDiff } from '../../ingest/folder-diff.js';
import { currentIndexDir, readManifest } from '../core/index-store.js';
import type { IndexManifest } from '../core/manifest.js';
import { packageRoot, type ShisakuPaths } from '../core/paths.js';

/** What one ingest run came to. */
export interface IngestOutcome {
  ok: boolean;
  /** Exit code of `shisaku ingest` (0 built, 2 built with skipped files, 1 failed). */
  code: number | null;
  /** Its last lines of stderr that say what happened (the error, or the counts). */
  summary: string;
}

export interface WatchOptions {
  paths: ShisakuPaths;
  model?: string | undefined;
  log: (line: string) => void;
  /** Quiet time after the last event before an ingest starts (default 1000 ms). */
  debounceMs?: number;
  /** Runs one ingest (default: `shisaku ingest` in a child process). */
  ingest?: () => Promise<IngestOutcome>;
  /** Called after an ingest that built an index, before the next one may start. */
  onIngested?: () => Promise<void>;
}

/** Runs `shisaku ingest --seeds … --home …` as a child process. */
function ingestInChild(paths: ShisakuPaths, model: string | undefined): Promise<IngestOutcome> {
  const cli = path.join(packageRoot(), 'dist', 'src', 'cli.js');
  const args = [cli, 'ingest', '--seeds', paths.seedsDir, '--home', paths.homeDir, ...(model ? ['--model', model] : [])];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: process.env });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-8000)));
    child.on('error', (err) => resolve({ ok: false, code: null, summary: `could not start ${cli}: ${err.message}` }));
    child.on('exit', (code, signal) => {
      const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '');
      const ok = code === 0 || code === 2;
      const said = ok
        ? lines.filter((l) => /^indexed |embedded: |warning: /.test(l.replace(/^\[shisaku[^\]]*\]\s*/, ''))).map((l) => l.replace(/^\[shisaku[^\]]*\]\s*/, ''))
        : lines.filter((l) => l.startsWith('shisaku:')).map((l) => l.slice('shisaku:'.length).trim());
      resolve({ ok, code, summary: (said.length > 0 ? said : lines.slice(-3)).join('; ') || `exit ${code ?? signal}` });
    });
  });
}

export class DocumentWatcher {
  private readonly watcher: FSWatcher;
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  private constructor(private readonly opts: WatchOptions) {
    const home = path.resolve(opts.paths.homeDir);
    this.watcher = watch(opts.paths.seedsDir, { recursive: true, persistent: false }, (_event, name) => {
      if (name === null) return this.changed('');
      const file = String(name);
      // the index folder inside the documents folder would make every ingest trigger the next
      if (path.resolve(opts.paths.seedsDir, file).startsWith(home + path.sep) || isScratchFile(file)) return;
      this.changed(file.split(path.sep)[0]!);
    });
    this.watcher.on('error', (err) => opts.log(`watching ${opts.paths.seedsDir} failed: ${err.message}; restart the server to watch again`));
  }

  /** Starts watching the documents folder. */
  static start(opts: WatchOptions): DocumentWatcher {
    opts.log(`watching ${opts.paths.seedsDir} for added, changed and removed documents`);
    return new DocumentWatcher(opts);
  }

  /** Resolves once no ingest is running or scheduled (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running || this.timer) await (this.running ?? new Promise((r) => setTimeout(r, 50)));
  }

  stop(): void {
    this.stopped = true;
    this.watcher.close();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private changed(name: string): void {
    if (this.stopped) return;
    this.pending.add(name);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.running) this.start();
    }, this.opts.debounceMs ?? 1000);
  }

  private start(): void {
    this.running = this.run().finally(() => {
      this.running = undefined;
      // a change that came in just as the last round ended
      if (this.pending.size > 0 && !this.timer && !this.stopped) this.start();
    });
  }

  /** Ingests until no change is pending. */
  private async run(): Promise<void> {
    while (this.pending.size > 0 && !this.stopped) {
      const names = new Set([...this.pending].filter((n) => n !== ''));
      const all = this.pending.has('');
      this.pending.clear();
      const manifest = await this.currentManifest();
      const diff: FolderDiff | undefined = manifest ? await folderDiff(this.opts.paths.seedsDir, manifest, all ? undefined : names) : undefined;
      if (diff && isUnchanged(diff)) continue;
      const what = diff ? diffText(diff) : 'no index yet';
      this.opts.log(`documents changed (${what}): re-ingesting`);
      const started = performance.now();
      const outcome = await (this.opts.ingest ?? (() => ingestInChild(this.opts.paths, this.opts.model)))();
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (!outcome.ok) {
        this.opts.log(`ingest failed after ${seconds} s (${outcome.summary}); still serving the previous index`);
        continue;
      }
      this.opts.log(`ingest done in ${seconds} s (${what}): ${outcome.summary}`);
      await this.opts.onIngested?.();
    }
  }

  private async currentManifest(): Promise<IndexManifest | undefined> {
    const dir = await currentIndexDir(this.opts.paths.homeDir);
    return dir === undefined ? undefined : readManifest(dir, false).catch(() => undefined);
  }
}
