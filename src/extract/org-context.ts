// Organization by context: an untyped name in a slot only a company fills ("a bid for Lactosur",
// "battery start-up Ionfield", "Tenmark-backed").
import type { EntityCandidate } from './entities.js';

/**
 * How strong a cue is: overrules the tagger's person and place, only its place, only its person, or
 * only a one-word person ("Qantas said it would buy", where "Jane Roe said it" may mean another firm).
 */
type Overrule = 'overrules' | 'overrules-place' | 'overrules-person' | 'overrules-one-word-person';
type Cue = readonly [cue: string, example: string, overrules?: Overrule];

/**
 * Words right before a name that make it an organization; each with an example, and whether the cue
 * is strong enough to overrule the statistical tagger's person or place ("merge with Great Lakes
 * Mobile"), or only types a name nothing else typed ("talks with Kovalen": people hold talks too).
 */
const BEFORE: readonly Cue[] = [
  [
    '(?:a |controlling |minority |majority |\\d+(?:\\.\\d+)?% )?stake in',
    'took a 20% stake in Ionfield',
    'overrules',
  ],
  ['(?:its )?holding in', 'raised its holding in Pyxis', 'overrules'],
  [
    '(?:largest |biggest |major |single largest )?(?:shareholder|stakeholder) in',
    'the largest shareholder in Medisync',
    'overrules',
  ],
  ['(?:a )?(?:bid|offer|tender offer) for', 'is weighing a bid for Lactosur', 'overrules'],
  ['(?:takeover|acquisition|purchase|buyout) of', 'completed its purchase of Keel', 'overrules'],
  [
    '(?:(?:agreed |plans |offered |moved )?to|would|will) (?:acquire|buy|take over)',
    'agreed to buy Fenwick',
    'overrules',
  ],
  // Why: people buy companies too, so the buyer after "by" overrules only a tagged place.
  [
    "(?:acquisition|purchase|takeover|buyout) of (?:[\\w.&'’-]+ ){1,5}?by",
    'the acquisition of Perseid by Astellas',
    'overrules-place',
  ],
  [
    '(?:merge[ds]?|merging|merger|combine[ds]?|combining|combination) with',
    'agreed to merge with Larchmont',
    'overrules',
  ],
  // Why: what a company acquires is a company ("Kinross acquired Echo Bay"); a known place stays one
  // (checked before the cues), and "acquired Dover-based X" leaves "Dover" alone (see DESCRIBES_NEXT).
  // "bought" and "purchased" stay out: goods and property are bought too ("purchased the Lotus Mk4").
  [
    '(?:acquired|acquires|took over|completed (?:its |the )?(?:acquisition|takeover) of)',
    'Kinross acquired Ecobay',
    'overrules',
  ],
  ['(?:talks|negotiations) with', 'in talks with Kovalen'],
  // Why: companies sign these (people sign employment and consulting agreements, left out).
  [
    '(?:collaboration|license|licensing|supply|distribution|co-promotion|manufacturing|merger|credit|loan) agreements? with',
    'Under the collaboration agreement with Merck',
    'overrules',
  ],
  // Why: a university or employer is the slot; cities take "in" ("worked in Chicago").
  [
    '(?:professor|lecturer|researcher|scientist|dean|fellow|taught|teaches|lectured|lectures|career|positions?|(?:worked|works|working|employed|began work|started work)(?: as (?:an? )?[a-z]+)?) (?:of [a-z]+ )?(?:at|for|by)',
    'was a professor at Harvard',
    'overrules-place',
  ],
  // Why: one joins an employer ("Prior to joining Anaeko, Denis was chairman"); "after leaving Paris" is a place.
  [
    '(?:prior to|before|after|since|upon|until) (?:joining|rejoining)',
    'Prior to joining Anaeko',
    'overrules',
  ],
  // Why: a person joins an employer, a team or a party; a town is moved to, not joined.
  ['(?:has |had |have )?(?:joined|rejoined)', 'Daniel Feldmann joined Timbercreek', 'overrules-place'],
  // Why: an officer's title names the employer ("Assistant Controller of Williams"); people and places
  // follow some of these words too ("director of John Smith's campaign", "president of France"), so this
  // only types a name nothing else typed.
  [
    '(?:chief (?:executive|financial|operating|technology|information|accounting) officer|controller|treasurer|general counsel|managing director|general manager|vice president|chief executive|manager|CEO|CFO|COO|CTO) (?:of|at)',
    'served as Assistant Controller of Williams',
  ],
  // Why: "While at Pender, Ms. Norstrud served …": a place takes "in".
  [
    '(?:^|\\. |, )(?:while|when) (?:he was |she was |they were )?(?:at|with)',
    'While at Pender',
    'overrules-place',
  ],
  // Why: places are founded too ("founded Rome"), so this overrules a person only.
  [
    '(?:co-?founded|founded|co-?founding|founding|established|establishing|incorporated|formed|set up)',
    'who founded Pixora',
    'overrules-person',
  ],
  ['(?:sold|sell|sells|selling) (?:it |itself |the unit |the business )?to', 'sold the unit to Westrand'],
  // Why: people buy and back companies too ("bought by Warren Buffett"): a tagged person stays one.
  ['(?:bought|acquired|owned|backed|controlled) by', 'was bought by Obsidian', 'overrules-place'],
  [
    '(?:invested|investing|invests|invest|investment|funding round|round)(?: (?:(?:US|A|C|S|HK)?[$€£¥]|EUR |USD )?\\d[\\d.,]*(?: (?:million|billion|bn|mln|m))?)? in',
    'invested $25 million in Qubitline',
    'overrules',
  ],
  [
    '(?:a |an |its |the )?(?:joint venture|JV|memorandum of understanding|MoU|MOU|codeshare (?:agreement|deal)|licensing (?:agreement|deal)|supply (?:agreement|deal)) with',
    'plans a joint venture with Indus',
    'overrules',
  ],
  [
    '(?:partnered|teamed up|joined forces|partnering|partnership|alliance) with',
    'formed an alliance with Corvane',
    'overrules-place',
  ],
  ['(?:subsidiary|unit|division|arm|affiliate|parent) of', 'a unit of Arvana', 'overrules'],
  [
    '(?:start-up|startup|rival|competitor|peer|brand|label|subsidiary|unit|lender|insurer|retailer|miner|chipmaker|carmaker|automaker|drugmaker|maker|developer|operator|studio|fund|investor|firm|company|group|network|platform|chain|airline|carrier|manufacturer|supplier|provider|bank|grocer|utility|conglomerate)',
    'remittance start-up Sendo',
    'overrules-place',
  ],
];

const cueRegex = (cues: readonly string[]): RegExp =>
  new RegExp(`\\b(?:${cues.join('|')}),? (?:the |[A-Z][\\w.&-]*['’]s )?$`, 'i');
/** What the tagger gave a name: a person, a one-word person, or a place. */
type Tagged = 'Person' | 'OneWordPerson' | 'Place';
const OVERRULED_BY: Record<Tagged, readonly Overrule[]> = {
  Person: ['overrules', 'overrules-person'],
  OneWordPerson: ['overrules', 'overrules-person', 'overrules-one-word-person'],
  Place: ['overrules', 'overrules-place'],
};
/** The cues of a table that type a name the tagger gave `tagged` (undefined: every cue). */
const cuesFor = (table: readonly Cue[], tagged?: Tagged): string[] =>
  table
    .filter(([, , o]) => tagged === undefined || (o !== undefined && OVERRULED_BY[tagged].includes(o)))
    .map(([cue]) => cue);
const BEFORE_CUE = cueRegex(cuesFor(BEFORE));
const OVERRULING_PLACE = cueRegex(cuesFor(BEFORE, 'Place'));
const OVERRULING_PERSON = cueRegex(cuesFor(BEFORE, 'Person'));
/** Words right after a name that make it an organization; the example's name is its first word. */
const AFTER: readonly Cue[] = [
  ['-(?:backed|owned|controlled|led|funded)\\b', 'Tenmark-backed Obsidian Arc', 'overrules'],
  [
    // Why: an appositive naming what the thing is. No preposition may sit inside it ("Ana Ruiz, a
    // partner at the firm" is a person at a company), and the noun must end it, so "a fund manager"
    // or "a company director" (people) are no cue.
    ", (?:a|an) (?:(?!(?:at|of|for|in|with|from|to|on|by|and|or|who|which|that)\\b)[\\w$%.&’'-]+ ){0,4}" +
      '(?:start-?up|company|firm|[\\w-]*maker|manufacturer|provider|lender|bank|insurer|retailer|miner|supplier|conglomerate|subsidiary|studio|brokerage|airline|carrier|utility|chain|refiner|grocer|platform|outfit|business|group)' +
      '(?= ?[,.;:)]|$| (?:that|which|whose|based|headquartered|in|with|owned|backed|controlled|led|since|and)\\b)',
    'Qubitline, a quantum computing start-up.',
    'overrules',
  ],
  [
    // Why: people are not acquired (sports signings aside); a tagged place is not either.
    '(?: \\( ?(?:which was |later )?|,? (?:which |that )?(?:was|has been|had been|is being|will be|agreed to be) )(?:acquired|bought|purchased|taken over) by\\b',
    'Myogen was acquired by Gilead Sciences in 2006.',
    'overrules',
  ],
  [
    // Why: a title and a person's name after a name make it the employer ("Gogoro Founder and CEO
    // Horace Luke said"); a country before a title ("U.S. President Joe Biden") is a place, so this
    // overrules only a tagged person.
    ' (?:(?:[Cc]o-?)?[Ff]ounder|CEO|CFO|COO|CTO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Cc]hairman|[Cc]hairwoman|[Mm]anaging [Dd]irector)(?:,? (?:and|&) (?:(?:[Cc]o-?)?[Ff]ounder|CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Cc]hairman|[Cc]hairwoman|[Pp]resident))? \\p{Lu}[\\p{Ll}.]+ (?:\\p{Lu}\\.? )?\\p{Lu}\\p{Ll}',
    'Gogoro Founder and CEO Horace Luke said the riders would benefit.',
    'overrules-person',
  ],
  [
    // Why: what only a company has or does ("Hiab's products", "Rothstein Kass audited the statements",
    // "Bajaj Auto said in a regulatory filing"); a place has products and factories too, so a person only.
    '(?: \\( ?["“]?\\p{L}+["”]?)? or the ["“]?(?:Company|Corporation|Registrant|Partnership)\\b| ?(?:[\'’]s?|s[\'’]) (?:products|customers|subsidiaries|subsidiary|revenues?|net sales|shareholders|stockholders|financial statements|common stock|board of directors)\\b| audited\\b|,? said (?:in|on) (?:a|an|its) (?:regulatory|stock exchange|exchange|securities) filing',
    "Hiab's products are sold worldwide.",
    'overrules-person',
  ],
  [
    // Why: people are born, not established; places are founded too ("Rome was founded"), so a person only.
    ' (?:was|were|has been|had been) (?:originally |first |formally )?(?:established|incorporated|founded|co-founded|formed|set up|created(?= (?:in|by|on)\\b))\\b',
    'Gibbs was originally established in Adams by Dennis Gibbs.',
    'overrules-person',
  ],
  [
    // Why: people and places are not headquartered anywhere.
    ',? (?:is |was |are |were |has been )?(?:now |currently |also )?headquartered (?:in|at)\\b',
    'Carbidex is headquartered in Warren, Michigan.',
    'overrules',
  ],
  [
    // Why: a copular description whose head noun only names an organization ("was a professional
    // football team based in"); no preposition may sit inside it ("a member of the team" is a person).
    "(?: \\([^()]{1,60}\\))?,? (?:is|was|are|were) (?:a|an) (?:(?!(?:at|of|for|in|with|from|to|on|by|who|which|that)\\b)[\\w$%.&’'-]+,? ){0,5}" +
      '(?:company|firm|corporation|team|club|league|band|brand|charity|non-?profit|foundation|association|organi[sz]ation|manufacturer|[\\w-]*maker|retailer|publisher|developer|airline|carrier|bank|lender|insurer|network|broadcaster|label|orchestra|supergroup|conglomerate|start-?up|subsidiary|store|shop|agency|studio|consultancy)' +
      '(?=[,.;:)]|$| (?:that|which|based|headquartered|founded|established|formed|owned|specializing|specialising|located|from)\\b)',
    'Marchesa is a brand specializing in high end womenswear.',
    'overrules',
  ],
  [
    ',? (?:is |was |became |has become |remains )?(?:a |an |the )?(?:wholly[- ]owned |majority[- ]owned )?(?:subsidiary|unit|division|affiliate) of\\b',
    'Airstream is a subsidiary of Thor Industries.',
    'overrules',
  ],
  [
    // Why: "it" right after "X said" is X itself, and a person is "he" or "she"; the verb must be a
    // company's deed, since "Smith said it would be hard" speaks of something else.
    ' said(?: (?:on )?[A-Z][a-z]+day| in a (?:statement|filing|release))?,? (?:that )?it (?:(?:would|will|has|had|plans to|planned to|agreed to|has agreed to|had agreed to|intends to|expects to|aims to|is to) )?' +
      '(?:buy|bought|acquire|acquired|sell|sold|build|open|close|closed|invest|invested|merge|raise|raised|issue|form|set up|launch|sign|signed|complete|completed|agree|agreed|post|posted|report|reported)\\b',
    'Qantas said on Monday it would buy Jetstar.',
    'overrules-one-word-person',
  ],
  [
    // Why: people sign contracts too ("signed a two-year deal"), so this only types an untyped name.
    ' (?:has |have |had )?(?:signed|entered into|inked|struck) (?:an? |the )?(?:[\\w-]+ ){0,3}?(?:MoU|MOU|memorandum|partnership|joint venture|pact|alliance)\\b',
    'Tidalco has entered into a non-binding MoU with the port.',
  ],
];

const afterRegex = (cues: readonly string[]): RegExp => new RegExp(`^(?:${cues.join('|')})`, 'u');
const AFTER_CUE = afterRegex(cuesFor(AFTER));
const AFTER_OVERRULING_PLACE = afterRegex(cuesFor(AFTER, 'Place'));
const AFTER_OVERRULING_PERSON = afterRegex(cuesFor(AFTER, 'Person'));
const AFTER_OVERRULING_ONE_WORD = afterRegex(cuesFor(AFTER, 'OneWordPerson'));

/**
 * A name that only describes the next one: "to buy Dover-based Keel", "a merger with Scranton, Penn.-based
 * Third National" (a place chain), tokenised "Bermuda - based". The slot's company is the next name.
 */
const DESCRIBES_NEXT =
  /^(?:(?:,? [A-Z][\w.]*(?: [A-Z][\w.]*)?)?-based|(?:-| - )(?:based|headquartered|born))\b/u;

/** The example phrases of the context table (for tests). */
export const ORG_CONTEXT_EXAMPLES: readonly string[] = BEFORE.map(([, example]) => example);
/** The example phrases of the after-name table (for tests); the name is each one's first word. */
export const ORG_CONTEXT_AFTER_EXAMPLES: readonly string[] = AFTER.map(([, example]) => example);

/**
 * Whether the words around a name are a slot only companies fill (60 characters before, 90 after).
 * With `overruling`, only the cues strong enough to overrule the statistical tagger's person or place.
 */
export function organizationByContext(
  text: string,
  c: Pick<EntityCandidate, 'start' | 'end'>,
  overruling?: 'Person' | 'Place',
): boolean {
  const before = text.slice(Math.max(0, c.start - 60), c.start);
  const after = text.slice(c.end, c.end + 90);
  if (DESCRIBES_NEXT.test(after)) return false;
  const oneWord = !/\s/u.test(text.slice(c.start, c.end));
  const [cue, afterCue] =
    overruling === 'Person'
      ? [OVERRULING_PERSON, oneWord ? AFTER_OVERRULING_ONE_WORD : AFTER_OVERRULING_PERSON]
      : overruling === 'Place'
        ? [OVERRULING_PLACE, AFTER_OVERRULING_PLACE]
        : [BEFORE_CUE, AFTER_CUE];
  return cue.test(before) || afterCue.test(after);
}
