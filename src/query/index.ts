// Running Cypher: query resolution, the read-only guard, parameters, scripts and output formats.
export { formatCsv, formatJsonLines, formatResult, formatTable, type QueryOutputFormat } from './format.js';
export { parseParam, parseParams } from './params.js';
export { isWriteQuery } from './read-only.js';
export { type QueryEngine, type ResolvedQuery, resolveQuery, runQuery } from './run.js';
export { DEFAULT_QUERIES_DIR, listQueryScripts, parseScriptHeader, type QueryScriptInfo } from './scripts.js';
