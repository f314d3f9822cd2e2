// `corpgraph eval`: score the extractor against a labelled dataset (P/R/F1, sweep, per-rule precision, details).
import { type Command, Option } from 'commander';
import { CorpgraphError } from '../../errors.js';
import type { CliContext } from '../context.js';

interface EvalCliOptions {
  dataset: string;
  gold: string;
  details?: string;
  minConfidence?: string;
  limit?: string;
  json?: boolean;
  sweep?: boolean;
  rules?: boolean;
  unit: 'document' | 'sentence';
  mapping?: string;
  ourSpans?: boolean;
}

function parseNumber(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new CorpgraphError(
      'E_BAD_OPTION',
      `eval: --${name} must be a number in [${min}, ${max}], got "${value}"`,
    );
  }
  return n;
}

export function registerEval(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('Score extraction against a labelled dataset: precision, recall and F1 per type and micro')
    .addOption(
      new Option('--dataset <name>', 'dataset format')
        .choices(['conll04', 'conll2003', 'knowledgenet', 'fire', 'corpgraph'])
        .makeOptionMandatory(),
    )
    .requiredOption('--gold <file>', 'labelled file in the dataset format')
    .option('--details <file>', 'write every false positive and false negative (JSON Lines)')
    .option('--min-confidence <x>', 'drop relations below this confidence (0..1)', '0')
    .option('--limit <n>', 'score only the first N examples')
    .option('--json', 'print the full report as JSON')
    .option('--sweep', 'also print the precision/recall trade-off over min-confidence 0.3..0.9')
    .option('--rules', 'also print precision per rule id (relations) and mention source (entities)')
    .addOption(
      new Option('--unit <unit>', 'CoNLL-2003: extract whole documents or single sentences')
        .choices(['document', 'sentence'])
        .default('document'),
    )
    .option('--mapping <file>', 'label mapping JSON to use instead of the built-in src/eval/mapping.json')
    .option(
      '--our-spans',
      "score our spans as they are, without the dataset's span conventions (mapping `spans`)",
    )
    .action(async (opts: EvalCliOptions) => {
      const minConfidence = parseNumber('min-confidence', opts.minConfidence, 0, 1) ?? 0;
      const limit = parseNumber('limit', opts.limit, 1, Number.MAX_SAFE_INTEGER);
      const dataset = opts.dataset as 'conll04' | 'conll2003' | 'knowledgenet' | 'fire' | 'corpgraph';
      const { readFile } = await import('node:fs/promises');
      const { readEvalDataset } = await import('../../eval/read-dataset.js');
      const { resolveMapping } = await import('../../eval/mapping.js');
      const { evaluateExamples } = await import('../../eval/run-eval.js');
      const { formatReport, formatRules, formatSweep } = await import('../../eval/format-report.js');
      const { extractDocument } = await import('../../extract/index.js');

      let override: unknown;
      if (opts.mapping !== undefined) {
        try {
          override = JSON.parse(await readFile(opts.mapping, 'utf8'));
        } catch (error) {
          throw new CorpgraphError('E_BAD_OPTION', `eval: cannot read mapping "${opts.mapping}"`, {
            cause: error,
          });
        }
      }
      const mapping = resolveMapping(dataset, override);
      if (opts.ourSpans) delete mapping.spans;
      const read = await readEvalDataset(dataset, opts.gold, { unit: opts.unit });
      const examples = limit === undefined ? read.examples : read.examples.slice(0, Math.floor(limit));
      const progress = ctx.stderrIsTTY
        ? (done: number, total: number) => {
            if (done % 20 === 0 || done === total) ctx.stderr.write(`\reval: ${done}/${total}`);
            if (done === total) ctx.stderr.write('\n');
          }
        : undefined;
      const { report, details } = evaluateExamples(
        dataset,
        examples,
        mapping,
        (doc, o) => extractDocument(doc, o),
        progress ? { minConfidence, onProgress: progress } : { minConfidence },
      );
      report.notes.unshift(...read.notes);
      if (mapping.spans) {
        const { describeSpanConventions } = await import('../../eval/span-conventions.js');
        report.notes.push(
          `dataset span conventions applied to our spans: ${describeSpanConventions(mapping.spans)}`,
        );
      }
      if (opts.details !== undefined) {
        const { writeFileAtomic } = await import('../../util/atomic-write.js');
        await writeFileAtomic(opts.details, details.map((d) => `${JSON.stringify(d)}\n`).join(''));
      }
      if (opts.json) {
        ctx.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      ctx.stdout.write(formatReport(report));
      if (opts.sweep) ctx.stdout.write(`\n${formatSweep(report)}`);
      if (opts.rules) ctx.stdout.write(`\n${formatRules(report)}`);
    });
}
