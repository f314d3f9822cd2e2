// Golden cases: every article in seeds/ against tests/fixtures/extract/<case>/expected.json (rewrite with
// UPDATE=1), and the project's original article from ../shared, through the real ingest.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { ingest } from '../../src/ingest/index.js';
import type { Extraction } from '../../src/types.js';
import { mentionName, relationStrings } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'seeds');
const FIXTURES = join(ROOT, 'tests/fixtures/extract');
const UPDATE = process.env.UPDATE === '1';
const SHARED_SEED = resolve(ROOT, '../shared/seeds/ascend-gem-mou.txt');

interface Golden {
  relations: string[];
  nodes: string[];
}

/** Ingest one file (furniture removal included) and extract it. */
async function extractFile(path: string): Promise<Extraction> {
  const docs: Extraction[] = [];
  for await (const item of ingest([path])) {
    if (item.kind !== 'document') throw new Error(`ingest skipped ${path}: ${item.diagnostic.message}`);
    docs.push(extractDocument(item.doc));
  }
  expect(docs).toHaveLength(1);
  return docs[0]!;
}

function golden(ex: Extraction): Golden {
  const nodes = [...new Set(ex.mentions.flatMap((m) => (m.key ? [m.key] : [])))].sort();
  return { relations: relationStrings(ex), nodes };
}

const cases = readdirSync(SEEDS)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort();

describe('golden: seeds/', () => {
  it('has a fixture for every seed article', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s', async (file) => {
    const dir = join(FIXTURES, basename(file).replace(/\.[^.]+$/, ''));
    const input = join(dir, 'input.txt');
    const expectedPath = join(dir, 'expected.json');
    if (UPDATE) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(input, readFileSync(join(SEEDS, file), 'utf8'));
    }
    // The fixture must be the seed as shipped, so the seed cannot drift from its golden file.
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(join(SEEDS, file), 'utf8'));
    const actual = golden(await extractFile(input));
    if (UPDATE) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Golden;
    expect(actual).toEqual(expected);
  });
});

describe('golden: ../shared/seeds/ascend-gem-mou.txt', () => {
  const present = existsSync(SHARED_SEED);
  if (!present) {
    it.skip(`skipped: ${SHARED_SEED} is absent (runs only next to ../shared)`, () => {});
    return;
  }

  let ex: Extraction;
  const load = async (): Promise<Extraction> => {
    ex ??= await extractFile(SHARED_SEED);
    return ex;
  };

  it.each([
    'Linh Austin CEO_OF Ascend Elements current',
    'Linh Austin PRESIDENT_OF Ascend Elements current',
    'Ascend Elements SIGNED_MOU_WITH GEM Co. current',
    'Ascend Elements BASED_IN Westborough current',
    'GEM Co. BASED_IN Shenzhen current',
    'Shenzhen LOCATED_IN China current',
    'Linh Austin EXECUTIVE_OF BP former',
    'Linh Austin EXECUTIVE_OF McDermott International former',
    'Eric Casey WORKS_FOR Worcester Business Journal current',
    'Ascend Elements OPERATES_IN Poland current',
    'Ascend Elements OPERATES_IN Germany planned',
  ])('has %s', async (edge) => {
    expect(relationStrings(await load())).toContain(edge);
  });

  it('keeps the title "managing editor" on Eric Casey WORKS_FOR', async () => {
    const e = await load();
    const rel = e.relations.find((r) => r.type === 'WORKS_FOR' && mentionName(e, r.subject) === 'Eric Casey');
    expect(rel?.title).toBe('managing editor');
  });

  it('has one node per entity and aliases resolved', async () => {
    const e = await load();
    const keyOf = (text: string): Set<string | undefined> =>
      new Set(e.mentions.filter((m) => m.text === text).map((m) => m.key));
    for (const [short, full] of [
      ['Ascend', 'Ascend Elements'],
      ['Austin', 'Linh Austin'],
      ['GEM', 'GEM Co.'],
    ] as const) {
      const fullKeys = keyOf(full);
      expect(fullKeys.size, `${full} has one key`).toBe(1);
      expect(keyOf(short).size, `${short} is mentioned`).toBeGreaterThan(0);
      expect([...keyOf(short)], `${short} → ${full}`).toEqual([...fullKeys]);
    }
    // One node per entity: no two keys share a display name.
    const byName = new Map<string, Set<string>>();
    for (const m of e.mentions) {
      if (!m.key) continue;
      const name = (m.canonical ?? m.text).toLowerCase();
      byName.set(name, (byName.get(name) ?? new Set()).add(m.key));
    }
    for (const [name, keys] of byName) expect([...keys], `one node for ${name}`).toHaveLength(1);
  });

  it('has no node for MOU, CTA, "Wednesday press" or page furniture', async () => {
    const e = await load();
    const texts = e.mentions.map((m) => m.text.toLowerCase());
    for (const bad of [
      'mou',
      'cta',
      'wednesday press',
      'advertisement',
      'email newsletters',
      'digital partners',
    ])
      expect(
        texts.filter((t) => t.includes(bad)),
        bad,
      ).toEqual([]);
    expect(e.doc.text).not.toMatch(/ADVERTISEMENT|Close the CTA|Get our email newsletter/);
  });
});
