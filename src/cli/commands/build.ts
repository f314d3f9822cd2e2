// `corpgraph build <inputs...>`: articles in, graph.json (and the embedded database) out.
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { CorpgraphError } from '../../errors.js';
import type { Diagnostic } from '../../types.js';
import { type CliContext, EXIT, warn } from '../context.js';

interface BuildFlags {
  out: string;
  db: string | false;
  format: string;
  minConfidence?: string;
  fresh?: boolean;
  strict?: boolean;
  quiet?: boolean;
  maxDocumentBytes?: string;
  maxLineBytes?: string;
  workers?: string;
}

/** Inputs up to this size build in one thread: starting a worker (its models) costs more than it saves. */
export const SMALL_INPUT_BYTES = 256 * 1024;

/** Default extraction threads: one per core the process may use. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** "3 (2 empty, 1 binary)" */
export function formatSkipped(total: number, byReason: Readonly<Record<string, number>>): string {
  const reasons = Object.entries(byReason)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, n]) => `${n} ${code}`);
  return reasons.length > 0 ? `${total} skipped (${reasons.join(', ')})` : `${total} skipped`;
}

/** One stderr line for a diagnostic: `file:line: reason`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.source ? `${d.source}${d.line ? `:${d.line}` : ''}: ` : '';
  // Why: a warning about a document that was built (re-decoded, cleaned) carries its docId; one without
  // is about an input that was skipped.
  const level =
    d.severity === 'info' ? 'note' : d.severity === 'error' ? 'error' : d.docId ? 'warning' : 'skipped';
  return `${level}: ${where}${d.message}`;
}

export function registerBuild(program: Command, ctx: CliContext): void {
  program
    .command('build')
    .description('Build the graph from articles (files, folders, .jsonl, .html, .sgm, or - for stdin)')
    .argument('<inputs...>', 'files, directories or globs; - reads stdin')
    .option('-o, --out <file>', 'graph file to write', '.corpgraph/graph.json')
    .option('--db <dir>', 'embedded database directory', '.corpgraph/db')
    .option('--no-db', 'do not write the embedded database')
    .option('--format <format>', 'input format: auto|text|markdown|html|jsonl|reuters-sgml', 'auto')
    .option('--min-confidence <x>', 'drop relations below this confidence (0..1)')
    .option('--fresh', 'start from an empty graph instead of extending the existing one')
    .option('--max-document-bytes <n>', 'largest document accepted, in bytes')
    .option('--max-line-bytes <n>', 'longest JSONL line accepted, in bytes')
    .option('-w, --workers <n>', 'extraction threads (default: one per core; one for inputs under 256 KB)')
    .option('--strict', 'exit 1 when any input was skipped')
    .option('-q, --quiet', 'no progress bar and no summary')
    .addHelpText(
      'after',
      '\nExit codes: 0 ok, 1 failure, 2 finished but some inputs were skipped (each named on stderr).',
    )
    .action(async (inputs: string[], flags: BuildFlags) => {
      const minConfidence = flags.minConfidence === undefined ? undefined : Number(flags.minConfidence);
      if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1))
        throw new CorpgraphError(
          'E_BAD_OPTION',
          `build: --min-confidence must be 0..1, got "${flags.minConfidence}"`,
        );
      let workers = flags.workers === undefined ? defaultWorkers() : Number(flags.workers);
      if (!Number.isInteger(workers) || workers < 1)
        throw new CorpgraphError(
          'E_BAD_OPTION',
          `build: --workers must be a whole number ≥ 1, got "${flags.workers}"`,
        );
      const [{ buildFromInputs }, { writeGraph }, { createProgress, estimateDocuments, inputsAtMost }] =
        await Promise.all([
          import('../../pipeline.js'),
          import('../../graph/io.js'),
          import('../progress.js'),
        ]);
      // Why: a handful of articles is done before a second worker has loaded its models; an explicit
      // --workers is always obeyed (the graph is the same either way).
      if (flags.workers === undefined && workers > 1 && (await inputsAtMost(inputs, SMALL_INPUT_BYTES)))
        workers = 1;
      const progress = createProgress(ctx, flags.quiet === true);
      // Why: counting runs beside the build (it only reads bytes); the bar shows an ETA once it is known.
      void estimateDocuments(inputs, flags.format).then((n) => {
        if (n !== undefined) progress.setTotal(n);
      });
      const ingestOptions: Record<string, unknown> = { format: flags.format };
      if (flags.maxDocumentBytes) ingestOptions.maxDocumentBytes = Number(flags.maxDocumentBytes);
      if (flags.maxLineBytes) ingestOptions.maxLineBytes = Number(flags.maxLineBytes);
      // Why: take the database lock before the pipeline runs, so a second writer fails at once.
      const release =
        flags.db === false
          ? async () => {}
          : await (await import('../../store/embedded.js')).lockEmbeddedStore(flags.db);
      try {
        const summary = await buildFromInputs(inputs, {
          base: flags.out,
          fresh: flags.fresh === true,
          ...(minConfidence === undefined ? {} : { minConfidence }),
          ingest: ingestOptions,
          workers,
          onProgress: (p) => progress.update(p),
          onDiagnostic: (d) => {
            if (d.severity !== 'info' || !flags.quiet) progress.log(formatDiagnostic(d));
          },
        });
        progress.stop();
        const { findTypeConflicts, formatTypeConflict } = await import('../../graph/conflicts.js');
        if (!flags.quiet)
          for (const c of findTypeConflicts(summary.graph)) warn(ctx, `note: ${formatTypeConflict(c)}`);
        await writeGraph(summary.graph, flags.out);
        let dbNote = '';
        if (flags.db !== false) {
          const { embeddedDbFile, writeEmbeddedStore } = await import('../../store/embedded.js');
          const { existsSync } = await import('node:fs');
          // Why: the directory exists already (the lock lives in it); the database file says whether to upsert.
          const mode = existsSync(embeddedDbFile(flags.db)) && !flags.fresh ? 'upsert' : 'replace';
          const stored = await writeEmbeddedStore(summary.graph, flags.db, { mode });
          dbNote = `, database ${flags.db} (${mode}, ${stored.ms} ms)`;
        }
        if (!flags.quiet) {
          warn(
            ctx,
            `${summary.documents} documents (${summary.added} new, ${summary.unchanged} unchanged), ` +
              `${formatSkipped(summary.skipped, summary.skippedByReason)}, ` +
              `${summary.entities} entities, ${summary.relations} relations in ${(summary.ms / 1000).toFixed(1)} s ` +
              `(${summary.workers} worker${summary.workers === 1 ? '' : 's'}) → ${flags.out}${dbNote}`,
          );
        }
        if (summary.skipped > 0) ctx.exitCode = flags.strict ? EXIT.failure : EXIT.skipped;
      } finally {
        await release();
      }
    });
}
