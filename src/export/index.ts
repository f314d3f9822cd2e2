// Exports of the corporate graph: JSON, GraphML, GEXF, CSV, Cypher and Neo4j import CSV (re-exports only).
export { type Column, type ColumnType, EDGE_COLUMNS, flattenGraph, NODE_COLUMNS } from './columns.js';
export { CSV_FILES, type CsvOptions, DEFAULT_CSV_OPTIONS, exportCsv } from './csv.js';
export { exportCypher } from './cypher.js';
export { exportGexf } from './gexf.js';
export { exportGraphml } from './graphml.js';
export { exportJson } from './json.js';
export { exportNeo4jCsv } from './neo4j-csv.js';
export {
  DIRECTORY_FORMATS,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportResult,
  isExportFormat,
  type WriteExportOptions,
  writeExport,
} from './write-export.js';
