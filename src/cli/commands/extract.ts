// `corpgraph extract` (placeholder until implemented).
import type { Command } from 'commander';
import { CorpgraphError } from '../../errors.js';
import type { CliContext } from '../context.js';

export function registerExtract(program: Command, _ctx: CliContext): void {
  program
    .command('extract')
    .description('(not yet implemented)')
    .action(() => {
      throw new CorpgraphError('E_BAD_OPTION', 'extract: not implemented yet');
    });
}
