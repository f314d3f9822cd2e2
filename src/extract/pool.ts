// A pool of extraction worker threads (piscina): documents in, extractions out, one model per worker.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CorpgraphError, type ErrorCode } from '../errors.js';
import type { Extraction, SourceDocument } from '../types.js';
import type { ExtractOptions } from './index.js';
import type { ExtractDocResult, ExtractTask } from './worker.js';

export interface ExtractPool {
  /** Number of worker threads. */
  readonly threads: number;
  /**
   * Extract a batch of documents in one worker: one entry per document, an extraction or the error it
   * raised (CorpgraphError for known errors). Batches complete in any order; callers keep their own.
   * @throws WorkerLostError when the worker died on the batch (none of it ran to completion).
   */
  extractBatch(docs: readonly SourceDocument[], options?: ExtractOptions): Promise<(Extraction | Error)[]>;
  /** Stop the workers (pending tasks are abandoned). */
  close(): Promise<void>;
}

export interface ExtractPoolOptions {
  /** Old-generation heap limit of each worker, in MB (see DEFAULT_WORKER_HEAP_MB). */
  maxHeapMb?: number;
  /**
   * Young-generation size of each worker, in MB (default: V8's own, three 16 MB semi-spaces).
   * Measured: 32 or 64 MB semi-spaces did not cut scavenge time, so the default stays.
   */
  maxYoungMb?: number;
  /**
   * Tasks handed to each worker at once (default DEFAULT_TASKS_PER_WORKER, 2): the one it runs and the
   * ones waiting in its own queue.
   */
  tasksPerWorker?: number;
}

/**
 * Why: piscina hands a worker its next task from the main thread, once that thread has taken in the
 * previous result; with one task per worker the worker sleeps while the main thread is busy (merging,
 * reading, or waiting for a core on a loaded machine). Measured over all Reuters with 2 workers: each
 * worker slept 1.7–2.1 s of 64 s with one task, 0.6–0.7 s of 82 s with two (the next task is already
 * in the worker's own port when it finishes one). More than two only holds more results back.
 */
export const DEFAULT_TASKS_PER_WORKER = 2;

/**
 * Why: without a limit V8 lets each worker's heap fill with garbage up to gigabytes before a full GC, so
 * peak memory followed GC timing rather than the corpus (0.8–1.2 GB over Reuters with 2 workers); with
 * a limit it stays flat. A worker's live set is ~60 MB after 300 Reuters articles (compromise,
 * lexicons, models, caches; ~130 MB while the city packages stayed loaded, see place-data.ts), so
 * 384 MB leaves room for long articles without constant full GCs. A document
 * too large for it kills only that worker: the build then extracts it in the main thread.
 */
export const DEFAULT_WORKER_HEAP_MB = 384;

/** A worker died on a task (typically out of heap on a huge document); the task did not run. */
export class WorkerLostError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WorkerLostError';
  }
}

/** The module each worker thread loads (dist/extract/worker-entry.cjs, which imports worker.js). */
export function workerFile(): string {
  return fileURLToPath(new URL('./worker-entry.cjs', import.meta.url));
}

/**
 * Start `threads` extraction workers. Each loads compromise, the lexicons and the NER model once.
 * `extract` rejects with WorkerLostError when the worker died on the task (the caller may retry it
 * elsewhere), with CorpgraphError for known errors, with an Error for anything else.
 * @throws CorpgraphError E_BAD_OPTION when `threads` or `tasksPerWorker` is not a positive integer, or when the compiled
 *   worker is missing (running from TypeScript sources: use `npm run build`, or `workers: 1`).
 */
export async function createExtractPool(
  threads: number,
  options: ExtractPoolOptions = {},
): Promise<ExtractPool> {
  const tasksPerWorker = options.tasksPerWorker ?? DEFAULT_TASKS_PER_WORKER;
  if (!Number.isInteger(tasksPerWorker) || tasksPerWorker < 1) {
    throw new CorpgraphError(
      'E_BAD_OPTION',
      `createExtractPool: tasksPerWorker must be a whole number ≥ 1, got ${tasksPerWorker}`,
    );
  }
  if (!Number.isInteger(threads) || threads < 1) {
    throw new CorpgraphError(
      'E_BAD_OPTION',
      `createExtractPool: threads must be a whole number ≥ 1, got ${threads}`,
    );
  }
  const filename = workerFile();
  if (!existsSync(filename)) {
    throw new CorpgraphError(
      'E_BAD_OPTION',
      `createExtractPool: no compiled worker at ${filename}; run \`npm run build\` or use one worker`,
    );
  }
  const { Piscina } = await import('piscina');
  // Why: all threads start at once and never idle out, so each loads its model exactly once.
  const pool = new Piscina<ExtractTask, ExtractDocResult[]>({
    filename,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    concurrentTasksPerWorker: tasksPerWorker,
    resourceLimits: {
      maxOldGenerationSizeMb: options.maxHeapMb ?? DEFAULT_WORKER_HEAP_MB,
      ...(options.maxYoungMb === undefined ? {} : { maxYoungGenerationSizeMb: options.maxYoungMb }),
    },
  });
  return {
    threads,
    async extractBatch(docs, options = {}) {
      let results: ExtractDocResult[];
      try {
        results = await pool.run({ docs: [...docs], options });
      } catch (error) {
        throw new WorkerLostError(`extraction worker failed: ${(error as Error)?.message ?? error}`, {
          cause: error,
        });
      }
      return results.map((result, i) => {
        if (!('error' in result)) return { doc: docs[i] as SourceDocument, sentences: [], ...result };
        const { code, message, stack } = result.error;
        if (code !== undefined) return new CorpgraphError(code as ErrorCode, message);
        // An extractor bug, not a caller mistake: keep it an ordinary error with the worker's stack.
        const error = new Error(message);
        if (stack !== undefined) error.stack = stack;
        return error;
      });
    },
    async close() {
      await pool.destroy();
    },
  };
}
