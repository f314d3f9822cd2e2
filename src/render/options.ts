// Options shared by the HTML, SVG and PNG renderers, with their defaults (sigma `settings.ts` style).
import { CorpgraphError } from '../errors.js';

export interface RenderOptions {
  /** Page title and heading. */
  title?: string;
  /** ForceAtlas2 iterations; default depends on graph size (more for small graphs). */
  iterations?: number;
  /** Picture width in pixels (SVG, PNG). */
  width?: number;
  /** Picture height in pixels (SVG, PNG). */
  height?: number;
}

export const DEFAULT_RENDER_OPTIONS = {
  title: 'corpgraph explorer',
  width: 1600,
  height: 1200,
} as const;

/** Iterations used when none are given: small graphs settle fully, large ones stay fast to build. */
export function defaultIterations(order: number): number {
  if (order <= 500) return 500;
  if (order <= 2000) return 200;
  return 80;
}

/** Check caller-given options; throws E_BAD_OPTION naming the offending value. */
export function validateRenderOptions(options: RenderOptions, caller: string): void {
  const positive = (name: string, value: number | undefined, max: number) => {
    if (value === undefined) return;
    if (!Number.isInteger(value) || value < 1 || value > max) {
      throw new CorpgraphError(
        'E_BAD_OPTION',
        `${caller}: ${name} must be an integer between 1 and ${max}, got ${JSON.stringify(value)}`,
      );
    }
  };
  positive('iterations', options.iterations, 100_000);
  positive('width', options.width, 16_384);
  positive('height', options.height, 16_384);
}
