// The relation types the classifier predicts and the argument types each accepts (subject → object).
import type { Mention, RelationType } from '../../../types.js';

/** The "no relation" class. */
export const NONE = 'NONE';

/** Argument types of the relation types the classifier can be trained for. */
export const CLASS_SIGNATURES: Partial<Record<RelationType, [Mention['type'], Mention['type']]>> = {
  WORKS_FOR: ['Person', 'Organization'],
  CEO_OF: ['Person', 'Organization'],
  FOUNDER_OF: ['Person', 'Organization'],
  BASED_IN: ['Organization', 'Place'],
  LOCATED_IN: ['Place', 'Place'],
  LIVES_IN: ['Person', 'Place'],
  SUBSIDIARY_OF: ['Organization', 'Organization'],
  ACQUIRED: ['Organization', 'Organization'],
};

/**
 * Which classes an ordered (subject, object) pair may take: `true` per class index, NONE always.
 * @param classes Model classes, `NONE` first.
 */
export function validClasses(
  classes: readonly string[],
  subject: Mention['type'],
  object: Mention['type'],
): boolean[] {
  return classes.map((c) => {
    if (c === NONE) return true;
    const sig = CLASS_SIGNATURES[c as RelationType];
    return sig !== undefined && sig[0] === subject && sig[1] === object;
  });
}
