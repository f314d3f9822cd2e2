// `corpgraph serve [graph.json] [--db DIR] [--port 7474] [--host 127.0.0.1]`: the explorer plus a read-only Cypher box.
import type { Command } from 'commander';
import { CorpgraphError } from '../../errors.js';
import type { CliContext } from '../context.js';

interface ServeCliOptions {
  db?: string;
  port: string;
  host: string;
  title?: string;
  open?: boolean;
}

const DEFAULT_GRAPH = '.corpgraph/graph.json';
const DEFAULT_DB = '.corpgraph/db';

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('explore the graph in the browser, with a read-only Cypher box on the embedded database')
    .argument('[graph]', `graph.json to show (default ${DEFAULT_GRAPH}, else the graph in --db)`)
    .option('--db <dir>', `embedded database for the Cypher box (default ${DEFAULT_DB} when it exists)`)
    .option('-p, --port <port>', 'port (0 picks a free one)', '7474')
    .option('--host <host>', 'address to listen on (127.0.0.1: this machine only)', '127.0.0.1')
    .option('--title <text>', 'page title')
    .option('--open', 'open the explorer in the default browser')
    .action(async (file: string | undefined, options: ServeCliOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) {
        throw new CorpgraphError(
          'E_BAD_OPTION',
          `serve: --port must be a whole number 0–65535, got "${options.port}"`,
        );
      }
      const { existsSync } = await import('node:fs');
      const { embeddedDbFile, openEmbeddedStore } = await import('../../store/embedded.js');
      const { readGraph } = await import('../../graph/io.js');
      const { readGraphFromStore, startExplorerServer } = await import('../../serve/index.js');

      const dbDir = options.db ?? (existsSync(embeddedDbFile(DEFAULT_DB)) ? DEFAULT_DB : undefined);
      const graphFile =
        file ?? (options.db === undefined || existsSync(DEFAULT_GRAPH) ? DEFAULT_GRAPH : undefined);
      const store = dbDir === undefined ? undefined : await openEmbeddedStore(dbDir, { readOnly: true });
      try {
        const graph = graphFile !== undefined ? await readGraph(graphFile) : await readGraphFromStore(store!);
        const server = await startExplorerServer({
          graph,
          host: options.host,
          port,
          ...(store ? { store } : {}),
          ...(options.title === undefined ? {} : { title: options.title }),
        });
        if (!['127.0.0.1', 'localhost', '::1'].includes(options.host)) {
          ctx.stderr.write(
            `corpgraph: serve: listening on ${options.host}: other machines can read this graph\n`,
          );
        }
        if (!store) ctx.stderr.write('corpgraph: serve: no database (--db); the Cypher box is off\n');
        ctx.stdout.write(
          `corpgraph explorer: ${server.url}  (${graph.order} entities, ${graph.size} links; Ctrl-C stops)\n`,
        );
        if (options.open) {
          const { spawn } = await import('node:child_process');
          const opener =
            process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
          spawn(opener, [server.url], { detached: true, stdio: 'ignore' })
            .on('error', () => {})
            .unref();
        }
        await new Promise<void>((resolve) => {
          const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
          };
          process.on('SIGINT', stop);
          process.on('SIGTERM', stop);
        });
        await server.close();
      } finally {
        await store?.close();
      }
    });
}
