// `corpgraph export` (placeholder until implemented).
import type { Command } from 'commander';
import { CorpgraphError } from '../../errors.js';
import type { CliContext } from '../context.js';

export function registerExport(program: Command, _ctx: CliContext): void {
  program
    .command('export')
    .description('(not yet implemented)')
    .action(() => {
      throw new CorpgraphError('E_BAD_OPTION', 'export: not implemented yet');
    });
}
