// The worker pool through the library (compiled build): odd batch sizes, a queue bound so tight that
// the head is often still in the batch being filled, and one to three batches held by each worker give
// the same graph as one thread.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeArticles } from './articles.js';

const DIST = resolve(import.meta.dirname, '../../dist');
const BUILT = existsSync(join(DIST, 'extract/worker.js'));

const dir = mkdtempSync(join(tmpdir(), 'corpgraph-batching-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const inbox = join(dir, 'inbox');
mkdirSync(inbox, { recursive: true });
makeArticles(13).forEach((text, i) => {
  writeFileSync(join(inbox, `a${String(i).padStart(2, '0')}.txt`), text);
});
writeFileSync(join(inbox, 'a03-again.txt'), makeArticles(4)[3] ?? '');

describe.skipIf(!BUILT)('buildFromInputs with a worker pool (needs `npm run build`)', () => {
  it('gives the graph of one thread whatever the batch size, queue bound and tasks per worker', async () => {
    const { buildFromInputs } = (await import(
      pathToFileURL(join(DIST, 'pipeline.js')).href
    )) as typeof import('../../src/pipeline.js');
    const { serializeGraph } = (await import(
      pathToFileURL(join(DIST, 'graph/io.js')).href
    )) as typeof import('../../src/graph/io.js');
    const one = await buildFromInputs([inbox], { fresh: true });
    const expected = JSON.stringify(serializeGraph(one.graph));
    for (const options of [
      { batchDocuments: 3, queuePerWorker: 2 },
      { batchDocuments: 5, queueBytes: 1 },
      { batchDocuments: 1 },
      { batchDocuments: 2, workerTasks: 1 },
      { batchDocuments: 2, workerTasks: 3, queuePerWorker: 3 },
    ]) {
      const many = await buildFromInputs([inbox], { fresh: true, workers: 2, ...options });
      expect(JSON.stringify(serializeGraph(many.graph))).toBe(expected);
      expect(many).toMatchObject({ documents: 14, added: 13, unchanged: 1, workers: 2 });
    }
  }, 600_000);
});
