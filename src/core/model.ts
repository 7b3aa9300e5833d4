// Which embedding model an index uses: the one built from the corpus at ingest (default), or a
// pretrained one the user has (a hub id such as Xenova/multilingual-e5-small, or a local folder).
import path from 'node:path';
import { TransformersEmbeddings } from './embed/embedder.js';
import type { ModelInfo } from './manifest.js';
import type { JapaneseTokenizer } from './text/tokenize.js';

export const CORPUS_MODEL = 'shisaku-corpus';
/** Folder of the corpus-built model inside an index build. */
export const CORPUS_MODEL_DIR = 'model';

/** The model an ingest asked for, before its dimensions are known. */
export function requestedModel(name: string | undefined): Omit<ModelInfo, 'dimensions'> {
  if (name === undefined || name === CORPUS_MODEL) return { kind: 'corpus', name: CORPUS_MODEL, queryPrefix: '', passagePrefix: '' };
  // e5 models by their own name (multilingual-e5-small, e5-base-v2), not by letters of a folder above them
  const e5 = /(?:^|[-_.])e5(?:$|[-_.])/i.test(path.basename(name));
  return { kind: 'pretrained', name, queryPrefix: e5 ? 'query: ' : '', passagePrefix: e5 ? 'passage: ' : '' };
}

/** True when an index built with `built` serves queries for the model the user asked for. */
export function sameModel(built: Pick<ModelInfo, 'name'>, asked: string | undefined): boolean {
  return asked === undefined || requestedModel(asked).name === built.name;
}

/**
 * Loads the embeddings for an index's model through the transformers.js pipeline. With
 * `pretokenized`, the corpus model takes texts that are already its terms joined by spaces (ingest
 * passes the terms it indexed, instead of running kuromoji over every chunk again).
 */
export async function loadEmbeddings(
  info: Omit<ModelInfo, 'dimensions'>,
  indexDir: string,
  tokenizer: JapaneseTokenizer,
  opts: { pretokenized?: boolean } = {},
): Promise<TransformersEmbeddings> {
  if (info.kind === 'corpus') {
    return TransformersEmbeddings.create({
      model: path.join(indexDir, CORPUS_MODEL_DIR),
      pretokenize: opts.pretokenized ? (text) => text.split(' ') : (text) => tokenizer.terms(text),
    });
  }
  return TransformersEmbeddings.create({
    model: info.name,
    queryPrefix: info.queryPrefix,
    passagePrefix: info.passagePrefix,
    allowRemote: process.env['SHISAKU_OFFLINE'] !== '1',
  });
}
