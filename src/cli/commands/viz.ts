// `corpgraph viz [graph.json] [--out FILE] [--format html|svg|png] [--open]`: the explorer page or a static picture.
import type { Command } from 'commander';
import { CorpgraphError } from '../../errors.js';
import type { CliContext } from '../context.js';

interface VizCliOptions {
  out?: string;
  format: string;
  open?: boolean;
  title?: string;
  width?: string;
  height?: string;
  iterations?: string;
}

const FORMATS = ['html', 'svg', 'png'] as const;
type VizFormat = (typeof FORMATS)[number];

function whole(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new CorpgraphError('E_BAD_OPTION', `viz: ${name} must be a whole number ≥ 1, got "${value}"`);
  }
  return n;
}

/** Open a file with the desktop's default application (best effort, never waits). */
async function openFile(file: string, ctx: CliContext): Promise<void> {
  const { spawn } = await import('node:child_process');
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [file]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', file]]
        : ['xdg-open', [file]];
  const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
  child.on('error', () => ctx.stderr.write(`corpgraph: viz: could not open ${file} (no ${command})\n`));
  child.unref();
}

export function registerViz(program: Command, ctx: CliContext): void {
  program
    .command('viz')
    .description('draw the graph: a self-contained interactive HTML explorer, or an SVG/PNG picture')
    .argument('[graph]', 'graph.json to read', '.corpgraph/graph.json')
    .option('-o, --out <file>', 'where to write (default graph.<format>; "-" for stdout, html/svg only)')
    .option('-f, --format <format>', `html, svg or png`, 'html')
    .option('--open', 'open the result with the default application')
    .option('--title <text>', 'page title')
    .option('--width <px>', 'picture width (svg, png)')
    .option('--height <px>', 'picture height (svg, png)')
    .option('--iterations <n>', 'ForceAtlas2 iterations (default depends on graph size)')
    .action(async (file: string, options: VizCliOptions) => {
      const format = options.format as VizFormat;
      if (!FORMATS.includes(format)) {
        throw new CorpgraphError(
          'E_BAD_OPTION',
          `viz: --format must be html, svg or png, got "${options.format}"`,
        );
      }
      const out = options.out ?? `graph.${format}`;
      if (out === '-' && format === 'png') {
        throw new CorpgraphError('E_BAD_OPTION', 'viz: a PNG cannot go to stdout; give --out FILE.png');
      }
      if (out === '-' && options.open) {
        throw new CorpgraphError('E_BAD_OPTION', 'viz: --open needs a file; give --out FILE');
      }
      const renderOptions = {
        ...(options.title === undefined ? {} : { title: options.title }),
        ...(options.width === undefined ? {} : { width: whole('--width', options.width)! }),
        ...(options.height === undefined ? {} : { height: whole('--height', options.height)! }),
        ...(options.iterations === undefined
          ? {}
          : { iterations: whole('--iterations', options.iterations)! }),
      };
      const { readGraph } = await import('../../graph/io.js');
      const graph = await readGraph(file);
      const render = await import('../../render/index.js');
      const content: string | Uint8Array =
        format === 'html'
          ? render.renderHtml(graph, renderOptions)
          : format === 'svg'
            ? render.renderSvg(graph, renderOptions)
            : await render.renderPng(graph, renderOptions);
      if (out === '-') {
        ctx.stdout.write(content);
        return;
      }
      const { writeFileAtomic } = await import('../../util/atomic-write.js');
      await writeFileAtomic(out, content);
      ctx.stderr.write(`corpgraph: viz: wrote ${out} (${graph.order} entities, ${graph.size} links)\n`);
      if (options.open) await openFile(out, ctx);
    });
}
