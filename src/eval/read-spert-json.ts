// Read SpERT-style JSON (CoNLL04, FIRE): an array of tokenised sentences with entities and relations.
import { CorpgraphError } from '../errors.js';
import { joinTokens, tokenRangeSpan } from './join-tokens.js';
import type { EvalExample, GoldEntity, GoldRelation } from './types.js';

interface SpertEntity {
  type: string;
  start: number;
  end: number;
}
interface SpertRelation {
  type: string;
  head: number;
  tail: number;
}
interface SpertSentence {
  tokens: string[];
  entities?: SpertEntity[];
  relations?: SpertRelation[];
  orig_id?: number | string;
}

function isSpertSentence(value: unknown): value is SpertSentence {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { tokens?: unknown }).tokens) &&
    (value as { tokens: unknown[] }).tokens.every((t) => typeof t === 'string')
  );
}

/**
 * Parse a SpERT-style JSON array into examples (one per sentence, tokens joined by single spaces).
 * @param content the file content
 * @param source file name for error messages
 * @throws CorpgraphError E_DATASET when the content is not a SpERT JSON array
 */
export function readSpertJson(content: string, source: string): EvalExample[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw new CorpgraphError('E_DATASET', `readSpertJson: ${source} is not JSON`, { cause: error });
  }
  if (!Array.isArray(data)) {
    throw new CorpgraphError('E_DATASET', `readSpertJson: ${source} is not a JSON array of sentences`);
  }
  return data.map((raw, index) => {
    if (!isSpertSentence(raw)) {
      throw new CorpgraphError('E_DATASET', `readSpertJson: ${source} item ${index} has no "tokens" array`);
    }
    const { text, tokens } = joinTokens(raw.tokens);
    const entitySpans = (raw.entities ?? []).map((e) => tokenRangeSpan(tokens, e.start, e.end));
    const entities: GoldEntity[] = [];
    (raw.entities ?? []).forEach((e, i) => {
      const span = entitySpans[i];
      if (span) entities.push({ label: e.type, ...span });
    });
    const relations: GoldRelation[] = [];
    for (const r of raw.relations ?? []) {
      const head = entitySpans[r.head];
      const tail = entitySpans[r.tail];
      if (head && tail) relations.push({ label: r.type, head, tail });
    }
    const id = raw.orig_id === undefined ? String(index) : `${index}:${raw.orig_id}`;
    return { id, text, sentences: [{ start: 0, end: text.length }], entities, relations };
  });
}
