// Test helpers for ingest: collect items, temp directories, fixture paths.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type IngestItem, type IngestOptions, ingest } from '../../src/ingest/index.js';
import type { Diagnostic, SourceDocument } from '../../src/types.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'corpgraph-ingest-'));
}

export async function collect(inputs: string[], options?: IngestOptions): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of ingest(inputs, options)) items.push(item);
  return items;
}

export function docs(items: IngestItem[]): SourceDocument[] {
  return items.flatMap((i) => (i.kind === 'document' ? [i.doc] : []));
}

export function skips(items: IngestItem[]): Diagnostic[] {
  return items.flatMap((i) => (i.kind === 'skipped' ? [i.diagnostic] : []));
}
