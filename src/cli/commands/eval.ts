// `corpgraph eval` (placeholder until implemented).
import type { Command } from 'commander';
import { CorpgraphError } from '../../errors.js';
import type { CliContext } from '../context.js';

export function registerEval(program: Command, _ctx: CliContext): void {
  program
    .command('eval')
    .description('(not yet implemented)')
    .action(() => {
      throw new CorpgraphError('E_BAD_OPTION', 'eval: not implemented yet');
    });
}
