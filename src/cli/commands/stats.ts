// `corpgraph stats [graph.json] [--json] [--top N]`: what a graph holds, as tables or JSON.
import type { Command } from 'commander';
import { CorpgraphError } from '../../errors.js';
import type { CliContext } from '../context.js';

interface StatsCliOptions {
  json?: boolean;
  top: string;
}

export function registerStats(program: Command, ctx: CliContext): void {
  program
    .command('stats')
    .description('count nodes by label, edges by relationship type and status, documents, top organizations')
    .argument('[graph]', 'graph.json to read', '.corpgraph/graph.json')
    .option('--json', 'print the stats as JSON')
    .option('--top <n>', 'how many organizations to rank by degree', '10')
    .action(async (file: string, options: StatsCliOptions) => {
      const top = Number(options.top);
      if (!Number.isInteger(top) || top < 0) {
        throw new CorpgraphError(
          'E_BAD_OPTION',
          `stats: --top must be a whole number ≥ 0, got "${options.top}"`,
        );
      }
      const { readGraph } = await import('../../graph/io.js');
      const { formatStats, graphStats } = await import('../../graph/stats.js');
      const stats = graphStats(await readGraph(file), { top });
      ctx.stdout.write(options.json ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats));
    });
}
