// Organization → Organization ownership rules: subsidiaries, units and parents.
import type { RelationRule } from './types.js';

const CHILD =
  '(?:wholly[- ]owned |majority[- ]owned |fully[- ]owned |independent |operating |local |European |U\\.S\\. |[\\w-]+ )?(?:subsidiary|subsidiaries|unit|division|arm|affiliate|brand|offshoot|business)';

export const OWNERSHIP_RULES: RelationRule[] = [
  {
    id: 'appositive-subsidiary-of',
    relation: 'SUBSIDIARY_OF',
    pattern: `{s:ORG},? (?:which is |now )?(?:a |an |the )?${CHILD} of {DESC}{o:ORG}`,
    example: 'Instagram, a unit of Meta Platforms Inc., launched the feature.',
    confidence: 0.85,
  },
  {
    id: 'is-subsidiary-of',
    relation: 'SUBSIDIARY_OF',
    pattern: `{s:ORG} (?:is|was|became|has become|will become|remains|operates as) (?:a |an |the )?${CHILD} of {DESC}{o:ORG}`,
    example: 'Globex Inc. became a subsidiary of Acme Corp. in 2019.',
    confidence: 0.85,
  },
  {
    id: 'possessive-subsidiary',
    relation: 'SUBSIDIARY_OF',
    pattern: `{o:ORG}(?:'s|’s) ${CHILD},? {s:ORG}`,
    example: "Acme Corp.'s battery unit Globex Energy opened a plant.",
    confidence: 0.8,
  },
  {
    id: 'org-unit-org',
    relation: 'SUBSIDIARY_OF',
    pattern: '{o:ORG} (?:unit|subsidiary|arm|division) {s:ORG}',
    example: 'Acme Corp. unit Globex Energy signed the lease.',
    confidence: 0.75,
  },
  {
    id: 'owned-by',
    relation: 'SUBSIDIARY_OF',
    pattern: '{s:ORG},? (?:which is |is |was )?(?:wholly |majority |fully )?owned by {DESC}{o:ORG}',
    example: 'Globex Inc., owned by Acme Corp., makes cathodes.',
    confidence: 0.8,
  },
  {
    id: 'x-owned',
    relation: 'SUBSIDIARY_OF',
    pattern: '{o:ORG}-owned {DESC}{s:ORG}',
    example: 'The Acme Corp.-owned retailer Globex Inc. opened ten stores.',
    confidence: 0.75,
  },
  {
    id: 'parent-of',
    relation: 'SUBSIDIARY_OF',
    pattern:
      '{o:ORG}(?:,| is| was| has been| became)? (?:also )?(?:the |its |a )?(?:[\\w$.,-]+ ){0,5}?(?:and )?parent (?:company |group |firm |organization )?(?:of|to) {DESC}{s:ORGS}',
    example: 'Alphabet, the parent company of Google, reported earnings.',
    confidence: 0.85,
  },
  {
    id: 'parent-possessive',
    relation: 'SUBSIDIARY_OF',
    pattern: "{s:ORG}(?:'s|’s) parent(?: company| group)?,? {o:ORG}",
    example: "Google's parent company, Alphabet Inc., reported earnings.",
    confidence: 0.85,
  },
];
