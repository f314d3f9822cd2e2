// Run the built CLI (bin/corpgraph.js) as a child process and collect what it did, for the robustness tests.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'corpgraph.js');

/** Whether the compiled CLI exists (CI builds it before vitest; a bare checkout may not have it). */
export const CLI_BUILT = existsSync(join(ROOT, 'dist', 'cli', 'main.js'));

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface StartedCli {
  child: ChildProcess;
  /** Resolves when the process has exited (never rejects). */
  done: Promise<CliRun>;
  /** stderr so far. */
  stderr: () => string;
}

/**
 * Start `node [nodeArgs] bin/corpgraph.js args…` in `cwd`.
 * @param options.nodeArgs flags for node itself (e.g. `--import hook.mjs`)
 */
export function startCli(
  args: readonly string[],
  options: { cwd?: string; nodeArgs?: readonly string[]; env?: NodeJS.ProcessEnv } = {},
): StartedCli {
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const done = new Promise<CliRun>((resolve) => {
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout, stderr, ms: Math.round(performance.now() - started) }),
    );
  });
  return { child, done, stderr: () => stderr };
}

/** Run the CLI to completion. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; nodeArgs?: readonly string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  return startCli(args, options).done;
}

/** A run crashed when it died of a signal we did not send, or printed a stack trace. */
export function crashed(run: CliRun): boolean {
  return run.signal !== null || /^\s+at .+:\d+:\d+\)?$/m.test(run.stderr) || run.code === null;
}

/** Poll `check` every 20 ms until it holds or `ms` have passed; resolves to its last answer. */
export async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return check();
}
