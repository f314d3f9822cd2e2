// The module piscina loads in each worker thread. It is CommonJS so that piscina's `require()` of it
// never takes Node's synchronous require(esm) path, which can abort the whole process on Node 20
// ("v8::Module::IsGraphAsync must be used on an instantiated module", seen under load in the
// bad-input build tests); the ESM task module is imported asynchronously on the first task instead.
import type { ExtractDocResult, ExtractTask } from './worker.js' with { 'resolution-mode': 'import' };

type Task = (task: ExtractTask) => Promise<ExtractDocResult[]>;
let loaded: Promise<Task> | undefined;

/** Extract a batch of documents: the default export of worker.ts, loaded once per thread. */
async function extractTask(task: ExtractTask): Promise<ExtractDocResult[]> {
  loaded ??= import('./worker.js').then((m) => m.default);
  return (await loaded)(task);
}

export = extractTask;
