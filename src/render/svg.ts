// renderSvg: a static SVG picture (graphology-svg) with the explorer's colours, sizes and a legend.
import { createRequire } from 'node:module';
import { MultiDirectedGraph } from 'graphology';
import type { CorpGraph } from '../types.js';
import { escapeHtml } from './escape.js';
import { computeLayout } from './layout.js';
import { DEFAULT_RENDER_OPTIONS, type RenderOptions, validateRenderOptions } from './options.js';
import { LABEL_COLORS, nodeSize, STATUS_COLORS } from './palette.js';

interface SvgSettings {
  width: number;
  height: number;
  margin: number;
  nodes: { reducer: null; defaultColor: string };
  edges: { reducer: null; defaultColor: string };
}
type SvgRenderer = (graph: MultiDirectedGraph, settings: SvgSettings) => string;
// Why: graphology-svg ships CommonJS without typings; its renderer returns the SVG text (no file write).
const renderSvgText = createRequire(import.meta.url)('graphology-svg/renderer.js') as SvgRenderer;

const MARGIN = 40;

/**
 * Render the graph as a static SVG (ForceAtlas2 layout, nodes coloured by label and sized by degree, edges
 * coloured by status, a legend). Names are XML-escaped by graphology-svg.
 * @throws CorpgraphError E_BAD_OPTION for invalid sizes.
 */
export function renderSvg(graph: CorpGraph, options: RenderOptions = {}): string {
  validateRenderOptions(options, 'renderSvg');
  const width = options.width ?? DEFAULT_RENDER_OPTIONS.width;
  const height = options.height ?? DEFAULT_RENDER_OPTIONS.height;
  const positions = computeLayout(graph, options.iterations);
  const picture = new MultiDirectedGraph();
  const keys = graph.nodes().sort();
  const unit = Math.min(width, height) / 900;
  const drawHeight = height - 40;
  const radius = new Map(keys.map((key) => [key, nodeSize(graph.degree(key)) * unit]));
  // Why: graphology-svg multiplies sizes by its layout-to-pixels ratio; divide by the same ratio first so
  // radii come out in pixels.
  const ratio = svgRatio(keys, positions, radius, width, drawHeight);
  for (const key of keys) {
    const a = graph.getNodeAttributes(key);
    const p = positions.get(key) ?? { x: 0, y: 0 };
    picture.addNode(key, {
      x: p.x,
      // Why: SVG y grows downwards; flip so the picture matches the interactive view.
      y: -p.y,
      size: (radius.get(key) ?? 1) / ratio,
      color: LABEL_COLORS[a.label] ?? '#999999',
      label: a.name,
    });
  }
  for (const key of graph.edges().sort()) {
    const a = graph.getEdgeAttributes(key);
    picture.addDirectedEdgeWithKey(key, graph.source(key), graph.target(key), {
      color: STATUS_COLORS[a.status] ?? STATUS_COLORS.current,
      size: 1,
    });
  }
  if (picture.order === 0) return emptySvg(width, height);
  const drawn = renderSvgText(picture, {
    width,
    height: drawHeight,
    margin: MARGIN,
    nodes: { reducer: null, defaultColor: '#999' },
    edges: { reducer: null, defaultColor: '#ccc' },
  });
  // graphology-svg sets each label's font size to its node's radius; one readable size reads better.
  const svg = drawn.replace(/font-size="[^"]*"/g, `font-size="${round(12 * unit)}"`);
  return fixRoot(svg, width, height).replace('</svg>', `${legend(height)}</svg>`);
}

/** The scale graphology-svg applies (its helpers.reduceNodes): fit the size-weighted spread into the frame. */
function svgRatio(
  keys: readonly string[],
  positions: Map<string, { x: number; y: number }>,
  radius: Map<string, number>,
  width: number,
  height: number,
): number {
  let cx = 0;
  let cy = 0;
  let total = 0;
  for (const key of keys) {
    const p = positions.get(key) ?? { x: 0, y: 0 };
    const w = radius.get(key) ?? 1;
    cx += w * p.x;
    cy += w * -p.y;
    total += w;
  }
  cx /= total || 1;
  cy /= total || 1;
  let dMax = 0;
  for (const key of keys) {
    const p = positions.get(key) ?? { x: 0, y: 0 };
    dMax = Math.max(dMax, (p.x - cx) ** 2 + (-p.y - cy) ** 2);
  }
  const ratio = (Math.min(width, height) - 2 * MARGIN) / (2 * Math.sqrt(dMax));
  return Number.isFinite(ratio) && ratio > 0 ? ratio : 1;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

// graphology-svg writes `height=" N"` and sizes the viewBox to the drawing; give the legend room below it.
function fixRoot(svg: string, width: number, height: number): string {
  return svg.replace(
    /<svg [^>]*>/,
    `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" version="1.1" xmlns="http://www.w3.org/2000/svg"><rect width="100%" height="100%" fill="#ffffff"/>`,
  );
}

function legend(height: number): string {
  const items: string[] = [];
  let x = 16;
  const y = height - 16;
  for (const [label, color] of Object.entries(LABEL_COLORS)) {
    items.push(`<circle cx="${x + 6}" cy="${y - 4}" r="6" fill="${color}"/>`);
    items.push(
      `<text x="${x + 16}" y="${y}" font-family="sans-serif" font-size="13">${escapeHtml(label)}</text>`,
    );
    x += 120;
  }
  for (const [status, color] of Object.entries(STATUS_COLORS)) {
    items.push(
      `<line x1="${x}" y1="${y - 4}" x2="${x + 22}" y2="${y - 4}" stroke="${color}" stroke-width="3"/>`,
    );
    items.push(
      `<text x="${x + 28}" y="${y}" font-family="sans-serif" font-size="13">${escapeHtml(status)}</text>`,
    );
    x += 110;
  }
  return `<g class="legend">${items.join('')}</g>`;
}

function emptySvg(width: number, height: number): string {
  return `<?xml version="1.0" encoding="utf-8"?><svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" version="1.1" xmlns="http://www.w3.org/2000/svg"><rect width="100%" height="100%" fill="#ffffff"/><text x="20" y="40" font-family="sans-serif" font-size="16">Empty graph</text>${legend(height)}</svg>`;
}
