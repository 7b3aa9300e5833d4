// Embeds text locally through the transformers.js feature-extraction pipeline, as a langchain
// Embeddings (so it plugs into the HNSWLib store): the corpus model or a pretrained one alike.
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { Embeddings } from '@langchain/core/embeddings';
import { env, pipeline, type FeatureExtractionPipeline, type Tensor } from '@xenova/transformers';
import { ShisakuError } from '../errors.js';

export interface TransformersEmbeddingsOptions {
  /** A local model folder, or a hub id such as `Xenova/multilingual-e5-small`. */
  model: string;
  /** Put before every query (e5: `query: `). */
  queryPrefix?: string;
  /** Put before every document (e5: `passage: `). */
  passagePrefix?: string;
  /** Splits text into tokens that are joined by spaces before the model sees them (the corpus model needs this). */
  pretokenize?: (text: string) => string[];
  /** Load onnx/model_quantized.onnx. Default: for a folder, whether it has that file; for a hub id, true. */
  quantized?: boolean;
  /** Texts per forward pass. Default 32. */
  batchSize?: number;
  /** Let a hub id be downloaded (and cached) when it is not cached yet. Default false. */
  allowRemote?: boolean;
}

const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'];

/** Sentence embeddings by mean pooling, L2-normalised; a text with no known token gets a zero vector. */
export class TransformersEmbeddings extends Embeddings {
  private constructor(
    private readonly extractor: FeatureExtractionPipeline,
    private readonly opts: TransformersEmbeddingsOptions,
    /** Length of every vector. */
    readonly dimensions: number,
    /** The folder (absolute) or hub id the model came from. */
    readonly modelId: string,
  ) {
    super({});
  }

  /**
   * Loads the model. transformers.js keeps its settings in one module-level `env`, which is set
   * here right before loading: do not run two `create` calls for different sources concurrently.
   */
  static async create(opts: TransformersEmbeddingsOptions): Promise<TransformersEmbeddings> {
    const folder = localFolder(opts.model);
    const extractor = folder ? await loadFolder(folder, opts.quantized) : await loadHub(opts.model, opts);
    const [probe] = await meanPooled(extractor, ['a']);
    return new TransformersEmbeddings(extractor, opts, probe?.length ?? 0, folder ?? opts.model);
  }

  /** Embeds documents (with the passage prefix), in batches. */
  async embedDocuments(texts: string[]): Promise<number[][]> {
    return this.embed(texts, this.opts.passagePrefix ?? '');
  }

  /** Embeds one query (with the query prefix). */
  async embedQuery(text: string): Promise<number[]> {
    const [vector] = await this.embed([text], this.opts.queryPrefix ?? '');
    return vector ?? new Array<number>(this.dimensions).fill(0);
  }

  /** Releases the ONNX session. */
  async dispose(): Promise<void> {
    await this.extractor.dispose();
  }

  private async embed(texts: string[], prefix: string): Promise<number[][]> {
    const inputs = texts.map((t) => this.prepare(t, prefix));
    const out: number[][] = inputs.map(() => new Array<number>(this.dimensions).fill(0));
    // Similar lengths share a batch, so little is spent on padding; empty inputs stay zero.
    const order = inputs.map((_, i) => i).filter((i) => inputs[i] !== '');
    order.sort((a, b) => inputs[a]!.length - inputs[b]!.length || a - b);
    const batchSize = Math.max(1, this.opts.batchSize ?? 32);
    for (let start = 0; start < order.length; start += batchSize) {
      const ids = order.slice(start, start + batchSize);
      const vectors = await meanPooled(this.extractor, ids.map((i) => inputs[i]!));
      ids.forEach((id, row) => (out[id] = vectors[row]!));
    }
    return out;
  }

  private prepare(text: string, prefix: string): string {
    const body = this.opts.pretokenize
      ? this.opts
          .pretokenize(text)
          .flatMap((t) => t.split(/\s+/u))
          .filter((t) => t !== '')
          .join(' ')
      : text;
    return body.trim() === '' ? '' : prefix + body;
  }
}

/** The absolute folder when `model` names a path (or an existing folder), else undefined (a hub id). */
function localFolder(model: string): string | undefined {
  const expanded = model === '~' || model.startsWith('~/') ? path.join(homedir(), model.slice(1)) : model;
  const looksLikePath = path.isAbsolute(expanded) || /^\.\.?([/\\]|$)/u.test(expanded) || expanded.includes('\\');
  const resolved = path.resolve(expanded);
  if (looksLikePath || (existsSync(resolved) && statSync(resolved).isDirectory())) return resolved;
  return undefined;
}

async function loadFolder(dir: string, quantizedOpt: boolean | undefined): Promise<FeatureExtractionPipeline> {
  const missing = REQUIRED_FILES.filter((f) => !existsSync(path.join(dir, f)));
  const hasQuantized = existsSync(path.join(dir, 'onnx', 'model_quantized.onnx'));
  const hasFull = existsSync(path.join(dir, 'onnx', 'model.onnx'));
  const quantized = quantizedOpt ?? hasQuantized;
  if (!(quantized ? hasQuantized : hasFull)) missing.push(`onnx/${quantized ? 'model_quantized' : 'model'}.onnx`);
  if (missing.length > 0) {
    throw new ShisakuError(
      `embedding model folder ${dir} is missing ${missing.join(', ')}; build it again (ingest) ` +
        'or pass a folder holding config.json, tokenizer.json, tokenizer_config.json and onnx/model.onnx',
    );
  }
  env.allowLocalModels = true;
  env.allowRemoteModels = false;
  env.localModelPath = `${path.dirname(dir)}/`;
  env.useFSCache = false; // the cache is keyed by folder name only and could answer for another folder
  try {
    return await pipeline('feature-extraction', path.basename(dir), { quantized, local_files_only: true });
  } catch (cause) {
    throw new ShisakuError(`could not load the embedding model in ${dir} (quantized: ${quantized}): ${messageOf(cause)}`, { cause });
  }
}

async function loadHub(id: string, opts: TransformersEmbeddingsOptions): Promise<FeatureExtractionPipeline> {
  const allowRemote = opts.allowRemote ?? false;
  const quantized = opts.quantized ?? true;
  const cacheDir = String(env.cacheDir);
  env.allowLocalModels = true;
  env.localModelPath = cacheDir.endsWith('/') ? cacheDir : `${cacheDir}/`; // where an earlier download was cached
  env.allowRemoteModels = allowRemote;
  env.useFSCache = true;
  try {
    return await pipeline('feature-extraction', id, { quantized, local_files_only: !allowRemote });
  } catch (cause) {
    const file = `onnx/${quantized ? 'model_quantized' : 'model'}.onnx`;
    const where = path.join(cacheDir, id);
    const fix = allowRemote
      ? `check the model id and the network connection, or pass a local folder that holds config.json, tokenizer.json, tokenizer_config.json and ${file}`
      : `connect to the internet once with allowRemote enabled so it is downloaded and cached, or pass a local folder that holds config.json, tokenizer.json, tokenizer_config.json and ${file}`;
    const tried = allowRemote ? `the cache at ${where}, then ${env.remoteHost}` : `only the cache at ${where} (downloads disabled)`;
    throw new ShisakuError(`embedding model "${id}" could not be loaded: tried ${tried}; ${fix}. Cause: ${messageOf(cause)}`, { cause });
  }
}

/**
 * What the feature-extraction pipeline computes with `{ pooling: 'mean', normalize: true }`, from its
 * own tokenizer and model: padded batch, forward pass, mask-weighted mean, unit length. Pooled here
 * because transformers.js 2.17 reads tensors element by element through a Proxy (about 100× slower),
 * and its normalize divides a zero vector (a text with only unknown words) by zero.
 */
async function meanPooled(extractor: FeatureExtractionPipeline, texts: string[]): Promise<number[][]> {
  const encoded = extractor.tokenizer(texts, { padding: true, truncation: true }) as Record<string, Tensor>;
  const outputs = (await extractor.model(encoded)) as Record<string, Tensor | undefined>;
  const hidden = outputs['last_hidden_state'] ?? outputs['logits'] ?? outputs['token_embeddings'];
  const mask = encoded['attention_mask'];
  if (!hidden || !mask || hidden.dims.length !== 3) {
    throw new ShisakuError('the embedding model gave no [batch, sequence, dim] output (last_hidden_state)');
  }
  const [batch = 0, seq = 0, dim = 0] = hidden.dims;
  const data = hidden.data as Float32Array;
  const maskData = mask.data as BigInt64Array;
  return Array.from({ length: batch }, (_, b) => {
    const sum = new Float64Array(dim);
    let count = 0;
    for (let t = 0; t < seq; t++) {
      if (maskData[b * seq + t] === 0n) continue;
      count++;
      const offset = (b * seq + t) * dim;
      for (let c = 0; c < dim; c++) sum[c]! += data[offset + c]!;
    }
    return unitOrZero(count > 0 ? sum : new Float64Array(dim));
  });
}

/** The vector scaled to unit length as a plain array; zeros when it has no length (or is not finite). */
function unitOrZero(v: Float64Array): number[] {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  const norm = Math.sqrt(s);
  if (!(norm > 0) || !Number.isFinite(norm)) return new Array<number>(v.length).fill(0);
  return Array.from(v, (x) => x / norm);
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
