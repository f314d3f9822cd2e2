// Child process of the bench: load one graph.json into the embedded database twice — with corpgraph's
// writeEmbeddedStore, and with the engine's own COPY FROM of the same rows (CSV files written beforehand,
// only the COPY statements timed). Prints one JSON line with relationships/s for both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [dist, graphFile] = process.argv.slice(2);
const { readGraph } = await import(`${dist}/graph/io.js`);
const { writeEmbeddedStore, runLadybug } = await import(`${dist}/store/embedded.js`);
const { graphToRowGroups } = await import(`${dist}/store/rows.js`);
const { writeGroupCsv, csvCopyStatement } = await import(`${dist}/store/csv-copy.js`);
const { ladybugSchemaStatements } = await import(`${dist}/store/schema.js`);
const lbug = await import('@ladybugdb/core');

const graph = await readGraph(graphFile);
const groups = graphToRowGroups(graph);
let relationships = 0;
let nodes = 0;
for (const g of groups) {
  if (g.kind === 'entity' || g.kind === 'document') nodes += g.rows.length;
  else relationships += g.rows.length;
}
const scratch = mkdtempSync(join(tmpdir(), 'corpgraph-bench-db-'));
try {
  // corpgraph: the whole writeEmbeddedStore (rows, CSV, COPY / MERGE, atomic swap).
  const started = performance.now();
  await writeEmbeddedStore(graph, join(scratch, 'ours'), { mode: 'replace' });
  const oursMs = performance.now() - started;

  // The engine alone: schema, then COPY FROM each group's CSV (written before the clock starts).
  const db = new lbug.Database(join(scratch, 'raw.lbdb'), 0, true, false);
  await db.init();
  const conn = new lbug.Connection(db);
  for (const s of ladybugSchemaStatements()) await runLadybug(conn, s);
  const copies = [];
  let n = 0;
  for (const group of groups) {
    if (group.rows.length === 0) continue;
    const file = join(scratch, `${n++}.csv`);
    await writeGroupCsv(group, file);
    copies.push(csvCopyStatement(group, file));
  }
  const t0 = performance.now();
  for (const statement of copies) await runLadybug(conn, statement);
  const rawMs = performance.now() - t0;
  await conn.close();
  await db.close();
  console.log(
    JSON.stringify({
      nodes,
      relationships,
      oursMs,
      rawMs,
      oursPerSecond: (relationships * 1000) / oursMs,
      rawPerSecond: (relationships * 1000) / rawMs,
    }),
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
