// `corpgraph query`: run Cypher (text, a .cypher file or a queries/ script) on the embedded DB or Neo4j.
import { type Command, Option } from 'commander';
import { CorpgraphError } from '../../errors.js';
import type { CliContext } from '../context.js';

interface QueryCommandOptions {
  db: string;
  neo4j?: string | boolean;
  user?: string;
  password?: string;
  database?: string;
  param: string[];
  format?: 'table' | 'json' | 'csv';
  write?: boolean;
  list?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerQuery(program: Command, ctx: CliContext): void {
  program
    .command('query')
    .description('Run Cypher on the graph database: text, a .cypher file, or a script from queries/')
    .argument('[query]', 'Cypher text, a .cypher file, or a script name (see --list)')
    .option('--db <dir>', 'embedded database directory', '.corpgraph/db')
    .option('--neo4j [uri]', 'query Neo4j instead (default: $NEO4J_URI or bolt://localhost:7687)')
    .option('--user <name>', 'Neo4j user (default: $NEO4J_USER or neo4j)')
    .option('--password <password>', 'Neo4j password (default: $NEO4J_PASSWORD)')
    .option('--database <name>', 'Neo4j database (default: $NEO4J_DATABASE or the server default)')
    .option('--param <name=value>', 'a query parameter, JSON or text (repeatable)', collect, [])
    .addOption(
      new Option(
        '--format <format>',
        'output format (default: table on a terminal, else json lines)',
      ).choices(['table', 'json', 'csv']),
    )
    .option('--write', 'allow statements that write (CREATE, MERGE, SET, DELETE, …)')
    .option('--list', 'list the ready-made scripts in queries/')
    .addHelpText(
      'after',
      '\nExamples:\n  corpgraph query mou-partners\n  corpgraph query queries/org-people.cypher --param org="Ascend Elements"\n' +
        "  corpgraph query 'MATCH (o:Organization) RETURN o.name AS name LIMIT 5' --format csv\n",
    )
    .action(async (input: string | undefined, options: QueryCommandOptions) => {
      const { formatResult } = await import('../../query/format.js');
      const format = options.format ?? (ctx.stdoutIsTTY ? 'table' : 'json');
      if (options.list) {
        const { listQueryScripts } = await import('../../query/scripts.js');
        const scripts = await listQueryScripts();
        const rows = scripts.map((s) => ({ name: s.name, description: s.description, params: s.params }));
        ctx.stdout.write(formatResult({ columns: ['name', 'description', 'params'], rows }, format));
        return;
      }
      if (!input) {
        throw new CorpgraphError(
          'E_BAD_OPTION',
          'query: give Cypher text, a .cypher file or a script name (see --list)',
        );
      }
      const { parseParams } = await import('../../query/params.js');
      const { resolveQuery, runQuery } = await import('../../query/run.js');
      const engine = options.neo4j !== undefined && options.neo4j !== false ? 'neo4j' : 'embedded';
      const resolved = await resolveQuery(input, { engine, params: parseParams(options.param) });
      let store: import('../../store/types.js').GraphStore;
      if (engine === 'neo4j') {
        const { openNeo4jStore } = await import('../../store/neo4j.js');
        store = await openNeo4jStore({
          ...(typeof options.neo4j === 'string' ? { uri: options.neo4j } : {}),
          ...(options.user !== undefined ? { user: options.user } : {}),
          ...(options.password !== undefined ? { password: options.password } : {}),
          ...(options.database !== undefined ? { database: options.database } : {}),
        });
      } else {
        const { openEmbeddedStore } = await import('../../store/embedded.js');
        store = await openEmbeddedStore(options.db, { readOnly: !options.write });
      }
      try {
        const result = await runQuery(store, resolved, { write: options.write ?? false });
        ctx.stdout.write(formatResult(result, format));
      } finally {
        await store.close();
      }
    });
}
