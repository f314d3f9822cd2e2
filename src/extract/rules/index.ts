// All relation rule tables, in the order they are tried.
import { DEAL_RULES } from './deals.js';
import { EMPLOYMENT_RULES } from './employment.js';
import { FOUNDING_RULES } from './founding.js';
import { IMPLICIT_RULES } from './implicit.js';
import { LOCATION_RULES } from './location.js';
import { OWNERSHIP_RULES } from './ownership.js';
import type { RelationRule } from './types.js';

export type { RelationRule } from './types.js';

export const RULES: readonly RelationRule[] = [
  ...EMPLOYMENT_RULES,
  ...DEAL_RULES,
  ...OWNERSHIP_RULES,
  ...LOCATION_RULES,
  ...IMPLICIT_RULES,
  ...FOUNDING_RULES,
];
