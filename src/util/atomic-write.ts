// Atomic file writes: write a temp file beside the target, then rename over it.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { escapeRegex } from './escape-regex.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Why: a writer killed mid-write (SIGKILL, power loss) cannot remove its temp file; the next write of
// the same target removes temp files whose writer process is gone, so they do not pile up.
async function removeStaleTemps(dir: string, name: string): Promise<void> {
  const pattern = new RegExp(`^\\.${escapeRegex(name)}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);
  for (const entry of await readdir(dir).catch(() => [] as string[])) {
    const pid = Number(pattern.exec(entry)?.[1]);
    if (pid > 0 && pid !== process.pid && !isAlive(pid)) await rm(join(dir, entry), { force: true });
  }
}

/**
 * Write `data` to `file` so that readers see either the old or the new content, never a torn one.
 * Creates the parent directory. A crash mid-way leaves the previous file intact; the temp files of
 * writers that died are removed by the next successful write.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  await removeStaleTemps(dir, basename(file));
}
