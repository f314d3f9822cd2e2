// Render a graph in one export format and write it: to a file or directory atomically, or return the text.
import { join } from 'node:path';
import { CorpgraphError } from '../errors.js';
import type { CorpGraph } from '../types.js';
import { writeFileAtomic } from '../util/atomic-write.js';

/** Formats of `corpgraph export`. */
export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv', 'cypher', 'neo4j-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats that write several files into a directory (the others give one text). */
export const DIRECTORY_FORMATS: ReadonlySet<ExportFormat> = new Set(['csv', 'neo4j-csv']);

export interface WriteExportOptions {
  /** File (single-file formats) or directory (csv, neo4j-csv). Without it, single-file formats return text. */
  out?: string;
  /** CSV only: guard cells against spreadsheet formula injection (see CsvOptions). */
  spreadsheetSafe?: boolean;
}

/** What an export produced: the files written, or the text when no `out` was given. */
export interface ExportResult {
  files: string[];
  text?: string;
}

/** Whether `value` names an export format. */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

async function renderText(graph: CorpGraph, format: ExportFormat): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).exportJson(graph);
    case 'graphml':
      return (await import('./graphml.js')).exportGraphml(graph);
    case 'gexf':
      return (await import('./gexf.js')).exportGexf(graph);
    case 'cypher':
      return (await import('./cypher.js')).exportCypher(graph);
    default:
      throw new CorpgraphError(
        'E_BAD_OPTION',
        `export: --format ${format} writes a directory; pass --out DIR`,
      );
  }
}

/**
 * Export `graph` in `format`. Files are written atomically (temp file + rename), so a crash leaves any
 * previous export intact; csv writes nodes.csv and edges.csv into the `out` directory.
 * @param graph the corporate graph
 * @param format one of EXPORT_FORMATS
 * @param options `out` path; without it the text is returned (single-file formats only)
 * @returns the files written, or the text
 * @throws CorpgraphError E_BAD_OPTION for an unknown format or a directory format without `out`
 */
export async function writeExport(
  graph: CorpGraph,
  format: string,
  options: WriteExportOptions = {},
): Promise<ExportResult> {
  if (!isExportFormat(format)) {
    throw new CorpgraphError(
      'E_BAD_OPTION',
      `export: unknown format "${format}"; use one of ${EXPORT_FORMATS.join(', ')}`,
    );
  }
  const { out } = options;
  if (DIRECTORY_FORMATS.has(format)) {
    if (out === undefined) {
      throw new CorpgraphError(
        'E_BAD_OPTION',
        `export: --format ${format} writes several files; pass --out DIR to name their directory`,
      );
    }
    if (format === 'neo4j-csv') {
      return { files: await (await import('./neo4j-csv.js')).exportNeo4jCsv(graph, out) };
    }
    const { CSV_FILES, exportCsv } = await import('./csv.js');
    const csv = exportCsv(graph, { spreadsheetSafe: options.spreadsheetSafe ?? false });
    const nodesFile = join(out, CSV_FILES.nodes);
    const edgesFile = join(out, CSV_FILES.edges);
    await writeFileAtomic(nodesFile, csv.nodes);
    await writeFileAtomic(edgesFile, csv.edges);
    return { files: [nodesFile, edgesFile] };
  }
  const text = await renderText(graph, format);
  if (out === undefined) return { files: [], text };
  await writeFileAtomic(out, text);
  return { files: [out] };
}
