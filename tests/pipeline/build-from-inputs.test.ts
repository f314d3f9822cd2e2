// buildFromInputs: incremental by content hash, skips counted by reason, repeated documents, bad options.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeGraph, writeGraph } from '../../src/graph/io.js';
import { buildFromInputs } from '../../src/pipeline.js';
import { makeArticles } from './articles.js';

const dir = mkdtempSync(join(tmpdir(), 'corpgraph-pipeline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const articles = makeArticles(6);
const inbox = join(dir, 'inbox');

function writeArticles(from: number, to: number): void {
  for (let i = from; i < to; i++) writeFileSync(join(inbox, `a${i}.txt`), articles[i] ?? '', { flag: 'w' });
}

describe('buildFromInputs', () => {
  it('a second build over a folder with new files extracts only the new ones and merges them', async () => {
    rmSync(inbox, { recursive: true, force: true });
    mkdirSync(inbox, { recursive: true });
    writeArticles(0, 4);
    const base = join(dir, 'graph.json');
    const first = await buildFromInputs([inbox], { base });
    expect(first.added).toBe(4);
    await writeGraph(first.graph, base);

    writeArticles(4, 6);
    const second = await buildFromInputs([inbox], { base });
    expect(second).toMatchObject({ documents: 6, added: 2, unchanged: 4, skipped: 0 });

    const all = await buildFromInputs([inbox], { fresh: true });
    expect(JSON.stringify(serializeGraph(second.graph))).toBe(JSON.stringify(serializeGraph(all.graph)));
  });

  it('counts skipped inputs by reason and a repeated document as unchanged', async () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(mixed, { recursive: true });
    writeFileSync(join(mixed, 'one.txt'), articles[0] ?? '');
    writeFileSync(join(mixed, 'copy.txt'), articles[0] ?? '');
    writeFileSync(join(mixed, 'empty.txt'), '');
    writeFileSync(join(mixed, 'empty2.txt'), '  \n');
    const summary = await buildFromInputs([mixed], { fresh: true });
    expect(summary).toMatchObject({ documents: 2, added: 1, unchanged: 1, skipped: 2 });
    expect(Object.values(summary.skippedByReason).reduce((a, b) => a + b, 0)).toBe(2);
    expect(Object.keys(summary.skippedByReason).length).toBeGreaterThan(0);
    expect(summary.words).toBeGreaterThan(40);
  });

  it('rejects a bad worker count with E_BAD_OPTION', async () => {
    for (const workers of [0, 1.5, -2]) {
      await expect(buildFromInputs([inbox], { workers })).rejects.toMatchObject({ code: 'E_BAD_OPTION' });
    }
  });
});
