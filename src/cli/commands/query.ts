// `corpgraph query` (placeholder until implemented).
import type { Command } from 'commander';
import { CorpgraphError } from '../../errors.js';
import type { CliContext } from '../context.js';

export function registerQuery(program: Command, _ctx: CliContext): void {
  program
    .command('query')
    .description('(not yet implemented)')
    .action(() => {
      throw new CorpgraphError('E_BAD_OPTION', 'query: not implemented yet');
    });
}
