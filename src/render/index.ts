// Render the corporate graph: a self-contained interactive HTML explorer, or a static SVG/PNG picture.
export { CHROMIUM_ARGS, findChromium, launchChromium } from './browser-launch.js';
export { escapeHtml, jsonForScript } from './escape.js';
export { type HtmlOptions, renderHtml } from './html.js';
export { computeLayout, type Position } from './layout.js';
export { DEFAULT_RENDER_OPTIONS, type RenderOptions } from './options.js';
export { LABEL_COLORS, STATUS_COLORS } from './palette.js';
export { renderPng } from './png.js';
export { renderSvg } from './svg.js';
export { toViewData, type ViewData, type ViewEdge, type ViewMode, type ViewNode } from './view-data.js';
