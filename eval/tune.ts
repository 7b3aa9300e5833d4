// Development loop for retrieval: builds the index in memory from seeds/ and reports hit@1,
// MRR, recall@5 and within-600 for the eval questions under several weightings.
// Usage: npx tsx eval/tune.ts [--dense] [--show-misses]
import path from 'node:path';
import { loadCorpus } from '../src/core/corpus.js';
import { Lexicon } from '../src/core/lexicon.js';
import { packageRoot } from '../src/core/paths.js';
import { DEFAULT_WEIGHTS, Retriever, type RetrievalWeights, type VectorSearch } from '../src/core/retrieve.js';
import { JapaneseTokenizer } from '../src/core/text/tokenize.js';
import { buildLexical, buildLexicon, chunkCorpus, tokeniseChunks } from '../ingest/stages.js';
import { aggregate, scoreRetrieval } from './metrics.js';
import { loadQuestions } from './questions.js';

const root = packageRoot();
const args = new Set(process.argv.slice(2));
const tokenizer = await JapaneseTokenizer.create();
const { documents } = await loadCorpus(path.join(root, 'seeds'));
const env = (k: string, d: number) => (process.env[k] === undefined ? d : Number(process.env[k]));
const chunks = chunkCorpus(documents, { maxChars: env('MAXC', 360), minChars: env('MINC', 120) });
console.log('chunks', chunks.length);
const tokens = tokeniseChunks(chunks, tokenizer);
let names: string[][] = [];
try {
  const { buildCatalogue, loadCuration } = await import('../src/core/catalogue/build.js');
  const { aliasLexicon } = await import('../src/core/catalogue/query.js');
  const cat = buildCatalogue(documents, await loadCuration(path.join(root, 'seeds')));
  names = aliasLexicon(cat).map((e) => [e.canonical, ...e.names.filter((n) => n !== e.canonical)]);
} catch (err) {
  console.error('catalogue unavailable:', (err as Error).message);
}
const lexicon = new Lexicon(await buildLexicon(tokens, names));
let vectors: VectorSearch | null = null;
if (args.has('--dense')) {
  const { buildCorpusModel } = await import('../src/core/embed/corpus-model.js');
  const { TransformersEmbeddings } = await import('../src/core/embed/embedder.js');
  const { buildVectorStore, HnswVectorSearch } = await import('../src/core/vectors.js');
  const dir = path.join(root, '.shisaku', 'tune-model');
  await buildCorpusModel({ sentences: tokens.terms, outDir: dir, synonyms: args.has('--retrofit') ? lexicon.data.synonyms : [] });
  const emb = await TransformersEmbeddings.create({ model: dir, pretokenize: (t: string) => tokenizer.terms(t) });
  const store = await buildVectorStore(chunks, emb);
  vectors = new HnswVectorSearch(store, emb);
}
const questions = (await loadQuestions(path.join(root, 'eval', 'questions.json'))).filter((q) => !q.abstain);
const base = {
  chunks, documents: documents.map((d) => d.meta),
  ...buildLexical(tokens, env('K1', 1.2), env('B', 0.75)),
  chunkTerms: tokens.terms.map((t) => [...new Set(t)]), headingTerms: tokens.headingTerms, lineTerms: tokens.lineTerms,
  vectors, tokenizer, lexicon,
};
const variants: [string, Partial<RetrievalWeights>, 'hybrid' | 'lexical' | 'dense'][] = [
  ['morph only', { morph: 1, bigram: 0, dense: 0, coverage: 0, heading: 0 }, 'lexical'],
  ['bigram only', { morph: 0, bigram: 1, dense: 0, coverage: 0, heading: 0 }, 'lexical'],
  ['lexical fused', { dense: 0, coverage: 0, heading: 0 }, 'lexical'],
  ['hybrid default', {}, 'hybrid'],
  ['hybrid no dense', { dense: 0 }, 'hybrid'],
  ['cov .5', { coverage: 0.5 }, 'hybrid'],
  ['cov .15', { coverage: 0.15 }, 'hybrid'],
  ['head 0', { heading: 0 }, 'hybrid'],
  ['head .3', { heading: 0.3 }, 'hybrid'],
  ['atype 0', { answerType: 0 }, 'hybrid'],
  ['prox 0', { proximity: 0 }, 'hybrid'],
  ['prox .6', { proximity: 0.6 }, 'hybrid'],
  ['prox .6 cov 0', { proximity: 0.6, coverage: 0 }, 'hybrid'],
  ['prox 1 cov .15', { proximity: 1, coverage: 0.15 }, 'hybrid'],
  ['atype .2', { answerType: 0.2 }, 'hybrid'],
  ['dense .15', { dense: 0.15 }, 'hybrid'],
  ['dense .5', { dense: 0.5 }, 'hybrid'],
];
if (vectors) variants.push(['dense only', {}, 'dense']);
const only = process.env['ONLY'];
for (const [name, w, mode] of variants.filter((v) => !only || only.split(',').includes(v[0]))) {
  const r = new Retriever({ ...base, weights: { ...DEFAULT_WEIGHTS, ...w } });
  const scores = [];
  const ja = [];
  const misses: string[] = [];
  for (const q of questions) {
    const hits = await r.search(q.question, { k: 5, mode });
    const s = scoreRetrieval(q, hits.map((h) => ({ ...h.chunk, text: h.chunk.text })));
    scores.push(s);
    if (q.lang === 'ja') ja.push(s);
    if (!s.hit1 && name === 'hybrid default') misses.push(`${q.id} [${q.category}] ${q.question}\n   gold ${q.evidence.map((e) => `${e.source.slice(6, 9)}:${e.line_start}-${e.line_end}`).join(' ')} got ${hits.slice(0, 3).map((h) => `${h.chunk.source.slice(6, 9)}:${h.chunk.line_start}-${h.chunk.line_end}`).join(' ')}`);
  }
  const a = aggregate(scores);
  const j = aggregate(ja);
  console.log(`${name.padEnd(16)} all hit1 ${a.hit1.toFixed(3)} mrr ${a.mrr.toFixed(3)} r5 ${a.recall5.toFixed(3)} w600 ${a.within600.toFixed(3)} | ja(${j.n}) hit1 ${j.hit1.toFixed(3)} mrr ${j.mrr.toFixed(3)} w600 ${j.within600.toFixed(3)}`);
  if (args.has('--show-misses') && misses.length) console.log(misses.join('\n'));
}
