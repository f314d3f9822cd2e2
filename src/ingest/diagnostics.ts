// Ingest diagnostic codes (stable) with their severity, and a helper to build one.
import type { Diagnostic, Severity } from '../types.js';

/**
 * Every diagnostic ingest can report. Severity says what happened to the input:
 * `error` it could not be read at all, `warning` it was rejected or repaired (content problem),
 * `info` it was deliberately left out (e.g. an unsupported file type inside a directory).
 */
export const INGEST_CODES = {
  'not-found': 'error',
  unreadable: 'error',
  'empty-file': 'warning',
  'binary-file': 'warning',
  'too-large': 'warning',
  'line-too-long': 'warning',
  'bad-json': 'warning',
  'bad-record': 'warning',
  'no-text': 'warning',
  'html-failed': 'warning',
  'html-fallback': 'warning',
  'reuters-no-body': 'info',
  'invalid-utf8': 'warning',
  'decoded-legacy': 'warning',
  'nul-bytes': 'warning',
  'decoded-utf16': 'info',
  'unsupported-file': 'info',
} as const satisfies Record<string, Severity>;

export type IngestCode = keyof typeof INGEST_CODES;

/** Build an ingest diagnostic; `source` is the file (or `-`), `line` the 1-based line it applies to. */
export function ingestDiagnostic(
  code: IngestCode,
  message: string,
  where: { source?: string | undefined; line?: number | undefined; docId?: string | undefined } = {},
): Diagnostic {
  const diagnostic: Diagnostic = { severity: INGEST_CODES[code], stage: 'ingest', code, message };
  if (where.source !== undefined) diagnostic.source = where.source;
  if (where.line !== undefined) diagnostic.line = where.line;
  if (where.docId !== undefined) diagnostic.docId = where.docId;
  return diagnostic;
}
