// `corpgraph viz` (placeholder until implemented).
import type { Command } from 'commander';
import { CorpgraphError } from '../../errors.js';
import type { CliContext } from '../context.js';

export function registerViz(program: Command, _ctx: CliContext): void {
  program
    .command('viz')
    .description('(not yet implemented)')
    .action(() => {
      throw new CorpgraphError('E_BAD_OPTION', 'viz: not implemented yet');
    });
}
