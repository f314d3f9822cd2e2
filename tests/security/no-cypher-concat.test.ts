// No article or user string is ever spliced into Cypher: a source scan, its allow-list, and the runtime guard.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCorpgraphError } from '../../src/errors.js';
import { cypherStringLiteral } from '../../src/export/cypher.js';
import { createGraph } from '../../src/graph/create.js';
import { csvCopyStatement } from '../../src/store/csv-copy.js';
import { graphToRowGroups, type RowGroup } from '../../src/store/rows.js';
import { DOCUMENT_LABEL, ladybugSchemaStatements, MENTIONS_TYPE } from '../../src/store/schema.js';
import { upsertStatement } from '../../src/store/statements.js';
import { NODE_LABELS, RELATION_TYPES } from '../../src/types.js';
import { type CypherAllowList, checkCypherConcat, looksLikeCypher } from './cypher-concat-checker.js';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The only expressions src/ may splice into Cypher text, per file. Each holds a schema name (a label or
 * relationship type from NODE_LABELS / RELATION_TYPES / DOCUMENT_LABEL / MENTIONS_TYPE), a fixed DDL
 * fragment, or a value escaped for a context where Cypher takes no parameter. Adding to this list is a
 * security review: say why in the commit.
 */
const ALLOW: CypherAllowList = {
  // Labels and types of a RowGroup: graphToRowGroups checks them against NODE_LABELS / RELATION_TYPES.
  'src/store/statements.ts': [
    'group.label',
    'group.to',
    'group.from',
    'group.type',
    'DOCUMENT_LABEL',
    'MENTIONS_TYPE',
  ],
  // DDL over the constants themselves (loops over NODE_LABELS / RELATION_TYPES; fixed column lists).
  'src/store/schema.ts': [
    'label',
    'label.toLowerCase()',
    'type',
    'pairs',
    'mentions',
    'ENTITY_DDL',
    'DOCUMENT_DDL',
    'RELATION_DDL',
    'DOCUMENT_LABEL',
    'MENTIONS_TYPE',
  ],
  // COPY FROM takes no parameter for its file: the scratch CSV path goes in as an escaped literal
  // (cypherString); headers/projections come from fixed column tables; labels as in statements.ts.
  'src/store/csv-copy.ts': [
    'headers',
    'projections',
    'cypherString(file)',
    'source',
    'group.label',
    'group.type',
    'group.to',
    'from',
  ],
  // Reads table by table: `label` / `type` loop over NODE_LABELS / RELATION_TYPES.
  'src/serve/graph-from-store.ts': ['label', 'type'],
  // The cypher-shell export script writes rows as literals (no parameters in a script file), every
  // string through cypherStringLiteral (checked below).
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the expression as written in that file
  'src/export/cypher.ts': ["`[\\n  ${batch.map((r) => rowLiteral(r, floats)).join(',\\n  ')}\\n]`"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const HOSTILE = [
  "O'Brien') DETACH DELETE n //",
  'back\\slash\\',
  "\\' RETURN 1 //",
  'line\nbreak\r\n\ttab',
  '\u0000nul \u2028 \u2029 \u007f',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: hostile text, not a template
  '${x} {key: 1} $rows `tick`',
  '"double" \'single\'',
];

describe('no Cypher built from values in src/', () => {
  it('every value spliced into Cypher text in src/ is an allow-listed schema name', () => {
    const violations = sourceFiles(join(ROOT, 'src')).flatMap((path) =>
      checkCypherConcat(relative(ROOT, path).split('\\').join('/'), readFileSync(path, 'utf8'), ALLOW),
    );
    expect(violations.map((v) => `${v.file}:${v.line}: ${v.how} ${v.expression} into "${v.cypher}"`)).toEqual(
      [],
    );
  });

  it('the allow-list is not stale: each entry is still used (else remove it)', () => {
    for (const [file, expressions] of Object.entries(ALLOW)) {
      const found = new Set(
        checkCypherConcat(file, readFileSync(join(ROOT, file), 'utf8')).map((v) => v.expression),
      );
      for (const expression of expressions) expect(found, `${file}: ${expression}`).toContain(expression);
    }
  });

  it('fails on concatenation, interpolation, += , join, replace and concat of values (bad samples)', () => {
    const bad = [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test
      "const q = `MATCH (o:Organization {name: '${doc.title}'}) RETURN o`;",
      'const q = "MATCH (n) WHERE n.name = \'" + name + "\' RETURN n";',
      "let q = 'MERGE (o:Organization {key: row.key}) SET o.name = '; q += mention.text;",
      "const q = ['MATCH (n:Organization) WHERE n.name = ', JSON.stringify(name), ' RETURN n'].join('');",
      "const q = 'MATCH (n {name: $name}) RETURN n'.replace('$name', quote(name));",
      "const q = 'MATCH (n:Organization) WHERE n.key = '.concat(key);",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test
      'const q = `(n:${attrs.label})` + " RETURN n";',
      // A schema-looking name from data, in a file with no allow-list, is still a violation.
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test
      'const q = `UNWIND $rows AS row MERGE (n:${group.label} {key: row.key})`;',
    ];
    for (const sample of bad) {
      const found = checkCypherConcat('src/sample.ts', sample, ALLOW);
      expect(found.length, sample).toBeGreaterThan(0);
    }
    // The same sample in an allow-listed file, with an allow-listed expression, passes.
    expect(
      checkCypherConcat(
        'src/store/statements.ts',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test
        'const q = `UNWIND $rows AS row MERGE (n:${group.label} {key: row.key})`;',
        ALLOW,
      ),
    ).toEqual([]);
  });

  it('passes parameterised Cypher and prose (no false alarms)', () => {
    const good = [
      "const q = 'MATCH (n:Organization {name: $name}) RETURN n';",
      "await store.query('MATCH (o)-[r:ACQUIRED]->(t) WHERE o.key = $key RETURN t', { key });",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test
      'throw new Error(`${file}: could not create the graph; set --out`);',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test
      'const rule = `{s:ORG} (?:has )?signed ${DESC} with {o:ORG}`;',
    ];
    for (const sample of good) expect(checkCypherConcat('src/sample.ts', sample), sample).toEqual([]);
    expect(looksLikeCypher('MATCH (n) RETURN n')).toBe(true);
    expect(looksLikeCypher('We will match the names and return them.')).toBe(false);
  });
});

describe('labels and relationship types come only from the fixed schema', () => {
  const graph = () => {
    const g = createGraph();
    g.addNode('org:a', { label: 'Organization', name: 'A', aliases: [], mentions: 1, docIds: ['d1'] });
    g.addNode('org:b', { label: 'Organization', name: 'B', aliases: [], mentions: 1, docIds: ['d1'] });
    g.addEdgeWithKey('e1', 'org:a', 'org:b', {
      type: 'ACQUIRED',
      status: 'current',
      confidence: 0.9,
      evidence: [{ docId: 'd1', sentence: 'A acquired B.', start: 0, end: 13, rule: 'r', confidence: 0.9 }],
    });
    g.setAttribute('documents', [{ id: 'd1' }]);
    return g;
  };

  it('a label or type outside NODE_LABELS / RELATION_TYPES (e.g. from a hostile graph.json) is refused', () => {
    const badLabel = graph();
    badLabel.mergeNodeAttributes('org:a', {
      label: 'Organization {key: row.key}) DETACH DELETE n //' as 'Organization',
    });
    const badType = graph();
    badType.mergeEdgeAttributes('e1', { type: 'ACQUIRED]->(b) DETACH DELETE a //' as 'ACQUIRED' });
    for (const g of [badLabel, badType]) {
      let error: unknown;
      try {
        graphToRowGroups(g);
      } catch (e) {
        error = e;
      }
      expect(isCorpgraphError(error, 'E_BAD_GRAPH'), String(error)).toBe(true);
    }
    expect(() => graphToRowGroups(graph())).not.toThrow();
  });

  it('every statement for every schema name uses only allow-listed identifiers', () => {
    const names = new Set<string>([...NODE_LABELS, ...RELATION_TYPES, DOCUMENT_LABEL, MENTIONS_TYPE]);
    const groups: RowGroup[] = [
      ...NODE_LABELS.map((label) => ({ kind: 'entity' as const, label, rows: [] })),
      { kind: 'document', label: DOCUMENT_LABEL, rows: [] },
      ...NODE_LABELS.map((to) => ({
        kind: 'mention' as const,
        type: MENTIONS_TYPE as typeof MENTIONS_TYPE,
        to,
        rows: [],
      })),
      ...RELATION_TYPES.map((type) => ({
        kind: 'relation' as const,
        type,
        from: 'Organization' as const,
        to: 'Place' as const,
        rows: [],
      })),
    ];
    const statements = [
      ...groups.map(upsertStatement),
      ...groups.map((g) => csvCopyStatement(g, '/tmp/x.csv')),
      ...ladybugSchemaStatements(),
    ];
    for (const statement of statements) {
      // Labels after `:` in patterns and table names after CREATE … TABLE / COPY are schema names.
      const used = [
        ...statement.matchAll(/\(\w*:(\w+)|\[\w*:(\w+)|TABLE IF NOT EXISTS (\w+)|^COPY (\w+)/g),
      ].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
      for (const name of used) expect(names, `${name} in ${statement}`).toContain(name);
    }
  });
});

describe('escaped literals (the two places values enter Cypher text)', () => {
  /** The literal's content with its escapes removed must hold no quote or line break: it cannot end early. */
  const unescapedRest = (literal: string): string => literal.slice(1, -1).replace(/\\u[0-9a-f]{4}|\\./gi, '');

  it('cypherStringLiteral (the cypher-shell export) keeps every hostile string inside the quotes', () => {
    for (const text of HOSTILE) {
      const literal = cypherStringLiteral(text);
      expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
      expect(unescapedRest(literal)).not.toMatch(/['\\\n\r\u2028\u2029]/);
    }
  });

  it('the COPY file path is an escaped literal: a hostile --db path stays a path', () => {
    const group: RowGroup = { kind: 'entity', label: 'Organization', rows: [] };
    for (const text of HOSTILE.filter((t) => !/[\n\r\u0000]/.test(t))) {
      const statement = csvCopyStatement(group, `/tmp/${text}/0.csv`);
      const from = /FROM '((?:\\.|[^'\\])*)' \(header=true/.exec(statement);
      expect(from, statement).not.toBeNull();
      expect(from?.[1]?.replace(/\\(.)/g, '$1')).toBe(`/tmp/${text}/0.csv`);
    }
  });
});
