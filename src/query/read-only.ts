// Decide whether a Cypher statement writes, ignoring string literals, quoted names and comments.

const WRITE_CLAUSES = [
  'CREATE',
  'MERGE',
  'SET',
  'DELETE',
  'DETACH',
  'REMOVE',
  'DROP',
  'COPY',
  'LOAD',
  'INSTALL',
  'UNINSTALL',
  'ALTER',
  'IMPORT',
  'EXPORT',
  'ATTACH',
  'FOREACH',
  'CHECKPOINT',
  'GRANT',
  'REVOKE',
  'DENY',
  'START',
  'STOP',
  'RENAME',
  'TERMINATE',
  'ENABLE',
];

/** Procedures that only read (Neo4j `db.*`/`dbms.*` introspection, LadybugDB table functions). */
const READ_ONLY_CALL =
  /^(db\.(labels|relationshiptypes|propertykeys|schema\.\w+|indexes|constraints|info|ping)|dbms\.(components|procedures|functions|info)|show_\w+|table_info|current_setting|db_version|storage_info)\b/i;

/** Replace string literals, backtick-quoted names and comments with spaces (offsets kept). */
export function stripLiterals(cypher: string): string {
  let out = '';
  let i = 0;
  while (i < cypher.length) {
    const ch = cypher[i] as string;
    const next = cypher[i + 1];
    if (ch === '/' && next === '/') {
      const end = cypher.indexOf('\n', i);
      const stop = end === -1 ? cypher.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (ch === '/' && next === '*') {
      const end = cypher.indexOf('*/', i + 2);
      const stop = end === -1 ? cypher.length : end + 2;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < cypher.length) {
        const c = cypher[j];
        if (c === '\\' && ch !== '`') {
          j += 2;
          continue;
        }
        if (c === ch) {
          // Why: a doubled quote is an escaped quote inside the literal (`a``b`, 'it''s').
          if (cypher[j + 1] === ch) {
            j += 2;
            continue;
          }
          break;
        }
        j += 1;
      }
      const stop = Math.min(j + 1, cypher.length);
      out += ch + ' '.repeat(Math.max(0, stop - i - 2)) + (stop - i >= 2 ? ch : '');
      i = stop;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

const KEYWORD = new RegExp(`(?<![.$\\w])(${WRITE_CLAUSES.join('|')})(?![\\w])(?!\\s*:)`, 'i');
const CALL = /(?<![.$\w])CALL\s+([A-Za-z_][\w.]*)?/gi;

/**
 * Whether `cypher` may write: CREATE, MERGE, SET, DELETE, REMOVE, DROP, COPY, LOAD, INSTALL, ALTER, …
 * or a CALL of a procedure not known to be read-only. String literals, `quoted` names and comments are
 * ignored, so `MATCH (n {name: 'CREATE'})` reads. Errs towards "writes" when unsure.
 */
export function isWriteQuery(cypher: string): boolean {
  const code = stripLiterals(cypher);
  if (KEYWORD.test(code)) return true;
  for (const match of code.matchAll(CALL)) {
    const name = match[1];
    // Why: `CALL {…}` subqueries are judged by their clauses (already scanned above).
    if (name === undefined) continue;
    if (!READ_ONLY_CALL.test(name)) return true;
  }
  return false;
}
