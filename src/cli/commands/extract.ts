// `corpgraph extract --jsonl`: the extraction contract over stdin (or --input) to stdout.
import type { Command } from 'commander';
import { CorpgraphError } from '../../errors.js';
import type { CliContext } from '../context.js';

interface ExtractFlags {
  jsonl?: boolean;
  input?: string;
  minConfidence?: string;
}

export function registerExtract(program: Command, ctx: CliContext): void {
  program
    .command('extract')
    .description('Extract entities and relations: JSON Lines in ({id, text}), JSON Lines out (see docs)')
    .option('--jsonl', 'JSON Lines mode (the extraction contract; the default and only mode)')
    .option('-i, --input <file>', 'read this file instead of stdin')
    .option('--min-confidence <x>', 'drop relations below this confidence (0..1)')
    .action(async (flags: ExtractFlags) => {
      const { createReadStream } = await import('node:fs');
      const { createInterface } = await import('node:readline');
      const { extractJsonlLine } = await import('../../extract/jsonl.js');
      const minConfidence = flags.minConfidence === undefined ? 0 : Number(flags.minConfidence);
      if (!(minConfidence >= 0 && minConfidence <= 1))
        throw new CorpgraphError(
          'E_BAD_OPTION',
          `extract: --min-confidence must be 0..1, got "${flags.minConfidence}"`,
        );
      const input = flags.input ? createReadStream(flags.input) : process.stdin;
      if (flags.input) {
        await new Promise<void>((resolve, reject) => {
          input.once('open', () => resolve());
          input.once('error', (e: Error) =>
            reject(
              new CorpgraphError('E_INPUT_NOT_FOUND', `extract: cannot read ${flags.input} (${e.message})`),
            ),
          );
        });
      }
      let n = 0;
      for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
        n++;
        if (line.trim() === '') continue;
        const out = extractJsonlLine(line, n, { minConfidence });
        if ('error' in out) ctx.stderr.write(`corpgraph: ${flags.input ?? 'stdin'}: ${out.error}\n`);
        if (!ctx.stdout.write(`${JSON.stringify(out)}\n`))
          await new Promise((r) => ctx.stdout.once('drain', r));
      }
    });
}
