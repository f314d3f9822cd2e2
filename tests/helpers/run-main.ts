// Run the CLI in-process (main() from src/cli/main.ts) and collect its exit code, stdout and stderr.
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface MainRun {
  code: number;
  out: string;
  err: string;
}

function sink(append: (s: string) => void): Writable {
  return new Writable({
    write(chunk, _enc, done) {
      append(String(chunk));
      done();
    },
  });
}

/** `corpgraph <argv>` in this process; `tty` makes stdout look like a terminal (tables instead of JSON). */
export async function runMain(argv: string[], tty = false): Promise<MainRun> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: sink((s) => {
      out += s;
    }),
    stderr: sink((s) => {
      err += s;
    }),
    stdoutIsTTY: tty,
    stderrIsTTY: false,
  });
  return { code, out, err };
}
