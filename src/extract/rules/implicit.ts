// Rules for relations news states by juxtaposition: a place used as a modifier ("U.S. Congress"),
// an official's country ("U.S. Ambassador Vernon Walters"), "a Republican from Chicago".
import type { RelationRule } from './types.js';

/** Role nouns of a public post ending a possessive description: "Venezuela's chief debt negotiator, X". */
const PUBLIC_ROLE =
  '(?:negotiator|ambassador|representative|envoy|governor|superintendent|mayor|minister|president|premier|leader|spokesman|spokeswoman|official|delegate|senator)';

const OFFICIAL =
  '(?:Ambassador|Gov\\.|Governor|Sen\\.|Senator|Rep\\.|Representative|Mayor|Prime Minister|Foreign Minister|Defense Minister|Finance Minister|Minister|Secretary|President|Premier|Chancellor|King|Queen|first lady|envoy|official|leader|lawmaker|diplomat|citizen|businessman|businesswoman|composer|writer|author|historian|dissident|economist)';

/** What a person is, ending an appositive: "a Netherlands businessman", "a West Palm Beach, Fla., lawyer". */
const OCCUPATION =
  '(?:businessman|businesswoman|lawyer|attorney|resident|farmer|teacher|physician|doctor|surgeon|student|housewife|homemaker|writer|author|artist|banker|engineer|politician|activist|priest|pastor|rabbi|broker|entrepreneur|dentist|nurse|architect|accountant|professor|journalist|correspondent|photographer|musician|pianist|violinist|singer|composer|painter|sculptor|poet|novelist|historian|actor|actress|comedian|retiree|veteran|man|woman|mother|father)';

/**
 * An occupation before a name, after the place that describes the person: "Soviet pianist X", "Tempe
 * plastic surgeon X". Not "reporter" or "prosecutor": the place there is often the employer's ("Phoenix
 * newspaper reporter X").
 */
const OCCUPATION_BEFORE_NAME =
  '(?:pianist|violinist|cellist|conductor|singer|composer|surgeon|physician|lawyer|attorney|correspondent|poet|novelist|painter|sculptor|architect|actor|actress|comedian|teacher|professor|banker)';

export const IMPLICIT_RULES: RelationRule[] = [
  {
    id: 'person-appositive-place-occupation',
    relation: 'LIVES_IN',
    // Why: "the New York attorney representing X", "the Washington correspondent for Y": with "the" the
    // place still describes the person, and a phrase may follow the occupation.
    pattern: `{s:PER}, (?:an? |the )(?:\\d+-year-old )?{o:LOCS},? (?:[a-z-]+ ){0,2}?${OCCUPATION}(?=[,.;]| who| and| (?:for|of|with|at|representing)\\b| [a-z]+(?:ed|s)\\b| (?:bought|sold|took|made|said|told|got|gave|won|led|left|met|paid|ran|sent|spent|went|came|became|held|kept|found|wrote|began|brought|built|fought|taught|lost|saw|knew)\\b)`,
    example: 'Robert Corduwener, a Netherlands businessman, bought a 51 percent share of the company.',
    confidence: 0.7,
  },
  {
    id: 'person-the-place-official',
    relation: 'LIVES_IN',
    pattern: `{s:PER}, (?:\\d{1,3}, )?(?:the |an? )(?:former |then-|outgoing )?{o:LOC}(?:'s|’s)? (?:[a-z-]+ ){0,2}?${PUBLIC_ROLE}(?=[,.;]| who| and)`,
    example: 'Bob Graham, the Florida governor, made a large investment in schools.',
    confidence: 0.8,
  },
  {
    // Why: an appositive that places the person's occupation: "Hua Wen-Yi, a famous opera singer in
    // Shanghai", "Yisrael Tal, one of the top military strategists in Israel", "Abebe Worke, one of
    // Ethiopia's most distinguished lawyers". Not "an activist in Algeria's Ettahadi party" (the place
    // is the organization's).
    id: 'person-appositive-occupation-in-place',
    relation: 'LIVES_IN',
    pattern: `{s:PER}, (?:\\d{1,3}, )?(?:(?:one of (?:the )?|an? |the )(?:[a-z-]+ ){0,3}?(?:${OCCUPATION}|strategist|expert|scientist)s? in |one of ){o:LOC}(?:(?<=\\bin ⟦L\\d+⟧)(?!['’])|(?<=\\bof ⟦L\\d+⟧)['’]s (?:[a-z-]+ ){0,3}?(?:${OCCUPATION}|strategist|expert|scientist)s\\b)`,
    example: 'Yisrael Tal, one of the top military strategists in Israel, says the balance has shifted.',
    confidence: 0.75,
  },
  {
    // Why: "Morihiro Hosokawa, Japan's prime minister," serves the place and lives there.
    id: 'person-appositive-place-possessive-role',
    relation: 'LIVES_IN',
    pattern: `{s:PER}, (?:\\d{1,3}, )?(?:the )?(?:former |then-|outgoing )?{o:LOC}(?:'s|’s) (?:[a-z-]+ ){0,2}?${PUBLIC_ROLE}(?=[,.;]| who| and)`,
    example: "Morihiro Hosokawa, Japan's prime minister, resigned on Friday.",
    confidence: 0.8,
  },
  {
    // Why: a country's or a town's leader lives there: "made Emile Jonassaint provisional president of
    // Haiti", "Yahia Bouguettaya, the former mayor of Mohammadia".
    id: 'person-leader-of-place',
    relation: 'LIVES_IN',
    pattern: `{s:PER},? (?:(?:would|will|is|was) (?:reportedly |now )?(?:be |become )?|as |became )?(?:the |a )?(?:[a-z]+ ){0,2}?(?:president|prime minister|premier|mayor|governor|chancellor|king|queen|emir|sultan) of (?:the )?{o:LOCS}(?![\\w-]*based)`,
    example: 'The generals made Emile Jonassaint provisional president of Haiti on Wednesday.',
    confidence: 0.7,
  },
  {
    id: 'person-possessive-place-home',
    relation: 'LIVES_IN',
    pattern: "{s:PER}(?:'s|’s) (?:[a-z]+ )?{o:LOC} (?:home|house|residence|apartment|farm|ranch|estate)\\b",
    example: "Agents arrived at Peter Sohn's New Jersey home before dawn.",
    confidence: 0.7,
  },
  {
    // Why: a home named by its kind after the place: "returning to his Iowa hometown", "Lawrence Welk's
    // North Dakota birthplace", "a raid on his Ciudad Madero home" (another person in between may own it).
    id: 'person-place-hometown',
    relation: 'LIVES_IN',
    pattern:
      "{s:PER}(?:(?:'s|’s) | (?:(?!⟦[OP])[^;:()⟦]|⟦[LD]\\d+⟧){0,60}?(?:\\b(?:his|her)|⟦P\\d+⟧) )(?:[a-z-]+ )?{o:LOC} (?:hometown|home town|home state|native state|birthplace|home|house|residence|apartment|farm|ranch)\\b",
    example: 'CBS newsman Harry Reasoner is returning to his Iowa hometown to get married Saturday.',
    confidence: 0.8,
  },
  {
    // Why: the place first, then whose home it is: "With South Carolina being Jesse Jackson's home state",
    // "the historical society in Beaumont, Texas, Richardson's hometown".
    id: 'place-person-hometown',
    relation: 'LIVES_IN',
    // "North Carolina, the home state of his wife, Elizabeth" names the person after the kind.
    pattern:
      "{o:LOCS},? (?:(?:being|is|was|remains) )?(?:the (?:hometown|home town|home state|native state|birthplace) of (?:(?:his|her|their|⟦P\\d+⟧) [a-z]+,? )?)?{s:PER}(?:(?<=\\bof (?:(?:his|her|their|⟦P\\d+⟧) [a-z]+,? )?⟦P\\d+⟧)(?=[,.;]|$)|(?:'s|’s) (?:(?:own|adopted|native) )?(?:hometown|home town|home state|native state|birthplace)\\b)",
    example: "With South Carolina being Jesse Jackson's home state, there was a strong incentive.",
    confidence: 0.8,
  },
  {
    id: 'place-native-person',
    relation: 'LIVES_IN',
    pattern: '{o:LOC} native,? (?:(?:and [a-z]+ of [a-z]+, )?(?:[a-z-]+ ){0,2}?){s:PER}',
    example: 'The film was directed by Modesto native George Lucas in 1973.',
    confidence: 0.8,
  },
  {
    id: 'person-appositive-place-native',
    relation: 'LIVES_IN',
    pattern: '{s:PER}, (?:\\d{1,3}, )?(?:an? |the )(?:[a-z-]+ )?{o:LOCS},? native\\b',
    example: 'The names were picked by actress Cybill Shepherd, a Memphis native and mother of twins.',
    confidence: 0.8,
  },
  {
    id: 'place-born-person',
    relation: 'LIVES_IN',
    pattern: '{o:LOC}[- ]born (?:[a-z-]+ ){0,2}?{s:PER}',
    example: 'Illinois-born actor Charlton Heston arrived in Hollywood in 1950.',
    confidence: 0.7,
  },
  {
    id: 'person-appositive-place-born',
    relation: 'LIVES_IN',
    pattern: '{s:PER}, (?:\\d{1,3}, )?(?:an? )?{o:LOC}[- ]born\\b',
    example: 'James Dickey, Georgia born, has been writer in residence for 23 years.',
    confidence: 0.8,
  },
  {
    id: 'place-official-person-wide',
    relation: 'LIVES_IN',
    // Why: the words between modify the title; a function word starts another phrase ("lives in suburban
    // Birmingham and actor Tom Selleck", "in Los Angeles when Sen. Robert F. Kennedy was shot").
    pattern: `{o:LOC}(?:'s|’s)? (?:(?!(?:and|or|but|when|while|as|after|before|with|to|for|of|by|in|at|from|on|where)\\b)[a-z]+ ){0,2}?(?:${OFFICIAL}|${OCCUPATION_BEFORE_NAME}) {s:PER}`,
    example: 'U.S. Ambassador Vernon Walters showed the photographs.',
    confidence: 0.6,
  },
  {
    // Why: a place's possessive before a person names the person's home or the place they serve:
    // "Ohio's Richard Celeste", "Libya's deputy ambassador, Ali Sunni Muntasser".
    id: 'place-possessive-person',
    relation: 'LIVES_IN',
    // "North Carolina's native son Thomas Wolfe" is the place's too.
    pattern: `{o:LOC}(?:'s|’s) (?:(?:[a-z][\\w-]* ){0,3}?${PUBLIC_ROLE}s?, |(?:[a-z-]+ ){0,2}?native (?:son|daughter),? )?{s:PER}(?!['’])`,
    example: "The Democrats elected Ohio's Richard Celeste to be chairman of the association.",
    confidence: 0.75,
  },
  {
    id: 'place-court-official-person',
    relation: 'LIVES_IN',
    pattern:
      '{o:LOC} (?:(?:Bankruptcy|District|Circuit|Superior|County|Federal|Chief|Appeals|Municipal|Probate|Deputy|Assistant|State) ){0,2}(?:Judge|Attorney|Attorney General|Solicitor General|Marshal|District Attorney) {s:PER}',
    example: 'U.S. Bankruptcy Judge George Proctor on Friday authorized the appointment.',
    confidence: 0.75,
  },
  {
    id: 'person-from-place',
    relation: 'LIVES_IN',
    // Why: "speaking from Brasilia", "returning from Tokyo" say where one is, not where one lives. A name
    // after an ordinal is a unit's ("a squadron from the Jarama 1st Cavalry Brigade from Salamanca").
    // Only a copula or an appositive between: "Cuomo signed a request from North Carolina", "Johnston said
    // Wednesday from Washington", "according to Jane Roe, are from Solola" are about something else.
    pattern:
      '(?<!\\b\\d+(?:st|nd|rd|th) ){s:PER}(?: (?:is|was|who is|who was|comes|came) (?:originally )?|,? (?:\\d{1,3}, )?(?:(?:an? |the )(?:(?![a-z]+ing |back |home |flew |returned |arrived |came )[A-Za-z-]+ ){0,3}?)?)from {o:LOCS}(?![\\w-]*based)',
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
