// `corpgraph load`: load graph.json into Neo4j (batched MERGE) or into an embedded database directory.
import type { Command } from 'commander';
import { CorpgraphError } from '../../errors.js';
import type { CliContext } from '../context.js';

interface LoadCommandOptions {
  neo4j?: string | boolean;
  user?: string;
  password?: string;
  database?: string;
  batchSize: string;
  db?: string;
  upsert?: boolean;
}

export function registerLoad(program: Command, ctx: CliContext): void {
  program
    .command('load')
    .description('Load graph.json into Neo4j (or, with --db, into an embedded database)')
    .argument('[graph]', 'graph.json to load', '.corpgraph/graph.json')
    .option('--neo4j [uri]', 'Neo4j Bolt URI (default: $NEO4J_URI or bolt://localhost:7687)')
    .option('--user <name>', 'Neo4j user (default: $NEO4J_USER or neo4j)')
    .option('--password <password>', 'Neo4j password (default: $NEO4J_PASSWORD)')
    .option('--database <name>', 'Neo4j database (default: $NEO4J_DATABASE or the server default)')
    .option('--batch-size <n>', 'rows per UNWIND batch', '1000')
    .option('--db <dir>', 'write an embedded LadybugDB database here instead of Neo4j')
    .option('--upsert', 'with --db: MERGE into the existing database instead of replacing it')
    .addHelpText(
      'after',
      '\nExamples:\n  NEO4J_PASSWORD=secret corpgraph load --neo4j bolt://localhost:7687\n' +
        '  corpgraph load graph.json --db .corpgraph/db\n',
    )
    .action(async (file: string, options: LoadCommandOptions) => {
      const batchSize = Number.parseInt(options.batchSize, 10);
      if (!Number.isInteger(batchSize) || batchSize < 1) {
        throw new CorpgraphError(
          'E_BAD_OPTION',
          `load: --batch-size "${options.batchSize}" must be a positive integer`,
        );
      }
      if (options.db !== undefined && options.neo4j !== undefined) {
        throw new CorpgraphError('E_BAD_OPTION', 'load: give either --db or --neo4j, not both');
      }
      const { readGraph } = await import('../../graph/io.js');
      const graph = await readGraph(file);
      if (options.db !== undefined) {
        const { writeEmbeddedStore } = await import('../../store/embedded.js');
        const summary = await writeEmbeddedStore(graph, options.db, {
          mode: options.upsert ? 'upsert' : 'replace',
        });
        ctx.stdout.write(
          `loaded ${summary.nodes} nodes and ${summary.relationships} relationships into ${options.db} in ${summary.ms} ms\n`,
        );
        return;
      }
      const { loadNeo4j } = await import('../../store/neo4j.js');
      const uri = typeof options.neo4j === 'string' ? options.neo4j : undefined;
      const summary = await loadNeo4j(graph, {
        batchSize,
        ...(uri !== undefined ? { uri } : {}),
        ...(options.user !== undefined ? { user: options.user } : {}),
        ...(options.password !== undefined ? { password: options.password } : {}),
        ...(options.database !== undefined ? { database: options.database } : {}),
      });
      ctx.stdout.write(
        `loaded ${summary.nodes} nodes and ${summary.relationships} relationships into ${uri ?? process.env.NEO4J_URI ?? 'bolt://localhost:7687'} in ${summary.ms} ms\n`,
      );
    });
}
