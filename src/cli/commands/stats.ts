// `corpgraph stats` (placeholder until implemented).
import type { Command } from 'commander';
import { CorpgraphError } from '../../errors.js';
import type { CliContext } from '../context.js';

export function registerStats(program: Command, _ctx: CliContext): void {
  program
    .command('stats')
    .description('(not yet implemented)')
    .action(() => {
      throw new CorpgraphError('E_BAD_OPTION', 'stats: not implemented yet');
    });
}
