// Who may talk to the HTTP server: the Host and Origin checks that stop DNS rebinding (as the
// MCP specification asks) and the bearer token a server reachable by others requires.
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';
import { ShisakuError } from './core/errors.js';

/** Names of this machine's loopback interface, as they appear in a Host header. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
/** Shortest token accepted: a guessable token is no protection. */
export const MIN_TOKEN_LENGTH = 16;

/** True for an address only this machine can reach (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** A host as it appears in a Host header: lower case, IPv6 in brackets. */
function hostForm(host: string): string {
  const h = host.toLowerCase();
  return h.includes(':') && !h.startsWith('[') ? `[${h}]` : h;
}

/**
 * The Host names a server bound to `bindHost` answers to: loopback names, the bound address,
 * and (bound to all interfaces) this machine's name and addresses; plus `extra`.
 */
export function defaultAllowedHosts(bindHost: string, extra: readonly string[] = []): Set<string> {
  const hosts = new Set(LOOPBACK_HOSTS);
  if (bindHost === '0.0.0.0' || bindHost === '::') {
    hosts.add(hostname().toLowerCase());
    for (const addrs of Object.values(networkInterfaces())) for (const a of addrs ?? []) hosts.add(hostForm(a.address));
  } else {
    hosts.add(hostForm(bindHost));
  }
  for (const h of extra) hosts.add(hostForm(h));
  return hosts;
}

/** The hostname of a Host header (port dropped, IPv6 in brackets), or undefined when it is missing or malformed. */
export function requestHostname(header: string | undefined): string | undefined {
  if (!header) return undefined;
  try {
    return new URL(`http://${header}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * Why a request's Host or Origin is refused, or undefined when both are acceptable. A request
 * without Origin (not from a browser) passes; one with an Origin must be listed in
 * `allowedOrigins` or, when none are listed, come from an allowed host.
 */
export function hostOrOriginProblem(req: IncomingMessage, allowedHosts: ReadonlySet<string>, allowedOrigins: readonly string[]): string | undefined {
  const host = requestHostname(req.headers.host);
  if (host === undefined) return `missing or invalid Host header: ${JSON.stringify(req.headers.host ?? '')}`;
  if (!allowedHosts.has(host)) return `Host "${host}" is not allowed; start the server with --allow-host ${host} if this name is meant to reach it`;
  const origin = req.headers.origin;
  if (origin === undefined) return undefined;
  if (allowedOrigins.includes(origin)) return undefined;
  let originHost: string | undefined;
  try {
    originHost = new URL(origin).hostname.toLowerCase();
  } catch {
    originHost = undefined;
  }
  if (allowedOrigins.length === 0 && originHost !== undefined && allowedHosts.has(originHost)) return undefined;
  return `Origin ${JSON.stringify(origin)} is not allowed`;
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Checks `Authorization: Bearer <token>` in constant time; says what is wrong, or undefined when it is right. */
export function bearerProblem(header: string | undefined, token: string): { error: 'missing' | 'invalid'; message: string } | undefined {
  const m = /^\s*bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m) return { error: 'missing', message: 'this server requires a bearer token: send the header "Authorization: Bearer <token>"' };
  // equal-length digests, so the comparison time says nothing about the token
  return timingSafeEqual(digest(m[1]!), digest(token)) ? undefined : { error: 'invalid', message: 'the bearer token is not valid' };
}

/** The server's token: the first line of `file` when given, else $SHISAKU_TOKEN; undefined when neither is set. */
export function loadToken(file: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  let token: string | undefined;
  if (file !== undefined) {
    try {
      token = readFileSync(file, 'utf8').split(/\r?\n/)[0]!.trim();
    } catch (cause) {
      throw new ShisakuError(`cannot read the token file ${file}: ${(cause as Error).message}`, { cause });
    }
    if (token === '') throw new ShisakuError(`the token file ${file} is empty; put the token on its first line`);
  } else {
    token = env['SHISAKU_TOKEN']?.trim() || undefined;
  }
  if (token !== undefined && /\s/.test(token)) throw new ShisakuError('the token must not contain spaces; make one with `openssl rand -hex 32`');
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
    throw new ShisakuError(`the token is too short (${token.length} characters; at least ${MIN_TOKEN_LENGTH}); make one with \`openssl rand -hex 32\``);
  }
  return token;
}
