// Writes the ONNX graph of the corpus embedding model: a lookup table, so transformers.js can run
// word vectors through the same feature-extraction pipeline as a pretrained transformer.
import { endianness } from 'node:os';
import onnxProto, { type onnx as Onnx } from 'onnx-proto';

const { onnx } = onnxProto;

/** ONNX IR version 8 and opset 13: both read by the onnxruntime-node 1.14 that transformers.js 2.17 bundles. */
export const ONNX_IR_VERSION = 8;
export const ONNX_OPSET = 13;

export interface EmbeddingGraphOptions {
  /** Row-major [vocabSize, dim] table; row i is the vector of token id i. */
  embeddings: Float32Array;
  vocabSize: number;
  dim: number;
  /** Recorded as the model's doc string. */
  docString?: string;
}

/**
 * Encodes a model with inputs `input_ids` and `attention_mask` (int64 [batch, seq]) and output
 * `last_hidden_state` = Gather(embeddings, input_ids) · attention_mask (float [batch, seq, dim]),
 * so padded positions come out as zeros.
 */
export function encodeEmbeddingOnnx(opts: EmbeddingGraphOptions): Uint8Array {
  const { embeddings, vocabSize, dim } = opts;
  if (embeddings.length !== vocabSize * dim) {
    throw new RangeError(`embeddings has ${embeddings.length} values, expected ${vocabSize}×${dim}`);
  }
  if (endianness() !== 'LE') throw new Error('ONNX raw tensor data is little-endian; this machine is not');
  const T = onnx.TensorProto.DataType;
  const batchBySeq = [{ dimParam: 'batch_size' }, { dimParam: 'sequence_length' }];
  const valueInfo = (name: string, elemType: number, dims: Onnx.TensorShapeProto.IDimension[]) =>
    onnx.ValueInfoProto.create({ name, type: { tensorType: { elemType, shape: { dim: dims } } } });
  const node = (opType: string, input: string[], output: string, attribute: Onnx.IAttributeProto[] = []) =>
    onnx.NodeProto.create({ opType, input, output: [output], name: `${opType}_${output}`, attribute });
  const intAttr = (name: string, i: number) =>
    onnx.AttributeProto.create({ name, type: onnx.AttributeProto.AttributeType.INT, i });

  const graph = onnx.GraphProto.create({
    name: 'shisaku_word_vectors',
    input: [valueInfo('input_ids', T.INT64, batchBySeq), valueInfo('attention_mask', T.INT64, batchBySeq)],
    output: [valueInfo('last_hidden_state', T.FLOAT, [...batchBySeq, { dimValue: dim }])],
    initializer: [
      onnx.TensorProto.create({ name: 'embeddings', dataType: T.FLOAT, dims: [vocabSize, dim], rawData: bytesOf(embeddings) }),
      onnx.TensorProto.create({ name: 'last_axis', dataType: T.INT64, dims: [1], rawData: bytesOf(BigInt64Array.of(-1n)) }),
    ],
    node: [
      node('Gather', ['embeddings', 'input_ids'], 'token_vectors', [intAttr('axis', 0)]),
      node('Cast', ['attention_mask'], 'mask_float', [intAttr('to', T.FLOAT)]),
      node('Unsqueeze', ['mask_float', 'last_axis'], 'mask_3d'),
      node('Mul', ['token_vectors', 'mask_3d'], 'last_hidden_state'),
    ],
  });
  const model = onnx.ModelProto.create({
    irVersion: ONNX_IR_VERSION,
    opsetImport: [{ domain: '', version: ONNX_OPSET }],
    producerName: 'shisaku',
    docString: opts.docString ?? 'Word-vector lookup table',
    graph,
  });
  return onnx.ModelProto.encode(model).finish();
}

/** The bytes of a typed array, without copying. */
function bytesOf(a: Float32Array | BigInt64Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}
