// Organization → Place, Place → Place and Person → Place rules.
import { FACILITY } from '../lexicons/facilities.js';
import { ORG_NOMINALS } from '../lexicons/organizations.js';
import type { RelationRule } from './types.js';

/** A compass word before a place: "northern Algeria", "south-east Algeria". */
const DIRECTION =
  '(?:north|south|east|west|central|northern|southern|eastern|western)(?:-?(?:east|west|eastern|western))?';
/** What may open an item of a list of places: "Minnesota, Iowa, eastern Kansas and the District of Columbia". */
const LIST_LEAD = `(?:(?:the|parts of|${DIRECTION})\\s+)?`;

/** Nouns that describe a company ("insurer", "mobile operator"), as an alternation. */
const NOMINAL = `(?:${[...ORG_NOMINALS].join('|')})`;
/** What a name may modify before "based in": "a Premier League football club", "a NATO research centre". */
const DESCRIBED = `(?:${[...ORG_NOMINALS].join('|')}|club|team|league|band|orchestra|network|station|school|charity|organi[sz]ation|foundation|association|society|agency|centre|center)`;

export const LOCATION_RULES: RelationRule[] = [
  {
    id: 'org-is-place-nominal',
    relation: 'BASED_IN',
    pattern: `{s:ORG}(?:,| is| was| remains| has become| became) (?:now )?{o:LOC}['’]s (?:[a-z][\\w-]* ){0,3}?${NOMINAL}s?\\b`,
    example: "Kivu Telecom, Rwanda's second-largest mobile operator, plans a merger.",
    confidence: 0.8,
    statusCue: 'match',
  },
  {
    // Why: a monitoring service's source line names the city, then the paper or broadcaster in it:
    // "Moscow IZVESTIYA in Russian 23 Mar 94 p 3", "Paris Radio Monte Carlo in Arabic 1700 GMT".
    id: 'source-line-place-org',
    relation: 'BASED_IN',
    pattern:
      '^(?:[A-Z0-9]{8,} )?{o:LOC} (?:the )?{s:ORG}(?= in (?:[A-Z][a-z]+|{LOC}) (?:\\d|{DATE}|[A-Z][a-z]{2} \\d|No\\.? \\d)| \\d{1,2} [A-Z][a-z]{2} \\d{2}\\b|$)',
    example: 'Moscow IZVESTIYA in Russian 23 Mar 94 p 3',
    confidence: 0.85,
  },
  {
    // Why: the same source line after a headline ends with the item's serial number, which mixes
    // capitals and digits: "… Move to Cities OW1102132994 Beijing XINHUA in English 1313 GMT".
    id: 'source-line-after-serial',
    relation: 'BASED_IN',
    pattern:
      '\\b(?=[A-Z]*\\d)(?=\\d*[A-Z])[A-Z0-9]{8,} {o:LOC} (?:the )?{s:ORG}(?= in (?:[A-Z][a-z]+|{LOC}) (?:\\d|{DATE}|[A-Z][a-z]{2} \\d|No\\.? \\d)| \\d{1,2} [A-Z][a-z]{2} \\d{2}\\b|$)',
    example: 'Farm Laborers Move to Cities OW1102132994 Beijing XINHUA in English 1313 GMT 11 Feb 94',
    confidence: 0.85,
  },
  {
    id: 'x-based-org',
    relation: 'BASED_IN',
    pattern: '{o:LOC}(?:, {LOC})?-based (?:[\\w-]+ ){0,3}?{s:ORG}',
    example: 'Westborough-based Ascend Elements recycles batteries.',
    confidence: 0.9,
    statusCue: 'match',
  },
  {
    id: 'org-appositive-x-based',
    relation: 'BASED_IN',
    // Why: an appositive or a copula ("X is a Boston-based firm"); in "its merger with Laval,
    // Quebec-based Beta" the place is Beta's.
    pattern:
      '{s:ORG}(?:, (?:which (?:is|was) )?(?:an? |the )| (?:is|was|has been) (?:an? |the )?)(?:[\\w-]+ ){0,2}?{o:LOC}(?:, {LOC})?-based',
    example: 'GEM Co., a Shenzhen-based firm, recycles batteries.',
    confidence: 0.9,
    statusCue: 'match',
  },
  {
    id: 'org-based-in',
    relation: 'BASED_IN',
    pattern: `{s:ORG}(?! and (?:is|was|has been) )(?! (?:[a-z][\\w-]* ){0,2}${DESCRIBED}s? (?:based|headquartered)\\b)(?:,| is| was| has been| which is| remains)? {GAP}\\b(?<!regional )(?:based|headquartered|headquarters|HQ|HQed) (?:is )?in (?:unincorporated )?{o:LOCS}`,
    // Why: a name right before "and is headquartered in" is the object of the clause's verb ("Verizon
    // Wireless is wholly owned by Verizon Communications and is headquartered in"): org-clause-and-based-in.
    // A name before a describing noun is its modifier ("a Premier League football club based in").
    example: 'Acme Corp., based in Boston, makes pumps.',
    confidence: 0.85,
    statusCue: 'match',
  },
  {
    // Why: a coordinated clause keeps the sentence's subject: "Withamsville-Tobasco Elementary School has
    // more than 40 teachers and is located in Cincinnati"; other names may sit in the first clause.
    id: 'org-clause-and-based-in',
    relation: 'BASED_IN',
    pattern:
      '^(?:[^⟦,;]{0,30}(?:⟦D\\d+⟧)?, )?(?:The |the )?{s:ORG}(?: \\([^()]{0,40}\\))? (?:is|was|has|had|operates|employs|makes|has been)\\b(?:[^;:⟦]|⟦[LDO]\\d+⟧){0,120}? and (?:is|was|has been) (?:now |currently |also )?(?:based|headquartered|located) in {o:LOCS}',
    example:
      'Verizon Wireless is wholly owned by Verizon Communications Inc. and is headquartered in Basking Ridge, N.J.',
    confidence: 0.8,
    statusCue: 'match',
  },
  {
    // Why: a home that moved, told in one clause: "originally based in Ocala, Florida, then in Robbins,
    // North Carolina, and now in Star, North Carolina" (every place of it; org-based-in has the first).
    id: 'org-based-in-then-in',
    relation: 'BASED_IN',
    pattern:
      '{s:ORG}(?:,| is| was| has been| which is| remains)? {GAP}\\b(?:based|headquartered) (?:in|out of) {LOCS}{GAP},? (?:and )?(?:then|later|subsequently|afterwards|now|currently|today)(?: (?:based|headquartered|located))? in (?:the [\\w-]+ (?:in|of) )?{o:LOCS}',
    example: 'Acme Corp. is an aircraft maker originally based in Wylie, Texas, and now in Austin, Texas.',
    confidence: 0.8,
    statusCue: 'match',
  },
  {
    id: 'org-located-in',
    relation: 'BASED_IN',
    // Why: an organization itself "is located in" its home; a site of it is a facility rule's business.
    // Without a copula or comma the phrase may be a branch's ("a franchisee of X located in Naples").
    pattern:
      '{s:ORG}(?: \\([^()]{0,40}\\))?(?:,| is| are| was| has been|,? which is) (?:(?:proudly|currently|now|also|conveniently|centrally|still) )?located (?:in|at) (?:downtown |the (?:city|town|village) of )?{o:LOCS}',
    example: 'The Cabell County Public Library is located in Huntington, West Virginia.',
    confidence: 0.8,
    statusCue: 'match',
  },
  {
    id: 'org-is-place-adjective-nominal',
    relation: 'BASED_IN',
    // Why: a place as the description's modifier ("is a Texas community bank", "is a major U.S. airline"),
    // in a copula or an appositive ("Harbor Holdings Limited, a Hong Kong corporation and …").
    pattern: `{s:ORG}(?: \\([^()]{0,40}\\))?(?:,? (?:is|was)|,) (?:an? |the )(?:[a-z][\\w-]* ){0,2}?{o:LOC} (?:[a-z][\\w-]* ){0,3}?${NOMINAL}s?\\b`,
    example: 'Falcon International Bank is a Texas community bank founded in 1986.',
    confidence: 0.8,
    statusCue: 'match',
  },
  {
    id: 'org-is-description-based-in',
    relation: 'BASED_IN',
    // Why: a long copular description ("is a British music recording and publishing company,
    // headquartered in London"); a name inside it only as a modifier ("a ⟦O⟧ football club based in"),
    // never after a preposition ("a subsidiary of ⟦O⟧ based in" is the parent's home).
    pattern:
      '{s:ORG},? (?:is|was|are|were) (?:now |currently )?(?:an? |the |one of the )(?:[^⟦;()]|⟦L\\d+⟧|(?<!\\b(?:of|by|with|from|for|to|and|between|at|in|on|under|like|including) )⟦O\\d+⟧(?= [a-z])){0,160}?,? (?:(?:now|currently) )?(?:based|headquartered) in {o:LOCS}',
    example:
      'EMI Music is a British multinational music recording and publishing company, and electronics systems manufacturing company, headquartered in London, England.',
    confidence: 0.85,
    statusCue: 'match',
  },
  {
    id: 'fronted-based-in',
    relation: 'BASED_IN',
    pattern:
      '^(?:(?:(?:Founded|Established|Formed|Incorporated) (?:in (?:{DATE}|\\d{4}) )?and )?(?:Now |Originally )?(?:[Bb]ased|[Hh]eadquartered)|With (?:its )?headquarters) in {o:LOCS}, {DESC}{s:ORG}',
    example: 'Based in Austin, Texas, Acme Corp. makes chips.',
    confidence: 0.85,
    statusCue: 'match',
  },
  {
    id: 'org-headquarters-in',
    relation: 'BASED_IN',
    pattern:
      "{s:ORG}(?:'s|’s| (?:currently |now |also )?(?:has|had|maintains|keeps) (?:its|their))? (?:global |corporate |world )?(?:headquarters|head office|main office|registered office|home base) (?:is |are |was |were )?(?:located )?(?:(?:at|in the) (?:(?! and )[^⟦,;.]|⟦[OL]\\d+⟧){1,40}? in )?(?:in )?(?:nearby )?{o:LOCS}",
    // Why: a building or campus may come first ("Its main office was in the IDX Tower in Seattle"), but
    // not a second place ("its headquarters in Oslo and a regional headquarters in Dubai").
    example: "Acme Corp.'s headquarters are in Boston.",
    confidence: 0.85,
    statusCue: 'match',
  },
  {
    id: 'org-of-place',
    relation: 'BASED_IN',
    pattern:
      '{s:ORG} of (?<o>{LOC}(?:, {LOC})?)(?= said|, said| and|,|\\.|;|$| has| is| was| announced| reported| agreed)',
    example: 'Acme Corp of Boston said sales rose.',
    confidence: 0.7,
  },
  {
    id: 'place-possessive-org',
    relation: 'BASED_IN',
    pattern: "{o:LOC}(?:'s|’s) (?:[a-z][\\w-]* ){0,2}?{s:ORG}",
    example: "Japan's Itochu agreed to buy the stake.",
    confidence: 0.75,
    statusCue: 'match',
  },
  {
    id: 'place-nominal-org',
    relation: 'BASED_IN',
    pattern:
      '{o:LOC} (?:[a-z][\\w-]* )?(?:firm|company|group|bank|lender|insurer|carrier|airline|automaker|carmaker|maker|retailer|miner|giant|startup|conglomerate|chipmaker|utility) {s:ORG}',
    example: 'U.S. firm Acme Corp. makes pumps.',
    confidence: 0.75,
    statusCue: 'match',
  },
  {
    id: 'org-moved-headquarters',
    relation: 'BASED_IN',
    pattern:
      '{s:ORG}{GAP} (?:moved|relocated|moves|relocates|will move|plans to move|is moving|is relocating) (?:its |the |their )?(?:headquarters|head office|HQ|base) (?:from {LOCS} )?to {o:LOCS}',
    example: 'Acme Corp. moved its headquarters to Austin in 2021.',
    confidence: 0.8,
  },
  {
    id: 'org-moved-headquarters-from',
    relation: 'BASED_IN',
    pattern:
      '{s:ORG}{GAP} (?:moved|relocated|moves|relocates|will move|plans to move|is moving|is relocating) (?:its |the |their )?(?:headquarters|head office|HQ|base) from {o:LOCS} to {LOC}',
    example: 'Drax Parts moved its headquarters from Akron to Austin last year.',
    confidence: 0.8,
    status: 'former',
    fixedStatus: true,
  },
  {
    id: 'org-place-facility',
    relation: 'OPERATES_IN',
    pattern: `{s:ORG}(?:'s|’s)? (?:new |existing |main |largest |flagship |planned |former )?{o:LOC} ${FACILITY}\\b`,
    example: 'Jinhai Electronics will double output at its Suzhou plant.',
    confidence: 0.75,
    statusCue: 'match',
  },
  {
    id: 'orgs-joint-venture-in',
    relation: 'OPERATES_IN',
    pattern:
      '{s:ORGS}{GAP} (?:a |an |the )?(?:50-50 |equal |new )?joint venture (?:company )?(?:to [^⟦;]{0,60}? )?(?:in|covering|for|at) (?:the )?{o:LOCS}',
    example: 'Ardent Foods and Kiwi Dairy will form a joint venture in New Zealand.',
    confidence: 0.75,
  },
  {
    id: 'org-facility-in',
    relation: 'OPERATES_IN',
    pattern: `{s:ORGS}{GAP}\\b${FACILITY} (?:[\\w-]+ )?(?:in|at) {o:LOCS}`,
    example: 'Acme Corp. has established a growing presence in Poland.',
    confidence: 0.75,
  },
  {
    id: 'facility-in-place-by-org',
    relation: 'OPERATES_IN',
    // Why: the passive ("a plant in Graz will be built by Acme") names the operator after the place.
    pattern: `\\b${FACILITY} (?:[\\w-]+ )?(?:in|at) {o:LOCS}{GAP} (?:will be|would be|is to be|is being|are being|was|were|has been|have been|is|are) (?:opened|built|constructed|set up|established|developed|operated|run|launched) by {DESC}{s:ORGS}`,
    example: 'The new distribution centre in Ghent is being built by Acme Corp. with local partners.',
    confidence: 0.75,
  },
  {
    id: 'org-operates-in',
    relation: 'OPERATES_IN',
    pattern:
      '{s:ORG}{GAP} (?:operates|operated|operating|expanded|expands|expanding|expand|entered|enters|entering|opened|opens|opening|open|launched in|invested in|built|builds|building|will build|plans to build|to build|employs (?:[\\w,]+ )?(?:people|workers) in)(?: (?:an? |its |the |new )?(?:[\\w-]+ ){0,2}?(?:in|into))? {o:LOCS}',
    example: 'Acme Corp. opened a new plant in Ohio.',
    confidence: 0.7,
  },
  {
    // Why: what a company makes somewhere is where it operates: "Verakito Cells Co., which will make
    // batteries in Ohio", "Kivu Steel, which produces rebar in Goma".
    id: 'org-which-makes-in',
    relation: 'OPERATES_IN',
    pattern:
      '{s:ORG},? (?:which|that) (?:will |would |plans to |is to |is set to )?(?:also )?(?:make|makes|produce|produces|manufacture|manufactures|assemble|assembles|build|builds|mine|mines|grow|grows) (?:[\\w-]+ ){1,3}?(?:in|at) {o:LOCS}',
    example:
      'Verano Motors announced a joint venture, Verakito Cells Co., which will make batteries in Ohio.',
    confidence: 0.75,
  },
  {
    id: 'place-comma-place',
    relation: 'LOCATED_IN',
    // Why: containment of places is geography, not an event; a nearby "previously" or "plans" is about the company.
    fixedStatus: true,
    // Why: a list of places ("in Virginia, Maryland, Florida, and the District of Columbia") is no chain.
    // "Jackson, Wyo., and Gunnison, Colo." is two chains; "California, New York and Illinois" a list.
    pattern: `(?<!{LOC},\\s+${LIST_LEAD}){s:LOC}, {o:LOC}(?!,\\s+${LIST_LEAD}{LOC})(?!\\s+(?:and|or)\\s+${LIST_LEAD}{LOC})(?!,\\s+(?:and|or)\\s+${LIST_LEAD}{LOC}(?!,\\s+{LOC}))`,
    example: 'GEM is based in Shenzhen, China.',
    confidence: 0.85,
  },
  {
    id: 'place-chain-of-three',
    relation: 'LOCATED_IN',
    fixedStatus: true,
    // Why: "Fire Island National Seashore, Patchogue, N.Y.;" is one address read small to large; a list
    // of places ends with "and" or runs on ("Mexico, Guadalajara, Monterrey, Tijuana").
    pattern: `(?<!{LOC},\\s+${LIST_LEAD})(?<!\\b(?:and|or|between) ){s:LOC}, (?<o>{LOC}, {LOC})(?!,?\\s+(?:(?:and|or)\\s+)?${LIST_LEAD}{LOC})`,
    example: 'The sites are Fire Island National Seashore, Patchogue, N.Y.; and others.',
    confidence: 0.75,
  },
  {
    id: 'place-chain-of-three-tail',
    relation: 'LOCATED_IN',
    fixedStatus: true,
    pattern: `(?<!{LOC},\\s+${LIST_LEAD})(?<!\\b(?:and|or|between) ){LOC}, {s:LOC}, {o:LOC}(?!,?\\s+(?:(?:and|or)\\s+)?${LIST_LEAD}{LOC})`,
    example: 'The sites are Fire Island National Seashore, Patchogue, N.Y.; and others.',
    confidence: 0.75,
  },
  {
    id: 'place-capital',
    relation: 'LOCATED_IN',
    fixedStatus: true,
    pattern: "{o:LOC}(?:'s|’s) capital,? {s:LOC}",
    example: "Bosnia's capital, Sarajevo, is best known for 1914.",
    confidence: 0.85,
  },
  {
    id: 'place-the-capital-of',
    relation: 'LOCATED_IN',
    fixedStatus: true,
    pattern: '{s:LOC}, (?:the|its) capital of {o:LOC}',
    example: 'The report came from Yerevan, the capital of Armenia.',
    confidence: 0.85,
  },
  {
    id: 'place-comma-region',
    relation: 'LOCATED_IN',
    fixedStatus: true,
    pattern: `(?<!{LOC},\\s+${LIST_LEAD}){s:LOC}, (?:in )?(?:the )?${DIRECTION} {o:LOC}(?!,?\\s+(?:(?:and|or)\\s+)?${LIST_LEAD}{LOC})`,
    example: 'The plant is in Tizi Ouzou, northern Algeria, near the coast.',
    confidence: 0.8,
  },
  {
    id: 'place-possessive-place',
    relation: 'LOCATED_IN',
    // Why: containment of places is geography, not an event; a nearby "previously" or "plans" is about the company.
    fixedStatus: true,
    pattern:
      "\\b(?:north|south|east|west|central|northern|southern|eastern|western|northeast|northwest|southeast|southwest)(?:ern)? {o:LOC}(?:'s|’s) {s:LOC}",
    example: "The plant is in south China's Guangdong province.",
    confidence: 0.85,
  },
  {
    id: 'place-possessive-place-plain',
    relation: 'LOCATED_IN',
    fixedStatus: true,
    // Why: "Beijing's Tiananmen Square", "Zambia's Kafue River", "Miami's Dade County": a place's
    // possessive before another place contains it (the gazetteer check drops countries inside others).
    pattern: "(?<!\\b(?:from|to|between) ){o:LOC}(?:'s|’s) {s:LOC}(?!['’])",
    example: "Crocodiles in Zambia's Kafue River have devoured five people.",
    confidence: 0.8,
  },
  {
    id: 'place-is-in-place',
    relation: 'LOCATED_IN',
    fixedStatus: true,
    pattern: `{s:LOC} (?:is|was|lies|lay|sits) (?:located |situated )?in (?:the )?(?:${DIRECTION} )?(?:part of )?{o:LOC}`,
    example: 'Rome is in Lazio province and Naples is in Campania.',
    confidence: 0.8,
  },
  {
    id: 'place-possessive-division-of',
    relation: 'LOCATED_IN',
    fixedStatus: true,
    // "the U.S. capital of Washington", "the Soviet republic of Byelorussia": after "the" the place modifies.
    pattern: `{o:LOC}(?:'s|’s|(?<=\\bthe ⟦L\\d+⟧)) (?:[a-z-]+ ){0,2}?(?:province|state|region|district|county|city|town|village|department|prefecture|island|republic|capital) of {s:LOC}`,
    example: "China's southern province of Guangdong reported growth.",
    confidence: 0.8,
  },
  {
    // Why: an appositive that describes a place names what holds it: "Madagascar, an island nation in the
    // Indian Ocean", "Cuenca, third most important city in Ecuador", "the Campbell Farm, a retreat center in Wapato".
    id: 'place-appositive-nominal-in',
    relation: 'LOCATED_IN',
    fixedStatus: true,
    pattern: `{s:LOC}, (?:an? |the )?(?:[\\w-]+ ){0,4}?(?:nation|country|city|town|village|state|province|island|region|port|capital|suburb|community|resort|center|centre|district|county|area|neighborhood) (?:in|of|on|off) (?:the )?(?:${DIRECTION} )?{o:LOC}`,
    example: 'Cuenca, the third most important city in Ecuador, hosted the meeting.',
    confidence: 0.8,
  },
  {
    id: 'place-in-place',
    relation: 'LOCATED_IN',
    // Why: containment of places is geography, not an event; a nearby "previously" or "plans" is about the company.
    fixedStatus: true,
    pattern:
      '{s:LOC},? in (?:the )?(?:(?:extreme|far|rural|remote|nearby) )?(?:north|south|east|west|central|northern|southern|eastern|western|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern)? ?(?:part of )?(?<o>{LOC}(?:, {LOC}(?!,?\\s+(?:(?:and|or)\\s+)?{LOC}| in\\b))?)',
    example: 'The plant sits in Lordstown in northeast Ohio.',
    confidence: 0.75,
  },
  {
    // Why: two places joined before their container share it: "between Salida and Gunnison, Colorado",
    // "in Gyandzha or Shamkhor in Azerbaijan", "Umbria and Lazio provinces in central Italy" (CoNLL04 train
    // 6 of 8). A longer list ("Sabah and Sarawak, Brunei, and Labuan") is no chain.
    id: 'coordinated-places-in-place',
    relation: 'LOCATED_IN',
    fixedStatus: true,
    pattern: `(?<!{LOC},\\s+|{LOC}\\s+(?:and|or)\\s+){s:LOC} (?:and|or) {LOC}(?: (?:provinces|states|counties|regions|islands))?(?:, | in (?:the )?(?:${DIRECTION} )?){o:LOC}(?!,\\s+(?:and\\s+)?${LIST_LEAD}{LOC})`,
    example: 'Flooding closed the highway between Salida and Gunnison, Colorado.',
    confidence: 0.75,
  },
  {
    // Why: a report fronted by its state or county ("In Idaho, … smoke hung over Boise", "Montana: A fire
    // … in the Custer National Forest") places what it names next inside it; no other name may come
    // between, and the gazetteer check keeps countries out ("In Japan, … in China"). A capital stands for
    // its government ("In Washington, officials said talks in Moscow …"): no reporting or travel between.
    id: 'fronted-place-then-place',
    relation: 'LOCATED_IN',
    fixedStatus: true,
    pattern: `^(?:In |At )?{o:LOC}(?:,|:) (?:(?!⟦[OPL]|\\b(?:said|says|say|told|tells|announced|reported|talks|visit|trip|met|meets|flew|travel|went|sent|officials?)\\b)[^;:()⟦]|⟦D\\d+⟧){0,80}?\\b(?:in|near|over|at|outside|of) (?:the )?(?:(?:small|resort|city|town|village|community|suburb|nearby|downtown|${DIRECTION}) )*(?:(?:city|town|village|community|suburb) of )?{s:LOC}`,
    example: 'In Colorado, 13 inches of snow in Denver prompted officials to close the highway.',
    confidence: 0.8,
  },
  {
    id: 'x-based-in-country',
    relation: 'LOCATED_IN',
    // Why: containment of places is geography, not an event; a nearby "previously" or "plans" is about the company.
    fixedStatus: true,
    pattern:
      '{s:LOC}-based (?:[\\w-]+ ){0,3}?(?:firm|company|group|maker|startup|business|manufacturer|recycler|developer|producer|supplier|operator)\\b{GAP}\\bin {o:LOC}',
    example: 'GEM Co., a Shenzhen-based firm among the largest employers in China, recycles batteries.',
    confidence: 0.6,
  },
  {
    id: 'person-lives-in',
    relation: 'LIVES_IN',
    pattern:
      '{s:PER},? (?:(?:who|(?<=, )⟦P\\d+⟧) )?(?:lives|lived|living|resides|resided|grew up|was born|born|is a native|a native|native|a resident|resident) (?:of |in )?{o:LOC}',
    example: 'Maria Lopez, who lives in Denver, bought the shares.',
    confidence: 0.75,
  },
  {
    // Why: a birth line carries an age or a date before the place: "Jerome Robbins, 69, born in New
    // York", "Andrew Jackson, born March 15, 1767, in Waxhaw", "George Washington: Born Feb. 22, 1732, in".
    id: 'person-born-date-in',
    relation: 'LIVES_IN',
    pattern:
      '{s:PER}(?:, \\d{1,3})?(?: \\([^()⟦]{0,40}\\))?(?:,|:)? (?:(?:who|(?<=, )⟦P\\d+⟧) )?(?:was )?born,? (?:(?:on )?(?:[A-Z][a-z]{2,}\\.? \\d{1,2},? )?(?:{DATE}|\\d{4}),? |{PER} )?(?:in|near|at) {o:LOCS}',
    example: 'Jerome Robbins, 69, born in New York, staged the show.',
    confidence: 0.8,
  },
  {
    // Why: an appositive may stand between a name and its birth ("Helen Keller, who lived most of her life
    // without sight, was born in Tuscumbia", "George Eastman, inventor of the Kodak camera, was born in");
    // it opens with a lowercase word, so a list of names ("Smith, Jones, was born") does not pass, and a
    // name inside it ("a friend of Jane Roe") is not the one born.
    id: 'person-appositive-was-born-in',
    relation: 'LIVES_IN',
    pattern:
      '{s:PER}, (?:\\d{1,3}, )?(?:who |⟦P\\d+⟧ |an? |the )?[a-z][\\w-]* (?:[^;:()⟦]|⟦[OPLD]\\d+⟧){0,90}?, (?:was|is) born (?:in|near) {o:LOCS}',
    example: 'George Eastman, inventor of the Kodak camera, was born in Waterville, N.Y.',
    confidence: 0.85,
  },
  {
    // Why: a birth name is the person born: "Buddy Holly was born Charles Hardin Holley in Lubbock".
    id: 'born-name-in',
    relation: 'LIVES_IN',
    pattern: '\\bborn {s:PER} (?:in|near) {o:LOCS}',
    example: 'In 1936, rock legend Buddy Holly was born Charles Hardin Holley in Lubbock, Texas.',
    confidence: 0.85,
  },
  {
    // Why: a fronted birth clause describes the sentence's subject: "Born in Philadelphia the son of a
    // Jewish tailor, Man Ray was forced to flee", "Born poor in Greenville, S.C., 46 years ago, Jackson".
    id: 'fronted-born-in-person',
    relation: 'LIVES_IN',
    pattern:
      '^(?:[^⟦]{0,20}\\b)?(?:Born|Raised|Reared)(?: and (?:raised|reared))?(?: [a-z]+)? in {o:LOCS}(?:,? [^⟦;]{0,60}?)?, (?:[a-z-]+ ){0,3}?{s:PER}',
    example: 'Born in Philadelphia the son of a tailor, Man Ray was forced to flee Paris.',
    confidence: 0.8,
  },
  {
    id: 'person-now-lives-in',
    relation: 'LIVES_IN',
    pattern:
      '{s:PER},? (?:\\d{1,3}, )?(?:who|(?<=, )⟦P\\d+⟧) (?:now |still |currently |also )(?:lives|resides) in {o:LOCS}',
    example: 'Warner, who now lives in Ocala, Fla., declined to comment.',
    confidence: 0.8,
  },
  {
    id: 'person-home-in-place',
    relation: 'LIVES_IN',
    // Why: "Mary Fisher, said from her home in the Louisville suburb of Okolona", "in his native Ohio",
    // "Nelson's hometown of Abbott"; another person in between may own the home.
    pattern:
      "{s:PER}(?:(?:'s|’s) | (?:(?!⟦[OP])[^;:()⟦]|⟦[LD]\\d+⟧){0,60}?(?:\\b(?:his|her|their)|⟦P\\d+⟧) )(?:hometown|home town|home state|native state|native|birthplace|home (?:in|at))(?: of)? (?:the )?{o:LOC}",
    example: "Waco is near Willie Nelson's hometown of Abbott.",
    confidence: 0.8,
  },
  {
    id: 'person-of-place',
    relation: 'LIVES_IN',
    // Why: a quoted epithet is no name ("known as the ` ` Slum Angel of Bangkok ' '").
    pattern: '(?<![`“‘] ?(?:the )?(?:[\\w-]+ )?){s:PER},? (?:\\d+, )?of {o:LOCS}(?=[,.;:]| [a-z])',
    example: 'Maria Lopez, 42, of Denver, was the first buyer.',
    confidence: 0.6,
  },
  {
    id: 'place-official-person',
    relation: 'LIVES_IN',
    pattern:
      "{o:LOC}(?:'s|’s)? (?:Gov\\.|Governor|Sen\\.|Senator|Rep\\.|Mayor|Prime Minister|President|Premier|Chancellor|King|Queen) {s:PER}",
    example: 'Texas Gov. Greg Abbott signed the bill.',
    confidence: 0.6,
  },
  {
    id: 'org-in-place',
    relation: 'BASED_IN',
    pattern:
      // Why: after "with" the place is where the deal or the rivalry is ("a joint venture with X in Thailand").
      // A person's post is with the organization ("said X, metals economist with ⟦O⟧ in New York").
      // An alias in brackets may stand between ("Centro Nacional de Microelectronica (CNM) in Barcelona").
      '(?<!(?<!\\b(?:economist|analyst|strategist|researcher|scientist|engineer|spokesman|spokeswoman|official|executive|director|manager|partner|consultant|lawyer|attorney) )\\bwith |\\b(?:against|versus|vs\\.?) ){s:ORG}(?: \\([^()]{1,30}\\))? in {o:LOC}(?:, {LOC})?(?=[,.;]|$| (?:is|was|has|are|were|have|said|announced|reported|which|from|since))',
    example: 'She led the Japanese American National Museum in Los Angeles from 1988 to 2009.',
    confidence: 0.5,
  },
];
