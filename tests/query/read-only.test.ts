// isWriteQuery: writes are caught, reads pass, and literals or comments never decide.
import { describe, expect, it } from 'vitest';
import { isWriteQuery, stripLiterals } from '../../src/query/read-only.js';

const WRITES = [
  "CREATE (:Organization {key: 'org:x'})",
  "MATCH (n {key: 'org:x'}) SET n.name = 'y'",
  'MATCH (n) DETACH DELETE n',
  'match (n) delete n',
  "MERGE (n:Organization {key: 'a'})",
  'MATCH (n) REMOVE n.name',
  'DROP TABLE Organization',
  "COPY Organization FROM 'x.csv'",
  "LOAD CSV FROM 'file:///x.csv' AS row RETURN row",
  'INSTALL algo',
  'ALTER TABLE Organization ADD x STRING',
  'MATCH (n) FOREACH (x IN [1] | SET n.a = x)',
  "CALL apoc.create.node(['X'], {})",
  'CALL db.createLabel("X")',
  'MATCH (n) CALL { WITH n CREATE (m) } RETURN n',
  '// comment\nCREATE (n)',
  'UNWIND $rows AS row MERGE (n:Person {key: row.key})',
];

const READS = [
  'MATCH (n:Organization) RETURN n.name',
  "MATCH (n {name: 'CREATE'}) RETURN n",
  'MATCH (n {name: "DELETE everything; SET x"}) RETURN n',
  'MATCH (n) WHERE n.`set` = 1 RETURN n.create',
  'MATCH (n) RETURN n // CREATE (m)',
  'MATCH (n) /* MERGE (x) */ RETURN n',
  "RETURN 'it''s MERGE' AS s",
  "RETURN 'escaped \\' DELETE' AS s",
  'MATCH (n) RETURN {create: 1, set: 2} AS m',
  'MATCH (n) WHERE n.name STARTS WITH $set RETURN n',
  'CALL db.labels()',
  'CALL show_tables() RETURN *',
  'MATCH (o:Organization)-[r:SIGNED_MOU_WITH]->(b) RETURN o, r, b ORDER BY o.name',
];

describe('isWriteQuery', () => {
  it.each(WRITES)('writes: %s', (q) => expect(isWriteQuery(q)).toBe(true));
  it.each(READS)('reads: %s', (q) => expect(isWriteQuery(q)).toBe(false));
});

describe('stripLiterals', () => {
  it('keeps offsets and blanks out literal contents', () => {
    const q = "MATCH (n {name: 'CREATE'}) RETURN n // DELETE";
    const s = stripLiterals(q);
    expect(s).toHaveLength(q.length);
    expect(s).not.toMatch(/CREATE|DELETE/);
    expect(s.startsWith('MATCH (n {name: ')).toBe(true);
  });
});
