// Plain text and Markdown documents: clean the text, keep the metadata, assign the content id.
import type { SourceDocument } from '../types.js';
import { type CleanTextOptions, cleanText } from './clean-text.js';
import { documentId } from './document-id.js';
import { stripMarkdown } from './markdown.js';

/** Metadata a caller may pass along with a text (everything but `id` and `text`). */
export type DocumentMeta = Partial<Omit<SourceDocument, 'id' | 'text'>>;

/** Assemble a document: given metadata wins over what cleaning found; empty values are left out. */
export function makeDocument(text: string, meta: DocumentMeta, found: DocumentMeta = {}): SourceDocument {
  const doc: SourceDocument = { id: documentId(text), text };
  for (const key of ['uri', 'title', 'byline', 'url', 'published', 'sourceId'] as const) {
    const value = (meta[key] ?? found[key])?.trim();
    if (value) doc[key] = value;
  }
  return doc;
}

/**
 * Ingest plain text: remove page furniture, keep paragraph breaks, find the headline (kept in the text
 * as its first paragraph and returned as `title`), and assign the content-hash id.
 * @param text decoded article text
 * @param meta metadata to attach (wins over what cleaning finds)
 * @param options cleaning switches (all on by default)
 * @returns the document; its `text` may be empty when nothing but furniture was found
 */
export function ingestText(
  text: string,
  meta: DocumentMeta = {},
  options: CleanTextOptions = {},
): SourceDocument {
  const cleaned = cleanText(text, options);
  const found: DocumentMeta = {};
  if (cleaned.title !== undefined) found.title = cleaned.title;
  if (cleaned.byline !== undefined) found.byline = cleaned.byline;
  return makeDocument(cleaned.text, meta, found);
}

/**
 * Ingest Markdown: strip its syntax (headings, emphasis, links → text), then clean it as plain text.
 * @param markdown the Markdown source
 * @param meta metadata to attach (wins over front matter and the first heading)
 */
export function ingestMarkdown(markdown: string, meta: DocumentMeta = {}): SourceDocument {
  const stripped = stripMarkdown(markdown);
  const cleaned = cleanText(stripped.text);
  const found: DocumentMeta = {};
  const title = stripped.title ?? cleaned.title;
  const byline = stripped.byline ?? cleaned.byline;
  if (title !== undefined) found.title = title;
  if (byline !== undefined) found.byline = byline;
  if (stripped.published !== undefined) found.published = stripped.published;
  return makeDocument(cleaned.text, meta, found);
}
