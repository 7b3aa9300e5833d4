// Latency figures shared by the load and bench scripts: percentiles of samples and how they print.
import { readdirSync, readFileSync } from 'node:fs';

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** The p-th percentile (0..100) of sorted samples, nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** p50/p95/p99/max/mean of samples in milliseconds. */
export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN, mean };
}

/** "p50 4.1 ms, p95 12.3 ms, p99 20.0 ms, max 31.2 ms". */
export function formatLatency(s: LatencySummary): string {
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  return `p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, p99 ${ms(s.p99)}, max ${ms(s.max)}`;
}

/** Resident memory of a process in MB (Linux /proc), or undefined elsewhere. */
export function rssMb(pid: number = process.pid): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Peak resident memory of a process in MB (Linux /proc VmHWM), or undefined elsewhere. */
export function peakRssMb(pid: number = process.pid): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** A process and its descendants (Linux /proc), for the memory of a server with workers. */
export function processTree(pid: number): number[] {
  const out = [pid];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children === '' ? [] : children.split(/\s+/)) out.push(...processTree(Number(child)));
    }
  } catch {
    // not Linux, or the process is gone
  }
  return out;
}

/** Summed resident memory of a process and its descendants in MB, or undefined when unknown. */
export function treeRssMb(pid: number): number | undefined {
  const sizes = processTree(pid).map((p) => rssMb(p));
  return sizes.every((s) => s === undefined) ? undefined : sizes.reduce<number>((a, s) => a + (s ?? 0), 0);
}

/** CPU seconds (user + system) a process has used so far (Linux /proc), or undefined elsewhere. */
export function cpuSeconds(pid: number): number | undefined {
  try {
    // fields after the command name: state is field 3, utime 14 and stime 15 (1-based)
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** USER_HZ: the unit of /proc/<pid>/stat times, 100 on Linux. */
const CLOCK_TICKS = 100;

/** CPU seconds used by a process and its descendants. */
export function treeCpuSeconds(pid: number): number | undefined {
  const times = processTree(pid).map((p) => cpuSeconds(p));
  return times.every((t) => t === undefined) ? undefined : times.reduce<number>((a, t) => a + (t ?? 0), 0);
}
