// Export node and relationship CSVs for `neo4j-admin database import full` (the bulk path to Neo4j).
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { graphToRowGroups } from '../store/rows.js';
import type { CorpGraph } from '../types.js';
import { writeFileAtomic } from '../util/atomic-write.js';

/** Array delimiter inside list fields: U+001F (pass `--array-delimiter=U+001F` to neo4j-admin). */
export const NEO4J_ARRAY_DELIMITER = '\u001f';

/** Files written by `exportNeo4jCsv`, in the order the import command lists them. */
export const NEO4J_CSV_FILES = {
  organization: 'nodes-organization.csv',
  person: 'nodes-person.csv',
  place: 'nodes-place.csv',
  document: 'nodes-document.csv',
  relationships: 'relationships.csv',
  mentions: 'mentions.csv',
  command: 'import.sh',
} as const;

const ENTITY_HEADER = [
  'key:ID(Entity)',
  'name',
  'aliases:string[]',
  'mentions:long',
  'docIds:string[]',
  ':LABEL',
];
const DOCUMENT_HEADER = ['id:ID(Document)', 'uri', 'title', 'url', 'published', ':LABEL'];
const RELATION_HEADER = [
  ':START_ID(Entity)',
  ':END_ID(Entity)',
  ':TYPE',
  'key',
  'type',
  'status',
  'title',
  'date',
  'confidence:double',
  'count:long',
  'docIds:string[]',
  'sentences:string[]',
  'rules:string[]',
];
const MENTION_HEADER = [':START_ID(Document)', ':END_ID(Entity)', ':TYPE'];

type Cell = string | number | null;

function list(values: readonly string[]): Cell {
  return values.length === 0 ? null : values.join(NEO4J_ARRAY_DELIMITER);
}

function toCsv(header: string[], records: Cell[][]): string {
  // Why: every value quoted, so multi-line sentences and delimiters inside text read back exactly.
  return stringify([header, ...records], { quoted_string: true, record_delimiter: 'unix' });
}

/** The neo4j-admin command that imports the files in `dir` into database `neo4j`. */
export function neo4jAdminImportCommand(files: readonly string[]): string {
  const nodes = files.filter((f) => f.includes('nodes-')).map((f) => `  --nodes=${f} \\`);
  const rels = files.filter((f) => !f.includes('nodes-')).map((f) => `  --relationships=${f} \\`);
  return [
    '#!/bin/sh',
    '# Bulk import into an empty, stopped database (Neo4j 5): run from this directory.',
    'neo4j-admin database import full neo4j \\',
    '  --array-delimiter=U+001F --multiline-fields=true --overwrite-destination=true \\',
    ...nodes,
    ...rels,
    '',
  ].join('\n');
}

/**
 * Write node and relationship CSVs with neo4j-admin headers into `dir`, plus `import.sh` with the
 * import command. Entity keys share one ID space (`Entity`), documents another (`Document`).
 * @returns the files written
 */
export async function exportNeo4jCsv(graph: CorpGraph, dir: string): Promise<string[]> {
  const entities: Record<string, Cell[][]> = { Organization: [], Person: [], Place: [] };
  const documents: Cell[][] = [];
  const relations: Cell[][] = [];
  const mentions: Cell[][] = [];
  for (const group of graphToRowGroups(graph)) {
    if (group.kind === 'entity') {
      const out = entities[group.label] ?? [];
      for (const r of group.rows)
        out.push([r.key, r.name, list(r.aliases), r.mentions, list(r.docIds), group.label]);
      entities[group.label] = out;
    } else if (group.kind === 'document') {
      for (const r of group.rows) documents.push([r.id, r.uri, r.title, r.url, r.published, 'Document']);
    } else if (group.kind === 'mention') {
      for (const r of group.rows) mentions.push([r.docId, r.key, 'MENTIONS']);
    } else {
      for (const r of group.rows) {
        relations.push([
          r.source,
          r.target,
          r.type,
          r.key,
          r.type,
          r.status,
          r.title,
          r.date,
          r.confidence,
          r.count,
          list(r.docIds),
          list(r.sentences),
          list(r.rules),
        ]);
      }
    }
  }
  const outputs: [string, string][] = [
    [NEO4J_CSV_FILES.organization, toCsv(ENTITY_HEADER, entities.Organization ?? [])],
    [NEO4J_CSV_FILES.person, toCsv(ENTITY_HEADER, entities.Person ?? [])],
    [NEO4J_CSV_FILES.place, toCsv(ENTITY_HEADER, entities.Place ?? [])],
    [NEO4J_CSV_FILES.document, toCsv(DOCUMENT_HEADER, documents)],
    [NEO4J_CSV_FILES.relationships, toCsv(RELATION_HEADER, relations)],
    [NEO4J_CSV_FILES.mentions, toCsv(MENTION_HEADER, mentions)],
  ];
  const written: string[] = [];
  for (const [name, text] of outputs) {
    const file = join(dir, name);
    await writeFileAtomic(file, text);
    written.push(file);
  }
  const command = join(dir, NEO4J_CSV_FILES.command);
  await writeFileAtomic(command, neo4jAdminImportCommand(outputs.map(([name]) => name)));
  written.push(command);
  return written;
}
