// Test helper: extractors that answer from the gold annotations (perfect, swapped, empty) to exercise the scorer.
import type { Extractor } from '../../src/eval/run-eval.js';
import type { DatasetMapping, EvalExample } from '../../src/eval/types.js';
import type {
  EntityType,
  Extraction,
  Mention,
  RelationMention,
  RelationType,
  Span,
} from '../../src/types.js';

// Why: arguments that are not gold entities (FIRE BusinessUnit, KnowledgeNet) must not become scored entities;
// no dataset scores Date mentions.
const ARG_ONLY: EntityType = 'Date';

/** How the oracle answers. */
export type OracleMode = 'perfect' | 'swapped' | 'empty';

/** An extractor that returns the gold entities and relations of each example (looked up by document id). */
export function oracleExtractor(
  examples: readonly EvalExample[],
  mapping: DatasetMapping,
  mode: OracleMode = 'perfect',
): Extractor {
  // Why: by id, not text — datasets repeat sentences with different annotations (CoNLL04 datelines).
  const byId = new Map(examples.map((e) => [e.id, e]));
  const fanOut = (type: string) =>
    Object.values(mapping.relations).filter((sources) => sources.some((x) => x.type === type)).length;
  return (doc) => {
    const example = byId.get(doc.id);
    const out: Extraction = { doc, mentions: [], relations: [], sentences: [], diagnostics: [] };
    if (!example || mode === 'empty') return out;
    const ids = new Map<string, string>();
    const mentionFor = (span: Span, type: EntityType): string => {
      const key = `${span.start}-${span.end}`;
      const known = ids.get(key);
      if (known) return known;
      const id = `m${ids.size + 1}`;
      ids.set(key, id);
      const mention: Mention = {
        id,
        type,
        start: span.start,
        end: span.end,
        text: doc.text.slice(span.start, span.end),
      };
      mention.source = 'oracle';
      out.mentions.push(mention);
      return id;
    };
    for (const e of example.entities) {
      const type = mapping.entities[e.label];
      if (type) mentionFor(e, type);
    }
    for (const r of example.relations) {
      // Why: pick the most specific of our types (the one counting as the fewest labels): WORKS_FOR for an
      // employee, not CEO_OF, which would also claim KnowledgeNet's CEO.
      const source = [...(mapping.relations[r.label] ?? [])].sort(
        (a, b) => fanOut(a.type) - fanOut(b.type),
      )[0];
      if (!source) continue;
      const [subject, object] = source.reversed ? [r.tail, r.head] : [r.head, r.tail];
      const [s, o] = mode === 'swapped' ? [object, subject] : [subject, object];
      const relation: RelationMention = {
        type: source.type as RelationType,
        subject: mentionFor(s, ARG_ONLY),
        object: mentionFor(o, ARG_ONLY),
        status: 'current',
        rule: `oracle-${source.type}`,
        confidence: 0.75,
        sentence: { start: 0, end: doc.text.length },
      };
      out.relations.push(relation);
    }
    return out;
  };
}
