// The Neo4j store: query over Bolt, and load a graph with constraints + batched UNWIND … MERGE.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { CorpgraphError } from '../errors.js';
import { isWriteQuery } from '../query/read-only.js';
import type { CorpGraph } from '../types.js';
import { toNeo4jParams, toPlainNeo4jValue } from './neo4j-values.js';
import { chunk, graphToRowGroups } from './rows.js';
import { neo4jConstraintStatements } from './schema.js';
import { integerFields, upsertStatement } from './statements.js';
import type { GraphStore, QueryResultTable, StoreWriteSummary } from './types.js';

/** Where and how to connect; unset fields come from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE. */
export interface Neo4jOptions {
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
  /** Rows per UNWIND batch (default 1000). */
  batchSize?: number;
  /** Give up connecting after this many ms (default 5000). */
  connectionTimeoutMs?: number;
}

export const DEFAULT_NEO4J_OPTIONS = {
  uri: 'bolt://localhost:7687',
  user: 'neo4j',
  batchSize: 1000,
  connectionTimeoutMs: 5000,
} as const;

interface ResolvedNeo4jOptions {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  batchSize: number;
  connectionTimeoutMs: number;
}

function resolveOptions(options: Neo4jOptions, env: NodeJS.ProcessEnv = process.env): ResolvedNeo4jOptions {
  return {
    uri: options.uri ?? env.NEO4J_URI ?? DEFAULT_NEO4J_OPTIONS.uri,
    user: options.user ?? env.NEO4J_USER ?? env.NEO4J_USERNAME ?? DEFAULT_NEO4J_OPTIONS.user,
    password: options.password ?? env.NEO4J_PASSWORD ?? '',
    database: options.database ?? env.NEO4J_DATABASE,
    batchSize: options.batchSize ?? DEFAULT_NEO4J_OPTIONS.batchSize,
    connectionTimeoutMs: options.connectionTimeoutMs ?? DEFAULT_NEO4J_OPTIONS.connectionTimeoutMs,
  };
}

/** One clear line for a driver failure (connection, auth, database), keeping the driver error as cause. */
export function neo4jError(error: unknown, uri: string): CorpgraphError {
  const e = error as { code?: string; message?: string };
  const code = e?.code ?? '';
  const first = (e?.message ?? String(error)).split('\n')[0]?.trim() ?? '';
  let message: string;
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    (/ECONNREFUSED/.test(first) && !code.startsWith('Neo.'))
  ) {
    // Why: the driver's text is a paragraph of advice; its "Caused by:" tail names the actual failure.
    const cause = /Caused by:\s*(.*)$/.exec(first)?.[1] ?? first;
    message = `cannot reach Neo4j at ${uri} (is it running? check --neo4j / NEO4J_URI): ${cause}`;
  } else if (
    code === 'Neo.ClientError.Security.Unauthorized' ||
    code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  ) {
    message = `Neo4j at ${uri} refused the credentials (check --user/--password or NEO4J_USER/NEO4J_PASSWORD)`;
  } else if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    message = `Neo4j at ${uri}: ${first} (check --database / NEO4J_DATABASE)`;
  } else if (code.startsWith('Neo.ClientError.Statement')) {
    return new CorpgraphError('E_QUERY', `query failed: ${(e?.message ?? '').trim()}`, { cause: error });
  } else {
    message = `Neo4j at ${uri}: ${first}${code ? ` (${code})` : ''}`;
  }
  return new CorpgraphError('E_NEO4J', message, { cause: error });
}

async function connect(opts: ResolvedNeo4jOptions): Promise<Driver> {
  const { default: neo4j } = await import('neo4j-driver');
  let driver: Driver;
  try {
    driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
      connectionTimeout: opts.connectionTimeoutMs,
      maxTransactionRetryTime: 15_000,
      // Why: silence the driver's console warnings; failures are reported as one line instead.
      logging: { level: 'error', logger: () => undefined },
    });
  } catch (error) {
    throw neo4jError(error, opts.uri);
  }
  try {
    await driver.verifyConnectivity(opts.database ? { database: opts.database } : {});
  } catch (error) {
    await driver.close();
    throw neo4jError(error, opts.uri);
  }
  return driver;
}

class Neo4jStore implements GraphStore {
  constructor(
    private readonly driver: Driver,
    private readonly opts: ResolvedNeo4jOptions,
  ) {}

  async query(cypher: string, params: Record<string, unknown> = {}): Promise<QueryResultTable> {
    const session = this.driver.session(this.opts.database ? { database: this.opts.database } : {});
    try {
      const work = async (tx: ManagedTransaction) => {
        const running = tx.run(cypher, toNeo4jParams(params) as Record<string, unknown>);
        // Why: keys() gives the columns even when there are no rows.
        const keys = await running.keys();
        const { records } = await running;
        return { keys, records };
      };
      const result = isWriteQuery(cypher)
        ? await session.executeWrite(work)
        : await session.executeRead(work);
      const columns = result.keys.map(String);
      const rows = result.records.map((record) => {
        const row: Record<string, unknown> = {};
        for (const key of record.keys) row[String(key)] = toPlainNeo4jValue(record.get(key));
        return row;
      });
      return { columns, rows };
    } catch (error) {
      throw neo4jError(error, this.opts.uri);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/**
 * Connect to Neo4j (verifying connectivity first) and return a store for queries.
 * @throws CorpgraphError E_NEO4J with one clear line when the server is unreachable or refuses the login.
 */
export async function openNeo4jStore(options: Neo4jOptions = {}): Promise<GraphStore> {
  const opts = resolveOptions(options);
  return new Neo4jStore(await connect(opts), opts);
}

/** The statements `loadNeo4j` sends for `graph`: constraints first, then one upsert per row group. */
export function neo4jLoadStatements(graph: CorpGraph): string[] {
  return [...neo4jConstraintStatements(), ...new Set(graphToRowGroups(graph).map(upsertStatement))];
}

/**
 * Load `graph` into Neo4j: uniqueness constraints on `key` (and Document `id`), then batches of
 * parameterised `UNWIND $rows AS row MERGE …` in managed (retried) write transactions. Idempotent.
 * @throws CorpgraphError E_NEO4J on connection/auth failures.
 */
export async function loadNeo4j(graph: CorpGraph, options: Neo4jOptions = {}): Promise<StoreWriteSummary> {
  const started = performance.now();
  const opts = resolveOptions(options);
  const driver = await connect(opts);
  const session = driver.session(opts.database ? { database: opts.database } : {});
  let nodes = 0;
  let relationships = 0;
  try {
    for (const statement of neo4jConstraintStatements()) {
      await session.executeWrite((tx) => tx.run(statement));
    }
    const { default: neo4j } = await import('neo4j-driver');
    for (const group of graphToRowGroups(graph)) {
      const statement = upsertStatement(group);
      const ints = integerFields(group);
      const batches = chunk(group.rows as unknown as Record<string, unknown>[], opts.batchSize);
      for (const [index, batch] of batches.entries()) {
        const rows = batch.map((row) => {
          const copy = { ...row };
          for (const f of ints) copy[f] = neo4j.int(row[f] as number);
          return copy;
        });
        try {
          // Why: managed transactions retry transient failures with backoff; what still fails is reported
          // with its position, and a re-run resumes safely because every write is a MERGE.
          await session.executeWrite((tx) => tx.run(statement, { rows }));
        } catch (error) {
          const what = 'label' in group ? group.label : group.type;
          const first = index * opts.batchSize + 1;
          const failure = error instanceof CorpgraphError ? error : neo4jError(error, opts.uri);
          throw new CorpgraphError(
            'E_NEO4J',
            `${failure.message} (batch ${index + 1} of ${batches.length} of ${what}, rows ${first}–${first + batch.length - 1}; re-run to resume: every write is a MERGE)`,
            { cause: error },
          );
        }
      }
      if (group.kind === 'entity' || group.kind === 'document') nodes += group.rows.length;
      else relationships += group.rows.length;
    }
  } catch (error) {
    throw error instanceof CorpgraphError ? error : neo4jError(error, opts.uri);
  } finally {
    await session.close();
    await driver.close();
  }
  return { nodes, relationships, ms: Math.round(performance.now() - started) };
}
