// A pool of extraction worker threads (piscina): documents in, extractions out, one model per worker.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CorpgraphError, type ErrorCode } from '../errors.js';
import type { Extraction, SourceDocument } from '../types.js';
import type { ExtractOptions } from './index.js';
import type { ExtractTask, ExtractTaskResult } from './worker.js';

export interface ExtractPool {
  /** Number of worker threads. */
  readonly threads: number;
  /** Extract one document in a worker; resolves in completion order, so callers keep their own order. */
  extract(doc: SourceDocument, options?: ExtractOptions): Promise<Extraction>;
  /** Stop the workers (pending tasks are abandoned). */
  close(): Promise<void>;
}

/** The compiled worker module beside this file (dist/extract/worker.js). */
export function workerFile(): string {
  return fileURLToPath(new URL('./worker.js', import.meta.url));
}

/**
 * Start `threads` extraction workers. Each loads compromise, the lexicons and the NER model once.
 * @throws CorpgraphError E_BAD_OPTION when `threads` is not a positive integer, or when the compiled
 *   worker is missing (running from TypeScript sources: use `npm run build`, or `workers: 1`).
 */
export async function createExtractPool(threads: number): Promise<ExtractPool> {
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
  const pool = new Piscina<ExtractTask, ExtractTaskResult>({
    filename,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  return {
    threads,
    async extract(doc, options = {}) {
      const result = await pool.run({ doc, options });
      if ('error' in result) {
        const code = (result.error.code ?? 'E_BAD_OPTION') as ErrorCode;
        throw new CorpgraphError(code, result.error.message);
      }
      return { doc, sentences: [], ...result };
    },
    async close() {
      await pool.destroy();
    },
  };
}
