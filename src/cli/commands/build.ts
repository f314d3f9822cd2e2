// `corpgraph build` (placeholder until implemented).
import type { Command } from 'commander';
import { CorpgraphError } from '../../errors.js';
import type { CliContext } from '../context.js';

export function registerBuild(program: Command, _ctx: CliContext): void {
  program
    .command('build')
    .description('(not yet implemented)')
    .action(() => {
      throw new CorpgraphError('E_BAD_OPTION', 'build: not implemented yet');
    });
}
