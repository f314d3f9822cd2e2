// Read KnowledgeNet JSON Lines: one example per passage, scored only for its exhaustively annotated properties.
import { CorpgraphError } from '../errors.js';
import type { EvalExample, GoldRelation } from './types.js';

interface KnFact {
  propertyName: string;
  subjectStart: number;
  subjectEnd: number;
  objectStart: number;
  objectEnd: number;
}
interface KnPassage {
  passageId: string;
  passageStart: number;
  passageText: string;
  exhaustivelyAnnotatedProperties: Array<{ propertyName: string }>;
  facts: KnFact[];
}
interface KnDocument {
  documentId: string | number;
  passages: KnPassage[];
}

/** Result of reading KnowledgeNet: examples, and facts dropped because they fall outside their passage. */
export interface KnowledgenetRead {
  examples: EvalExample[];
  droppedFacts: number;
}

/**
 * Parse KnowledgeNet JSONL. Offsets become passage offsets (`offset - passageStart`).
 * @param content the file content
 * @param source file name for error messages
 * @throws CorpgraphError E_DATASET when a line is not a KnowledgeNet document
 */
export function readKnowledgenet(content: string, source: string): KnowledgenetRead {
  const examples: EvalExample[] = [];
  let droppedFacts = 0;
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    let doc: KnDocument;
    try {
      doc = JSON.parse(line) as KnDocument;
    } catch (error) {
      throw new CorpgraphError('E_DATASET', `readKnowledgenet: ${source}:${index + 1} is not JSON`, {
        cause: error,
      });
    }
    if (!Array.isArray(doc.passages)) {
      throw new CorpgraphError('E_DATASET', `readKnowledgenet: ${source}:${index + 1} has no "passages"`);
    }
    for (const passage of doc.passages) {
      const text = passage.passageText;
      const base = passage.passageStart;
      const relations: GoldRelation[] = [];
      for (const fact of passage.facts ?? []) {
        const head = { start: fact.subjectStart - base, end: fact.subjectEnd - base };
        const tail = { start: fact.objectStart - base, end: fact.objectEnd - base };
        if (head.start < 0 || tail.start < 0 || head.end > text.length || tail.end > text.length) {
          droppedFacts++;
          continue;
        }
        relations.push({ label: fact.propertyName, head, tail });
      }
      examples.push({
        id: passage.passageId,
        text,
        sentences: [{ start: 0, end: text.length }],
        entities: [],
        relations,
        scoredRelationLabels: (passage.exhaustivelyAnnotatedProperties ?? []).map((p) => p.propertyName),
      });
    }
  });
  return { examples, droppedFacts };
}
