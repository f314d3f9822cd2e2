// JSONL collections: one article per line, streamed; a broken line is one diagnostic and the rest continues.
import type { Diagnostic, SourceDocument } from '../types.js';
import { decodeBytes } from './decode.js';
import { ingestDiagnostic } from './diagnostics.js';
import { ingestHtml, isDiagnostic } from './html.js';
import { readLines } from './line-reader.js';
import { type DocumentMeta, ingestText } from './text.js';

/** What one JSONL line yields: a document (with any warnings) or a diagnostic. */
export type JsonlItem = { doc: SourceDocument; diagnostics: Diagnostic[] } | { diagnostic: Diagnostic };

export interface JsonlReadOptions {
  /** The collection's name in uris and diagnostics (a path, or `-`). */
  source: string;
  maxLineBytes: number;
  maxDocumentBytes: number;
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * Turn one parsed JSONL record into a document. Fields: `text` or `html` (required), `id`, `title`,
 * `url`, `published`, `byline`/`author`. Never throws.
 * @param record the parsed JSON value
 * @param where source and line, for the uri and diagnostics
 */
export function ingestRecord(
  record: unknown,
  where: { source: string; line: number; maxDocumentBytes: number },
): SourceDocument | Diagnostic {
  const at = { source: where.source, line: where.line };
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return ingestDiagnostic('bad-record', 'JSONL line is not a JSON object', at);
  }
  const r = record as Record<string, unknown>;
  const text = typeof r.text === 'string' ? r.text : undefined;
  const html = typeof r.html === 'string' ? r.html : undefined;
  const body = text ?? html;
  if (body === undefined) {
    return ingestDiagnostic('bad-record', 'JSONL record has no "text" or "html" string field', at);
  }
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > where.maxDocumentBytes) {
    return ingestDiagnostic(
      'too-large',
      `document is ${bytes} bytes, over the ${where.maxDocumentBytes}-byte limit (maxDocumentBytes); not truncated, skipped`,
      at,
    );
  }
  const meta: DocumentMeta = { uri: `${where.source}#${where.line}` };
  const fields: [keyof DocumentMeta, unknown][] = [
    ['sourceId', r.id],
    ['title', r.title],
    ['url', r.url],
    ['published', r.published],
    ['byline', r.byline ?? r.author],
  ];
  for (const [key, value] of fields) {
    const s = str(value);
    if (s !== undefined) meta[key] = s;
  }
  const doc = text !== undefined ? ingestText(text, meta) : ingestHtml(body, meta);
  if (isDiagnostic(doc)) return { ...doc, ...at };
  if (doc.text.trim() === '') return ingestDiagnostic('no-text', 'JSONL record has no article text', at);
  return doc;
}

/**
 * Stream a JSONL collection line by line (blank lines are ignored).
 * @param chunks the bytes (a file stream or stdin)
 * @param options source name and limits
 */
export async function* readJsonl(
  chunks: AsyncIterable<Buffer | Uint8Array | string>,
  options: JsonlReadOptions,
): AsyncGenerator<JsonlItem> {
  const { source } = options;
  for await (const raw of readLines(chunks, options.maxLineBytes)) {
    const at = { source, line: raw.line };
    if (raw.bytes === undefined) {
      yield {
        diagnostic: ingestDiagnostic(
          'line-too-long',
          `JSONL line is ${raw.length} bytes, over the ${options.maxLineBytes}-byte limit (maxLineBytes); skipped`,
          at,
        ),
      };
      continue;
    }
    const decoded = decodeBytes(raw.bytes);
    if (!decoded.ok) {
      yield { diagnostic: ingestDiagnostic('bad-json', `JSONL line is not text: ${decoded.reason}`, at) };
      continue;
    }
    const line = decoded.text.replace(/^\ufeff/u, '');
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      yield { diagnostic: ingestDiagnostic('bad-json', `JSONL line is not valid JSON: ${reason}`, at) };
      continue;
    }
    const doc = ingestRecord(record, { ...at, maxDocumentBytes: options.maxDocumentBytes });
    if (isDiagnostic(doc)) {
      yield { diagnostic: doc };
      continue;
    }
    const diagnostics = decoded.notes.map((n) =>
      ingestDiagnostic(n.code, n.message, { ...at, docId: doc.id }),
    );
    yield { doc, diagnostics };
  }
}
