// Which format a file is: by extension first, then by its first bytes.
import { extname } from 'node:path';
import type { IngestFormat } from './options.js';

export type FileFormat = Exclude<IngestFormat, 'auto'>;

const BY_EXTENSION: Record<string, FileFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.sgm': 'reuters-sgml',
  '.sgml': 'reuters-sgml',
};

/** The format a file name announces, or undefined for an extension ingest does not know. */
export function formatFromExtension(path: string): FileFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

/** File extensions of one format (a forced format only takes these files from directories). */
export function extensionsOf(format: FileFormat): string[] {
  return Object.entries(BY_EXTENSION)
    .filter(([, f]) => f === format)
    .map(([ext]) => ext);
}

/**
 * Guess a format from the first bytes of content (for stdin and files with an unknown extension).
 * @param head the first few kilobytes
 */
export function sniffFormat(head: Uint8Array): FileFormat {
  const text = Buffer.from(head.subarray(0, 4096))
    .toString('latin1')
    .replace(/^\ufeff|^ï»¿/u, '')
    .trimStart();
  if (/^<!DOCTYPE lewis|<REUTERS[\s>]/iu.test(text)) return 'reuters-sgml';
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/iu.test(text)) return 'html';
  if (/^\{\s*"/u.test(text)) return 'jsonl';
  return 'text';
}
