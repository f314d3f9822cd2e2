// Progress for long builds: a bar on a terminal (stderr), nothing when piped or quiet.
import cliProgress from 'cli-progress';
import type { BuildProgress } from '../pipeline.js';
import type { CliContext } from './context.js';

export interface Progress {
  update(p: BuildProgress): void;
  /** Print a line above the bar (or plainly when there is no bar). */
  log(line: string): void;
  stop(): void;
}

/** A progress reporter: documents, words/s and skipped on a TTY; silent otherwise. */
export function createProgress(ctx: CliContext, quiet: boolean): Progress {
  const started = performance.now();
  if (quiet || !ctx.stderrIsTTY) {
    return { update() {}, log: (line) => ctx.stderr.write(`corpgraph: ${line}\n`), stop() {} };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: 'corpgraph {bar} {value} docs | {wps} words/s | {skipped} skipped',
      stream: ctx.stderr as NodeJS.WritableStream,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { wps: 0, skipped: 0 });
  return {
    update(p) {
      const seconds = (performance.now() - started) / 1000;
      bar.setTotal(Math.max(p.documents, 1));
      bar.update(p.documents, { wps: Math.round(p.words / Math.max(seconds, 0.001)), skipped: p.skipped });
    },
    log(line) {
      ctx.stderr.write(`\r\x1b[K corpgraph: ${line}\n`);
    },
    stop() {
      bar.stop();
    },
  };
}
