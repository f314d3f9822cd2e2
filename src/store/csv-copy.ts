// Bulk load one row group into LadybugDB with COPY FROM a temporary CSV file (the fast path).
import { writeFile } from 'node:fs/promises';
import type { RowGroup } from './rows.js';
import { DOCUMENT_LABEL } from './schema.js';

/** Separator of list elements inside one CSV field (ASCII unit separator, absent from news text). */
const LIST_SEPARATOR = '\u001f';

type ColumnType = 'STRING' | 'STRING[]' | 'INT64' | 'DOUBLE';

interface CsvColumn {
  name: string;
  type: ColumnType;
}

const ENTITY_COLUMNS: CsvColumn[] = [
  { name: 'key', type: 'STRING' },
  { name: 'name', type: 'STRING' },
  { name: 'aliases', type: 'STRING[]' },
  { name: 'mentions', type: 'INT64' },
  { name: 'docIds', type: 'STRING[]' },
];
const DOCUMENT_COLUMNS: CsvColumn[] = ['id', 'uri', 'title', 'url', 'published'].map((name) => ({
  name,
  type: 'STRING' as const,
}));
const MENTION_COLUMNS: CsvColumn[] = [
  { name: 'docId', type: 'STRING' },
  { name: 'key', type: 'STRING' },
];
const RELATION_COLUMNS: CsvColumn[] = [
  { name: 'source', type: 'STRING' },
  { name: 'target', type: 'STRING' },
  { name: 'key', type: 'STRING' },
  { name: 'type', type: 'STRING' },
  { name: 'status', type: 'STRING' },
  { name: 'title', type: 'STRING' },
  { name: 'date', type: 'STRING' },
  { name: 'confidence', type: 'DOUBLE' },
  { name: 'count', type: 'INT64' },
  { name: 'docIds', type: 'STRING[]' },
  { name: 'sentences', type: 'STRING[]' },
  { name: 'rules', type: 'STRING[]' },
];

function columnsOf(group: RowGroup): CsvColumn[] {
  if (group.kind === 'entity') return ENTITY_COLUMNS;
  if (group.kind === 'document') return DOCUMENT_COLUMNS;
  if (group.kind === 'mention') return MENTION_COLUMNS;
  return RELATION_COLUMNS;
}

/**
 * Whether CSV carries the group exactly. It cannot tell an empty string from NULL, nor an empty list
 * element, nor a string holding the list separator or a NUL (the COPY reader rejects the line): such
 * groups take the (slower, exact) MERGE path.
 */
export function isCsvEncodable(group: RowGroup): boolean {
  const unsafe = (v: string) => v === '' || v.includes(LIST_SEPARATOR) || v.includes('\u0000');
  for (const row of group.rows as unknown as Record<string, unknown>[]) {
    for (const value of Object.values(row)) {
      if (typeof value === 'string' && unsafe(value)) return false;
      if (Array.isArray(value) && value.some((v) => typeof v !== 'string' || unsafe(v))) {
        return false;
      }
    }
  }
  return true;
}

function csvField(value: unknown, type: ColumnType): string {
  if (value === null || value === undefined) return '';
  if (type === 'INT64' || type === 'DOUBLE') return String(value);
  const text = type === 'STRING[]' ? (value as string[]).join(LIST_SEPARATOR) : String(value);
  if (text === '') return '';
  return `"${text.replaceAll('"', '""')}"`;
}

/** Write the group's rows as CSV with a header. */
export async function writeGroupCsv(group: RowGroup, file: string): Promise<void> {
  const columns = columnsOf(group);
  const lines = [columns.map((c) => c.name).join(',')];
  for (const row of group.rows as unknown as Record<string, unknown>[]) {
    lines.push(columns.map((c) => csvField(row[c.name], c.type)).join(','));
  }
  await writeFile(file, `${lines.join('\n')}\n`);
}

function cypherString(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

/** The COPY statement that reads `file` (written by `writeGroupCsv`) into the group's table. */
export function csvCopyStatement(group: RowGroup, file: string): string {
  const columns = columnsOf(group);
  const headers = columns.map((c) => `${c.name} ${c.type === 'STRING[]' ? 'STRING' : c.type}`).join(', ');
  // Why: an empty list is an empty field (NULL), split lists come back with coalesce(…, []).
  const projections = columns
    .map((c) =>
      c.type === 'STRING[]' ? `coalesce(string_split(${c.name}, '\\u001f'), CAST([] AS STRING[]))` : c.name,
    )
    .join(', ');
  // Why: parallel=false because quoted fields may hold newlines.
  const source = `LOAD WITH HEADERS (${headers}) FROM ${cypherString(file)} (header=true, parallel=false) RETURN ${projections}`;
  if (group.kind === 'entity' || group.kind === 'document') return `COPY ${group.label} FROM (${source})`;
  const from = group.kind === 'mention' ? DOCUMENT_LABEL : group.from;
  return `COPY ${group.type} FROM (${source}) (from='${from}', to='${group.to}')`;
}
