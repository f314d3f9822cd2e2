// The local explorer server: the explorer page plus a read-only Cypher endpoint, on node:http, no file serving.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CorpgraphError } from '../errors.js';
import { isWriteQuery } from '../query/read-only.js';
import { DEFAULT_QUERIES_DIR, isNeo4jTwin, listQueryScripts, parseScriptHeader } from '../query/scripts.js';
import { renderHtml } from '../render/html.js';
import type { GraphStore } from '../store/types.js';
import type { CorpGraph } from '../types.js';

export interface ServeOptions {
  graph: CorpGraph;
  /** The database the Cypher box queries; without one, the box reports that there is none. */
  store?: GraphStore;
  /** Default 127.0.0.1 (this machine only). */
  host?: string;
  /** Default 7474; 0 picks a free port. */
  port?: number;
  title?: string;
  /** Where the drop-down's scripts come from (default: the package's queries/). */
  queriesDir?: string;
}

export const DEFAULT_SERVE_OPTIONS = { host: '127.0.0.1', port: 7474 } as const;

/** Largest query request body accepted. */
const MAX_BODY = 64 * 1024;

export interface ExplorerServer {
  server: Server;
  /** e.g. http://127.0.0.1:7474/ */
  url: string;
  close(): Promise<void>;
}

interface QueryScriptView {
  name: string;
  description: string;
  params: Record<string, unknown>;
  cypher: string;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
} as const;

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    ...extra,
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/** Host names a browser may use to reach a loopback server (anything else is DNS rebinding). */
function allowedHost(header: string | undefined, boundHost: string): boolean {
  if (!isLoopback(boundHost)) return true;
  if (!header) return false;
  const name = header.startsWith('[') ? header.slice(1, header.indexOf(']')) : (header.split(':')[0] ?? '');
  return isLoopback(name);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function loadScripts(dir: string): Promise<QueryScriptView[]> {
  let scripts: Awaited<ReturnType<typeof listQueryScripts>>;
  try {
    scripts = await listQueryScripts(dir);
  } catch {
    return [];
  }
  const out: QueryScriptView[] = [];
  for (const script of scripts) {
    // Why: the explorer queries the embedded engine; Neo4j-dialect twins would only confuse the list.
    if (isNeo4jTwin(script.file)) continue;
    const cypher = await readFile(script.file, 'utf8');
    const header = parseScriptHeader(cypher);
    const params: Record<string, unknown> = {};
    for (const name of header.params) params[name] = header.defaults[name] ?? '';
    out.push({ name: script.name, description: header.description, params, cypher });
  }
  return out;
}

/**
 * Start the explorer server. Routes: `GET /` (the explorer), `GET /api/queries` (the queries/ scripts),
 * `POST /api/query` (`{cypher, params}` → `{columns, rows}`; writing statements get 403). Nothing else is
 * served: there is no file system access, so no path can reach another file.
 * @throws CorpgraphError E_BAD_OPTION when the port is taken or invalid.
 */
export async function startExplorerServer(options: ServeOptions): Promise<ExplorerServer> {
  const host = options.host ?? DEFAULT_SERVE_OPTIONS.host;
  const port = options.port ?? DEFAULT_SERVE_OPTIONS.port;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new CorpgraphError('E_BAD_OPTION', `serve: --port must be 0–65535, got ${JSON.stringify(port)}`);
  }
  const html = renderHtml(options.graph, {
    mode: 'serve',
    ...(options.title ? { title: options.title } : {}),
  });
  const scripts = await loadScripts(options.queriesDir ?? DEFAULT_QUERIES_DIR);
  const { store } = options;
  // Why: one query at a time on the shared connection; the engine's connection is not re-entrant.
  let queue: Promise<unknown> = Promise.resolve();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!allowedHost(req.headers.host, host))
      return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden host\n');
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/' || path === '/index.html') {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, 'text/plain', 'Method not allowed\n', { allow: 'GET' });
      return send(res, 200, 'text/html; charset=utf-8', html);
    }
    if (path === '/api/queries') {
      if (req.method !== 'GET') return send(res, 405, 'text/plain', 'Method not allowed\n', { allow: 'GET' });
      return sendJson(res, 200, { queries: store ? scripts : [], database: Boolean(store) });
    }
    if (path === '/api/query') {
      if (req.method !== 'POST')
        return send(res, 405, 'text/plain', 'Method not allowed\n', { allow: 'POST' });
      // Why: a JSON content type cannot be sent cross-site without a CORS preflight, which we never grant.
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendJson(res, 415, { error: 'Send the query as application/json.' });
      }
      const body = await readBody(req);
      if (body === null) return sendJson(res, 413, { error: `Query too large (over ${MAX_BODY} bytes).` });
      let request: { cypher?: unknown; params?: unknown };
      try {
        request = JSON.parse(body) as typeof request;
      } catch {
        return sendJson(res, 400, { error: 'The request is not valid JSON.' });
      }
      const cypher = typeof request.cypher === 'string' ? request.cypher : '';
      const params =
        request.params && typeof request.params === 'object'
          ? (request.params as Record<string, unknown>)
          : {};
      if (!cypher.trim()) return sendJson(res, 400, { error: 'Type a Cypher query.' });
      if (isWriteQuery(cypher)) {
        return sendJson(res, 403, {
          error: 'Refused: this statement writes (CREATE, MERGE, SET, DELETE, …). The explorer is read-only.',
        });
      }
      if (!store) {
        return sendJson(res, 503, {
          error: 'No database: build one with `corpgraph load`, then `corpgraph serve --db DIR`.',
        });
      }
      const run = queue.then(() => store.query(cypher, params));
      queue = run.catch(() => undefined);
      try {
        return sendJson(res, 200, await run);
      } catch (error) {
        return sendJson(res, 400, { error: (error as Error).message });
      }
    }
    return send(res, 404, 'text/plain; charset=utf-8', 'Not found\n');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: (error as Error).message ?? 'internal error' });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new CorpgraphError(
          'E_BAD_OPTION',
          error.code === 'EADDRINUSE'
            ? `serve: port ${port} on ${host} is in use; pick another with --port`
            : `serve: cannot listen on ${host}:${port} (${error.message})`,
          { cause: error },
        ),
      );
    });
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${shownHost}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
