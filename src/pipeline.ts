// The stages composed: ingest → extract (+ resolve) → graph, incrementally over an existing graph.json,
// in this thread or across a pool of worker threads (same graph either way).
import { existsSync } from 'node:fs';
import { CorpgraphError } from './errors.js';
import type { ExtractOptions } from './extract/index.js';
import { type ExtractPool, WorkerLostError } from './extract/pool.js';
import { addExtraction, hasDocument } from './graph/build.js';
import { createGraph } from './graph/create.js';
import { readGraph } from './graph/io.js';
import { type IngestItem, type IngestOptions, ingest } from './ingest/index.js';
import type { CorpGraph, Diagnostic, Extraction, SourceDocument } from './types.js';

export interface BuildOptions {
  /** Existing graph.json to extend (incremental); ignored when absent. */
  base?: string;
  /** Start from an empty graph even when `base` exists. */
  fresh?: boolean;
  minConfidence?: number;
  ingest?: IngestOptions;
  /**
   * Extraction threads. 1 (the default) extracts in this thread; N > 1 starts N worker threads (needs
   * the compiled build). The graph is identical, byte for byte, whatever the number.
   */
  workers?: number;
  /** Documents extracted ahead of the merge, per worker (bounds memory with `queueBytes`); default 32. */
  queuePerWorker?: number;
  /** Most text (UTF-16 code units) held ahead of the merge at once; default 32 Mi. */
  queueBytes?: number;
  /** Documents sent to a worker in one task (fewer when they are long); default 8. */
  batchDocuments?: number;
  /** Old-generation heap limit of each worker in MB (default DEFAULT_WORKER_HEAP_MB, 384). */
  workerHeapMb?: number;
  /** Young-generation size of each worker in MB (default: V8's own). */
  workerYoungMb?: number;
  /** Batches handed to each worker at once (default DEFAULT_TASKS_PER_WORKER, 2). */
  workerTasks?: number;
  /** Called after each input item (for progress). */
  onProgress?: (progress: BuildProgress) => void;
  /** Called with every diagnostic as it happens (skips, warnings). */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
}

export const DEFAULT_BUILD_OPTIONS = {
  workers: 1,
  queuePerWorker: 32,
  queueBytes: 32 * 1024 * 1024,
  batchDocuments: 8,
} as const;

/** A batch is sent once its texts reach this many code units, even with fewer documents. */
const BATCH_CHARS = 64 * 1024;

export interface BuildProgress {
  /** Documents read (new and unchanged). */
  documents: number;
  added: number;
  unchanged: number;
  /** Inputs skipped as errors or warnings (unreadable, empty, binary, too large…). */
  skipped: number;
  /** Whitespace-separated words in the documents read. */
  words: number;
}

export interface BuildSummary extends BuildProgress {
  graph: CorpGraph;
  diagnostics: Diagnostic[];
  /** Skipped inputs counted by diagnostic code (`empty`, `binary`, `not-found`, …). */
  skippedByReason: Record<string, number>;
  entities: number;
  relations: number;
  /** Worker threads used (1: this thread). */
  workers: number;
  ms: number;
}

function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 255 && /\s/u.test(text[i] ?? ''));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** One input item waiting its turn to be merged, with its extraction running in a worker. */
interface Slot {
  item: IngestItem;
  /** Already in the graph or earlier in this run: counted unchanged, not extracted. */
  known?: boolean;
  pending?: Promise<Extraction>;
}

/**
 * Build (or extend) a corporate graph from inputs: files, folders, JSONL collections, Reuters SGML or
 * `-`. Documents already in the base graph (same content hash) are recognised and left alone; bad
 * inputs become diagnostics and the batch goes on. Inputs stream: at most `workers × queuePerWorker`
 * documents are held at once, and results merge in input order, so the graph does not depend on
 * `workers`.
 * @throws CorpgraphError E_BAD_OPTION for a bad `workers`; E_BAD_GRAPH / E_GRAPH_NOT_FOUND for `base`.
 */
export async function buildFromInputs(
  inputs: readonly string[],
  options: BuildOptions = {},
): Promise<BuildSummary> {
  const started = performance.now();
  const workers = options.workers ?? DEFAULT_BUILD_OPTIONS.workers;
  if (!Number.isInteger(workers) || workers < 1) {
    throw new CorpgraphError(
      'E_BAD_OPTION',
      `buildFromInputs: workers must be a whole number ≥ 1, got ${workers}`,
    );
  }
  const progress: BuildProgress = { documents: 0, added: 0, unchanged: 0, skipped: 0, words: 0 };
  const diagnostics: Diagnostic[] = [];
  const skippedByReason: Record<string, number> = {};
  const report = (d: Diagnostic): void => {
    diagnostics.push(d);
    options.onDiagnostic?.(d);
  };
  const extractOptions: ExtractOptions =
    options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence };

  // Why: with a pool, the main thread only ingests and merges; it never loads compromise, the
  // lexicons or the NER model (hundreds of MB over the workers' own copies).
  let pool: ExtractPool | undefined;
  let extractDocument: typeof import('./extract/index.js').extractDocument | undefined;
  if (workers > 1) {
    const { createExtractPool } = await import('./extract/pool.js');
    pool = await createExtractPool(workers, {
      ...(options.workerHeapMb === undefined ? {} : { maxHeapMb: options.workerHeapMb }),
      ...(options.workerYoungMb === undefined ? {} : { maxYoungMb: options.workerYoungMb }),
      ...(options.workerTasks === undefined ? {} : { tasksPerWorker: options.workerTasks }),
    });
  }
  // Why: read after the pool starts, so the workers load their models (about a second each) while this
  // thread reads a large base graph.
  let graph: CorpGraph;
  try {
    graph =
      options.base && !options.fresh && existsSync(options.base)
        ? await readGraph(options.base)
        : createGraph();
  } catch (error) {
    await pool?.close();
    throw error;
  }
  if (!pool) ({ extractDocument } = await import('./extract/index.js'));
  const extractHere = async (doc: SourceDocument): Promise<Extraction> => {
    extractDocument ??= (await import('./extract/index.js')).extractDocument;
    return extractDocument(doc, extractOptions);
  };
  const limit = pool ? workers * (options.queuePerWorker ?? DEFAULT_BUILD_OPTIONS.queuePerWorker) : 0;
  const limitChars = options.queueBytes ?? DEFAULT_BUILD_OPTIONS.queueBytes;
  const batchDocuments = Math.max(1, options.batchDocuments ?? DEFAULT_BUILD_OPTIONS.batchDocuments);
  let queuedChars = 0;
  // The batch being filled: documents not yet sent to a worker, and their slots.
  let open: { slots: Slot[]; chars: number } | undefined;
  const flush = (): void => {
    if (!open || !pool) return;
    const { slots } = open;
    open = undefined;
    const batch = pool.extractBatch(
      slots.map((slot) => (slot.item as { doc: SourceDocument }).doc),
      extractOptions,
    );
    slots.forEach((slot, i) => {
      slot.pending = batch.then((results) => {
        const result = results[i];
        if (result === undefined || result instanceof Error) throw result;
        return result;
      });
      // Why: a failure is raised when its turn to merge comes; until then it must not count as unhandled.
      slot.pending.catch(() => undefined);
    });
  };
  // Ids dispatched but not merged yet: a repeated document is then recognised as in the graph already.
  const inFlight = new Set<string>();

  const merge = async (slot: Slot): Promise<void> => {
    const { item } = slot;
    if (item.kind === 'skipped') {
      if (item.diagnostic.severity !== 'info') {
        progress.skipped++;
        skippedByReason[item.diagnostic.code] = (skippedByReason[item.diagnostic.code] ?? 0) + 1;
      }
      report(item.diagnostic);
    } else {
      for (const d of item.diagnostics ?? []) report(d);
      progress.documents++;
      progress.words += countWords(item.doc.text);
      if (slot.known || (!slot.pending && hasDocument(graph, item.doc.id))) progress.unchanged++;
      else {
        let extraction: Extraction;
        try {
          extraction = await (slot.pending ?? extractHere(item.doc));
        } catch (error) {
          if (!(error instanceof WorkerLostError)) throw error;
          // Why: a worker dies when a document outgrows its heap; this thread has the default heap,
          // and the extraction is the same function, so the graph does not change.
          report({
            severity: 'info',
            stage: 'extract',
            code: 'worker-lost',
            message: `extracted in the main thread: ${error.message}`,
            docId: item.doc.id,
            ...(item.doc.uri === undefined ? {} : { source: item.doc.uri }),
          });
          extraction = await extractHere(item.doc);
        }
        inFlight.delete(item.doc.id);
        for (const d of extraction.diagnostics) report(d);
        if (addExtraction(graph, extraction)) progress.added++;
        else progress.unchanged++;
      }
    }
    options.onProgress?.(progress);
  };

  const queue: Slot[] = [];
  let done = false;
  try {
    for await (const item of ingest(inputs, options.ingest)) {
      const slot: Slot = { item };
      if (pool && item.kind === 'document') {
        const { id } = item.doc;
        if (hasDocument(graph, id) || inFlight.has(id)) slot.known = true;
        else {
          inFlight.add(id);
          open ??= { slots: [], chars: 0 };
          open.slots.push(slot);
          open.chars += item.doc.text.length;
          if (open.slots.length >= batchDocuments || open.chars >= BATCH_CHARS) flush();
        }
      }
      queue.push(slot);
      queuedChars += item.kind === 'document' ? item.doc.text.length : 0;
      while (queue.length > limit || (queue.length > 1 && queuedChars > limitChars)) {
        const head = queue.shift() as Slot;
        // Why: the head must be on its way to a worker before we wait for it.
        if (open?.slots.includes(head)) flush();
        queuedChars -= head.item.kind === 'document' ? head.item.doc.text.length : 0;
        await merge(head);
      }
    }
    flush();
    while (queue.length > 0) await merge(queue.shift() as Slot);
    done = true;
  } finally {
    // Why: every result is in, so the workers have nothing left to give; stopping them takes 0.15 s
    // (each isolate's last GC and teardown, on the workers' threads), which the caller's next steps
    // (writing graph.json) overlap. After a failure the pool is closed before the error surfaces.
    if (done) void pool?.close().catch(() => undefined);
    else await pool?.close();
  }
  return {
    ...progress,
    graph,
    diagnostics,
    skippedByReason,
    entities: graph.order,
    relations: graph.size,
    workers,
    ms: Math.round(performance.now() - started),
  };
}
