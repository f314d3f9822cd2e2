// corpgraph's public library API (re-exports only).

export { CorpgraphError, type ErrorCode, isCorpgraphError } from './errors.js';
export {
  type CsvOptions,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportResult,
  exportCsv,
  exportCypher,
  exportGexf,
  exportGraphml,
  exportJson,
  exportNeo4jCsv,
  type WriteExportOptions,
  writeExport,
} from './export/index.js';
export { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions, extractDocument } from './extract/index.js';
export { type ContractLine, extractJsonlLine, toContract } from './extract/jsonl.js';
export {
  addExtraction,
  buildGraph,
  combineConfidence,
  edgeKey,
  hasDocument,
  SYMMETRIC_TYPES,
} from './graph/build.js';
export { findTypeConflicts, formatTypeConflict, type TypeConflict } from './graph/conflicts.js';
export { createGraph, GRAPH_VERSION } from './graph/create.js';
export { DEFAULT_GRAPH_PATH, deserializeGraph, readGraph, serializeGraph, writeGraph } from './graph/io.js';
export {
  DEFAULT_STATS_OPTIONS,
  formatStats,
  type GraphStats,
  graphStats,
  type RankedNode,
  type StatsOptions,
} from './graph/stats.js';
export {
  DEFAULT_INGEST_OPTIONS,
  documentId,
  type IngestItem,
  type IngestOptions,
  ingest,
  ingestHtml,
  ingestMarkdown,
  ingestText,
} from './ingest/index.js';
export { type BuildOptions, type BuildProgress, type BuildSummary, buildFromInputs } from './pipeline.js';
export { isWriteQuery, listQueryScripts, type QueryScriptInfo, runQuery } from './query/index.js';
export {
  DEFAULT_RENDER_OPTIONS,
  type HtmlOptions,
  type RenderOptions,
  renderHtml,
  renderPng,
  renderSvg,
} from './render/index.js';
export {
  DEFAULT_SERVE_OPTIONS,
  type ExplorerServer,
  readGraphFromStore,
  type ServeOptions,
  startExplorerServer,
} from './serve/index.js';
export {
  DEFAULT_DB_DIR,
  type GraphStore,
  loadNeo4j,
  type Neo4jOptions,
  openEmbeddedStore,
  openNeo4jStore,
  type QueryResultTable,
  writeEmbeddedStore,
} from './store/index.js';
export type * from './types.js';
export { NODE_LABELS, RELATION_STATUSES, RELATION_TYPES } from './types.js';
