// Expand inputs lazily: directories (recursive, sorted, no hidden files or node_modules) and simple globs.
import type { Dirent } from 'node:fs';
import { opendir, readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** Something found while walking: a file to read, or a directory entry that could not be read. */
export type WalkEntry =
  | { kind: 'file'; path: string }
  | { kind: 'error'; path: string; error: NodeJS.ErrnoException };

// Why: code-unit order is the same on every machine and locale, so builds are reproducible.
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * Walk a directory depth-first in sorted order, yielding regular files; hidden entries and
 * node_modules are skipped, symlinked directories are followed once (cycles are cut).
 * @param dir the directory
 * @param seen real paths already walked (cycle guard)
 * @param depth how many levels of subdirectories to enter (default: all)
 */
export async function* walkDirectory(
  dir: string,
  seen: Set<string> = new Set(),
  depth = Number.POSITIVE_INFINITY,
): AsyncGenerator<WalkEntry> {
  let entries: Dirent[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => !isSkippedName(e.name))
      .sort((a, b) => byName(a.name, b.name));
  } catch (error) {
    yield { kind: 'error', path: dir, error: error as NodeJS.ErrnoException };
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const info = await stat(path);
        isDirectory = info.isDirectory();
        isFile = info.isFile();
      } catch (error) {
        yield { kind: 'error', path, error: error as NodeJS.ErrnoException };
        continue;
      }
    }
    if (isDirectory) {
      if (depth > 0) yield* walkDirectory(path, seen, depth - 1);
    } else if (isFile) yield { kind: 'file', path };
  }
}

/** True when the input contains glob syntax (`*`, `?`, `[…]`). */
export function isGlob(input: string): boolean {
  return /[*?[]/u.test(input);
}

/** A glob as a regular expression over `/`-separated paths: `**` any depth, `*` and `?` within a name. */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        out += `[${pattern
          .slice(i + 1, close)
          .replace(/^!/u, '^')
          .replace(/\\/gu, '\\\\')}]`;
        i = close;
      }
    } else out += c.replace(/[.+^${}()|\\]/gu, '\\$&');
  }
  return new RegExp(`^${out}$`, 'u');
}

/**
 * Files matching a glob, in sorted order, walked lazily from the pattern's fixed prefix.
 * @param pattern e.g. `news/**\/*.txt`
 */
export async function* expandGlob(pattern: string): AsyncGenerator<WalkEntry> {
  const normalized = pattern.split(sep).join('/');
  const parts = normalized.split('/');
  const firstGlob = parts.findIndex((p) => isGlob(p));
  const base = parts.slice(0, firstGlob).join('/') || (normalized.startsWith('/') ? '/' : '.');
  const regex = globToRegExp(normalized.replace(/^\.\//u, ''));
  try {
    await opendir(base).then((d) => d.close());
  } catch {
    return;
  }
  // Why: without `**` a glob cannot match below its own depth, so `*.txt` never walks the whole tree.
  const depth = parts.includes('**') ? Number.POSITIVE_INFINITY : parts.length - firstGlob - 1;
  for await (const entry of walkDirectory(base, new Set(), depth)) {
    if (entry.kind === 'error') {
      yield entry;
      continue;
    }
    const candidate = entry.path.split(sep).join('/').replace(/^\.\//u, '');
    if (regex.test(candidate)) yield entry;
  }
}
