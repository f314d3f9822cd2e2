// Organization by context: an untyped name in a slot only a company fills ("a bid for Lactosur",
// "battery start-up Ionfield", "Tenmark-backed").
import type { EntityCandidate } from './entities.js';

/** Words right before a name that make it an organization; each with an example. */
const BEFORE: readonly [cue: string, example: string][] = [
  ['(?:a |controlling |minority |majority |\\d+(?:\\.\\d+)?% )?stake in', 'took a 20% stake in Ionfield'],
  ['(?:its )?holding in', 'raised its holding in Pyxis'],
  ['(?:a )?(?:bid|offer|tender offer) for', 'is weighing a bid for Lactosur'],
  ['(?:takeover|acquisition|purchase|buyout) of', 'completed its purchase of Keel'],
  ['(?:agreed |plans |offered |moved )?to (?:acquire|buy|take over)', 'agreed to buy Fenwick'],
  ['(?:merge|merger|combine|combination) with', 'agreed to merge with Larchmont'],
  ['(?:talks|negotiations) with', 'in talks with Kovalen'],
  ['(?:sold|sell|sells|selling) (?:it |itself |the unit |the business )?to', 'sold the unit to Westrand'],
  ['(?:bought|acquired|owned|backed|controlled) by', 'was bought by Obsidian'],
  ['(?:invested|investment|funding round|round) in', 'led a round in Paylo'],
  ['(?:subsidiary|unit|division|arm|affiliate|parent) of', 'a unit of Arvana'],
  [
    '(?:start-up|startup|rival|competitor|peer|brand|label|subsidiary|unit|lender|insurer|retailer|miner|chipmaker|carmaker|automaker|drugmaker|maker|developer|operator|studio|fund|investor|firm|company|group)',
    'remittance start-up Sendo',
  ],
];

const BEFORE_CUE = new RegExp(
  `\\b(?:${BEFORE.map(([cue]) => cue).join('|')}) (?:the |[A-Z][\\w.&-]*['’]s )?$`,
  'i',
);
/** "Tenmark-backed", "SoftEdge-owned". */
const AFTER_CUE = /^-(?:backed|owned|controlled|led|funded)\b/;

/** The example phrases of the context table (for tests). */
export const ORG_CONTEXT_EXAMPLES: readonly string[] = BEFORE.map(([, example]) => example);

/**
 * Organization when the words around an untyped name are a slot only companies fill; undefined
 * otherwise. Looks at up to 60 characters before and 12 after the name.
 */
export function organizationByContext(text: string, c: Pick<EntityCandidate, 'start' | 'end'>): boolean {
  const before = text.slice(Math.max(0, c.start - 60), c.start);
  const after = text.slice(c.end, c.end + 12);
  return BEFORE_CUE.test(before) || AFTER_CUE.test(after);
}
