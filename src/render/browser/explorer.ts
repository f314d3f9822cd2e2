// The explorer page's entry: read the inlined graph, draw it with sigma (WebGL), wire search, filters and panel.
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { extremityArrow, layerDashed, layerPlain } from 'sigma/rendering';
import type { ViewData, ViewEdge, ViewNode } from '../view-data.js';
import { cypherContainer, mountCypherBox } from './cypher.js';
import { byId, h } from './dom.js';
import { computeVisibility, type FilterState, initialFilters, type Visibility } from './filters.js';
import { showEdge, showNode } from './panel.js';
import { createSearch } from './search.js';

/** Above this many edges, edge labels only show around the selection (keeps large graphs legible and fast). */
const EDGE_LABELS_MAX = 400;
/** Above this many edges the explorer favours speed: no dashes, edges hidden while the camera moves. */
const LARGE_GRAPH_EDGES = 5000;
const FADED_NODE = '#e4e6ea';
const FADED_EDGE = '#f1f2f4';

interface ExplorerHandle {
  ready: boolean;
  firstRenderMs?: number;
  /** Milliseconds since navigation start at each startup step. */
  timings: Record<string, number>;
  visibleEdges: number;
  visibleNodes: number;
  selectNode(key: string): void;
  /** Where a node is drawn, in pixels from the graph container's top-left (for tests and tooling). */
  nodePosition(key: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    corpgraph?: ExplorerHandle;
  }
}

function readData(): ViewData {
  const script = byId('corpgraph-data');
  return JSON.parse(script.textContent ?? '{}') as ViewData;
}

function main(): void {
  const timings: Record<string, number> = { start: Math.round(performance.now()) };
  const data = readData();
  timings.parsed = Math.round(performance.now());
  const nodesByKey = new Map<string, ViewNode>(data.nodes.map((n) => [n.key, n]));
  const edgesByKey = new Map<string, ViewEdge>(data.edges.map((e) => [e.key, e]));
  const incident = new Map<string, ViewEdge[]>();
  for (const e of data.edges) {
    for (const k of e.source === e.target ? [e.source] : [e.source, e.target]) {
      const list = incident.get(k) ?? [];
      list.push(e);
      incident.set(k, list);
    }
  }

  const graph = new MultiDirectedGraph();
  for (const n of data.nodes) {
    graph.addNode(n.key, { x: n.x, y: n.y, size: n.size, color: n.color, label: n.name });
  }
  const smallGraph = data.edges.length <= EDGE_LABELS_MAX;
  for (const e of data.edges) {
    graph.addDirectedEdgeWithKey(e.key, e.source, e.target, {
      size: e.size,
      color: e.color,
      label: e.title ? `${e.type} (${e.title})` : e.type,
    });
  }

  timings.graph = Math.round(performance.now());
  const handle: ExplorerHandle = {
    ready: false,
    timings,
    visibleEdges: data.edges.length,
    visibleNodes: data.nodes.length,
    selectNode: () => {},
    nodePosition: () => null,
  };
  window.corpgraph = handle;

  let filters: FilterState = initialFilters(data);
  let visibility: Visibility = computeVisibility(data, filters);
  let focus: Set<string> | null = null;
  let focusEdges: Set<string> | null = null;

  const formerEdges = new Set(data.edges.filter((e) => e.status === 'former').map((e) => e.key));
  const container = byId('graph');
  // Why: on large graphs every frame redraws every edge; hiding edges while the camera moves and skipping
  // the dash layer keeps panning and zooming fluid (most visibly with software WebGL).
  const large = data.edges.length > LARGE_GRAPH_EDGES;
  const sigma = new Sigma(graph, container, {
    primitives: {
      edges: {
        extremities: [extremityArrow()],
        defaultHead: 'arrow',
        // Why: former links are drawn dashed: white gaps over the plain stroke, only where gapSize > 0.
        layers: large
          ? [layerPlain()]
          : [
              layerPlain(),
              layerDashed({
                dashSize: { attribute: 'dashSize', default: 0 },
                gapSize: { attribute: 'gapSize', default: 0 },
                gapColor: '#ffffff',
                solidExtremities: true,
              }),
            ],
      },
    },
    settings: {
      // Why: sigma 4 defaults to sizes in graph units; screen pixels keep nodes readable at any graph extent.
      itemSizesReference: 'screen',
      renderEdgeLabels: true,
      enableEdgeEvents: !large,
      labelRenderedSizeThreshold: 5,
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
    },
    nodeReducer: (key, display) => {
      if (visibility.hiddenNodes.has(key)) return { ...display, visibility: 'hidden' };
      if (focus && !focus.has(key)) return { ...display, color: FADED_NODE, label: null, zIndex: 0 };
      if (focus) return { ...display, highlighted: true, zIndex: 1, labelVisibility: 'visible' };
      return display;
    },
    edgeReducer: (key, display) => {
      if (visibility.hiddenEdges.has(key)) return { ...display, visibility: 'hidden' };
      if (formerEdges.has(key)) display = { ...display, dashSize: 6, gapSize: 4 } as typeof display;
      if (focusEdges && !focusEdges.has(key))
        return { ...display, color: FADED_EDGE, label: null, zIndex: 0 };
      if (!focusEdges && !smallGraph) return { ...display, label: null };
      return focusEdges ? { ...display, zIndex: 1 } : display;
    },
  });

  timings.sigma = Math.round(performance.now());
  const status = byId('status');
  function updateStatus(): void {
    handle.visibleNodes = data.nodes.length - visibility.hiddenNodes.size;
    handle.visibleEdges = data.edges.length - visibility.hiddenEdges.size;
    status.textContent = `${handle.visibleNodes} of ${data.nodes.length} entities · ${handle.visibleEdges} of ${data.edges.length} links`;
    status.dataset.visibleEdges = String(handle.visibleEdges);
    status.dataset.visibleNodes = String(handle.visibleNodes);
  }

  const panel = byId('panel');
  const actions = {
    selectNode(key: string): void {
      const node = nodesByKey.get(key);
      if (!node) return;
      const edges = incident.get(key) ?? [];
      focus = new Set([key, ...edges.flatMap((e) => [e.source, e.target])]);
      focusEdges = new Set(edges.map((e) => e.key));
      showNode(panel, data, node, nodesByKey, edges, actions);
      sigma.refresh();
      const display = sigma.getNodeDisplayData(key);
      if (display)
        void sigma.getCamera().animate({ x: display.x, y: display.y, ratio: 0.6 }, { duration: 300 });
    },
    selectEdge(key: string): void {
      const edge = edgesByKey.get(key);
      if (!edge) return;
      focus = new Set([edge.source, edge.target]);
      focusEdges = new Set([key]);
      showEdge(panel, data, edge, nodesByKey, actions);
      sigma.refresh();
    },
    highlight(keys: Set<string>): void {
      focus = keys.size > 0 ? keys : null;
      focusEdges = null;
      if (focus) {
        focusEdges = new Set(
          data.edges.filter((e) => keys.has(e.source) && keys.has(e.target)).map((e) => e.key),
        );
      }
      sigma.refresh();
    },
    clear(): void {
      focus = null;
      focusEdges = null;
      panel.hidden = true;
      panel.replaceChildren();
      sigma.refresh();
    },
  };
  handle.selectNode = actions.selectNode;
  handle.nodePosition = (key) => {
    const display = sigma.getNodeDisplayData(key);
    return display ? sigma.framedGraphToViewport(display) : null;
  };

  sigma.on('clickNode', ({ node }) => actions.selectNode(node));
  sigma.on('clickEdge', ({ edge }) => actions.selectEdge(edge));
  sigma.on('clickStage', () => actions.clear());
  byId('reset-view').addEventListener('click', () => {
    actions.clear();
    void sigma.getCamera().reset({ duration: 250 });
  });

  mountSearch(data, actions.selectNode);
  mountFilters(data, (next) => {
    filters = next;
    const previous = visibility;
    visibility = computeVisibility(data, filters);
    updateStatus();
    // Why: only the items whose visibility flipped are re-reduced and re-uploaded, and positions did not
    // change, so sigma can skip re-indexing: a large speed-up at 20,000 edges.
    sigma.refresh({
      partialGraph: {
        nodes: symmetricDifference(previous.hiddenNodes, visibility.hiddenNodes),
        edges: symmetricDifference(previous.hiddenEdges, visibility.hiddenEdges),
      },
      skipIndexation: true,
    });
  });
  mountLegend(data);
  updateStatus();
  if (data.mode === 'serve') {
    const byName = new Map<string, string>();
    for (const n of data.nodes) if (!byName.has(n.name)) byName.set(n.name, n.key);
    const resolve = (text: string) => (nodesByKey.has(text) ? text : byName.get(text));
    mountCypherBox(cypherContainer(), resolve, (keys) => {
      actions.highlight(keys);
      panel.hidden = true;
    });
  }

  const markReady = () => {
    if (handle.ready) return;
    handle.firstRenderMs = Math.round(performance.now());
    handle.ready = true;
    document.documentElement.dataset.firstRenderMs = String(handle.firstRenderMs);
  };
  timings.ui = Math.round(performance.now());
  sigma.once('afterRender', () => {
    timings.afterRender = Math.round(performance.now());
    markReady();
  });
  // Why: sigma may have rendered inside its constructor, before the listener existed.
  requestAnimationFrame(() => requestAnimationFrame(markReady));
}

function symmetricDifference(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const k of a) if (!b.has(k)) out.push(k);
  for (const k of b) if (!a.has(k)) out.push(k);
  return out;
}

function mountSearch(data: ViewData, select: (key: string) => void): void {
  const input = byId<HTMLInputElement>('search');
  const list = byId<HTMLUListElement>('suggestions');
  const search = createSearch(data.nodes);
  const render = () => {
    const hits = search(input.value);
    list.replaceChildren(
      ...hits.map((hit) => {
        const button = h(
          'button',
          { type: 'button', class: 'suggestion', 'data-key': hit.key },
          hit.name,
          h('span', { class: 'hint' }, hit.via ? ` ${hit.label} · “${hit.via}”` : ` ${hit.label}`),
        );
        button.addEventListener('click', () => {
          input.value = hit.name;
          list.replaceChildren();
          select(hit.key);
        });
        return h('li', { role: 'option' }, button);
      }),
    );
  };
  input.addEventListener('input', render);
  // Arrow keys move between the input and the suggestions; Escape closes the list.
  list.addEventListener('keydown', (event) => {
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('.suggestion')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' && at >= 0) {
      event.preventDefault();
      buttons[Math.min(at + 1, buttons.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) input.focus();
      else buttons[at - 1]?.focus();
    } else if (event.key === 'Escape') {
      list.replaceChildren();
      input.focus();
    }
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      list.querySelector<HTMLButtonElement>('.suggestion')?.focus();
    } else if (event.key === 'Enter') {
      const first = search(input.value, 1)[0];
      if (first) {
        list.replaceChildren();
        select(first.key);
      }
    } else if (event.key === 'Escape') {
      list.replaceChildren();
    }
  });
}

function checkboxGroup(
  title: string,
  values: string[],
  colors: Record<string, string> | null,
  onChange: (checked: Set<string>) => void,
): HTMLElement {
  const checked = new Set(values);
  const fieldset = h('fieldset', { 'data-filter': title.toLowerCase() }, h('legend', {}, title));
  for (const value of values) {
    const box = h('input', { type: 'checkbox', value, checked: true, 'data-value': value });
    box.addEventListener('change', () => {
      if (box.checked) checked.add(value);
      else checked.delete(value);
      onChange(new Set(checked));
    });
    const swatch = colors?.[value]
      ? h('span', { class: 'swatch', style: `background:${colors[value]}` })
      : null;
    fieldset.append(h('label', {}, box, swatch, value));
  }
  return fieldset;
}

function mountFilters(data: ViewData, onChange: (f: FilterState) => void): void {
  const root = byId('filters');
  const state = initialFilters(data);
  const emit = () => onChange({ ...state, types: new Set(state.types), statuses: new Set(state.statuses) });
  const company = h('input', { type: 'checkbox', id: 'company-only' });
  company.addEventListener('change', () => {
    state.companyOnly = company.checked;
    emit();
  });
  const confidence = h('input', {
    type: 'range',
    id: 'min-confidence',
    min: '0',
    max: '1',
    step: '0.05',
    value: '0',
  });
  const confidenceValue = h('output', { for: 'min-confidence' }, '0%');
  confidence.addEventListener('input', () => {
    state.minConfidence = Number(confidence.value);
    confidenceValue.textContent = `${Math.round(state.minConfidence * 100)}%`;
    emit();
  });
  root.append(
    h('h2', {}, 'Filters'),
    h('label', { class: 'toggle' }, company, 'Company links only'),
    h('label', { class: 'range' }, 'Minimum confidence ', confidenceValue, confidence),
    checkboxGroup('Label', [...state.labels].sort(), data.labelColors, (s) => {
      state.labels = s;
      emit();
    }),
    checkboxGroup('Status', [...state.statuses].sort(), data.statusColors, (s) => {
      state.statuses = s;
      emit();
    }),
    checkboxGroup('Relationship', [...state.types].sort(), null, (s) => {
      state.types = s;
      emit();
    }),
  );
}

function mountLegend(data: ViewData): void {
  const legend = byId('legend');
  const item = (color: string, text: string, cls: string) =>
    h(
      'li',
      {},
      h('span', {
        class: cls,
        style: cls.includes('dashed') ? `border-color:${color}` : `background:${color}`,
      }),
      text,
    );
  legend.append(
    h('h2', {}, 'Legend'),
    h(
      'ul',
      {},
      ...Object.entries(data.labelColors).map(([label, color]) => item(color, label, 'dot')),
      ...Object.entries(data.statusColors).map(([status, color]) =>
        status === 'former'
          ? item(color, 'former link (dashed)', 'line dashed')
          : item(color, `${status} link`, 'line'),
      ),
    ),
    h('p', { class: 'hint' }, 'Size: number of links. Click an entity or a link to see its evidence.'),
  );
}

try {
  main();
} catch (error) {
  const status = document.getElementById('status');
  if (status) status.textContent = `The explorer failed to start: ${(error as Error).message}`;
  throw error;
}
