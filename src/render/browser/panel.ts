// The side panel: a node's relationships grouped by type, or one edge, each with its evidence sentences.
import type { ViewData, ViewEdge, ViewNode } from '../view-data.js';
import { h, safeHref } from './dom.js';

export interface PanelActions {
  selectNode(key: string): void;
  selectEdge(key: string): void;
}

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

function evidenceList(data: ViewData, edge: ViewEdge): HTMLElement {
  const list = h('ol', { class: 'evidence' });
  for (const ev of edge.evidence) {
    const doc = data.documents[ev.doc];
    const docName = doc?.title || doc?.uri || doc?.url || doc?.id || 'unknown document';
    const href = safeHref(doc?.url);
    const source = href
      ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, docName)
      : h('span', {}, docName);
    list.append(
      h(
        'li',
        {},
        h('blockquote', { class: 'sentence' }, ev.sentence),
        h(
          'div',
          { class: 'source' },
          source,
          doc?.published ? ` · ${doc.published}` : '',
          ` · rule ${ev.rule} · ${percent(ev.confidence)}`,
        ),
      ),
    );
  }
  return list;
}

function edgeFacts(edge: ViewEdge): string {
  const parts: string[] = [edge.status, `confidence ${percent(edge.confidence)}`];
  if (edge.title) parts.push(edge.title);
  if (edge.date) parts.push(edge.date);
  return parts.join(' · ');
}

/** Fill the panel with one node: name, label, aliases and its relationships grouped by type. */
export function showNode(
  panel: HTMLElement,
  data: ViewData,
  node: ViewNode,
  nodes: Map<string, ViewNode>,
  edges: readonly ViewEdge[],
  actions: PanelActions,
): void {
  const byType = new Map<string, ViewEdge[]>();
  for (const e of edges) {
    const list = byType.get(e.type) ?? [];
    list.push(e);
    byType.set(e.type, list);
  }
  const aliases = node.aliases.filter((a) => a !== node.name);
  const body = h(
    'div',
    { class: 'panel-body' },
    h('h2', { id: 'panel-title' }, node.name),
    h(
      'p',
      { class: 'meta' },
      h('span', { class: 'badge', style: `background:${data.labelColors[node.label]}` }, node.label),
      ` ${node.mentions} mention${node.mentions === 1 ? '' : 's'}`,
    ),
    aliases.length > 0 ? h('p', { class: 'aliases' }, `Also: ${aliases.join(', ')}`) : null,
  );
  if (byType.size === 0) body.append(h('p', { class: 'empty' }, 'No relationships.'));
  for (const type of [...byType.keys()].sort()) {
    const section = h('section', { class: 'rel-group', 'data-type': type }, h('h3', {}, type));
    const list = h('ul', {});
    for (const e of byType.get(type) ?? []) {
      const outgoing = e.source === node.key;
      const otherKey = outgoing ? e.target : e.source;
      const other = nodes.get(otherKey);
      const otherButton = h('button', { type: 'button', class: 'link' }, other?.name ?? otherKey);
      otherButton.addEventListener('click', () => actions.selectNode(otherKey));
      const edgeButton = h('button', { type: 'button', class: 'link small' }, 'details');
      edgeButton.addEventListener('click', () => actions.selectEdge(e.key));
      list.append(
        h(
          'li',
          { class: `rel status-${e.status}`, 'data-edge': e.key },
          h('div', {}, outgoing ? '→ ' : '← ', otherButton, ` (${edgeFacts(e)}) `, edgeButton),
          evidenceList(data, e),
        ),
      );
    }
    section.append(list);
    body.append(section);
  }
  panel.replaceChildren(body);
  panel.hidden = false;
}

/** Fill the panel with one edge and its evidence. */
export function showEdge(
  panel: HTMLElement,
  data: ViewData,
  edge: ViewEdge,
  nodes: Map<string, ViewNode>,
  actions: PanelActions,
): void {
  const source = nodes.get(edge.source);
  const target = nodes.get(edge.target);
  const sourceButton = h('button', { type: 'button', class: 'link' }, source?.name ?? edge.source);
  sourceButton.addEventListener('click', () => actions.selectNode(edge.source));
  const targetButton = h('button', { type: 'button', class: 'link' }, target?.name ?? edge.target);
  targetButton.addEventListener('click', () => actions.selectNode(edge.target));
  panel.replaceChildren(
    h(
      'div',
      { class: 'panel-body' },
      h('h2', { id: 'panel-title' }, edge.type),
      h('p', { class: 'endpoints' }, sourceButton, ' → ', targetButton),
      h('p', { class: `meta status-${edge.status}` }, edgeFacts(edge)),
      h('h3', {}, `Evidence (${edge.evidence.length})`),
      evidenceList(data, edge),
    ),
  );
  panel.hidden = false;
}
