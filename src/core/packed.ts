// Packed tables for indexes too large for JSON: growable typed arrays, ragged lists of term ids
// (offsets + values), and typed-array files read and written in pieces, so that a million chunks
// never become one string (V8 caps a string near 512 M characters, and fs.readFile at 2 GB).
import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { once } from 'node:events';

type TypedArray = Uint8Array | Uint16Array | Uint32Array | Float32Array;

/** An array of unsigned integers (32-bit, or 16-bit with `Uint16Array`) that grows by half again when full. */
export class GrowableU32<T extends Uint32Array | Uint16Array = Uint32Array> {
  private data: T;
  length = 0;

  constructor(capacity = 1024, private readonly ctor: new (length: number) => T = Uint32Array as unknown as new (length: number) => T) {
    this.data = new ctor(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new this.ctor(Math.ceil(this.data.length * 1.5));
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  /** The values pushed, as an array of exactly that length (shares memory when full). */
  toArray(): T {
    return (this.length === this.data.length ? this.data : this.data.slice(0, this.length)) as T;
  }
}

/** Lists of unsigned integers stored end to end: list i is values[offsets[i]..offsets[i+1]). */
export class Ragged {
  constructor(
    readonly offsets: Uint32Array,
    readonly values: Uint32Array,
  ) {
    if (offsets.length === 0 || offsets[offsets.length - 1] !== values.length) throw new Error('ragged table: offsets do not end at the values length');
  }

  get size(): number {
    return this.offsets.length - 1;
  }

  get(i: number): Uint32Array {
    return this.values.subarray(this.offsets[i]!, this.offsets[i + 1]!);
  }
}

/** Builds a Ragged list by list. Offsets count values, so a table holds at most 2³² − 1 of them. */
export class RaggedBuilder {
  private readonly offsets = new GrowableU32();
  private readonly values = new GrowableU32();

  constructor() {
    this.offsets.push(0);
  }

  push(list: Iterable<number>): void {
    for (const v of list) this.values.push(v);
    if (this.values.length > 0xffffffff) throw new Error('ragged table: more than 2^32 − 1 values');
    this.offsets.push(this.values.length);
  }

  get size(): number {
    return this.offsets.length - 1;
  }

  finish(): Ragged {
    return new Ragged(this.offsets.toArray(), this.values.toArray());
  }
}

/** Terms numbered in order of first appearance. */
export class Vocabulary {
  readonly terms: string[];
  private readonly ids: Map<string, number>;

  constructor(terms: string[] = []) {
    this.terms = terms;
    this.ids = new Map(terms.map((t, i) => [t, i]));
  }

  /** The id of a term, adding it when new. */
  add(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  get size(): number {
    return this.terms.length;
  }
}

const PIECE = 64 * 1024 * 1024;

/** Writes a typed array's bytes to a file, in pieces. */
export async function writeTyped(file: string, data: TypedArray): Promise<void> {
  const out = createWriteStream(file);
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  for (let at = 0; at < bytes.length; at += PIECE) {
    if (!out.write(bytes.subarray(at, Math.min(bytes.length, at + PIECE)))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Reads a file written by writeTyped into a new typed array of `ctor`, in pieces (files over 2 GB too). */
export async function readTyped<T extends TypedArray>(file: string, ctor: { new (length: number): T; BYTES_PER_ELEMENT: number }): Promise<T> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size % ctor.BYTES_PER_ELEMENT !== 0) throw new Error(`${file} has ${size} bytes, not a whole number of ${ctor.BYTES_PER_ELEMENT}-byte values`);
    const out = new ctor(size / ctor.BYTES_PER_ELEMENT);
    const bytes = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    for (let at = 0; at < size; ) {
      const { bytesRead } = await handle.read(bytes, at, Math.min(PIECE, size - at), at);
      if (bytesRead === 0) throw new Error(`${file} ended early`);
      at += bytesRead;
    }
    return out;
  } finally {
    await handle.close();
  }
}

/** Writes values as JSON Lines (one JSON value per line), streamed. */
export async function writeJsonLines(file: string, values: Iterable<unknown>): Promise<void> {
  const out = createWriteStream(file);
  let buffer = '';
  for (const v of values) {
    buffer += JSON.stringify(v) + '\n';
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

/** Reads a JSON Lines file written by writeJsonLines. */
export async function readJsonLines<T>(file: string): Promise<T[]> {
  const handle = await open(file, 'r');
  const out: T[] = [];
  try {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const bytes = new Uint8Array(PIECE);
    let rest = '';
    let position = 0;
    for (;;) {
      const { bytesRead } = await handle.read(bytes, 0, bytes.length, position);
      position += bytesRead;
      const text = rest + decoder.decode(bytes.subarray(0, bytesRead), { stream: bytesRead > 0 });
      const lines = text.split('\n');
      rest = lines.pop()!;
      for (const line of lines) if (line !== '') out.push(JSON.parse(line) as T);
      if (bytesRead === 0) break;
    }
    if (rest.trim() !== '') out.push(JSON.parse(rest) as T);
    return out;
  } finally {
    await handle.close();
  }
}
