// Founding dates (Organization → Date): "founded in 1998", "established in May 2006".
import type { RelationRule } from './types.js';

const FOUNDED =
  '(?:co-?)?(?:founded|established|formed|launched|created|incorporated|started|set up|organized|organised)';

/**
 * The founded organization, with its alias when one follows in parentheses: "Fulford Enterprises (FE)"
 * gives the fact for both names (a capture with two mentions yields two subjects).
 */
const S_ORG = '(?<s>{ORG}(?: \\({ORG}\\))?)';

/** {GAP} (template.ts) without its greedy twin: a rule with {GAP} also runs with the gap greedy. */
const LAZY_GAP = '(?:(?!⟦[OP])[^;:()⟦]|⟦[LD]\\d+⟧){0,80}?';

export const FOUNDING_RULES: RelationRule[] = [
  {
    id: 'org-founded-in',
    relation: 'FOUNDED_ON',
    // Why: after a preposition the date is the head noun's ("an arrangement with GM established in 1985").
    // The gap is {GAP} but only lazy: the farthest founding clause is another name's ("MPG was created
    // in March 1999 as a merger between Media Planning founded in 1978 …").
    pattern: `(?<!\\b(?:with|to|for|from|by|under|against|between) )${S_ORG}${LAZY_GAP} (?:was |is |has been |were )?${FOUNDED} (?:as {DESC}{ORG} |by (?:[\\w-]+ ){0,3}?(?:{PERS}|{ORG}),? |[\\w ]{0,40}? )?(?:(?:in|at) (?:the )?{LOCS},? )?(?:in|on) (?:early |late |mid-)?{o:DATE}`,
    example: 'Hemglass was originally founded by the Swedish Eric Ericsson in 1968.',
    confidence: 0.85,
    fixedStatus: true,
  },
  {
    id: 'fronted-founded-in',
    relation: 'FOUNDED_ON',
    pattern: `^(?:Founded|Co-founded|Established|Formed|Set up|Started|Launched|Incorporated)(?: by {PERS})? in (?:early |late |mid-)?{o:DATE}(?: by {PERS})?(?: in {LOCS})?, {DESC}${S_ORG}`,
    example: 'Founded in 2010 by Jane Roe, Acme Corp. makes chips.',
    confidence: 0.85,
    fixedStatus: true,
  },
  {
    id: 'fronted-founded-by',
    relation: 'FOUNDER_OF',
    pattern: `^(?:Founded|Co-founded|Established|Started|Set up|Launched|Created|Formed)(?: in (?:early |late |mid-)?{DATE})? by (?:[A-Za-z.-]+ ){0,3}?{s:PERS}(?: in (?:early |late |mid-)?{DATE})?, {DESC}{o:ORG}`,
    example: 'Founded in 2010 by Jane Roe and Li Wen, Acme Corp. makes chips.',
    confidence: 0.85,
    fixedStatus: true,
  },
  {
    id: 'founded-org-in',
    relation: 'FOUNDED_ON',
    // Why: "started working for the BBC in 2000" is a career, "started trading on the Nasdaq in 2010" a
    // listing, not a founding; "his own company X" names the founder by a pronoun (a ⟦P⟧ marker).
    pattern: `(?:${FOUNDED}|(?:co-?)?founding|establishing|setting up|forming) (?!(?:working|work|to|as|at|with|for|out|by|from|on|in|trading|operations|operating|business|selling|making|production|producing)\\b)(?!⟦O\\d+⟧ (?:operations?|business|work)\\b)(?:⟦P\\d+⟧ own )?{DESC}${S_ORG}(?: [a-z]+)?,? (?:a [^⟦]{0,60}?)?(?:in|on) {o:DATE}`,
    example: 'Ana Lima founded MediBridge Inc., a health platform, in 1994.',
    confidence: 0.8,
    fixedStatus: true,
  },
  {
    id: 'in-date-founded-org',
    relation: 'FOUNDED_ON',
    // Why: "moved to Japan in 1981 and set up X in 1985": after "and" the date belongs to the other clause.
    pattern: `\\b(?:In|in) {o:DATE}(?!,? and\\b),? (?:(?:[^⟦]|⟦L\\d+⟧){0,30}?)?(?:{PER} |he |she |they |we )?${FOUNDED} {DESC}${S_ORG}`,
    example: 'In 1991, Paul Smith founded Mega International Srl in Paris.',
    confidence: 0.8,
    fixedStatus: true,
  },
  {
    id: 'founded-in-date-org-is',
    relation: 'FOUNDED_ON',
    pattern: `(?:Founded|Established|Formed|Launched|Incorporated) in {o:DATE}[^⟦]{0,80}?, ${S_ORG}(?: \\([^()⟦]{0,40}\\))? (?:is|was|has|had|became|operates|remains)`,
    example: 'Founded in 1998 by three women, Young Survival Coalition Inc. is a nonprofit.',
    confidence: 0.8,
    fixedStatus: true,
  },
  {
    id: 'since-its-founding-in',
    relation: 'FOUNDED_ON',
    pattern: `\\b(?:[Ss]ince|[Aa]fter|[Uu]pon|[Ff]rom) (?:its |their |our )(?:founding|establishment|inception|formation|creation|incorporation|launch) in {o:DATE}, {DESC}${S_ORG}`,
    example: 'Since its founding in 2006, the Harbor Policy Institute has published a monthly review.',
    confidence: 0.8,
    fixedStatus: true,
  },
  {
    id: 'since-its-founding-pronoun',
    relation: 'FOUNDED_ON',
    // Why: with no name after it ("operated as a firm from its founding in 1880 until …"), the date is
    // the pronoun's company; a name may stand before it ("Acme has grown since its founding in 1985").
    pattern: `\\b(?:since|after|upon|from|at|with) {s:ORG} (?:founding|establishment|inception|formation|creation|incorporation) in (?:early |late |mid-)?{o:DATE}`,
    example: 'Fenwick Tools operated as an independent firm from its founding in 1880 until 1980.',
    confidence: 0.8,
    fixedStatus: true,
  },
  {
    id: 'org-company-founded-in',
    relation: 'FOUNDED_ON',
    // Why: a name may modify the description ("a cloud ⟦O⟧ company he co-founded"), but not after a
    // preposition ("a unit of ⟦O⟧ founded in 1990" dates the other company); a relative "which" that is
    // a mention itself ("a cloud company which he co-founded") is read through.
    pattern: `${S_ORG},? (?:now |then |once |today |still )?(?:an? |the )(?:[^⟦;]|(?<!\\b(?:of|by|with|from|for|to|and|between|at|in) )⟦O\\d+⟧(?= [a-z]+ | ⟦P\\d+⟧ ${FOUNDED})){0,60}? (?:{PER} |they )?${FOUNDED} in {o:DATE}`,
    example: 'He is chairman of Anaeko Ltd., a cloud company he co-founded in 2004.',
    confidence: 0.8,
    fixedStatus: true,
  },
  {
    id: 'org-which-founded-in',
    relation: 'FOUNDED_ON',
    // Why: the relative clause is the name's ("Latitude Partners, which he co-founded in 1999"); its home
    // may sit between ("Freshwater Pictures, based in Brisbane, Queensland, which she founded in 2001").
    pattern: `${S_ORG}(?:,? (?:based|headquartered|located) in {LOCS})?,? (?:which|that) (?:(?:{PER}|he|she|they|we) )?(?:had |has |have |later |also )?(?:was |were |has been |had been )?${FOUNDED} (?:[\\w ]{0,30}? )?(?:in|on) (?:early |late |mid-)?{o:DATE}`,
    example:
      'Prior to joining Bonnefield, he was the Managing Partner of Latitude Partners, which he co-founded in 1999.',
    confidence: 0.8,
    fixedStatus: true,
  },
  {
    id: 'founder-of-org-in',
    relation: 'FOUNDED_ON',
    // Why: "was a co-founder of TVI in 1980": the year is the founding's, not the person's.
    pattern: `\\b(?:co-?)?(?:founder|founding (?:member|partner|director)) of {DESC}${S_ORG}(?: \\([^()]{0,40}\\))? in (?:early |late |mid-)?{o:DATE}`,
    example: 'Marquardt was a co-founder of Technology Venture Investors in 1980.',
    confidence: 0.75,
    fixedStatus: true,
  },
  {
    id: 'in-date-founder-of-org',
    relation: 'FOUNDED_ON',
    pattern: `\\b(?:In|in) {o:DATE},? (?:{PER}|he|she) (?:was|became) (?:a |one of the )?(?:co-?founders?|founding members?) of {DESC}${S_ORG}`,
    example: 'In 1854 he was a founding member of the Société Botanique de France.',
    confidence: 0.75,
    fixedStatus: true,
  },
  {
    id: 'date-creation-of-org',
    relation: 'FOUNDED_ON',
    pattern: `\\b(?:the |its )?{o:DATE} (?:creation|founding|establishment|formation|incorporation|launch) of {DESC}${S_ORG}`,
    example: 'Following the 1947 creation of the Central Intelligence Agency he rose in its ranks.',
    confidence: 0.8,
    fixedStatus: true,
  },
  {
    id: 'creation-of-org-in',
    relation: 'FOUNDED_ON',
    // Why: the founding as a noun or gerund with its date after the name ("leading to the foundation of
    // Auto Union in 1932"); a description may stand before the name as an appositive ("in setting up the
    // national carrier, Air Mauritius, in 1967"). A preposition before the name makes it another party
    // ("the creation of a joint venture with Beta in 2010").
    pattern: `\\b(?:(?:creation|founding|foundation|establishment|formation|incorporation) of|setting up|establishing|creating|forming) (?:(?:the |an? )(?:[\\w-]+ ){0,6}?[\\w-]+, )?(?!(?:[\\w-]+ ){0,3}(?:with|between|by|from|to|and|for|of|at|in) ){DESC}${S_ORG},? (?:in|on) (?:early |late |mid-)?{o:DATE}`,
    example: 'The origins are complex, leading to the foundation of Auto Union in 1932.',
    confidence: 0.8,
    fixedStatus: true,
  },
  {
    id: 'org-established-date',
    relation: 'FOUNDED_ON',
    // Why: a sign-style apposition without "in" ("Zip's Cafe, established 1926, is …").
    pattern: `${S_ORG}(?: \\([^()]{0,40}\\))?, (?:established|founded|est\\.|since) {o:DATE}(?=[,.;)]|$)`,
    example: "Zip's Cafe, established 1926, is one of the well-known restaurants on the Square.",
    confidence: 0.8,
    fixedStatus: true,
  },
  {
    id: 'founded-as-org-in',
    relation: 'FOUNDED_ON',
    // Why: "was established as Český Mobil in 1999": the date is the first name's founding.
    pattern: `\\b(?:co-?founded|founded|established|formed|started|incorporated|created|set up|launched) as {DESC}${S_ORG}(?: \\([^()]{0,40}\\))?,? (?:in|on) (?:early |late |mid-)?{o:DATE}`,
    example: 'The lender was established as Harbor Savings Bank (HSB) in 1999.',
    confidence: 0.8,
    fixedStatus: true,
  },
  {
    id: 'org-began-operations-in',
    relation: 'FOUNDED_ON',
    pattern: `${S_ORG}{GAP} (?:began|started|commenced) (?:its |their )?(?:operations?|operating|business) (?:(?:in|at) {LOCS} |there )?in (?:early |late |mid-)?{o:DATE}`,
    example:
      'Fabtek Inc. was a video kit company founded in Bellevue and started its operations there in 1987.',
    confidence: 0.75,
    fixedStatus: true,
  },
  {
    id: 'org-parenthetical-founded',
    relation: 'FOUNDED_ON',
    pattern: `${S_ORG} \\((?:originally |first )?(?:founded|established|formed|created|incorporated|est\\.)(?: in| on)? {o:DATE}\\)`,
    example: 'Three clubs merged: the Commercial Club (founded in 1893) and two others.',
    confidence: 0.8,
    fixedStatus: true,
  },
];
