// Run Cypher text or a queries/ script against a store: resolve the script, fill defaults, guard writes.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CorpgraphError } from '../errors.js';
import type { GraphStore, QueryResultTable } from '../store/types.js';
import { isWriteQuery } from './read-only.js';
import { DEFAULT_QUERIES_DIR, NEO4J_TWIN_SUFFIX, parseScriptHeader } from './scripts.js';

export type QueryEngine = 'embedded' | 'neo4j';

/** A statement ready to run: its text, where it came from, and its parameters with defaults applied. */
export interface ResolvedQuery {
  cypher: string;
  source: string;
  params: Record<string, unknown>;
}

export interface ResolveQueryOptions {
  engine?: QueryEngine;
  params?: Record<string, unknown>;
  queriesDir?: string;
}

/**
 * Turn what the user typed into a statement: a `.cypher` file path, a script name from queries/
 * (`mou-partners`), or Cypher text. For Neo4j, a script's `.neo4j.cypher` twin is used when it exists.
 * Script defaults fill parameters the caller did not give.
 * @throws CorpgraphError E_INPUT_NOT_FOUND for a missing `.cypher` file.
 */
export async function resolveQuery(input: string, options: ResolveQueryOptions = {}): Promise<ResolvedQuery> {
  const engine = options.engine ?? 'embedded';
  const dir = options.queriesDir ?? DEFAULT_QUERIES_DIR;
  let file: string | undefined;
  if (input.trim().endsWith('.cypher')) {
    file = input.trim();
    if (!existsSync(file)) {
      const inQueries = join(dir, file.replace(/^.*[\\/]/, ''));
      if (!existsSync(inQueries)) {
        throw new CorpgraphError(
          'E_INPUT_NOT_FOUND',
          `${file}: no such query file (see \`corpgraph query --list\`)`,
        );
      }
      file = inQueries;
    }
  } else if (/^[a-z0-9][a-z0-9.-]*$/i.test(input.trim()) && existsSync(join(dir, `${input.trim()}.cypher`))) {
    file = join(dir, `${input.trim()}.cypher`);
  }
  if (file && engine === 'neo4j' && !file.endsWith(NEO4J_TWIN_SUFFIX)) {
    const twin = file.replace(/\.cypher$/, NEO4J_TWIN_SUFFIX);
    if (existsSync(twin)) file = twin;
  }
  const cypher = file ? await readFile(file, 'utf8') : input;
  const header = parseScriptHeader(cypher);
  const params: Record<string, unknown> = {};
  for (const name of header.params) {
    if (options.params && name in options.params) params[name] = options.params[name];
    else if (name in header.defaults) params[name] = header.defaults[name];
  }
  for (const [name, value] of Object.entries(options.params ?? {})) {
    if (header.params.includes(name)) params[name] = value;
  }
  const missing = header.params.filter((p) => !(p in params));
  if (missing.length > 0) {
    throw new CorpgraphError(
      'E_BAD_OPTION',
      `query: parameter${missing.length > 1 ? 's' : ''} ${missing.map((m) => `$${m}`).join(', ')} not given; pass --param ${missing[0]}=VALUE`,
    );
  }
  return { cypher, source: file ?? '<inline>', params };
}

/**
 * Run a resolved statement. Unless `write` is set, a statement that writes is refused before it runs.
 * @throws CorpgraphError E_READ_ONLY, or E_QUERY with the engine's message.
 */
export async function runQuery(
  store: GraphStore,
  query: ResolvedQuery,
  options: { write?: boolean } = {},
): Promise<QueryResultTable> {
  if (!options.write && isWriteQuery(query.cypher)) {
    throw new CorpgraphError('E_READ_ONLY', `${query.source}: this statement writes; add --write to run it`);
  }
  return store.query(query.cypher, query.params);
}
