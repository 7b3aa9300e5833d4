// The package version, read from the one place it is written: package.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from './paths.js';

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof pkg.version !== 'string') throw new Error(`package.json in ${packageRoot()} has no version`);
  return pkg.version;
}

/** shisaku's version (package.json), as the MCP server, /healthz and the index manifest report it. */
export const SHISAKU_VERSION = readVersion();
