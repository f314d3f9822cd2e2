// CSV export: nodes.csv and edges.csv per RFC 4180 (csv-stringify), lists and evidence as JSON cells.
import { stringify } from 'csv-stringify/sync';
import type { CorpGraph } from '../types.js';
import { type FlatTable, flattenGraph, formatScalar } from './columns.js';

export interface CsvOptions {
  /**
   * Prefix cells that start with `=`, `+`, `-`, `@`, tab or CR with `'`, so a spreadsheet never runs
   * article text as a formula (the cells then no longer read back exactly).
   */
  spreadsheetSafe?: boolean;
}

export const DEFAULT_CSV_OPTIONS: Required<CsvOptions> = { spreadsheetSafe: false };

/** File names `corpgraph export --format csv` writes into its output directory. */
export const CSV_FILES = { nodes: 'nodes.csv', edges: 'edges.csv' } as const;

// Why: unpaired surrogates are not Unicode and cannot be written as UTF-8; replace them here, visibly,
// rather than leave it to whatever encodes the text later.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function toCsv(header: string[], records: (string | undefined)[][], options: Required<CsvOptions>): string {
  const text = stringify([header, ...records], {
    // Why: RFC 4180 records end in CRLF; fields holding a lone LF or CR must be quoted all the same.
    record_delimiter: 'windows',
    quote_record_delimiter: true,
    // Why: a quoted "" is an empty string, an unquoted empty cell an absent value, so both read back.
    // (quoted_empty would quote absent cells too.)
    quoted_match: /^$/,
    escape_formulas: options.spreadsheetSafe,
  });
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

function records(table: FlatTable, withEnds: boolean): (string | undefined)[][] {
  return table.rows.map((row) => [
    row.key,
    ...(withEnds ? [row.source, row.target] : []),
    ...row.values.map((v) => (v === undefined ? undefined : formatScalar(v))),
  ]);
}

/**
 * Export the graph as two CSV texts (RFC 4180: comma-separated, CRLF records, fields with commas,
 * quotes or line breaks quoted, quotes doubled). nodes: `id,name,type,aliases,mentions,docIds`;
 * edges: `id,source,target,type,status,title,date,confidence,evidence`; then any other attribute.
 * `aliases`, `docIds` and `evidence` hold JSON arrays. An unquoted empty cell means "absent", a quoted
 * `""` an empty string. Rows are sorted by key, so equal graphs give identical bytes. Everything else is
 * kept as is (controls included), except unpaired surrogates, which UTF-8 cannot encode: U+FFFD.
 * @param graph the corporate graph
 * @param options see CsvOptions
 * @returns the text of nodes.csv and edges.csv
 */
export function exportCsv(graph: CorpGraph, options: CsvOptions = {}): { nodes: string; edges: string } {
  const resolved = { ...DEFAULT_CSV_OPTIONS, ...options };
  const flat = flattenGraph(graph);
  return {
    nodes: toCsv(['id', ...flat.nodes.columns.map((c) => c.name)], records(flat.nodes, false), resolved),
    edges: toCsv(
      ['id', 'source', 'target', ...flat.edges.columns.map((c) => c.name)],
      records(flat.edges, true),
      resolved,
    ),
  };
}
