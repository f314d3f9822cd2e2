// Stable document ids: a content hash of the normalized text.
import { createHash } from 'node:crypto';

/** The text as the id sees it: NFC, no format characters, whitespace collapsed, trimmed. */
export function normalizeForId(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Stable id of a document: the first 16 hex digits of sha256 over its normalized text, so re-ingesting
 * the same article (even re-wrapped or with other line endings) yields the same id.
 * @param text the document text
 * @returns 16 lowercase hex digits
 */
export function documentId(text: string): string {
  return createHash('sha256').update(normalizeForId(text), 'utf8').digest('hex').slice(0, 16);
}
