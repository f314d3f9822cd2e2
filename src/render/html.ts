// renderHtml: one self-contained HTML file (sigma.js WebGL explorer, inlined data, no network).
import { createHash } from 'node:crypto';
import type { CorpGraph } from '../types.js';
import { loadExplorerBundle } from './bundle.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { DEFAULT_RENDER_OPTIONS, type RenderOptions, validateRenderOptions } from './options.js';
import { PAGE_CSS } from './page-style.js';
import { toViewData, type ViewMode } from './view-data.js';

export interface HtmlOptions extends RenderOptions {
  /** `serve` adds the Cypher box and lets the page call its own server; default `file`. */
  mode?: ViewMode;
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Render the graph as one self-contained HTML page: a sigma.js (WebGL) explorer with search, filters, a
 * legend and an evidence panel. Positions come from ForceAtlas2 at build time, so the same graph always
 * gives the same file. Article text is only ever inlined as escaped JSON and shown via textContent; a
 * Content-Security-Policy allows just the page's own script (by hash) and no network (file mode).
 * @param graph the corporate graph (e.g. from `readGraph()`).
 * @param options title, layout iterations, mode.
 * @returns the HTML text.
 * @throws CorpgraphError E_BAD_OPTION for invalid options.
 */
export function renderHtml(graph: CorpGraph, options: HtmlOptions = {}): string {
  validateRenderOptions(options, 'renderHtml');
  const title = options.title ?? DEFAULT_RENDER_OPTIONS.title;
  const mode = options.mode ?? 'file';
  const dataOptions = {
    title,
    mode,
    ...(options.iterations === undefined ? {} : { iterations: options.iterations }),
  };
  const data = toViewData(graph, dataOptions);
  const script = loadExplorerBundle();
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    // Why: sigma and the UI set element styles; no style or script can load from elsewhere.
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    mode === 'serve' ? "connect-src 'self'" : "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // The policy is ours alone (keywords and base64 hashes): no quote or markup can occur in it.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="corpgraph">
<title>${escapeHtml(title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body class="${mode}">
<header>
<h1 id="title">${escapeHtml(title)}</h1>
<div class="search"><input id="search" type="search" placeholder="Search companies, people, places…" autocomplete="off" aria-label="Search entities"><ul id="suggestions" role="listbox"></ul></div>
<button type="button" id="reset-view">Reset view</button>
<span id="status" role="status"></span>
</header>
<main>
<aside id="sidebar"><div id="filters"></div><div id="legend"></div><div id="cypher-box" hidden></div></aside>
<div id="graph"></div>
<aside id="panel" hidden></aside>
</main>
<script type="application/json" id="corpgraph-data">${jsonForScript(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}
