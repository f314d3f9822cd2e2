// `corpgraph export [graph.json] --format FMT [--out PATH]`: write the graph as JSON, GraphML, GEXF, CSV, Cypher or Neo4j CSV.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';

interface ExportCliOptions {
  format: string;
  out?: string;
  spreadsheetSafe?: boolean;
}

// Why: kept here (not imported from src/export) so `corpgraph --help` loads no export code.
const FORMATS = 'json|graphml|gexf|csv|cypher|neo4j-csv';

export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('export the graph as json, graphml, gexf, csv (nodes.csv + edges.csv), cypher or neo4j-csv')
    .argument('[graph]', 'graph.json to read', '.corpgraph/graph.json')
    .option('-f, --format <format>', FORMATS, 'json')
    .option('-o, --out <path>', 'file to write (a directory for csv and neo4j-csv); stdout when omitted')
    .option('--spreadsheet-safe', "csv: prefix cells starting with = + - @ with ' (no formula injection)")
    .action(async (file: string, options: ExportCliOptions) => {
      const { isExportFormat, writeExport, EXPORT_FORMATS } = await import('../../export/write-export.js');
      const { CorpgraphError } = await import('../../errors.js');
      if (!isExportFormat(options.format)) {
        throw new CorpgraphError(
          'E_BAD_OPTION',
          `export: unknown format "${options.format}"; use one of ${EXPORT_FORMATS.join(', ')}`,
        );
      }
      const { readGraph } = await import('../../graph/io.js');
      const graph = await readGraph(file);
      const result = await writeExport(graph, options.format, {
        ...(options.out !== undefined ? { out: options.out } : {}),
        spreadsheetSafe: options.spreadsheetSafe === true,
      });
      if (result.text !== undefined) ctx.stdout.write(result.text);
      else ctx.stderr.write(`corpgraph: wrote ${result.files.join(', ')}\n`);
    });
}
