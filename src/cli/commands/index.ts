// The command table: each command registers itself from its own file.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerBuild } from './build.js';
import { registerEval } from './eval.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerLoad } from './load.js';
import { registerQuery } from './query.js';
import { registerServe } from './serve.js';
import { registerStats } from './stats.js';
import { registerViz } from './viz.js';

export function registerCommands(program: Command, ctx: CliContext): void {
  for (const register of [
    registerBuild,
    registerExtract,
    registerStats,
    registerExport,
    registerQuery,
    registerLoad,
    registerViz,
    registerServe,
    registerEval,
  ]) {
    register(program, ctx);
  }
}
