// The morpheme terms of each chunk that stage two of retrieval reads: its distinct terms, the terms
// of its heading context, and the distinct terms of each displayed line. Stored as ids into the
// morpheme BM25 index's vocabulary, in packed tables (see packed.ts), and turned into strings
// only for the few candidates a query looks at.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { Ragged, RaggedBuilder, readTyped, writeTyped, type Vocabulary } from './packed.js';

/** What the retriever reads of a chunk's terms. */
export interface ChunkTerms {
  /** The chunk's distinct morpheme terms (heading and text). */
  terms(id: number): readonly string[];
  /** Terms of the heading parts the chunk's own text does not repeat. */
  heading(id: number): readonly string[];
  /** Distinct terms of each displayed line of the chunk's text. */
  lines(id: number): readonly (readonly string[])[];
}

export interface ChunkTermLists {
  terms: readonly string[];
  heading: readonly string[];
  lines: readonly (readonly string[])[];
}

const MetaSchema = z.object({
  chunks: z.number().int().nonnegative(),
  lines: z.number().int().nonnegative(),
  /** Size of the vocabulary the ids point into (absent in tables written before it was recorded). */
  vocabulary: z.number().int().nonnegative().optional(),
});

export class PackedChunkTerms implements ChunkTerms {
  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly termTable: Ragged,
    private readonly headingTable: Ragged,
    /** Chunk i's lines are lineTable rows lineOffsets[i]..lineOffsets[i+1]. */
    private readonly lineOffsets: Uint32Array,
    private readonly lineTable: Ragged,
  ) {}

  get size(): number {
    return this.termTable.size;
  }

  private words(ids: Uint32Array): string[] {
    return Array.from(ids, (i) => this.vocabulary.terms[i]!);
  }

  terms(id: number): string[] {
    return id < this.size ? this.words(this.termTable.get(id)) : [];
  }

  heading(id: number): string[] {
    return id < this.size ? this.words(this.headingTable.get(id)) : [];
  }

  lines(id: number): string[][] {
    if (id >= this.size) return [];
    const out: string[][] = [];
    for (let l = this.lineOffsets[id]!; l < this.lineOffsets[id + 1]!; l++) out.push(this.words(this.lineTable.get(l)));
    return out;
  }

  /** Writes `<name>.json` and the tables as `<name>.<table>.{offsets,values}.u32` in `dir`. */
  async save(dir: string, name: string): Promise<void> {
    await writeFile(path.join(dir, `${name}.json`), JSON.stringify({ chunks: this.size, lines: this.lineTable.size, vocabulary: this.vocabulary.size }));
    const tables = { terms: this.termTable, heading: this.headingTable, lines: this.lineTable };
    for (const [key, table] of Object.entries(tables)) {
      await writeTyped(path.join(dir, `${name}.${key}.offsets.u32`), table.offsets);
      await writeTyped(path.join(dir, `${name}.${key}.values.u32`), table.values);
    }
    await writeTyped(path.join(dir, `${name}.line-offsets.u32`), this.lineOffsets);
  }

  /** Reads tables written by save, over the vocabulary they were built with. */
  static async load(dir: string, name: string, vocabulary: Vocabulary): Promise<PackedChunkTerms> {
    const meta = MetaSchema.parse(JSON.parse(await readFile(path.join(dir, `${name}.json`), 'utf8')));
    const table = async (key: string) =>
      new Ragged(await readTyped(path.join(dir, `${name}.${key}.offsets.u32`), Uint32Array), await readTyped(path.join(dir, `${name}.${key}.values.u32`), Uint32Array));
    const [terms, heading, lines] = await Promise.all(['terms', 'heading', 'lines'].map(table));
    const lineOffsets = await readTyped(path.join(dir, `${name}.line-offsets.u32`), Uint32Array);
    const ok =
      terms!.size === meta.chunks &&
      heading!.size === meta.chunks &&
      lines!.size === meta.lines &&
      lineOffsets.length === meta.chunks + 1 &&
      lineOffsets[meta.chunks] === meta.lines &&
      // the recorded vocabulary size settles it without reading every id (hundreds of millions at 1M chunks)
      (meta.vocabulary !== undefined ? meta.vocabulary === vocabulary.size : [terms!, heading!, lines!].every((t) => t.values.every((v) => v < vocabulary.size)));
    if (!ok) throw new Error(`the chunk term tables ${name} in ${dir} are inconsistent (their files do not belong together)`);
    return new PackedChunkTerms(vocabulary, terms!, heading!, lineOffsets, lines!);
  }
}

/** Builds PackedChunkTerms chunk by chunk, numbering new terms in `vocabulary`. */
export class ChunkTermsBuilder {
  private readonly termRows = new RaggedBuilder();
  private readonly headingRows = new RaggedBuilder();
  private readonly lineRows = new RaggedBuilder();
  private readonly lineOffsets: number[] = [0];

  constructor(private readonly vocabulary: Vocabulary) {}

  add(lists: ChunkTermLists): void {
    const ids = (terms: readonly string[]) => terms.map((t) => this.vocabulary.add(t));
    this.termRows.push(ids(lists.terms));
    this.headingRows.push(ids(lists.heading));
    for (const line of lists.lines) this.lineRows.push(ids(line));
    this.lineOffsets.push(this.lineRows.size);
  }

  finish(): PackedChunkTerms {
    return new PackedChunkTerms(this.vocabulary, this.termRows.finish(), this.headingRows.finish(), Uint32Array.from(this.lineOffsets), this.lineRows.finish());
  }
}
