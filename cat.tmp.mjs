import { loadCorpus } from './dist/src/core/corpus.js';
import { buildCatalogue, loadCuration } from './dist/src/core/catalogue/build.js';
const corpus = await loadCorpus('/tmp/s50k/seeds', 'seeds', 50*1024*1024);
const cur = await loadCuration('/tmp/s50k/seeds');
const t = performance.now();
const c = buildCatalogue(corpus.documents, cur);
console.log('docs', corpus.documents.length, 'catalogue ms', performance.now() - t, 'programmes', c.programmes.length, 'clusters', c.clusters.length);
