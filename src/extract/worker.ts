// Worker-thread entry for the extraction pool: a batch of documents per task; compromise, lexicons and the NER
// model load once per worker (module scope) and stay for the worker's life.
import { CorpgraphError } from '../errors.js';
import type { Diagnostic, Mention, RelationMention, SourceDocument } from '../types.js';
import { type ExtractOptions, extractDocument } from './index.js';
import { getNerModel } from './ner/index.js';
import { parseText } from './nlp.js';

// Why: piscina starts every thread when the pool is created, so loading here overlaps the models of
// all workers with the main thread's first reads; a failure resurfaces on the first task with its code.
try {
  if (!process.env.CORPGRAPH_NO_NER) getNerModel();
  parseText('Warm-up Inc. said on Monday it was based in Boston.');
} catch {
  // Reported by the first task.
}

/** What the main thread sends: a batch of documents and the extraction options. */
export interface ExtractTask {
  docs: SourceDocument[];
  options: ExtractOptions;
}

/**
 * What comes back: everything the graph needs, without the document (the main thread still has it) or
 * the sentence spans (the graph does not use them), so less crosses the thread boundary.
 */
export type ExtractDocResult =
  | { mentions: Mention[]; relations: RelationMention[]; diagnostics: Diagnostic[] }
  | { error: { code?: string; message: string; stack?: string } };

/**
 * Extract a batch of documents (run by piscina in a worker thread), one result per document.
 * Why: batches amortise the per-message cost of a task (a few % of a short article's extraction).
 */
export default async function extractTask(task: ExtractTask): Promise<ExtractDocResult[]> {
  // Why: a worker holds two tasks at once (DEFAULT_TASKS_PER_WORKER). When both wait in its port,
  // piscina starts both in one turn, and a synchronous task would run the second before the first's
  // result is posted: results came back in pairs and the worker then slept until the main thread sent
  // two more. Yielding once to the event loop lets each result go out as soon as it is ready
  // (measured: 23 of 121 results paired on 2,000 Reuters articles, none with the yield).
  await new Promise<void>((resolve) => setImmediate(resolve));
  return task.docs.map((doc) => extractOne(doc, task.options));
}

// Why: errors cross the thread boundary as plain data; structured cloning drops an Error's `code`.
function extractOne(doc: SourceDocument, options: ExtractOptions): ExtractDocResult {
  try {
    const { mentions, relations, diagnostics } = extractDocument(doc, options);
    return { mentions, relations, diagnostics };
  } catch (error) {
    if (error instanceof CorpgraphError) return { error: { code: error.code, message: error.message } };
    if (error instanceof Error) {
      return {
        error:
          error.stack === undefined
            ? { message: error.message }
            : { message: error.message, stack: error.stack },
      };
    }
    return { error: { message: String(error) } };
  }
}
