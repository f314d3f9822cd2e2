// The embedded store: LadybugDB (a Cypher engine in-process), written by COPY FROM or by MERGE upserts.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Connection, Database, QueryResult } from '@ladybugdb/core';
import { CorpgraphError } from '../errors.js';
import type { CorpGraph } from '../types.js';
import { csvCopyStatement, isCsvEncodable, writeGroupCsv } from './csv-copy.js';
import { toPlainLadybugValue } from './ladybug-values.js';
import { acquireWriteLock } from './lock.js';
import { chunk, graphToRowGroups, type RowGroup } from './rows.js';
import { ladybugSchemaStatements } from './schema.js';
import { floatFields, upsertStatement } from './statements.js';
import type { GraphStore, QueryResultTable, StoreWriteSummary } from './types.js';

/** Default database directory written by `corpgraph build`. */
export const DEFAULT_DB_DIR = '.corpgraph/db';
/** The database file inside the directory. */
export const DB_FILE = 'graph.lbdb';
const LOCK_FILE = 'write.lock';
const UPSERT_BATCH = 1000;
/** Row groups at least this large load with COPY FROM; smaller ones with the batched MERGE. */
const COPY_MIN_ROWS = 500;

type Lbug = Pick<typeof import('@ladybugdb/core'), 'Database' | 'Connection'>;

interface OpenDatabase {
  db: Database;
  readOnly: boolean;
  refs: number;
}

// Why: LadybugDB allows one Database instance per file per process; share it between stores.
const databases = new Map<string, OpenDatabase>();
// Why: one writer at a time: writes to the same directory from this process wait their turn.
const writeQueues = new Map<string, Promise<unknown>>();

async function loadLbug(): Promise<Lbug> {
  return await import('@ladybugdb/core');
}

/** The database file for a database directory. */
export function embeddedDbFile(dir: string): string {
  return join(dir, DB_FILE);
}

function notFound(dir: string): CorpgraphError {
  return new CorpgraphError(
    'E_DB_NOT_FOUND',
    `${dir}: no database here; build one with \`corpgraph build <articles...>\` (or \`corpgraph load graph.json --db ${dir}\`)`,
  );
}

function lockedMessage(dir: string, error: unknown): CorpgraphError | undefined {
  const message = (error as Error)?.message ?? '';
  if (!/Could not set lock/i.test(message)) return undefined;
  return new CorpgraphError(
    'E_DB_LOCKED',
    `${dir}: database is locked by another process (a writer is running)`,
    {
      cause: error,
    },
  );
}

async function acquireDatabase(file: string, dir: string, readOnly: boolean): Promise<OpenDatabase> {
  const path = resolve(file);
  const open = databases.get(path);
  if (open) {
    if (!readOnly && open.readOnly) {
      throw new CorpgraphError(
        'E_DB_LOCKED',
        `${dir}: already open read-only in this process; close it before writing`,
      );
    }
    open.refs += 1;
    return open;
  }
  const lbug = await loadLbug();
  const db = new lbug.Database(path, 0, true, readOnly);
  try {
    await db.init();
  } catch (error) {
    await db.close().catch(() => undefined);
    throw (
      lockedMessage(dir, error) ??
      new CorpgraphError('E_DB_NOT_FOUND', `${dir}: cannot open database: ${(error as Error).message}`, {
        cause: error,
      })
    );
  }
  const entry = { db, readOnly, refs: 1 };
  databases.set(path, entry);
  return entry;
}

async function releaseDatabase(file: string): Promise<void> {
  const path = resolve(file);
  const open = databases.get(path);
  if (!open) return;
  open.refs -= 1;
  if (open.refs > 0) return;
  databases.delete(path);
  await open.db.close();
}

/** Engine errors as one E_QUERY with the engine's own message (which carries the position). */
function queryError(error: unknown): CorpgraphError {
  const message = ((error as Error)?.message ?? String(error)).trim();
  return new CorpgraphError('E_QUERY', `query failed: ${message}`, { cause: error });
}

/** Run one statement and return its rows as plain JSON, closing every QueryResult it produced. */
export async function runLadybug(
  conn: Connection,
  cypher: string,
  params?: Record<string, unknown>,
): Promise<QueryResultTable> {
  let results: QueryResult[] = [];
  try {
    let raw: QueryResult | QueryResult[];
    if (params && Object.keys(params).length > 0) {
      const prepared = await conn.prepare(cypher);
      if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
      raw = await conn.execute(prepared, params as Parameters<Connection['execute']>[1]);
    } else {
      raw = await conn.query(cypher);
    }
    results = Array.isArray(raw) ? raw : [raw];
    const last = results[results.length - 1];
    if (!last) return { columns: [], rows: [] };
    const columns = last.getColumnNamesSync();
    const rows = (await last.getAll()).map((row) => {
      const out: Record<string, unknown> = {};
      for (const column of columns) out[column] = toPlainLadybugValue(row[column]);
      return out;
    });
    return { columns, rows };
  } catch (error) {
    throw queryError(error);
  } finally {
    // Why: a QueryResult left open when its connection closes can crash the process at exit.
    for (const result of results) result.close();
  }
}

class EmbeddedStore implements GraphStore {
  #closed = false;

  constructor(
    private readonly conn: Connection,
    private readonly file: string,
    private readonly release?: () => Promise<void>,
  ) {}

  query(cypher: string, params?: Record<string, unknown>): Promise<QueryResultTable> {
    if (this.#closed) throw new CorpgraphError('E_BAD_OPTION', 'query: the store is closed');
    return runLadybug(this.conn, cypher, params);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      await this.conn.close();
      await releaseDatabase(this.file);
    } finally {
      await this.release?.();
    }
  }
}

/**
 * Open the embedded database in `dir` for queries.
 * @param options.readOnly open without write access (any number of readers may share a file).
 * @throws CorpgraphError E_DB_NOT_FOUND (with how to build one) or E_DB_LOCKED.
 */
export async function openEmbeddedStore(
  dir: string,
  options: { readOnly?: boolean } = {},
): Promise<GraphStore> {
  const file = embeddedDbFile(dir);
  if (!existsSync(file)) throw notFound(dir);
  const readOnly = options.readOnly ?? false;
  // Why: a writable store is a writer like `build`: it takes the PID lock so writers queue up clearly.
  const release = readOnly ? undefined : await acquireWriteLock(join(dir, LOCK_FILE), dir);
  try {
    const open = await acquireDatabase(file, dir, readOnly);
    const lbug = await loadLbug();
    const conn = new lbug.Connection(open.db);
    return new EmbeddedStore(conn, file, release);
  } catch (error) {
    await release?.();
    throw error;
  }
}

/**
 * LadybugDB infers one type per parameter list: rows where a float field holds a whole number (1)
 * would be INT64 beside DOUBLE rows and the list is rejected. Split rows so each batch is uniform.
 */
export function uniformNumberBatches<T extends object>(rows: readonly T[], fields: readonly string[]): T[][] {
  if (fields.length === 0) return rows.length > 0 ? [rows.slice()] : [];
  const bySignature = new Map<string, T[]>();
  for (const row of rows) {
    const signature = fields
      .map((f) => (Number.isInteger((row as Record<string, unknown>)[f]) ? 'i' : 'f'))
      .join('');
    const list = bySignature.get(signature) ?? [];
    list.push(row);
    bySignature.set(signature, list);
  }
  return [...bySignature.values()];
}

function countRows(groups: readonly RowGroup[]): { nodes: number; relationships: number } {
  let nodes = 0;
  let relationships = 0;
  for (const g of groups) {
    if (g.kind === 'entity' || g.kind === 'document') nodes += g.rows.length;
    else relationships += g.rows.length;
  }
  return { nodes, relationships };
}

async function withConnection<T>(
  file: string,
  dir: string,
  fn: (conn: Connection) => Promise<T>,
): Promise<T> {
  const open = await acquireDatabase(file, dir, false);
  const lbug = await loadLbug();
  const conn = new lbug.Connection(open.db);
  try {
    return await fn(conn);
  } finally {
    await conn.close();
    await releaseDatabase(file);
  }
}

async function createSchema(conn: Connection): Promise<void> {
  for (const statement of ladybugSchemaStatements()) await runLadybug(conn, statement);
}

async function loadByCopy(conn: Connection, groups: readonly RowGroup[], scratch: string): Promise<void> {
  await mkdir(scratch, { recursive: true });
  let n = 0;
  for (const group of groups) {
    if (group.rows.length === 0) continue;
    // Why: a COPY costs ~70 ms however few its rows; below COPY_MIN_ROWS the batched MERGE is faster.
    // Groups CSV cannot carry exactly (empty strings, …) take the MERGE path too.
    if (group.rows.length < COPY_MIN_ROWS || !isCsvEncodable(group)) {
      await loadByUpsert(conn, [group]);
      continue;
    }
    const file = join(scratch, `${n++}.csv`);
    await writeGroupCsv(group, file);
    await runLadybug(conn, csvCopyStatement(group, file));
    await rm(file, { force: true });
  }
}

async function loadByUpsert(conn: Connection, groups: readonly RowGroup[]): Promise<void> {
  for (const group of groups) {
    const statement = upsertStatement(group);
    for (const uniform of uniformNumberBatches<object>(group.rows, floatFields(group))) {
      for (const batch of chunk(uniform, UPSERT_BATCH)) await runLadybug(conn, statement, { rows: batch });
    }
  }
}

/**
 * Write `graph` to the embedded database in `dir`.
 * - `replace` (default): a fresh database bulk-loaded with COPY FROM temporary CSV files (tables under
 *   500 rows, or holding what CSV cannot carry exactly, use the batched MERGE), swapped in atomically.
 * - `upsert`: MERGE on keys into the existing database (created if missing), so re-running is a no-op.
 * Writes from this process to the same directory are queued; a writer lock (`dir/write.lock`, holding
 * the PID) makes a writer in another process fail at once.
 * @throws CorpgraphError E_DB_LOCKED when another writer holds the database.
 */
export async function writeEmbeddedStore(
  graph: CorpGraph,
  dir: string,
  options: { mode?: 'replace' | 'upsert' } = {},
): Promise<StoreWriteSummary> {
  const id = resolve(dir);
  const previous = writeQueues.get(id) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => writeNow(graph, dir, options));
  writeQueues.set(id, next);
  try {
    return await next;
  } finally {
    if (writeQueues.get(id) === next) writeQueues.delete(id);
  }
}

/**
 * Remove what writers killed mid-write left behind: their temporary database (`.graph.lbdb.<pid>.tmp`,
 * with its `.wal`) and COPY scratch directory (`.copy.<pid>`). Call with the write lock held: no other
 * writer is then running, so files of any other PID are stale.
 */
async function removeStaleWriterFiles(dir: string): Promise<void> {
  // `.${DB_FILE}.<pid>.tmp[.wal]` and `.copy.<pid>`, as writeNow names them.
  const stale = /^\.(?:graph\.lbdb\.(\d+)\.tmp(?:\.wal)?|copy\.(\d+))$/;
  for (const entry of await readdir(dir).catch(() => [] as string[])) {
    const m = stale.exec(entry);
    const pid = Number(m?.[1] ?? m?.[2]);
    if (m && pid !== process.pid) await rm(join(dir, entry), { recursive: true, force: true });
  }
}

/**
 * Take the embedded database's writer lock for `dir` (created if needed) ahead of a write, so a second
 * writer fails at once instead of after its own work. Writes in this process still go through.
 * @returns the release function.
 * @throws CorpgraphError E_DB_LOCKED when another live process holds it.
 */
export async function lockEmbeddedStore(dir: string): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  return acquireWriteLock(join(dir, LOCK_FILE), dir);
}

async function writeNow(
  graph: CorpGraph,
  dir: string,
  options: { mode?: 'replace' | 'upsert' },
): Promise<StoreWriteSummary> {
  const started = performance.now();
  await mkdir(dir, { recursive: true });
  const release = await acquireWriteLock(join(dir, LOCK_FILE), dir);
  try {
    await removeStaleWriterFiles(dir);
    const groups = graphToRowGroups(graph);
    const file = embeddedDbFile(dir);
    const mode = options.mode === 'upsert' && existsSync(file) ? 'upsert' : 'replace';
    if (mode === 'upsert') {
      await withConnection(file, dir, async (conn) => {
        await createSchema(conn);
        await loadByUpsert(conn, groups);
      });
    } else {
      if (databases.has(resolve(file))) {
        throw new CorpgraphError(
          'E_DB_LOCKED',
          `${dir}: database is open in this process; close it before replacing`,
        );
      }
      const tmp = join(dir, `.${DB_FILE}.${process.pid}.tmp`);
      const scratch = join(dir, `.copy.${process.pid}`);
      await rm(tmp, { force: true });
      await rm(`${tmp}.wal`, { force: true });
      try {
        await withConnection(tmp, dir, async (conn) => {
          await createSchema(conn);
          await loadByCopy(conn, groups, scratch);
        });
        // Why: a WAL left by a crashed writer would be replayed onto the new file.
        await rm(`${file}.wal`, { force: true });
        await rename(tmp, file);
      } finally {
        await rm(tmp, { force: true });
        await rm(`${tmp}.wal`, { force: true });
        await rm(scratch, { recursive: true, force: true });
      }
    }
    return { ...countRows(groups), ms: Math.round(performance.now() - started) };
  } finally {
    await release();
  }
}
