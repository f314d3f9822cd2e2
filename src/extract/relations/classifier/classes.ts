// The relation types the classifier predicts and the argument types each accepts (subject → object).
import { type Mention, RELATION_SIGNATURES, type RelationType } from '../../../types.js';

/** The "no relation" class. */
export const NONE = 'NONE';

/** The relation types the classifier can be trained for, in class order. */
const CLASS_TYPES = [
  'WORKS_FOR',
  'CEO_OF',
  'FOUNDER_OF',
  'BASED_IN',
  'LOCATED_IN',
  'LIVES_IN',
  'SUBSIDIARY_OF',
  'ACQUIRED',
] as const satisfies readonly RelationType[];

/** Argument types of the relation types the classifier can be trained for (the schema's). */
export const CLASS_SIGNATURES: Partial<Record<RelationType, readonly [Mention['type'], Mention['type']]>> =
  Object.fromEntries(CLASS_TYPES.map((t) => [t, RELATION_SIGNATURES[t]]));

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
