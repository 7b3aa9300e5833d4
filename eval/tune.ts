// Fits retrieval weights by measurement: builds the index in memory from seeds/, gathers each
// eval question's candidates once, then runs coordinate ascent on the feature weights to
// maximise hit@1 + MRR, with 2-fold cross-validation to show how well the fit generalises.
// Usage: npx tsx eval/tune.ts [--dense] [--retrofit] [--fit]   (MAXC/MINC env: chunk sizes)
import path from 'node:path';
import { loadCorpus } from '../src/core/corpus.js';
import { Lexicon } from '../src/core/lexicon.js';
import { packageRoot } from '../src/core/paths.js';
import { DEFAULT_WEIGHTS, FEATURES, Retriever, type Candidate, type Feature, type VectorSearch } from '../src/core/retrieve.js';
import { JapaneseTokenizer } from '../src/core/text/tokenize.js';
import { buildLexicon, chunkCorpus, headingNames, indexChunks, sequenceTerms, textNames } from '../ingest/stages.js';
import { aggregate, scoreRetrieval } from './metrics.js';
import { loadQuestions, type Question } from './questions.js';

const root = packageRoot();
const args = new Set(process.argv.slice(2));
const env = (k: string, d: number) => (process.env[k] === undefined ? d : Number(process.env[k]));
const tokenizer = await JapaneseTokenizer.create();
const { documents } = await loadCorpus(path.join(root, 'seeds'));
const chunks = chunkCorpus(documents, { maxChars: env('MAXC', 450), minChars: env('MINC', 150) });
const lexical = await indexChunks(chunks, tokenizer, { k1: env('K1', 1.2), b: env('B', 0.75) });
let names: string[][] = [];
let evidence: ((question: string, q: import('../src/core/query.js').AnalyzedQuery) => readonly import('../src/core/catalogue/evidence.js').EvidenceSpan[]) | undefined;
try {
  const { buildCatalogue, loadCuration } = await import('../src/core/catalogue/build.js');
  const { aliasLexicon } = await import('../src/core/catalogue/query.js');
  const cat = buildCatalogue(documents, await loadCuration(path.join(root, 'seeds')));
  names = aliasLexicon(cat).map((e) => [e.canonical, ...e.names.filter((n) => n !== e.canonical)]);
  const { catalogueEvidence } = await import('../src/core/catalogue/evidence.js');
  if (!args.has('--no-catalogue')) evidence = (question, q) => catalogueEvidence(cat, question, q.answerType, q.years, q.defines);
} catch (err) {
  console.error('catalogue unavailable:', (err as Error).message);
}
const lexicon = new Lexicon(await buildLexicon(lexical.morph.vocabulary.terms, [...names, ...headingNames(chunks), ...textNames(chunks)]));
let vectors: VectorSearch | null = null;
if (args.has('--dense')) {
  const { buildCorpusModel } = await import('../src/core/embed/corpus-model.js');
  const { TransformersEmbeddings } = await import('../src/core/embed/embedder.js');
  const { buildVectorStore, embeddingText, HnswVectorSearch } = await import('../src/core/vectors.js');
  const dir = path.join(root, '.shisaku', 'tune-model');
  await buildCorpusModel({ sentences: chunks.map((c) => sequenceTerms(lexical, c.id)), outDir: dir, synonyms: args.has('--retrofit') ? lexicon.data.synonyms : [] });
  const emb = await TransformersEmbeddings.create({ model: dir, pretokenize: (t: string) => tokenizer.terms(t) });
  vectors = new HnswVectorSearch(await buildVectorStore(chunks.length, (id) => embeddingText(chunks[id]!), emb), emb);
}
const retriever = new Retriever({
  chunks,
  documents: documents.map((d) => d.meta),
  morph: lexical.morph,
  bigram: lexical.bigram,
  chunkTerms: lexical.chunkTerms,
  vectors,
  ...(evidence && { evidence }),
  tokenizer,
  lexicon,
});
const questions = (await loadQuestions(path.join(root, 'eval', 'questions.json'))).filter((q) => !q.abstain);
const cands = new Map<string, Candidate[]>();
for (const q of questions) cands.set(q.id, await retriever.candidates(q.question, {}));
console.log(`chunks ${chunks.length}, questions ${questions.length}, dense ${vectors ? 'on' : 'off'}`);

type W = Record<Feature, number>;
function evaluate(w: W, qs: readonly Question[]) {
  const all = [];
  const ja = [];
  for (const q of qs) {
    const hits = retriever.rank(cands.get(q.id)!, w, 5);
    const s = scoreRetrieval(q, hits.map((h) => h.chunk));
    all.push(s);
    if (q.lang === 'ja') ja.push(s);
  }
  return { all: aggregate(all), ja: aggregate(ja) };
}
const objective = (w: W, qs: readonly Question[]) => {
  const { all } = evaluate(w, qs);
  return all.hit1 + all.mrr;
};
function fit(qs: readonly Question[], start: W): W {
  let best = { ...start };
  let bestScore = objective(best, qs);
  const grid = [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 1, 1.5, 2];
  for (let round = 0; round < 4; round++) {
    let improved = false;
    for (const f of FEATURES) {
      for (const v of grid) {
        const w = { ...best, [f]: v };
        const s = objective(w, qs);
        if (s > bestScore + 1e-9) {
          best = w;
          bestScore = s;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return best;
}
const show = (name: string, w: W, qs: readonly Question[] = questions) => {
  const { all, ja } = evaluate(w, qs);
  console.log(`${name.padEnd(22)} all hit1 ${all.hit1.toFixed(3)} mrr ${all.mrr.toFixed(3)} r5 ${all.recall5.toFixed(3)} w600 ${all.within600.toFixed(3)} | ja(${ja.n}) hit1 ${ja.hit1.toFixed(3)} mrr ${ja.mrr.toFixed(3)} w600 ${ja.within600.toFixed(3)}`);
};
const zero: W = { morph: 0, bigram: 0, dense: 0, coverage: 0, heading: 0, proximity: 0, answerType: 0, entity: 0, phrase: 0, catalogue: 0 };
show('morph only', { ...zero, morph: 1 });
show('bigram only', { ...zero, bigram: 1 });
show('lexical fused', { ...zero, morph: 0.5, bigram: 0.5 });
if (vectors) show('dense only', { ...zero, dense: 1 });
show('default', DEFAULT_WEIGHTS);
for (const f of FEATURES) show(`default, no ${f}`, { ...DEFAULT_WEIGHTS, [f]: 0 });
if (args.has('--fit')) {
  const w = fit(questions, DEFAULT_WEIGHTS);
  show('fitted on all', w);
  console.log('fitted weights', JSON.stringify(w));
  // 2-fold cross-validation: fit on one half, measure on the other
  const odd = questions.filter((_, i) => i % 2 === 1);
  const even = questions.filter((_, i) => i % 2 === 0);
  const wOdd = fit(odd, DEFAULT_WEIGHTS);
  const wEven = fit(even, DEFAULT_WEIGHTS);
  show('cv: default on even', DEFAULT_WEIGHTS, even);
  show('cv: odd-fit on even', wOdd, even);
  show('cv: default on odd', DEFAULT_WEIGHTS, odd);
  show('cv: even-fit on odd', wEven, odd);
}
if (args.has('--misses')) {
  const byCat = new Map<string, [number, number]>();
  for (const q of questions) {
    const hits = retriever.rank(cands.get(q.id)!, DEFAULT_WEIGHTS, 5);
    const s = scoreRetrieval(q, hits.map((h) => h.chunk));
    const e = byCat.get(q.category) ?? [0, 0];
    byCat.set(q.category, [e[0] + (s.hit1 ? 1 : 0), e[1] + 1]);
    if (!s.hit1) console.log(`MISS ${q.id} [${q.category}] rr=${s.reciprocalRank.toFixed(2)} ${q.question.slice(0, 60)} | gold ${q.evidence.map((e) => `${e.source.slice(6, 9)}:${e.line_start}-${e.line_end}`).join(' ')} | got ${hits.slice(0, 2).map((h) => `${h.chunk.source.slice(6, 9)}:${h.chunk.line_start}-${h.chunk.line_end}`).join(' ')}`);
  }
  console.log([...byCat].map(([c, [h, n]]) => `${c} ${h}/${n}`).join(', '));
}
if (args.has('--soft')) {
  const { factsPresent } = await import('./metrics.js');
  let soft = 0;
  let miss = 0;
  for (const q of questions) {
    const hits = retriever.rank(cands.get(q.id)!, DEFAULT_WEIGHTS, 5);
    const s = scoreRetrieval(q, hits.map((h) => h.chunk));
    if (s.hit1 || q.facts.length === 0) continue;
    miss++;
    const top = hits[0];
    if (top && factsPresent(q, `${top.chunk.heading}\n${top.chunk.text}`) === q.facts.length) {
      soft++;
      console.log(`SOFT ${q.id} ${q.question.slice(0, 50)} | top ${top.chunk.source.slice(6, 9)}:${top.chunk.line_start}-${top.chunk.line_end}`);
    }
  }
  console.log(`misses with facts: ${miss}, of which the top passage holds every fact: ${soft}`);
}
if (args.has('--explain')) {
  for (const q of questions) {
    const hits = retriever.rank(cands.get(q.id)!, DEFAULT_WEIGHTS, 5);
    const s = scoreRetrieval(q, hits.map((h) => h.chunk));
    if (s.hit1) continue;
    const goldRank = hits.findIndex((h) => q.evidence.some((e) => e.source === h.chunk.source && h.chunk.line_start <= e.line_end && e.line_start <= h.chunk.line_end));
    const gold = chunks.find((c) => q.evidence.some((e) => e.source === c.source && c.line_start <= e.line_end && e.line_start <= c.line_end))!;
    const gc = cands.get(q.id)!.find((c) => c.id === gold.id);
    const tc = cands.get(q.id)!.find((c) => c.id === hits[0]!.chunk.id)!;
    const f = (c: Candidate | undefined) => (c ? FEATURES.map((k) => `${k.slice(0, 3)}${c.features[k].toFixed(1)}`).join(' ') : 'not a candidate');
    console.log(`\n${q.id} [${q.category}] ${q.question}\n  aspect: ${retriever.analyze(q.question).aspect.map((a) => a.join('|')).join(' ')} goldRank=${goldRank + 1}`);
    console.log(`  TOP  ${f(tc)} :: ${hits[0]!.chunk.text.replace(/\n/g, '⏎').slice(0, 90)}`);
    console.log(`  GOLD ${f(gc)} :: ${gold.text.replace(/\n/g, '⏎').slice(0, 90)}`);
  }
}
if (args.has('--sweep-dense')) {
  for (const d of [0, 0.15, 0.3, 0.5, 0.8]) show(`dense ${d}`, { ...DEFAULT_WEIGHTS, dense: d });
}
if (args.has('--sweep-lex')) {
  for (const [m, b] of [[0.5, 0.5], [0.5, 0.35], [0.5, 0.25], [0.6, 0.4], [0.4, 0.4]] as const) show(`morph ${m} bigram ${b}`, { ...DEFAULT_WEIGHTS, morph: m, bigram: b });
}
if (args.has('--sweep-each')) {
  for (const f of FEATURES) {
    const row = [0, 0.5, 1, 1.5, 2].map((m) => {
      const w = { ...DEFAULT_WEIGHTS, [f]: DEFAULT_WEIGHTS[f] * m };
      const { ja, all } = evaluate(w, questions);
      return `x${m}: ${all.hit1.toFixed(3)}/${ja.hit1.toFixed(3)}/${ja.mrr.toFixed(3)}`;
    });
    console.log(`${f.padEnd(11)} ${row.join('  ')}`);
  }
}
