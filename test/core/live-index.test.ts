// LiveIndex: a request finishes on the index it started with, the next one sees the new index, and
// an index switched away from is released after its last request — and then really is garbage.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { LiveIndex } from '../../src/core/live-index.js';
import { ROOT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/index-home.js';

const fake = (name: string) => ({ dir: name }) as unknown as Engine;

describe('LiveIndex', () => {
  it('keeps a leased index until its lease ends, then releases it once', async () => {
    const released: string[] = [];
    const [a, b, c] = [fake('a'), fake('b'), fake('c')];
    const live = new LiveIndex(a, { release: async (e) => void released.push(e.dir) });
    const changes: string[] = [];
    live.onChange((next, previous) => changes.push(`${previous.dir}→${next.dir}`));

    const first = live.lease();
    const second = live.lease();
    live.switchTo(b);
    expect(first.engine).toBe(a); // in flight: still on a
    expect(live.lease().engine).toBe(b); // the next request sees b
    expect(live.retiringCount).toBe(1);
    first.release();
    first.release(); // a second release does not count twice
    expect(released).toEqual([]);
    second.release();
    expect(released).toEqual(['a']);
    expect(live.retiringCount).toBe(0);

    live.switchTo(c); // b's only lease above was never released: b waits for it
    expect(released).toEqual(['a']);
    live.switchTo(c); // the same index again is no switch
    expect(changes).toEqual(['a→b', 'b→c']);
    expect(live.generation).toBe(2);
  });

  it('releases an index nobody holds at once', () => {
    const released: string[] = [];
    const live = new LiveIndex(fake('a'), { release: async (e) => void released.push(e.dir) });
    live.lease().release();
    live.switchTo(fake('b'));
    expect(released).toEqual(['a']);
  });

  it('leaves nothing that keeps a real index switched away from alive (checked with the garbage collector)', async () => {
    // a child with --expose-gc opens the test index twice, serves a search on the first, switches, and
    // checks that the first engine is collected; the compiled code is what servers run
    const script = path.join(await tempDir('gc'), 'gc-check.mjs');
    const dist = (p: string) => JSON.stringify(path.join(ROOT, 'dist', p));
    await writeFile(
      script,
      `import { openEngine, searchDocuments } from ${dist('src/core/engine.js')};
import { currentIndexDir } from ${dist('src/core/index-store.js')};
import { LiveIndex } from ${dist('src/core/live-index.js')};
import { JapaneseTokenizer } from ${dist('src/core/text/tokenize.js')};
import { Answerer } from ${dist('src/core/answer/answerer.js')};
const tokenizer = await JapaneseTokenizer.create();
const dir = await currentIndexDir(process.argv[2]);
let first = await openEngine(dir, { tokenizer });
const live = new LiveIndex(first);
let lease = live.lease();
await searchDocuments(lease.engine, '知的クラスター創成事業の予算', { k: 3 });
await new Answerer(lease.engine).answer('知的クラスター創成事業の予算は？', { k: 3 });
const ref = new WeakRef(first);
first = undefined;
live.switchTo(await openEngine(dir, { tokenizer }));
lease.release();
lease = undefined;
for (let i = 0; i < 10 && ref.deref() !== undefined; i++) { await new Promise((r) => setTimeout(r, 50)); globalThis.gc(); }
process.stdout.write(ref.deref() === undefined ? 'collected' : 'still alive');
`,
    );
    const res = spawnSync(process.execPath, ['--expose-gc', script, inject('indexHome')], { encoding: 'utf8', timeout: 120_000 });
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('collected');
  });
});
