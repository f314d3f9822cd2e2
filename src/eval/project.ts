// Project gold annotations and our extraction into comparable score items in one label space.
import type { Extraction, Mention } from '../types.js';
import type { ResolvedMapping } from './mapping.js';
import type { ConventionalSpans } from './span-conventions.js';
import type { EvalExample, ScoreItem } from './types.js';

// Why: datasets annotate named mentions only; pronouns and lowercase descriptors ("the firm") that the
// extractor keeps for relations would otherwise all count as entity false positives.
export const PRONOUNS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'it',
  'they',
  'him',
  'her',
  'his',
  'hers',
  'its',
  'their',
  'them',
  'we',
  'i',
]);

/** True when a mention names an entity (has a capital letter or digit and is not a pronoun). */
export function isNamedMention(mention: Mention): boolean {
  if (mention.source === 'pronoun') return false;
  if (PRONOUNS.has(mention.text.toLowerCase())) return false;
  return /[\p{Lu}\d]/u.test(mention.text);
}

/** Gold entities as score items labelled with our entity type (unmapped labels dropped). */
export function goldEntityItems(example: EvalExample, mapping: ResolvedMapping): ScoreItem[] {
  const items: ScoreItem[] = [];
  for (const e of example.entities) {
    const type = mapping.entities[e.label];
    if (type) items.push({ label: type, spans: [{ start: e.start, end: e.end }] });
  }
  return items;
}

/** Gold relations as score items (dataset labels), restricted to mapped labels and the example's scored labels. */
export function goldRelationItems(example: EvalExample, mapping: ResolvedMapping): ScoreItem[] {
  const allowed = example.scoredRelationLabels ? new Set(example.scoredRelationLabels) : undefined;
  return example.relations
    .filter((r) => r.label in mapping.relations && (allowed === undefined || allowed.has(r.label)))
    .map((r) => {
      const item: ScoreItem = { label: r.label, spans: [r.head, r.tail] };
      if (r.alternatives !== undefined) item.alternatives = r.alternatives;
      if (r.status !== undefined) item.status = r.status;
      return item;
    });
}

/**
 * Predicted named mentions of scored types as score items (rule = mention source), in the dataset's span
 * conventions (`projected`, from conventionalSpans).
 */
export function predictedEntityItems(
  extraction: Extraction,
  projected: ConventionalSpans,
  mapping: ResolvedMapping,
): ScoreItem[] {
  const { spans, absorbed } = projected;
  return extraction.mentions
    .filter((m) => mapping.entityTypes.has(m.type) && isNamedMention(m) && !absorbed.has(m.id))
    .map((m) => ({
      label: m.type,
      spans: [spans.get(m.id) ?? { start: m.start, end: m.end }],
      rule: m.source ?? 'unknown',
      confidence: 1,
      ourType: m.type,
    }));
}

/**
 * Predicted relations mapped into dataset labels (one of ours may count as several labels), restricted to
 * the example's scored labels, with arguments in the dataset's span conventions (`projected`). Head/tail
 * follow the dataset's direction (`reversed` swaps them).
 */
export function predictedRelationItems(
  extraction: Extraction,
  example: EvalExample,
  projected: ConventionalSpans,
  mapping: ResolvedMapping,
): ScoreItem[] {
  const allowed = example.scoredRelationLabels ? new Set(example.scoredRelationLabels) : undefined;
  const mentions = new Map(extraction.mentions.map((m) => [m.id, m]));
  const { spans } = projected;
  const items: ScoreItem[] = [];
  for (const r of extraction.relations) {
    const subject = mentions.get(r.subject);
    const object = mentions.get(r.object);
    if (!subject || !object) continue;
    for (const target of mapping.relationIndex.get(r.type) ?? []) {
      if (allowed !== undefined && !allowed.has(target.label)) continue;
      const s = spans.get(subject.id) ?? { start: subject.start, end: subject.end };
      const o = spans.get(object.id) ?? { start: object.start, end: object.end };
      // Why: a convention that joins two mentions into one span turns a relation between them into a loop.
      if (s.start === o.start && s.end === o.end) continue;
      items.push({
        label: target.label,
        spans: target.reversed ? [o, s] : [s, o],
        rule: r.rule,
        confidence: r.confidence,
        ourType: r.type,
        status: r.status,
      });
    }
  }
  return items;
}
