// `corpgraph serve` (placeholder until implemented).
import type { Command } from 'commander';
import { CorpgraphError } from '../../errors.js';
import type { CliContext } from '../context.js';

export function registerServe(program: Command, _ctx: CliContext): void {
  program
    .command('serve')
    .description('(not yet implemented)')
    .action(() => {
      throw new CorpgraphError('E_BAD_OPTION', 'serve: not implemented yet');
    });
}
