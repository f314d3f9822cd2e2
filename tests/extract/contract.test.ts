// The extraction contract (../shared/contracts/extract-jsonl.md) through the real CLI: `corpgraph extract --jsonl`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractJsonlLine } from '../../src/extract/jsonl.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = resolve(ROOT, 'bin/corpgraph.js');
const BUILT = existsSync(resolve(ROOT, 'dist/cli/main.js'));

const INPUTS = [
  { id: 's1', text: 'Linh Austin, president and CEO of Ascend Elements, said the plant is on schedule.' },
  { id: 's2', text: 'Westborough-based Ascend Elements signed an MOU with GEM Co., a Shenzhen-based firm.' },
  { id: 's3', text: 'Café owners in Zürich 😀 said Nestlé SA opened a lab in Lausanne, Switzerland.' },
  { id: 's4', text: '' },
  { id: 5, text: 'Microsoft Corp. acquired Nuance Communications Inc. for $19.7 billion.' },
];

interface OutLine {
  id: unknown;
  error?: string;
  entities?: { id: string; type: string; start: number; end: number; text: string; key?: string }[];
  relations?: {
    type: string;
    subject: string;
    object: string;
    confidence?: number;
    rule?: string;
    status?: string;
  }[];
}

function checkLine(input: { id: unknown; text: string }, out: OutLine): void {
  expect(out.id).toEqual(input.id);
  expect(out.error).toBeUndefined();
  const ids = new Set<string>();
  for (const e of out.entities ?? []) {
    expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'type', 'start', 'end', 'text']));
    expect(['Organization', 'Person', 'Place', 'Date']).toContain(e.type);
    expect(e.text).toBe(input.text.slice(e.start, e.end));
    expect(e.start).toBeLessThan(e.end);
    if (e.type !== 'Date') expect(e.key).toMatch(/^(org|person|place):/);
    ids.add(e.id);
  }
  expect(ids.size).toBe(out.entities?.length ?? 0);
  for (const r of out.relations ?? []) {
    expect(r.type).toMatch(/^[A-Z_]+$/);
    expect(ids.has(r.subject) && ids.has(r.object)).toBe(true);
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(typeof r.rule).toBe('string');
    expect(['current', 'former', 'planned', 'proposed']).toContain(r.status);
  }
}

describe('extractJsonlLine', () => {
  it('keeps offsets as JavaScript string offsets, including astral characters', () => {
    const out = extractJsonlLine(JSON.stringify(INPUTS[2]), 1) as OutLine;
    checkLine(INPUTS[2]!, out);
    expect(out.entities?.some((e) => e.text === 'Nestlé SA')).toBe(true);
  });

  it('turns a broken line into {id, error}', () => {
    expect(extractJsonlLine('{"id": "x", "text": ', 3)).toMatchObject({
      error: expect.stringMatching(/line 3/),
    });
    expect(extractJsonlLine('{"id": "y", "text": 42}', 4)).toEqual({ id: 'y', error: expect.any(String) });
    expect(extractJsonlLine('[1,2]', 5)).toMatchObject({ error: expect.any(String) });
  });

  it('gives the MOU relation of the seed sentence with its rule', () => {
    const out = extractJsonlLine(JSON.stringify(INPUTS[1]), 1) as OutLine;
    const name = (id: string) => out.entities?.find((e) => e.id === id)?.text;
    const mou = out.relations?.find((r) => r.type === 'SIGNED_MOU_WITH');
    expect(mou && [name(mou.subject), name(mou.object)]).toEqual(['Ascend Elements', 'GEM Co.']);
  });
});

describe.skipIf(!BUILT)('corpgraph extract --jsonl (CLI; needs `npm run build`)', () => {
  it('one line out per line in, same order; a broken line yields {id, error} and the rest continues', () => {
    const lines = [
      JSON.stringify(INPUTS[0]),
      JSON.stringify(INPUTS[1]),
      '{"id": "broken", "text": "unterminated',
      JSON.stringify(INPUTS[2]),
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify(INPUTS[3]),
      JSON.stringify(INPUTS[4]),
    ];
    const run = spawnSync(process.execPath, [BIN, 'extract', '--jsonl'], {
      input: `${lines.join('\n')}\n`,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as OutLine);
    expect(out).toHaveLength(lines.length);
    checkLine(INPUTS[0]!, out[0]!);
    checkLine(INPUTS[1]!, out[1]!);
    expect(out[2]).toEqual({ id: null, error: expect.stringMatching(/line 3/) });
    checkLine(INPUTS[2]!, out[3]!);
    expect(out[4]).toEqual({ id: 'no-text', error: expect.any(String) });
    checkLine(INPUTS[3]!, out[5]!);
    checkLine(INPUTS[4]!, out[6]!);
    expect(out[6]!.relations?.map((r) => r.type)).toContain('ACQUIRED');
  });
});
