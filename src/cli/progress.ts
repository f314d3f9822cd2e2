// Progress for long builds: a bar on a terminal (stderr), nothing when piped or quiet; plus a cheap
// count of the documents ahead, so the bar can show an ETA.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import { formatFromExtension } from '../ingest/detect-format.js';
import { walkDirectory } from '../ingest/walk.js';
import type { BuildProgress } from '../pipeline.js';
import type { CliContext } from './context.js';

export interface Progress {
  update(p: BuildProgress): void;
  /** The number of documents expected, once known (shows the bar's ETA). */
  setTotal(total: number): void;
  /** Print a line above the bar (or plainly when there is no bar). */
  log(line: string): void;
  stop(): void;
}

/** A progress reporter: documents, words/s, ETA (when the total is known) and skipped on a TTY; silent otherwise. */
export function createProgress(ctx: CliContext, quiet: boolean): Progress {
  if (quiet || !ctx.stderrIsTTY) {
    return { update() {}, setTotal() {}, log: (line) => ctx.stderr.write(`corpgraph: ${line}\n`), stop() {} };
  }
  let total: number | undefined;
  const bar = new cliProgress.SingleBar(
    {
      format: 'corpgraph {bar} {value}{of} docs | {wps} words/s | {remaining} | {skipped} skipped',
      stream: ctx.stderr as NodeJS.WritableStream,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0, { wps: 0, skipped: 0, of: '', remaining: 'ETA …' });
  let last = 0;
  // Why: rates count from the first document, so model loading does not skew words/s or the ETA.
  let first: { at: number; documents: number; words: number } | undefined;
  return {
    update(p) {
      const now = performance.now();
      if (!first && p.documents > 0) first = { at: now, documents: p.documents, words: p.words };
      // Why: redrawing per document costs more than extracting a short one; 10 redraws/s is plenty.
      if (now - last < 100) return;
      last = now;
      const seconds = first ? (now - first.at) / 1000 : 0;
      const done = first ? p.documents - first.documents : 0;
      const wps = first && seconds > 0 ? (p.words - first.words) / seconds : 0;
      const known = total !== undefined && total >= p.documents;
      let eta = 'ETA …';
      if (known && done > 0)
        eta = `ETA ${formatSeconds(((total as number) - p.documents) * (seconds / done))}`;
      else if (!known) eta = 'ETA ?';
      bar.setTotal(known ? (total as number) : Math.max(p.documents, 1));
      bar.update(p.documents, {
        wps: Math.round(wps),
        skipped: p.skipped,
        of: known ? `/${total}` : '',
        remaining: eta,
      });
    },
    setTotal(n) {
      total = n;
    },
    log(line) {
      ctx.stderr.write(`\r\x1b[K corpgraph: ${line}\n`);
    },
    stop() {
      bar.stop();
    },
  };
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.round(s)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${Math.round(s - m * 60)} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** Occurrences of `needle` in a stream of bytes (also across chunk boundaries). */
async function countInFile(file: string, needle: Buffer): Promise<number> {
  let n = 0;
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(file)) {
    const buf = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    let at = buf.indexOf(needle);
    let next = 0;
    while (at !== -1) {
      n++;
      next = at + needle.length;
      at = buf.indexOf(needle, next);
    }
    carry = buf.subarray(Math.max(next, buf.length - needle.length + 1));
  }
  return n;
}

/**
 * The number of documents the inputs hold, when it is cheap to know: regular files only (a Reuters
 * `.sgm` counts its `<BODY>`s, a `.jsonl` its lines, any other file is one document). Directories,
 * globs and stdin give undefined (no ETA). Never throws: an unreadable input gives undefined too.
 */
export async function estimateDocuments(
  inputs: readonly string[],
  format = 'auto',
): Promise<number | undefined> {
  let total = 0;
  try {
    for (const input of inputs) {
      if (input === '-' || !(await stat(input)).isFile()) return undefined;
      const kind = format === 'auto' ? formatFromExtension(input) : format;
      if (kind === 'reuters-sgml') total += await countInFile(input, Buffer.from('<BODY>'));
      else if (kind === 'jsonl') total += await countInFile(input, Buffer.from('\n'));
      else total += 1;
    }
  } catch {
    return undefined;
  }
  return total;
}

/**
 * Whether the inputs are known to hold at most `limit` bytes: files are sized, directories walked (the
 * walk stops as soon as the limit is passed, so its cost stays bounded). Globs, stdin and unreadable
 * inputs give false (unknown counts as large). Never throws.
 */
export async function inputsAtMost(inputs: readonly string[], limit: number): Promise<boolean> {
  let total = 0;
  try {
    for (const input of inputs) {
      if (input === '-') return false;
      const info = await stat(input);
      if (info.isFile()) total += info.size;
      else if (info.isDirectory()) {
        for await (const entry of walkDirectory(input)) {
          if (entry.kind === 'file') total += (await stat(entry.path)).size;
          if (total > limit) return false;
        }
      } else return false;
      if (total > limit) return false;
    }
  } catch {
    return false;
  }
  return true;
}
