// One error family with stable codes, for caller and configuration mistakes (content problems are Diagnostics).

export type ErrorCode =
  | 'E_INPUT_NOT_FOUND'
  | 'E_INPUT_UNREADABLE'
  | 'E_BAD_OPTION'
  | 'E_BAD_GRAPH'
  | 'E_GRAPH_NOT_FOUND'
  | 'E_DB_NOT_FOUND'
  | 'E_DB_LOCKED'
  | 'E_QUERY'
  | 'E_READ_ONLY'
  | 'E_NEO4J'
  | 'E_DATASET'
  | 'E_LIMIT';

/** A known failure: the CLI prints its message on one line and exits 1. */
export class CorpgraphError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CorpgraphError';
    this.code = code;
  }
}

/** True when `error` is a CorpgraphError (optionally with the given code). */
export function isCorpgraphError(error: unknown, code?: ErrorCode): error is CorpgraphError {
  return error instanceof CorpgraphError && (code === undefined || error.code === code);
}
