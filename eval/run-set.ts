// One eval set, the single code path of `npm run eval` (the project's seen and held-out sets) and of
// `shisaku eval` (an office's own questions): a corpus of one or more document folders is indexed
// (fresh, or an index home that is brought up to date), the questions are resolved against it
// (quotes found, sources mapped), sent through the MCP server over stdio as a client would, and
// scored per category and per document style; the plain BM25 peer answers the same questions on
// the same documents when asked.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureEngine } from '../ingest/ensure.js';
import { silentProgress, type Progress } from '../ingest/progress.js';
import type { Engine } from '../src/core/engine.js';
import type { RetrievalWeights } from '../src/core/retrieve.js';
import type { JapaneseTokenizer } from '../src/core/text/tokenize.js';
import { figuresByGroup, figuresByKey, retrievalOf, type GroupFigures, type QuestionRun } from './answer-metrics.js';
import { baseFolders, prepareCorpus, sourceMapper, type EvalCorpus } from './corpus.js';
import type { LatencySummary } from './latency.js';
import { Bm25Peer } from './peer-bm25.js';
import { loadQuestions, type Question } from './questions.js';
import { runOverStdio } from './run-stdio.js';

export interface SetSpec {
  /** "seen", "unseen", "dev", or an office's name for its set. */
  name: string;
  /** Document folders indexed together. */
  folders: string[];
  questionsFile: string;
  /** The MCP server script to start (dist/src/stdio.js, or the harness's crippled server). */
  script: string;
  /** Reuse (and bring up to date) the index in this folder; default: a fresh temporary one. */
  home?: string | undefined;
  model?: string | undefined;
  /** Also run the plain BM25 peer. */
  peer: boolean;
  tokenizer: JapaneseTokenizer;
  weights?: RetrievalWeights | undefined;
  log: (line: string) => void;
  progress?: Progress;
}

/** Figures of one system on a set: per category (with "all" and "ja") and per document style. */
export interface SystemFigures {
  figures: Record<string, GroupFigures>;
  by_style: Record<string, GroupFigures>;
}

export interface SetRun {
  name: string;
  questionsFile: string;
  folders: string[];
  questions: Question[];
  /** The index over the set's corpus (for in-process ablations), open until `close()`. */
  engine: Engine;
  corpus: EvalCorpus;
  home: string;
  runs: QuestionRun[];
  shisaku: SystemFigures;
  peer?: SystemFigures | undefined;
  latency: { search: LatencySummary; answer: LatencySummary };
  tools: string[];
  prompts: string[];
  /** Removes the temporary corpus copy and index. */
  close(): Promise<void>;
}

/** The style a question is counted under: its own, else its first evidence document's, else "(none)". */
function styleOf(q: Question, styles: ReadonlyMap<string, string>): string {
  return q.style ?? q.evidence.map((e) => styles.get(e.source)).find((s) => s !== undefined) ?? '(none)';
}

/** Runs one set through the MCP server (and the peer). */
export async function runSet(spec: SetSpec): Promise<SetRun> {
  const corpus = await prepareCorpus(spec.folders);
  const home = spec.home ?? (await mkdtemp(path.join(os.tmpdir(), `shisaku-eval-${spec.name}-`)));
  const cleanup = async () => {
    if (spec.home === undefined) await rm(home, { recursive: true, force: true });
    await corpus.cleanup();
  };
  try {
    const paths = { ...corpus.paths, homeDir: home };
    spec.log(`${spec.name}: index over ${spec.folders.map((f) => path.relative(process.cwd(), f) || '.').join(' + ')} in ${home}`);
    const engine = await ensureEngine({ paths, model: spec.model, progress: spec.progress ?? silentProgress, tokenizer: spec.tokenizer, ...(spec.weights && { weights: spec.weights }) });
    const documents = engine.documents.map((d) => ({ source: d.meta.source, lines: d.lines }));
    const questions = await loadQuestions(spec.questionsFile, {
      documents,
      mapSource: sourceMapper(corpus, documents.map((d) => d.source), baseFolders(spec.questionsFile)),
    });
    spec.log(`${spec.name}: ${questions.length} questions over stdio (${path.basename(spec.script)})`);
    const main = await runOverStdio({
      script: spec.script,
      home,
      seedsDir: paths.seedsDir,
      root: paths.root,
      questions,
      catalogue: engine.catalogue,
      onProgress: (done, total) => done % 25 === 0 && spec.log(`  ${done}/${total}`),
    });
    const style = (q: Question) => styleOf(q, corpus.styles);
    let peer: SystemFigures | undefined;
    if (spec.peer) {
      const bm25 = Bm25Peer.build(documents);
      const runs: QuestionRun[] = questions.map((q) => ({ q, retrieval: retrievalOf(q, bm25.search(q.question, 5).map((h) => ({ citation: h, text: h.text }))) }));
      peer = { figures: figuresByGroup(runs), by_style: figuresByKey(runs, style) };
    }
    return {
      name: spec.name,
      questionsFile: spec.questionsFile,
      folders: corpus.folders,
      questions,
      engine,
      corpus,
      home,
      runs: main.runs,
      shisaku: { figures: figuresByGroup(main.runs), by_style: figuresByKey(main.runs, style) },
      peer,
      latency: main.latency,
      tools: main.tools,
      prompts: main.prompts,
      close: cleanup,
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
