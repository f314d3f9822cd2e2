// The ready-made query scripts in queries/: discover them and read their header (description, params).
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripLiterals } from './read-only.js';

/** A script's header: what it answers and its parameters with defaults. */
export interface QueryScriptHeader {
  description: string;
  params: string[];
  defaults: Record<string, unknown>;
}

export interface QueryScriptInfo {
  name: string;
  file: string;
  description: string;
  params: string[];
}

/** The queries/ folder shipped with the package (beside src/ and dist/). */
export const DEFAULT_QUERIES_DIR = fileURLToPath(new URL('../../queries/', import.meta.url));

/** Suffix of a script written in Neo4j's dialect, the twin of `<name>.cypher`. */
export const NEO4J_TWIN_SUFFIX = '.neo4j.cypher';

/** The `$names` a statement uses (outside strings and comments), in order of first use. */
export function findParameterNames(cypher: string): string[] {
  const names = new Set<string>();
  for (const m of stripLiterals(cypher).matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(m[1] as string);
  return [...names];
}

/**
 * Read a script's header comment: the first comment line is the description; lines
 * `// @param NAME text (default: JSON)` declare parameters and their defaults.
 */
export function parseScriptHeader(text: string): QueryScriptHeader {
  const lines = text.split(/\r?\n/);
  let description = '';
  const defaults: Record<string, unknown> = {};
  for (const line of lines) {
    const comment = /^\s*\/\/\s?(.*)$/.exec(line);
    if (!comment) {
      if (line.trim() === '') continue;
      break;
    }
    const body = (comment[1] ?? '').trim();
    if (!description && body && !body.startsWith('@')) description = body;
    const param = /^@param\s+\$?([A-Za-z_]\w*)\b.*?\(default:\s*(.*)\)\s*$/.exec(body);
    if (param) {
      const raw = param[2] ?? '';
      try {
        defaults[param[1] as string] = JSON.parse(raw);
      } catch {
        defaults[param[1] as string] = raw;
      }
    }
  }
  return { description, params: findParameterNames(text), defaults };
}

/** Whether a script file is the Neo4j twin of another. */
export function isNeo4jTwin(file: string): boolean {
  return file.endsWith(NEO4J_TWIN_SUFFIX);
}

/**
 * The scripts in `dir` (default: the package's queries/), sorted by name; Neo4j twins are listed
 * under their own name (`connection-path.neo4j`).
 */
export async function listQueryScripts(dir: string = DEFAULT_QUERIES_DIR): Promise<QueryScriptInfo[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  const out: QueryScriptInfo[] = [];
  for (const f of files) {
    const file = join(dir, f);
    const header = parseScriptHeader(await readFile(file, 'utf8'));
    out.push({ name: basename(f, '.cypher'), file, description: header.description, params: header.params });
  }
  return out;
}
