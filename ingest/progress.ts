// Ingest progress: a line per document and stage on a terminal, nothing when stderr is not a
// TTY (CI, an MCP client) unless asked. Never writes to stdout.

export interface Progress {
  stage(name: string, detail?: string): void;
  warn(message: string): void;
}

/** Progress on stderr; `verbose` forces output even when stderr is not a terminal. */
export function stderrProgress(verbose = false): Progress {
  const on = verbose || process.stderr.isTTY === true;
  const started = Date.now();
  const stamp = () => `${((Date.now() - started) / 1000).toFixed(1)}s`.padStart(6);
  return {
    stage: (name, detail) => {
      if (on) process.stderr.write(`[shisaku ${stamp()}] ${name}${detail ? `: ${detail}` : ''}\n`);
    },
    // problems with documents are always reported, terminal or not
    warn: (message) => process.stderr.write(`[shisaku] warning: ${message}\n`),
  };
}

export const silentProgress: Progress = { stage: () => {}, warn: () => {} };
