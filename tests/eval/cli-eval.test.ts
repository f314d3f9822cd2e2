// `corpgraph eval` through the CLI entry: output sections, --json, --details, option errors.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

const gold = fileURLToPath(new URL('./fixtures/conll04-mini.json', import.meta.url));

const run = runMain;

describe('corpgraph eval', () => {
  it('prints entity and relation tables, the sweep and the rule table', async () => {
    const { code, out } = await run(['eval', '--dataset', 'conll04', '--gold', gold, '--sweep', '--rules']);
    expect(code).toBe(0);
    expect(out).toContain('corpgraph eval: conll04, 2 examples');
    expect(out).toMatch(/Entities \(exact span \| span overlap\)/);
    expect(out).toMatch(/Kill \[excluded\]/);
    expect(out).toContain('Confidence sweep');
    expect(out).toContain('Relation rules');
  });

  it('prints a JSON report with --json and writes FN/FP lines with --details', async () => {
    const details = join(mkdtempSync(join(tmpdir(), 'cg-eval-')), 'details.jsonl');
    const { code, out } = await run([
      'eval',
      '--dataset',
      'conll04',
      '--gold',
      gold,
      '--limit',
      '1',
      '--json',
      '--details',
      details,
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.examples).toBe(1);
    expect(report.relations.exact.labels.map((l: { label: string }) => l.label)).toContain('Work_For');
    const lines = readFileSync(details, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // Every gold item of the first sentence is either found or listed as a false negative.
    const fnCount = lines.filter((l) => l.outcome === 'FN').length;
    expect(fnCount).toBe(report.entities.exact.micro.fn + report.relations.exact.micro.fn);
    for (const l of lines)
      expect(l.sentence).toBe('Maria Lopez , chief executive of Acme Corp. , lives in Denver .');
  });

  it('rejects a min-confidence outside 0..1 with one line on stderr', async () => {
    const { code, err } = await run([
      'eval',
      '--dataset',
      'conll04',
      '--gold',
      gold,
      '--min-confidence',
      '2',
    ]);
    expect(code).toBe(1);
    expect(err).toBe('corpgraph: eval: --min-confidence must be a number in [0, 1], got "2"\n');
  });

  it('rejects an unknown dataset', async () => {
    const { code, err } = await run(['eval', '--dataset', 'ace05', '--gold', gold]);
    expect(code).not.toBe(0);
    expect(err).toContain('ace05');
  });

  it('reports a missing gold file', async () => {
    const { code, err } = await run(['eval', '--dataset', 'conll04', '--gold', '/nonexistent.json']);
    expect(code).toBe(1);
    expect(err).toContain('cannot read gold file');
  });
});
