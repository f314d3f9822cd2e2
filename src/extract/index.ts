// Extraction: entities and relations of one document, with aliases resolved within it.
import type { Extraction, SourceDocument } from '../types.js';

export interface ExtractOptions {
  /** Drop relations below this confidence (0..1). */
  minConfidence?: number;
}

export const DEFAULT_EXTRACT_OPTIONS: Required<ExtractOptions> = { minConfidence: 0 };

/** Extract mentions (with resolved keys) and relations from one document. Never throws on content. */
export function extractDocument(doc: SourceDocument, _options: ExtractOptions = {}): Extraction {
  return { doc, mentions: [], relations: [], sentences: [], diagnostics: [] };
}
