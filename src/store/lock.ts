// A writer lock file holding the writer's PID, so a second writer fails fast with who holds it.
import { open, readFile, rm } from 'node:fs/promises';
import { CorpgraphError } from '../errors.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // Why: EPERM means the process exists but belongs to someone else — still a live holder.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Take the lock at `file` (created exclusively, containing our PID). A lock left by a dead process is
 * taken over. Returns a release function.
 * @throws CorpgraphError E_DB_LOCKED when a live process holds it.
 */
export async function acquireWriteLock(file: string, what: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx');
      try {
        await handle.writeFile(`${process.pid}\n`);
      } finally {
        await handle.close();
      }
      return async () => {
        await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
    // Why: `build` takes the lock before its pipeline runs (so a second writer fails fast) and the
    // store's own write takes it again inside; the outer holder releases it.
    if (pid === process.pid) return async () => {};
    if (Number.isFinite(pid) && pid > 0 && isAlive(pid)) {
      throw new CorpgraphError(
        'E_DB_LOCKED',
        `${what}: database is locked by PID ${pid} (another writer is running; wait for it, or delete ${file} if that process is gone)`,
      );
    }
    await rm(file, { force: true });
  }
  throw new CorpgraphError('E_DB_LOCKED', `${what}: could not take the write lock ${file}`);
}
