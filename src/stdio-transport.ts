// The server's stdio transport. Unlike the SDK's StdioServerTransport, which drops a line it cannot
// read without a word and closes on one longer than its buffer, it answers each bad line with a
// JSON-RPC error (parse error, invalid request, too long) and keeps reading the next.
import process from 'node:process';
import type { Readable, Writable } from 'node:stream';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { JSONRPCMessageSchema, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

/** Longest message line read; a longer one is skipped up to its newline and answered with an error. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

const NEWLINE = 0x0a;

/** The id of something that looked like a request, so an error can be matched to it; else null. */
function idOf(raw: unknown): string | number | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  const id = (raw as { id: unknown }).id;
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : null;
}

/** Newline-delimited JSON-RPC over stdin/stdout that answers unreadable lines and keeps serving. */
export class LineStdioServerTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  private parts: Buffer[] = [];
  private size = 0;
  private oversized = false;
  private started = false;

  constructor(
    private readonly stdin: Readable = process.stdin,
    private readonly stdout: Writable = process.stdout,
    private readonly maxLineBytes = MAX_LINE_BYTES,
  ) {}

  /** Starts reading stdin. */
  async start(): Promise<void> {
    if (this.started) throw new Error('LineStdioServerTransport already started');
    this.started = true;
    this.stdin.on('data', this.onData);
    this.stdin.on('error', this.onStreamError);
  }

  /** Writes one message as a line, waiting for the pipe to drain when it is full. */
  send(message: JSONRPCMessage): Promise<void> {
    return this.writeLine(JSON.stringify(message));
  }

  /** Stops reading. */
  async close(): Promise<void> {
    this.stdin.off('data', this.onData);
    this.stdin.off('error', this.onStreamError);
    if (this.stdin.listenerCount('data') === 0) this.stdin.pause();
    this.parts = [];
    this.size = 0;
    this.onclose?.();
  }

  private writeLine(json: string): Promise<void> {
    return new Promise((resolve) => {
      if (this.stdout.write(json + '\n')) resolve();
      else this.stdout.once('drain', resolve);
    });
  }

  private readonly onStreamError = (error: Error): void => {
    this.onerror?.(error);
  };

  private readonly onData = (chunk: Buffer): void => {
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE, start); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      this.append(chunk.subarray(start, nl));
      this.endLine();
      start = nl + 1;
    }
    this.append(chunk.subarray(start));
  };

  private append(part: Buffer): void {
    if (this.oversized || part.length === 0) return;
    if (this.size + part.length > this.maxLineBytes) {
      this.oversized = true;
      this.parts = [];
      this.size = 0;
      return;
    }
    this.parts.push(part);
    this.size += part.length;
  }

  private endLine(): void {
    if (this.oversized) {
      this.oversized = false;
      this.fail(null, -32600, `Invalid Request: message longer than ${this.maxLineBytes} bytes`);
      return;
    }
    const line = Buffer.concat(this.parts, this.size).toString('utf8');
    this.parts = [];
    this.size = 0;
    if (line.trim() !== '') this.dispatch(line);
  }

  private dispatch(line: string): void {
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      this.fail(null, -32700, `Parse error: ${(err as Error).message}`);
      return;
    }
    const parsed = JSONRPCMessageSchema.safeParse(raw);
    if (!parsed.success) {
      this.fail(idOf(raw), -32600, 'Invalid Request: not a JSON-RPC 2.0 message (needs "jsonrpc": "2.0", a string "method", and a string or number "id" for a request)');
      return;
    }
    try {
      this.onmessage?.(parsed.data);
    } catch (err) {
      this.onerror?.(err instanceof Error ? err : new Error(String(err)));
    }
  }

  /** Answers an unreadable line: JSON-RPC says a parse error or invalid request gets a response, with id null when unknown. */
  private fail(id: string | number | null, code: number, message: string): void {
    this.onerror?.(new Error(message));
    void this.writeLine(JSON.stringify({ jsonrpc: '2.0', id, error: { code, message } }));
  }
}
