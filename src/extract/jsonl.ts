// The extraction contract (extract-jsonl.md): one JSON object in per line, one out, same order.
import type { Extraction } from '../types.js';
import { type ExtractOptions, extractDocument } from './index.js';

export interface ContractEntity {
  id: string;
  type: string;
  start: number;
  end: number;
  text: string;
  key?: string;
}
export interface ContractRelation {
  type: string;
  subject: string;
  object: string;
  confidence: number;
  rule: string;
  status: string;
  title?: string;
  date?: string;
  /** The same fact as another relation of the line, through a pronoun or relative pronoun. */
  echo?: true;
}
export type ContractLine =
  | { id: unknown; entities: ContractEntity[]; relations: ContractRelation[] }
  | { id: unknown; error: string };

/** Shape an extraction as the contract's output object. */
export function toContract(id: unknown, extraction: Extraction): ContractLine {
  return {
    id,
    entities: extraction.mentions.map((m) => {
      const e: ContractEntity = { id: m.id, type: m.type, start: m.start, end: m.end, text: m.text };
      if (m.key) e.key = m.key;
      return e;
    }),
    relations: extraction.relations.map((r) => {
      const out: ContractRelation = {
        type: r.type,
        subject: r.subject,
        object: r.object,
        confidence: r.confidence,
        rule: r.rule,
        status: r.status,
      };
      if (r.title) out.title = r.title;
      if (r.date) out.date = r.date;
      if (r.echo) out.echo = true;
      return out;
    }),
  };
}

/** Process one input line of the contract; never throws (a bad line yields `{id, error}`). */
export function extractJsonlLine(
  line: string,
  lineNumber: number,
  options: ExtractOptions = {},
): ContractLine {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `line ${lineNumber}: invalid JSON (${(error as Error).message})` };
  }
  if (!record || typeof record !== 'object' || Array.isArray(record))
    return { id: null, error: `line ${lineNumber}: expected a JSON object` };
  const { id = null, text, title, published } = record as Record<string, unknown>;
  if (typeof text !== 'string') return { id, error: `line ${lineNumber}: "text" must be a string` };
  try {
    const doc = { id: typeof id === 'string' ? id : `line-${lineNumber}`, text } as Extraction['doc'];
    if (typeof title === 'string') doc.title = title;
    if (typeof published === 'string') doc.published = published;
    return toContract(id, extractDocument(doc, options));
  } catch (error) {
    return { id, error: `line ${lineNumber}: extraction failed (${(error as Error).message})` };
  }
}
