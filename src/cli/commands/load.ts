// `corpgraph load` (placeholder until implemented).
import type { Command } from 'commander';
import { CorpgraphError } from '../../errors.js';
import type { CliContext } from '../context.js';

export function registerLoad(program: Command, _ctx: CliContext): void {
  program
    .command('load')
    .description('(not yet implemented)')
    .action(() => {
      throw new CorpgraphError('E_BAD_OPTION', 'load: not implemented yet');
    });
}
