// Ingest stage: turn files, folders, collections and stdin into clean SourceDocuments with stable ids.
export { type CleanedText, type CleanTextOptions, cleanText, type RemovedLine } from './clean-text.js';
export { type DecodeResult, decodeBytes } from './decode.js';
export { INGEST_CODES, type IngestCode } from './diagnostics.js';
export { documentId, normalizeForId } from './document-id.js';
export { FURNITURE_RULES, TAIL_RULES } from './furniture-rules.js';
export { type HtmlResult, ingestHtml, ingestHtmlDetailed, isDiagnostic } from './html.js';
export { type IngestItem, ingest } from './ingest.js';
export { ingestRecord } from './jsonl.js';
export { stripMarkdown } from './markdown.js';
export { normalizeText } from './normalize.js';
export {
  DEFAULT_INGEST_OPTIONS,
  INGEST_FORMATS,
  type IngestFormat,
  type IngestOptions,
  resolveIngestOptions,
} from './options.js';
export { parseReutersEntry, readReuters } from './reuters.js';
export { type DocumentMeta, ingestMarkdown, ingestText } from './text.js';
