// Organization by context: an untyped name in a slot only a company fills ("a bid for Lactosur",
// "battery start-up Ionfield", "Tenmark-backed").
import type { EntityCandidate } from './entities.js';

/**
 * Words right before a name that make it an organization; each with an example, and whether the cue
 * is strong enough to overrule the statistical tagger's person or place ("merge with Great Lakes
 * Mobile"), or only types a name nothing else typed ("talks with Kovalen": people hold talks too).
 */
const BEFORE: readonly [cue: string, example: string, overrules?: 'overrules' | 'overrules-place'][] = [
  [
    '(?:a |controlling |minority |majority |\\d+(?:\\.\\d+)?% )?stake in',
    'took a 20% stake in Ionfield',
    'overrules',
  ],
  ['(?:its )?holding in', 'raised its holding in Pyxis', 'overrules'],
  ['(?:a )?(?:bid|offer|tender offer) for', 'is weighing a bid for Lactosur', 'overrules'],
  ['(?:takeover|acquisition|purchase|buyout) of', 'completed its purchase of Keel', 'overrules'],
  ['(?:agreed |plans |offered |moved )?to (?:acquire|buy|take over)', 'agreed to buy Fenwick', 'overrules'],
  ['(?:merge|merger|combine|combination) with', 'agreed to merge with Larchmont', 'overrules'],
  ['(?:talks|negotiations) with', 'in talks with Kovalen'],
  ['(?:sold|sell|sells|selling) (?:it |itself |the unit |the business )?to', 'sold the unit to Westrand'],
  // Why: people buy and back companies too ("bought by Warren Buffett"): a tagged person stays one.
  ['(?:bought|acquired|owned|backed|controlled) by', 'was bought by Obsidian', 'overrules-place'],
  ['(?:invested|investment|funding round|round) in', 'led a round in Paylo', 'overrules'],
  ['(?:subsidiary|unit|division|arm|affiliate|parent) of', 'a unit of Arvana', 'overrules'],
  [
    '(?:start-up|startup|rival|competitor|peer|brand|label|subsidiary|unit|lender|insurer|retailer|miner|chipmaker|carmaker|automaker|drugmaker|maker|developer|operator|studio|fund|investor|firm|company|group)',
    'remittance start-up Sendo',
    'overrules-place',
  ],
];

const cueRegex = (cues: readonly string[]): RegExp =>
  new RegExp(`\\b(?:${cues.join('|')}),? (?:the |[A-Z][\\w.&-]*['’]s )?$`, 'i');
const BEFORE_CUE = cueRegex(BEFORE.map(([cue]) => cue));
const OVERRULING_PLACE = cueRegex(BEFORE.filter(([, , o]) => o).map(([cue]) => cue));
const OVERRULING_PERSON = cueRegex(BEFORE.filter(([, , o]) => o === 'overrules').map(([cue]) => cue));
/** "Tenmark-backed", "SoftEdge-owned". */
const AFTER_CUE = /^-(?:backed|owned|controlled|led|funded)\b/;

/** The example phrases of the context table (for tests). */
export const ORG_CONTEXT_EXAMPLES: readonly string[] = BEFORE.map(([, example]) => example);

/**
 * Whether the words around a name are a slot only companies fill (60 characters before, 12 after).
 * With `overruling`, only the cues strong enough to overrule the statistical tagger's person or place.
 */
export function organizationByContext(
  text: string,
  c: Pick<EntityCandidate, 'start' | 'end'>,
  overruling?: 'Person' | 'Place',
): boolean {
  const before = text.slice(Math.max(0, c.start - 60), c.start);
  const after = text.slice(c.end, c.end + 12);
  const cue =
    overruling === 'Person' ? OVERRULING_PERSON : overruling === 'Place' ? OVERRULING_PLACE : BEFORE_CUE;
  return cue.test(before) || AFTER_CUE.test(after);
}
