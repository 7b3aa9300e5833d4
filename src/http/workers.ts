// The primary of `serve --http --workers N`: forks the workers (node:cluster, one port), replaces one
// that dies, tells them all when a new index is current, and stops them all on a signal.
import cluster, { type Worker } from 'node:cluster';

/** Messages between the primary and its workers. */
export type WorkerMessage = { type: 'listening'; url: string } | { type: 'index-changed' };

export interface WorkerPool {
  /** Tells every worker to look at the current index now (after an ingest). */
  indexChanged(): void;
}

/** Forks `count` workers and supervises them until a signal; `announce` runs once all listen. */
export function superviseWorkers(count: number, opts: { log: (line: string) => void; announce: (url: string) => void; onStop?: () => void }): WorkerPool {
  const { log } = opts;
  let stopping = false;
  let announced = false;
  // our own record: cluster.workers may still list a worker while its 'exit' event runs
  const live = new Set<Worker>();
  const listening = new Set<Worker>();
  const fork = () => {
    const worker = cluster.fork();
    live.add(worker);
    worker.on('message', (m: Partial<WorkerMessage> & { url?: string }) => {
      if (m?.type !== 'listening' || m.url === undefined) return;
      listening.add(worker);
      // say "serving" once every worker listens: until then a worker that dies could not start
      if (!announced && listening.size >= count) {
        opts.announce(m.url);
        announced = true;
      }
    });
  };
  cluster.on('exit', (worker, code, signal) => {
    live.delete(worker);
    if (stopping) {
      if (live.size === 0) process.exit(0);
      return;
    }
    if (!listening.has(worker)) {
      log(`a worker could not start (exit ${code ?? signal}); stopping`);
      for (const w of live) w.process.kill('SIGKILL');
      process.exit(1);
    }
    log(`worker ${worker.process.pid} died (${code ?? signal}); starting another`);
    fork();
  });
  onSignals((signal, again) => {
    if (again) {
      log(`${signal} again: exiting now`);
      for (const w of live) w.process.kill('SIGKILL');
      process.exit(1);
    }
    stopping = true;
    opts.onStop?.();
    log(`${signal}: finishing in-flight requests, then exiting`);
    if (live.size === 0) process.exit(0);
    for (const w of live) w.process.kill('SIGTERM');
  });
  for (let i = 0; i < count; i++) fork();
  return {
    indexChanged: () => {
      for (const w of listening) if (w.isConnected()) w.send({ type: 'index-changed' } satisfies WorkerMessage);
    },
  };
}

/** Calls `handler` on SIGINT and SIGTERM, telling it whether a signal came before. */
export function onSignals(handler: (signal: string, again: boolean) => void): void {
  let count = 0;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => handler(signal, count++ > 0));
}
