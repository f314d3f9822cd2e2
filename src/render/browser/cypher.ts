// The Cypher box of `corpgraph serve`: pick a queries/ script or type Cypher, run it read-only, see a table.
import { byId, h } from './dom.js';

interface QueryScript {
  name: string;
  description?: string;
  cypher: string;
  params: Record<string, unknown>;
}

interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
}

/** Every graph node found in a result cell: strings that are node keys or names, at any depth. */
export function collectNodeKeys(
  value: unknown,
  resolve: (text: string) => string | undefined,
  into: Set<string>,
): void {
  if (typeof value === 'string') {
    const key = resolve(value);
    if (key !== undefined) into.add(key);
  } else if (Array.isArray(value)) {
    for (const v of value) collectNodeKeys(v, resolve, into);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) collectNodeKeys(v, resolve, into);
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Build the Cypher box; `onResult` gets the node keys a result mentions (to highlight them). */
export function mountCypherBox(
  container: HTMLElement,
  resolve: (text: string) => string | undefined,
  onResult: (keys: Set<string>) => void,
): void {
  const select = h(
    'select',
    { id: 'query-script', 'aria-label': 'Saved queries' },
    h('option', { value: '' }, 'Saved queries…'),
  );
  const text = h('textarea', { id: 'cypher', rows: '5', spellcheck: 'false', 'aria-label': 'Cypher query' });
  text.value = 'MATCH (n) RETURN n LIMIT 25';
  const params = h('textarea', {
    id: 'cypher-params',
    rows: '2',
    spellcheck: 'false',
    'aria-label': 'Parameters (JSON)',
  });
  params.value = '{}';
  const run = h('button', { type: 'button', id: 'cypher-run' }, 'Run');
  const status = h('p', { id: 'cypher-status', class: 'status', role: 'status' });
  const result = h('div', { id: 'cypher-result', class: 'result' });
  container.append(
    h('h2', {}, 'Cypher (read-only)'),
    select,
    text,
    h('label', { for: 'cypher-params' }, 'Parameters (JSON)'),
    params,
    run,
    status,
    result,
  );
  container.hidden = false;

  let scripts: QueryScript[] = [];
  fetch('api/queries')
    .then((r) => r.json() as Promise<{ queries: QueryScript[]; database: boolean }>)
    .then((body) => {
      scripts = body.queries;
      if (!body.database) status.textContent = 'No database loaded: only the picture is available.';
      for (const s of scripts) {
        const option = h(
          'option',
          { value: s.name },
          s.description ? `${s.name} — ${s.description}` : s.name,
        );
        select.append(option);
      }
      container.dataset.scripts = String(scripts.length);
    })
    .catch(() => {
      status.textContent = 'Could not load the saved queries.';
    });

  select.addEventListener('change', () => {
    const script = scripts.find((s) => s.name === select.value);
    if (!script) return;
    text.value = script.cypher;
    params.value = JSON.stringify(script.params, null, 1);
  });

  run.addEventListener('click', async () => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(params.value || '{}');
    } catch {
      status.textContent = 'Parameters are not valid JSON.';
      return;
    }
    status.textContent = 'Running…';
    result.replaceChildren();
    try {
      const response = await fetch('api/query', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ cypher: text.value, params: parsed }),
      });
      const body = (await response.json()) as QueryResult & { error?: string };
      if (!response.ok) {
        status.textContent = body.error ?? `Query failed (HTTP ${response.status}).`;
        status.dataset.code = String(response.status);
        return;
      }
      status.dataset.code = '200';
      status.textContent = `${body.rows.length} row${body.rows.length === 1 ? '' : 's'}`;
      const table = h('table', { id: 'cypher-table' });
      table.append(h('thead', {}, h('tr', {}, ...body.columns.map((c) => h('th', {}, c)))));
      const tbody = h('tbody');
      const keys = new Set<string>();
      for (const row of body.rows) {
        tbody.append(h('tr', {}, ...body.columns.map((c) => h('td', {}, cellText(row[c])))));
        collectNodeKeys(row, resolve, keys);
      }
      table.append(tbody);
      result.append(table);
      onResult(keys);
      status.textContent += keys.size > 0 ? ` · ${keys.size} highlighted` : '';
    } catch (error) {
      status.textContent = `Query failed: ${(error as Error).message}`;
    }
  });
}

/** The page's Cypher container, when the page has one. */
export function cypherContainer(): HTMLElement {
  return byId('cypher-box');
}
