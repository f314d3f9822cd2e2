// The CLI entry: wires commands to the library; heavy modules load lazily inside each command's action.
import { Command, CommanderError } from 'commander';
import { isCorpgraphError } from '../errors.js';
import { registerCommands } from './commands/index.js';
import type { CliContext } from './context.js';

/** Run the CLI with `argv` (without node and script); resolves to the process exit code. */
export async function main(argv: string[], partial: Partial<CliContext> = {}): Promise<number> {
  const ctx: CliContext = {
    stdout: partial.stdout ?? process.stdout,
    stderr: partial.stderr ?? process.stderr,
    stdoutIsTTY: partial.stdoutIsTTY ?? Boolean(process.stdout.isTTY),
    stderrIsTTY: partial.stderrIsTTY ?? Boolean(process.stderr.isTTY),
    exitCode: 0,
  };
  const program = new Command('corpgraph')
    .description('Turn business news into an evidence-backed knowledge graph of corporate relationships.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    });
  registerCommands(program, ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (isCorpgraphError(error)) {
      ctx.stderr.write(`corpgraph: ${error.message}\n`);
      return 1;
    }
    ctx.stderr.write(`corpgraph: unexpected error\n${(error as Error)?.stack ?? String(error)}\n`);
    return 1;
  }
}
