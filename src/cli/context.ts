// What every CLI command gets: output streams and a place to record its exit code.
import type { Writable } from 'node:stream';

export interface CliContext {
  stdout: Writable;
  stderr: Writable;
  /** Whether stdout/stderr are terminals (progress bars and tables only then). */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** 0 ok, 1 failure, 2 finished but something was skipped. */
  exitCode: number;
}

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, failure: 1, skipped: 2 } as const;

/** Print one diagnostic-style line on stderr. */
export function warn(ctx: CliContext, line: string): void {
  ctx.stderr.write(`corpgraph: ${line}\n`);
}
