// Rules for relations news states by juxtaposition: a place used as a modifier ("U.S. Congress"),
// an official's country ("U.S. Ambassador Vernon Walters"), "a Republican from Chicago".
import type { RelationRule } from './types.js';

const OFFICIAL =
  '(?:Ambassador|Gov\\.|Governor|Sen\\.|Senator|Rep\\.|Representative|Mayor|Prime Minister|Foreign Minister|Defense Minister|Finance Minister|Minister|Secretary|President|Premier|Chancellor|King|Queen|envoy|official|leader|lawmaker|diplomat|citizen|businessman|businesswoman|composer|writer|author|historian|dissident|economist)';

export const IMPLICIT_RULES: RelationRule[] = [
  {
    id: 'place-official-person-wide',
    relation: 'LIVES_IN',
    pattern: `{o:LOC}(?:'s|’s)? (?:[a-z]+ )?${OFFICIAL} {s:PER}`,
    example: 'U.S. Ambassador Vernon Walters showed the photographs.',
    confidence: 0.6,
  },
  {
    id: 'person-from-place',
    relation: 'LIVES_IN',
    pattern: '{s:PER},? (?:an? |the )?(?:[A-Za-z-]+ ){0,3}?from {o:LOCS}(?![\\w-]*based)',
    example: 'Edward Derwinski, a Republican from Chicago, served 24 years in Congress.',
    confidence: 0.6,
  },
  {
    id: 'person-at-org',
    relation: 'WORKS_FOR',
    pattern: '{s:PER},? (?:who works )?(?:at|with) (?:the )?{o:ORG}(?! (?:and|or) )',
    example: 'Wang Li at the Institute of Mechanics made progress on crack mechanics.',
    confidence: 0.55,
  },
];
