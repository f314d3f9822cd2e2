// --param parsing, script headers, query resolution and the three output formats.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCorpgraphError } from '../../src/errors.js';
import { formatCsv, formatJsonLines, formatTable } from '../../src/query/format.js';
import { parseParam, parseParams } from '../../src/query/params.js';
import { resolveQuery, runQuery } from '../../src/query/run.js';
import { findParameterNames, listQueryScripts, parseScriptHeader } from '../../src/query/scripts.js';
import type { GraphStore } from '../../src/store/types.js';
import { HOSTILE_NAME } from '../store/fixture-graph.js';

describe('parseParam', () => {
  it('reads JSON values and falls back to text', () => {
    expect(parseParam('limit=5')).toEqual(['limit', 5]);
    expect(parseParam('statuses=["planned","proposed"]')).toEqual(['statuses', ['planned', 'proposed']]);
    expect(parseParam('org=Ascend Elements')).toEqual(['org', 'Ascend Elements']);
    expect(parseParam('code="007"')).toEqual(['code', '007']);
    expect(parseParam('q=a=b')).toEqual(['q', 'a=b']);
    expect(parseParam('$name=x')).toEqual(['name', 'x']);
    expect(parseParams(['a=1', 'a=2'])).toEqual({ a: 2 });
  });

  it('rejects a pair without a name', () => {
    expect(() => parseParam('novalue')).toThrow(expect.objectContaining({ code: 'E_BAD_OPTION' }));
    expect(() => parseParam('=x')).toThrow(expect.objectContaining({ code: 'E_BAD_OPTION' }));
  });
});

describe('script headers', () => {
  it('reads description, parameters (ignoring strings and comments) and defaults', () => {
    const text =
      '// What it answers.\n//\n// @param org  The organization (default: "Ascend Elements")\n// @param limit  How many (default: 10)\n' +
      "MATCH (o) WHERE o.name = $org AND o.x <> '$notAParam' RETURN o LIMIT $limit // $neither";
    expect(parseScriptHeader(text)).toEqual({
      description: 'What it answers.',
      params: ['org', 'limit'],
      defaults: { org: 'Ascend Elements', limit: 10 },
    });
    expect(findParameterNames('RETURN $a, `$b`, "$c", $a')).toEqual(['a']);
  });

  it('lists the shipped scripts with descriptions', async () => {
    const scripts = await listQueryScripts();
    expect(scripts.map((s) => s.name)).toContain('mou-partners');
    expect(scripts.find((s) => s.name === 'org-people')?.params).toEqual(['org']);
  });
});

describe('resolveQuery and runQuery', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'corpgraph-resolve-'));
    await writeFile(join(dir, 'pair.cypher'), '// Pair.\n// @param x  (default: 1)\nRETURN $x AS x\n');
    await writeFile(
      join(dir, 'pair.neo4j.cypher'),
      '// Pair (Neo4j).\n// @param x  (default: 2)\nRETURN $x AS x\n',
    );
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('finds scripts by name or path, and the Neo4j twin for Neo4j', async () => {
    expect((await resolveQuery('pair', { queriesDir: dir })).params).toEqual({ x: 1 });
    expect((await resolveQuery('pair', { queriesDir: dir, engine: 'neo4j' })).params).toEqual({ x: 2 });
    expect((await resolveQuery(join(dir, 'pair.cypher'), { params: { x: 9, unused: 1 } })).params).toEqual({
      x: 9,
    });
    expect((await resolveQuery('mou-partners')).source).toMatch(/queries[\\/]mou-partners\.cypher$/);
  });

  it('treats other input as Cypher and requires its parameters', async () => {
    expect((await resolveQuery('RETURN $a AS a', { params: { a: 1 } })).cypher).toBe('RETURN $a AS a');
    await expect(resolveQuery('RETURN $a AS a')).rejects.toSatisfy((e) =>
      isCorpgraphError(e, 'E_BAD_OPTION'),
    );
    await expect(resolveQuery('missing.cypher')).rejects.toSatisfy((e) =>
      isCorpgraphError(e, 'E_INPUT_NOT_FOUND'),
    );
  });

  it('refuses a writing statement unless write is set, before it reaches the store', async () => {
    const calls: string[] = [];
    const store: GraphStore = {
      query: async (cypher) => {
        calls.push(cypher);
        return { columns: [], rows: [] };
      },
      close: async () => undefined,
    };
    const q = await resolveQuery('CREATE (n:Place {key: "x"})');
    await expect(runQuery(store, q)).rejects.toSatisfy((e) => isCorpgraphError(e, 'E_READ_ONLY'));
    expect(calls).toEqual([]);
    await runQuery(store, q, { write: true });
    expect(calls).toHaveLength(1);
  });
});

describe('output formats', () => {
  const result = {
    columns: ['name', 'aliases', 'n'],
    rows: [
      { name: HOSTILE_NAME, aliases: ['a', 'b'], n: 1 },
      { name: 'Plain', aliases: [], n: null },
    ],
  };

  it('JSON lines round-trip every value, one row a line', () => {
    const lines = formatJsonLines(result).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l))).toEqual(result.rows);
  });

  it('CSV quotes fields with quotes, commas and newlines', () => {
    const csv = formatCsv(result);
    expect(csv.startsWith('name,aliases,n\r\n')).toBe(true);
    expect(csv).toContain(`"${HOSTILE_NAME.replaceAll('"', '""')}"`);
    expect(csv).toContain('"[""a"",""b""]",1');
  });

  it('a table keeps one line per row and counts rows', () => {
    const table = formatTable(result);
    expect(table.trimEnd().split('\n')).toHaveLength(5);
    expect(table).toContain('(2 rows)');
    expect(table).toContain('\\n');
  });
});
