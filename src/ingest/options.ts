// Ingest options: input formats, size limits and their defaults (validated once, up front).
import { CorpgraphError } from '../errors.js';

/** Input formats ingest understands; `auto` picks one per file by extension, then by content. */
export const INGEST_FORMATS = ['auto', 'text', 'markdown', 'html', 'jsonl', 'reuters-sgml'] as const;
export type IngestFormat = (typeof INGEST_FORMATS)[number];

export interface IngestOptions {
  /** Force one format for every input (directories then only yield files of that format). Default `auto`. */
  format?: IngestFormat;
  /** Largest single document (a file, a JSONL record's text or html, a Reuters entry), in bytes. */
  maxDocumentBytes?: number;
  /** Longest JSONL line, in bytes; a longer line is skipped with a diagnostic, never truncated. */
  maxLineBytes?: number;
  /** The stream read for the input `-` (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
}

export interface ResolvedIngestOptions {
  format: IngestFormat;
  maxDocumentBytes: number;
  maxLineBytes: number;
  stdin: NodeJS.ReadableStream | undefined;
}

// Why: the largest real news page we know (yahoo-3) is 1.3 MB of HTML; 10 MiB leaves room for long
// reports while a 50 MB single-line file is refused with a clear message instead of stalling a build.
export const DEFAULT_INGEST_OPTIONS: Readonly<Omit<ResolvedIngestOptions, 'stdin'>> = {
  format: 'auto',
  maxDocumentBytes: 10 * 1024 * 1024,
  maxLineBytes: 16 * 1024 * 1024,
};

function checkLimit(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new CorpgraphError(
      'E_BAD_OPTION',
      // Why: JSON.stringify(NaN) is "null", which hid a non-numeric --max-document-bytes value.
      `ingest: ${name} must be a positive whole number of bytes, got ${typeof value === 'number' ? String(value) : JSON.stringify(value)}`,
    );
  }
  return value;
}

/**
 * Fill in defaults and validate.
 * @throws CorpgraphError E_BAD_OPTION for an unknown format or a non-positive limit.
 */
export function resolveIngestOptions(options: IngestOptions = {}): ResolvedIngestOptions {
  const format = options.format ?? DEFAULT_INGEST_OPTIONS.format;
  if (!(INGEST_FORMATS as readonly string[]).includes(format)) {
    throw new CorpgraphError(
      'E_BAD_OPTION',
      `ingest: unknown format ${JSON.stringify(format)}; use one of ${INGEST_FORMATS.join(', ')}`,
    );
  }
  return {
    format,
    maxDocumentBytes: checkLimit(
      'maxDocumentBytes',
      options.maxDocumentBytes,
      DEFAULT_INGEST_OPTIONS.maxDocumentBytes,
    ),
    maxLineBytes: checkLimit('maxLineBytes', options.maxLineBytes, DEFAULT_INGEST_OPTIONS.maxLineBytes),
    stdin: options.stdin,
  };
}
