// Person → Organization rules: roles, titles, founding and employment.
import type { RelationRule } from './types.js';

/**
 * The founders after "founded by": a list whose later names may carry an honorific or a short
 * parenthetical ("by Jeff Arnold (founder of WebMD) and Dr. Mehmet Oz").
 */
const FOUNDERS =
  '(?<s>{PER}(?: \\([^()]{0,40}\\))?(?:(?:,? and |, |,? & )(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\\.? )?{PER}(?: \\([^()]{0,40}\\))?)*)';

export const EMPLOYMENT_RULES: RelationRule[] = [
  {
    id: 'person-employed-by',
    relation: 'WORKS_FOR',
    pattern:
      '{s:PER}{GAP} (?:is|was|has been|had been|were|are) (?:currently |previously |also )?employed (?:as (?:an? )?(?:[\\w-]+ ){0,3}?)?(?:by|at|with) {DESC}{o:ORG}',
    example: 'Maria Lopez has been employed as an accountant by Radman Corporation SRL since 2010.',
    confidence: 0.8,
  },
  {
    id: 'person-was-with-org',
    relation: 'WORKS_FOR',
    // Why: a bio's "Mr. Smith was with Acme for ten years"; the words after the company keep "was with X
    // when …" (company, not employment) out.
    pattern:
      '{s:PER},? (?:(?:also|previously|formerly|most recently|then) )?(?:was|had been) (?:(?:also|previously|formerly|most recently) )?(?:with|employed with) {DESC}{o:ORG}(?= (?:for|from|between|as|until)\\b|[,.;]|$)',
    example: 'Prior to that, Mr. Smith was with Pellan Corp. for 10 years.',
    confidence: 0.75,
    status: 'former',
  },
  {
    id: 'person-is-with-org',
    relation: 'WORKS_FOR',
    pattern:
      '{s:PER},? (?:(?:also|currently|now) )?(?:is|has been) (?:(?:also|currently|now) )?(?:with|employed with) {DESC}{o:ORG}(?= (?:since|as)\\b|[,.;]|$)',
    example: 'Mr. Smith has been with Pellan Corp. since 2004.',
    confidence: 0.75,
  },
  {
    id: 'person-spent-years-at-org',
    relation: 'WORKS_FOR',
    // Why: status.ts reads "spent N years at" as a former post.
    pattern:
      '{s:PER}{GAP} spent (?:(?:the )?(?:past|last|previous|nearly|almost|more than|over|about) )?(?:\\d+|[a-z]+|a) (?:years?|decades?) (?:at|with|working for|working at) {DESC}{o:ORG}',
    example: 'Ana Ruiz spent 12 years at Pellan Corp., most recently as vice president.',
    confidence: 0.8,
  },
  {
    id: 'person-held-positions-at',
    relation: 'WORKS_FOR',
    pattern:
      '{s:PER}{GAP}(?<! has| have) (?:held|served in|occupied) (?:a (?:number|variety|series) of |various |several |numerous |a range of )?(?:[\\w-]+ ){0,3}?(?:positions|roles|capacities|posts) (?:at|with|for|within) {DESC}{o:ORG}',
    example: 'Mr. Smith held various senior management positions with Pellan Corp. from 1990 to 2000.',
    confidence: 0.8,
    status: 'former',
  },
  {
    id: 'person-has-held-positions-at',
    relation: 'WORKS_FOR',
    pattern:
      '{s:PER}{GAP} (?:has|have) (?:held|served in|occupied) (?:a (?:number|variety|series) of |various |several |numerous |a range of )(?:[\\w-]+ ){0,3}?(?:positions|roles|capacities|posts) (?:at|with|for|within) {DESC}{o:ORG}',
    example: 'Ana Ruiz has held several positions at Pellan Corp. since 2004.',
    confidence: 0.8,
  },
  {
    id: 'person-began-career-at',
    relation: 'WORKS_FOR',
    pattern:
      '{s:PER}{GAP} (?:began|started|launched) (?:his|her|their|{PER}) (?:professional |business |banking |legal )?career (?:at|with) {DESC}{o:ORG}',
    example: 'Mr. Smith began his career at Pellan Corp. in 1985.',
    confidence: 0.8,
    status: 'former',
  },
  {
    id: 'person-retired-from',
    relation: 'WORKS_FOR',
    // Why: status.ts reads "retired" as a former post.
    pattern:
      '{s:PER}{GAP} (?:retired|has retired|will retire|plans to retire) (?:as (?:[\\w-]+ ){1,6}?)?from {DESC}{o:ORG}',
    example: 'Mr. Smith retired from Pellan Corp. in 2010.',
    confidence: 0.8,
  },
  {
    id: 'person-resigned-from',
    relation: 'WORKS_FOR',
    // Why: status.ts reads "resigned" as a former post; a committee or a panel of the company is not it.
    pattern:
      '{s:PER}{GAP} (?:resigned|has resigned|had resigned|resigns|will resign) (?:as (?:[\\w-]+ ){1,6}?)?from (?:(?:his|her|their) (?:post|position|role|job|seat) (?:at|with) |(?:the )?(?:board|faculty|staff) of )?(?:the )?{o:ORG}',
    example: 'Jim Hale then resigned from Cable & Wireless and moved to Shanghai.',
    confidence: 0.8,
  },
  {
    id: 'person-serves-on-boards',
    relation: 'BOARD_MEMBER_OF',
    pattern:
      '{s:PER}{GAP} (?:serves|served|sits|sat|has served|currently serves|will serve) on (?:the )?(?:boards?|boards? of directors|supervisory boards?) (?:of|for|at) {DESC}{o:ORGS}',
    example: 'He currently serves on the boards of Piper Jaffray and Hutchinson Technology.',
    confidence: 0.8,
  },
  {
    id: 'appositive-title-of',
    relation: 'BY_TITLE',
    pattern:
      '{s:PER},? (?:(?:who is|who was|who has been|now|currently) )?(?:the |an? |its |their )?{t:TITLE},? (?:of|at|for|with|in) {DESC}{o:ORGS}',
    example: 'Linh Austin, president and CEO of Ascend Elements, said the deal matters.',
    confidence: 0.9,
  },
  {
    // Why: a title may carry adjectives the title lexicon has no word for ("joint general secretary of
    // the banned Vishwa Hindu Parishad", "chief scientific and medical officer for the ADA").
    id: 'appositive-adjective-title-of',
    relation: 'BY_TITLE',
    pattern:
      '{s:PER}, (?:\\d{1,3}, )?(?:the |an? )?(?!{TITLE}\\b)(?:(?!(?:who|which|that|and|or|but|said|says|told|met|as|is|was|with|of|for|at)\\b)[a-z][a-z-]+ ){1,2}?(?:and [a-z][a-z-]+ )?{t:TITLE},? (?:of|at|for|with) (?:the )?(?:[a-z][\\w-]* ){0,4}?{o:ORG}(?![\\w-]*based)',
    example: 'Acharya Giriraj Kishore, joint general secretary of the banned Vishwa Hindu Parishad, spoke.',
    confidence: 0.8,
  },
  {
    id: 'appositive-org-possessive-title',
    relation: 'BY_TITLE',
    // Why: "envoy Clayton Yeutter, World Bank President Barber Conable" is a list: the title is the next name's.
    // A relative "who" (a mention of the same person) opens a clause instead: "Winter, a former Yale University
    // law professor who became a judge in 1982".
    pattern:
      "{s:PER}, (?:\\d+, )?(?:the |an? |another )?(?:former |then- ?)?{o:ORG}(?:'s|’s)? (?:[a-z]+ )?{t:TITLE}\\b(?!,?\\s+{PER}(?! (?:became|becomes|was|is|has|had|joined|served|serves|helped|led|leads|heads|headed|worked|works|wrote|founded|won|took|takes|taught|teaches|left|spent|retired|resigned|moved|remains|remained|practiced|specializes|specialized)\\b))",
    example: "Jane Roe, Acme Corp.'s chief executive, spoke first.",
    confidence: 0.85,
  },
  {
    id: 'org-title-person',
    relation: 'BY_TITLE',
    pattern: "{o:ORG}(?:'s|’s)? (?:own )?{t:TITLE},? {s:PER}",
    example: 'Ascend Elements CEO Linh Austin said the plant will open in 2026.',
    confidence: 0.85,
  },
  {
    // Why: an occupation the title lexicon lacks, between the organization and the name: "CBS anchorman
    // Dan Rather", "ITAR-TASS diplomatic correspondent Yuriy Tyssovsky"; customers and rivals are not staff.
    id: 'org-occupation-person',
    relation: 'WORKS_FOR',
    pattern:
      "{o:ORG}(?:'s|’s)? (?:[a-z][a-z-]+ ){0,2}?(?:anchorman|anchorwoman|anchor|newsman|newswoman|correspondent|commentator|columnist|reporter|photographer|cameraman|lobbyist|scientist|researcher|physicist|chemist|biologist|mathematician|psychologist|sociologist|historian|philosopher|astronomer|statistician|astronaut|engineer|technician|economist|analyst|spokesman|spokeswoman|placekicker|quarterback|pitcher|goalkeeper)\\b,? {s:PER}(?!['’])",
    example: 'CBS anchorman Dan Rather spoke to the final session.',
    confidence: 0.8,
  },
  {
    id: 'org-plural-title-persons',
    relation: 'BY_TITLE',
    // Why: a plural title before a list names each person's post ("MIT professors Harold Abelson and
    // Gerald Sussman"); a singular one does not reach past the first name.
    pattern:
      "{o:ORG}(?:'s|’s)? (?:[a-z]+ )?(?<t>professors|researchers|scientists|engineers|executives|employees|co-?founders|founders|partners|lecturers|physicists|chemists|economists|analysts|officials|reporters|editors),? {s:PERS}",
    example:
      'It was written by Massachusetts Institute of Technology professors Harold Abelson and Gerald Jay Sussman.',
    confidence: 0.8,
  },
  {
    id: 'title-person-of-org',
    relation: 'BY_TITLE',
    pattern: '\\b{t:TITLE} {s:PER},? (?:of|at) {o:ORG}',
    example: 'Chief executive Mary Barra of General Motors announced the plan.',
    confidence: 0.85,
  },
  {
    id: 'person-is-title',
    relation: 'BY_TITLE',
    pattern:
      '{s:PER}(?: \\((?:[^()⟦]|⟦[DL]\\d+⟧){0,80}\\))?(?:, (?:age |aged )?\\d{2},)?,? (?:(?:who|he|she) )?(?:(?:also|currently|now|previously|formerly|later|then|most recently) )?(?:is|was|has been|had been|became|becomes|serves as|served as|has served as|will become|will serve as|remains|joined as|worked as|works as|continues as|stays on as)(?: (?:also|currently|now|previously))? (?:the |an? |its )?(?:[A-Za-z-]+ ){0,3}?{t:TITLE}(?: \\w+)? (?:of|at|for|with) {DESC}{o:ORGS}',
    example: 'Eric Casey is the managing editor at Worcester Business Journal.',
    confidence: 0.85,
  },
  {
    id: 'person-is-description-title',
    relation: 'BY_TITLE',
    // Why: an encyclopedia lead: "X (born 1967) is a Monegasque businessman, CEO and owner of Y" / "is an
    // American film producer and the chief executive officer of the toy company Y".
    pattern:
      '{s:PER}(?: \\((?:[^()⟦]|⟦[DL]\\d+⟧){0,80}\\))?,? (?:is|was) (?:an? |the )(?:[^⟦;,()]|⟦L\\d+⟧){0,60}?(?:,|,? and|,? who (?:is|was|serves as|served as)) (?:also )?(?:the |its )?(?:current |former |founding )?{t:TITLE},? (?:of|at) (?:(?:the |an? )(?:[\\w-]+ ){0,5}?)?{o:ORGS}',
    example:
      'Gildo Pallanca Pastor (born 1 April 1967) is a Monegasque businessman, CEO and owner of Venturi Automobiles.',
    confidence: 0.85,
  },
  {
    id: 'person-is-roles-ceo-of',
    relation: 'BY_TITLE',
    // Why: the chief executive post last in a list of what a person is ("is the former publisher of The
    // Washington Post and chief executive officer of Washington Post Media", "an American businessman,
    // majority owner and former CEO of Bass Pro Shops"); the post's own "former" dates it.
    pattern:
      '{s:PER}(?: \\((?:[^()⟦]|⟦[DL]\\d+⟧){0,80}\\))?,? (?:is|was|has been|had been|became|remains) (?:[^⟦;:()]|⟦[LDO]\\d+⟧){0,150}?(?:,? and |, )(?:(?:also|later|then|now|currently) )?(?:the |its )?(?<t>(?:(?:current|former|interim|founding) )?(?:(?:president|chairman|chair|co-founder|founder|owner|director)(?:,? and |, | & ))?(?:ceo|c\\.e\\.o\\.|chief executive(?: officer)?)) (?:of|at) {DESC}{o:ORG}(?=[.,;(]|$| and | in | from | since | until )',
    example:
      'Katharine Weymouth (b. 1966) is the former publisher of The Washington Post and chief executive officer of Washington Post Media.',
    confidence: 0.8,
    statusCue: 'title',
  },
  {
    // Why: an encyclopedia lead whose title comes after the description, with a time word or a field:
    // "was a German-Jewish psychiatrist, and eventually a professor at the University of Berlin", "is a
    // French mathematician, currently Professor at the Collège de France, IHÉS and …", "a Dutch
    // philosopher, physician, and professor of medicine at the University of Utrecht".
    id: 'person-description-later-title-at',
    relation: 'BY_TITLE',
    pattern:
      '{s:PER}(?: \\((?:[^()⟦]|⟦[DL]\\d+⟧){0,80}\\))?,? (?:is|was) (?:an? |the )(?:[^⟦;()]|⟦L\\d+⟧){0,80}?(?:,|,? and) (?:(?:currently|now|later|eventually|also|then|since) )?(?:an? |the )?(?:[A-Za-z-]+ ){0,2}?{t:TITLE}(?: (?:of|in) (?:the )?(?:[A-Za-z-]+ ){1,4}?)? at (?:the )?{o:ORGS}',
    example:
      'Arthur Kronfeld was a renowned German-Jewish psychiatrist, and eventually a professor at the University of Berlin.',
    confidence: 0.8,
  },
  {
    // Why: a bio's list of posts keeps its subject: "He is Professor Emeritus of Economics at the
    // University of Michigan, and Visiting Professor at CERGE-EI", "is a Technical Fellow at Microsoft
    // and an Adjunct Professor at MIT". No person may stand between, and the post must end its item
    // ("…, and the CEO of Beta said" is someone else's).
    id: 'person-is-title-and-title-at',
    relation: 'BY_TITLE',
    pattern:
      "^(?:[^⟦,;]{0,30}, )?{s:PER}(?: \\((?:[^()⟦]|⟦[DL]\\d+⟧){0,80}\\))?,? (?:is|was|has been|had been|served as|serves as|became)\\b(?:[^;⟦]|⟦[OLD]\\d+⟧){0,150}?(?:,? and|(?<!⟦O\\d+⟧),) (?:(?:also|later|then|currently|now|eventually) )?(?:as )?(?:an? |the )?(?:(?:current|founding|first|visiting|adjunct|associate|assistant) )*{t:TITLE}(?: (?:of|in|for) (?:[A-Za-z&'’-]+ ){1,5}?)? (?:at|of|with) (?:the )?{o:ORGS}(?=[,.;]|$| (?:in|from|since|until|and|where|who|which)\\b)",
    example: 'Mike Lane is a Technical Fellow at Microsoft and an Adjunct Professor at MIT.',
    confidence: 0.8,
    // Why: each post of the list carries its own "former" ("the former publisher of A and CEO of B"),
    // inside the title ("former" and "senior" are the title's own modifiers).
    statusCue: 'title',
  },
  {
    id: 'person-title-of-org-and-title-of',
    relation: 'BY_TITLE',
    // Why: a second post in the same clause ("is CTO of A and Chief Executive Officer of B", "served as
    // CEO of Atari from 1983 to 1984 and CEO of Philip Morris USA").
    pattern:
      '{s:PER}(?: \\((?:[^()⟦]|⟦[DL]\\d+⟧){0,80}\\))?,? (?:(?:who|he|she) )?(?:(?:also|currently|now|previously|formerly|later) )?(?:is|was|has been|had been|became|serves as|served as|worked as) (?:the |an? )?(?:[A-Za-z-]+ ){0,3}?{TITLE} (?:of|at) {DESC}{ORG}(?: \\([^()]{0,40}\\))?(?:[^⟦;,()]|⟦D\\d+⟧){0,30}?,? and (?:as )?(?:the |its |an? )?(?:current |former )?{t:TITLE} (?:of|at) {DESC}{o:ORGS}',
    example:
      'Vahid Ebadat is the Chief Technical Officer of Chilworth Technology and Chief Executive Officer of Chilworth Asia Pacific.',
    confidence: 0.8,
  },
  {
    id: 'org-led-by-title-person',
    relation: 'BY_TITLE',
    pattern:
      '{o:ORG}{GAP} (?:is|was|are|were|has been) (?:currently |now )?(?:led|headed|run) by (?:its |their |the )?(?:current |founding |new )?{t:TITLE},? {s:PER}',
    example:
      'Keshet International was established in 2012 and is led by chief executive officer Alon Shtruzman.',
    confidence: 0.8,
  },
  {
    id: 'org-led-by-person-title',
    relation: 'BY_TITLE',
    pattern:
      '{o:ORG}{GAP} (?:is|was|are|were|has been) (?:currently |now )?(?:led|headed|run) by (?:Mr\\.|Ms\\.|Mrs\\.|Dr\\.)? ?{s:PER},? (?:the |its |their )?(?:current )?{t:TITLE}(?=[,.;]|$)',
    example: 'BTC is led by Mr. Leonard Tharpe, President and Chief Executive Officer.',
    confidence: 0.8,
  },
  {
    id: 'person-named-title',
    relation: 'BY_TITLE',
    pattern:
      '{s:PER},? (?:who )?(?:was|has been|is|will be|had been)? ?(?:named|appointed|elected|promoted to|tapped as|hired as|chosen as) (?:as )?(?:the )?(?:new )?{t:TITLE} (?:of|at|for) {o:ORG}',
    example: 'Jane Roe was named chief financial officer of Acme Corp.',
    confidence: 0.85,
  },
  {
    id: 'person-named-title-of-short',
    relation: 'BY_TITLE',
    pattern: '{s:PER},? (?:who )?was (?:named|appointed) {t:TITLE}(?: and {TITLE})? of {o:ORG}',
    example: 'Jane Roe was named CEO and president of Acme Corp. in March.',
    confidence: 0.85,
  },
  {
    id: 'org-named-person-title',
    relation: 'BY_TITLE',
    pattern:
      '{o:ORG} (?:has |have )?(?:named|appointed|hired|elected|promoted|tapped|chose|picked|recruited|names|appoints|hires|elects|promotes|taps|picks|recruits) (?:former \\w+ )?{s:PER}(?: \\w+)?(?:,[^⟦,;]{0,60},)? (?:as |to be |to )?(?:its |the |their )?(?:new |next )?{t:TITLE}',
    example: 'Acme Corp appointed Jane Roe as its chief financial officer.',
    confidence: 0.85,
  },
  {
    id: 'person-comma-title-comma-org',
    relation: 'BY_TITLE',
    // Why: a press release's byline "John Smith, CEO, Pellan Corp., said"; the company must close the
    // aside (",", end) so "Jane Roe, an analyst, Acme said" (Acme speaking) stays out.
    pattern: '{s:PER}, (?:the )?{t:TITLE}, {o:ORG}(?=,|\\.?$)',
    example: 'John Smith, Chief Executive Officer, Pellan Corp., said the deal closed.',
    confidence: 0.8,
  },
  {
    id: 'person-formerly-of-org',
    relation: 'WORKS_FOR',
    pattern:
      '{s:PER}, (?:formerly|previously|most recently|until recently|late) (?:of|with|at) {o:ORG}(?=,|\\.?$)',
    example: 'Jane Roe, formerly of Pellan Corp., joined Beta Inc. in May.',
    confidence: 0.8,
  },
  {
    id: 'employment-agreement-between',
    relation: 'WORKS_FOR',
    // Why: a filing's exhibit list: "Employment Agreement, dated as of May 10, 2001, by and between Perry
    // A. Sook and Nexstar Broadcasting Group, Inc." (either order); consulting agreements stay out.
    pattern:
      '\\b(?:employment|severance|retention|change[- ]in[- ]control|appointment|offer) (?:agreement|letter)\\b(?:[^⟦;]|⟦D\\d+⟧){0,100}? (?:by and )?between {o:ORG} and {s:PER}',
    example:
      'Employment Agreement, dated February 14, 2012, between NeoGenomics Laboratories, Inc. and Douglas M. VanOort.',
    confidence: 0.8,
  },
  {
    id: 'employment-agreement-between-person-first',
    relation: 'WORKS_FOR',
    pattern:
      '\\b(?:employment|severance|retention|change[- ]in[- ]control|appointment|offer) (?:agreement|letter)\\b(?:[^⟦;]|⟦D\\d+⟧){0,100}? (?:by and )?between {s:PER} and {o:ORG}',
    example:
      'Amendment to Employment Agreement, dated as of May 10, 2001, by and between Perry A. Sook and Nexstar Broadcasting Group, Inc.',
    confidence: 0.8,
  },
  {
    id: 'org-possessive-person',
    relation: 'WORKS_FOR',
    // Why: "Apple's Tim Cook made $98 million": a company's person is its own; not a list ("Acme's
    // Jane Roe and Beta's …" is fine, "Acme's Jane Roe's book" is not the person's employer only).
    pattern: "{o:ORG}(?:'s|’s) {s:PER}(?!['’]s| (?:and|&) )",
    example: "Apple Inc.'s Tim Cook made $98 million in 2021.",
    confidence: 0.7,
  },
  {
    id: 'person-left-role',
    relation: 'BY_TITLE',
    pattern:
      '{s:PER},? (?:who )?(?:has |had )?(?:stepped down|stepped aside|resigned|retired|quit|left|departed|was ousted|was removed|was dismissed|was fired) as (?:the |its )?{t:TITLE} (?:of|at) {DESC}{o:ORG}',
    example: 'Rosa Lind stepped down as chief executive of Harbor Mills on Friday.',
    confidence: 0.85,
    status: 'former',
    fixedStatus: true,
  },
  {
    id: 'person-will-leave-role',
    relation: 'BY_TITLE',
    pattern:
      '{s:PER},? (?:who )?(?:will|is to|is set to|plans to|intends to|is expected to) (?:step down|step aside|resign|retire|leave) as (?:the |its )?{t:TITLE} (?:of|at) {DESC}{o:ORG}',
    example: 'Rosa Lind will step down as chief executive of Harbor Mills next year.',
    confidence: 0.85,
    fixedStatus: true,
  },
  {
    id: 'org-said-title-person',
    relation: 'BY_TITLE',
    pattern: '{o:ORG} (?:said|says|announced|confirmed)(?: that)?,? (?:its |their )?{t:TITLE},? {s:PER}',
    example: 'Corvane Health said its chief financial officer, Ada Moss, would retire.',
    confidence: 0.8,
  },
  {
    id: 'org-said-person-appointed',
    relation: 'BY_TITLE',
    pattern:
      '{o:ORG} (?:said|says|announced|confirmed)(?: that)? {s:PER} (?:had been|has been|was|will be|would be|is being) (?:appointed|named|elected|promoted to|chosen as) (?:as )?(?:its |the |their )?(?:new |next )?{t:TITLE}',
    example: 'Harlow Foods said Ben Ito had been appointed interim chief executive.',
    confidence: 0.85,
  },
  {
    id: 'person-will-become-title',
    relation: 'BY_TITLE',
    pattern:
      '{s:PER},? (?:would|will|is to|is set to|is due to) (?:become|take over as|succeed [^⟦,]{0,30} as|be named) (?:the )?(?:new |next )?{t:TITLE} (?:of|at) {DESC}{o:ORG}',
    example: 'Ada Moss will become chief executive of Corvane Health in July.',
    confidence: 0.8,
    status: 'planned',
    fixedStatus: true,
  },
  {
    id: 'org-said-person-will-become',
    relation: 'BY_TITLE',
    pattern:
      '{o:ORG} (?:said|says|announced)(?: that)? (?:its |their )?(?:{TITLE},? )?{s:PER},? (?:would|will|is to|is set to) (?:become|take over as|be named) (?:its |the )?(?:new |next )?{t:TITLE}',
    example:
      'Corvane Health said its chief financial officer, Ada Moss, would become chief executive in July.',
    confidence: 0.8,
    status: 'planned',
    fixedStatus: true,
  },
  {
    id: 'title-replacing-person',
    relation: 'BY_TITLE',
    pattern:
      '{o:ORG}(?:(?!⟦O)[^;:])*?\\b{t:TITLE}[^⟦;]{0,40}?,? (?:replacing|succeeding|following the departure of|after the departure of|who replaces|who succeeds|who replaced|who succeeded|in place of) {s:PER}',
    example: 'Harlow Foods said Ben Ito had been appointed chief executive, replacing Ruth Cole.',
    confidence: 0.75,
    status: 'former',
    fixedStatus: true,
  },
  {
    // Why: "Acme will close the plant, said Jane Roe, a spokeswoman." The title names no company: it is
    // the company the sentence is about (no other company or person stands between).
    id: 'org-then-said-person-title',
    relation: 'BY_TITLE',
    pattern:
      '^{GAP}{o:ORG}{GAP}, said {s:PER}, (?:an? |the |its )(?:company |firm |bank )?{t:TITLE}(?=[.;]?"?$)',
    example: 'Voss Mining will expand its mine in Chile, said Ola Berg, a company spokesman.',
    confidence: 0.7,
    statusCue: 'title',
  },
  {
    id: 'org-then-title-person-said',
    relation: 'BY_TITLE',
    // Why: "it[s]" keeps the literal word: the template reads "its " as any organization marker too, and
    // "⟦O0⟧ and ⟦O1⟧ will …, ⟦O2⟧ CEO ⟦P3⟧ said" would make ⟦P3⟧ the CEO of ⟦O1⟧ (org-title-person has ⟦O2⟧).
    pattern: '{o:ORG}{GAP}, (?:it[s] )?{t:TITLE} {s:PER} (?:said|told|says|added|explained)',
    example: 'Voss Mining will expand its mine in Chile, chief executive Ola Berg told reporters.',
    confidence: 0.75,
    statusCue: 'title',
  },
  {
    id: 'person-joined-org-as-title',
    relation: 'BY_TITLE',
    pattern:
      '{s:PER} (?:has |had |will )?(?:joined|joins|join|rejoined|rejoins) {DESC}{o:ORG} as (?:its |the |an? )?(?:new )?{t:TITLE}',
    example: 'Mira Costa joined Norvik Shipping as chief operating officer in May.',
    confidence: 0.85,
  },
  {
    id: 'org-appointed-persons-to-board',
    relation: 'BOARD_MEMBER_OF',
    pattern:
      '{o:ORG} (?:has |have )?(?:appointed|named|elected|added|nominated) {s:PERS} (?:to|as members of) (?:its |the )(?:supervisory |advisory )?board',
    example: 'Sable Ridge Energy appointed Kofi Mensah and Ingrid Saar to its board of directors.',
    confidence: 0.85,
  },
  {
    id: 'person-chairs-org',
    relation: 'CHAIR_OF',
    pattern:
      '{s:PER},? (?:who )?(?:chairs|chaired|has chaired|will chair|co-chairs|co-chaired) (?:the )?(?:(?:supervisory |advisory )?board (?:of|at) )?{DESC}{o:ORG}',
    example: 'Ana Ruiz, who chairs the board of Banco Sol, spoke first.',
    confidence: 0.85,
  },
  {
    id: 'org-described-person-founded',
    relation: 'FOUNDER_OF',
    pattern:
      '{o:ORG},? (?:now |then |once |still )?(?:an? |the )[^⟦;]{0,60}? (?:that |which |⟦O\\d+⟧ )?{s:PER} (?:had |has |later )?(?:co-?)?(?:founded|started|established|set up|launched)\\b',
    example: 'Mr. Rae leads iCo Therapeutics, an ocular drug company he co-founded in 2005.',
    confidence: 0.8,
  },
  {
    id: 'cofounded-with',
    relation: 'FOUNDER_OF',
    // Why: the founders after the name may follow a kind ("the Civic Platform political party with"), a
    // place or year, and "alongside"/"together with"; "with funding from ⟦P⟧" names a backer, not a founder.
    pattern:
      '\\b(?:co-?)?founded {DESC}{o:ORG}(?: (?!with\\b|alongside\\b|together\\b|along\\b)[a-z]+){0,3}?(?: (?:in|at) (?:{LOC}|{DATE}|\\d{4}))?(?: in (?:early |late |mid-)?{DATE})?,? (?:along with|together with|alongside|with) (?:⟦P\\d+⟧ (?=(?!and |or )[a-z]))?(?:(?!from |by )[a-z][\\w-]* ){0,3}?(?!⟦P\\d+⟧ (?!and |or )[a-z])(?:{ORG} (?:[a-z][\\w-]* ){1,2})?{s:PERS}',
    example: 'Leila Haddad co-founded Nimbus Therapeutics with Redwood University chemist Paul Iwata.',
    confidence: 0.8,
  },
  {
    id: 'org-which-cofounded-with',
    relation: 'FOUNDER_OF',
    // Why: the co-founders of a relative clause ("The Corrs, which she co-founded in 1990 with her brother Jim").
    pattern:
      '{o:ORG},? (?:which|that) (?:⟦P\\d+⟧|he|she|they|we) (?:had |has |later )?(?:co-?)?(?:founded|started|established|set up|formed|launched)(?: in (?:early |late |mid-)?{DATE})?,? (?:along with|together with|alongside|with) (?:⟦P\\d+⟧ (?=(?!and |or )[a-z]))?(?:(?!from |by )[a-z][\\w-]* ){0,3}?(?!⟦P\\d+⟧ (?!and |or )[a-z]){s:PERS}',
    example: 'She sings with Corrs Music Ltd., which she co-founded in 1990 with her elder brother Jim Corr.',
    confidence: 0.8,
  },
  {
    id: 'org-which-person-founded',
    relation: 'FOUNDER_OF',
    // Why: a relative clause right after the name, its home between ("Freshwater Pictures, based in
    // Brisbane, which she founded in 2001"); the founder is often a pronoun.
    pattern:
      '{o:ORG}(?:,? (?:based|headquartered|located) in {LOCS})?,? (?:which|that) {s:PER} (?:had |has |have |later |also |then )?(?:co-?)?(?:founded|started|established|set up|formed|launched|created)\\b',
    example: 'She is the CEO of Freshwater Pictures, based in Brisbane, which she founded in 2001.',
    confidence: 0.85,
  },
  {
    id: 'person-is-and-founder-of',
    relation: 'FOUNDER_OF',
    // Why: the founding is one of a list of things the person is ("is the managing partner and a founding
    // member of X", "is a lawyer, an activist and the co-founder of X"). Another company before the last
    // "and" is allowed ("is CEO of A and a co-founder of B"), not before a bare comma: "is CEO of A, a
    // founding member of B" may describe A.
    pattern:
      '{s:PER}(?: \\([^()⟦]{0,80}\\))?,? (?:is|was|became|remains|has been) (?:(?:[^⟦;:()]|⟦[LD]\\d+⟧){0,100}?(?:,? and |, )|(?:[^⟦;:()]|⟦[LDO]\\d+⟧){0,100}?,? and )(?:also |later )?(?:a |an |the |one of the )?(?:co-?founders?|cofounders?|founders?|founding members?|founder members?|founding partners?) of {DESC}{o:ORGS}',
    example: 'Chris Bolen is the managing partner and a founding member of Bolen Robinson & Ellis, LLP.',
    confidence: 0.8,
  },
  {
    id: 'person-paren-founder-of',
    relation: 'FOUNDER_OF',
    pattern:
      '{s:PER} \\((?:also |now )?(?:the |a |an |one of the )?(?:co-?founders?|cofounders?|founders?|founding members?) of {DESC}{o:ORGS}\\)',
    example: 'The wiki was started by Lars Aronsson (also the founder of Project Runeberg).',
    confidence: 0.85,
  },
  {
    id: 'person-joined-board',
    relation: 'BOARD_MEMBER_OF',
    pattern:
      '{s:PER},? (?:who )?(?:has |had |will |is set to |plans to )?(?:joined|joins|join|rejoined|left|leaves|leave|was elected to|was appointed to|was named to|sits on|sat on|serves on|served on|stepped down from|resigned from) (?:the |its )?(?:supervisory |advisory )?board(?: of directors)? (?:of|at) {DESC}{o:ORG}',
    example: 'Ana Lima joined the board of Acme Corp in 2019.',
    confidence: 0.8,
  },
  {
    id: 'person-who-heads-org',
    relation: 'EXECUTIVE_OF',
    pattern: `{s:PER},? (?:who|(?<=, )⟦P\\d+⟧) (?:heads|headed|runs|ran|leads|led|oversees|oversaw|has led|has run|has headed) {DESC}{o:ORG}(?!(?:'s|’s|') (?:rival|peer|competitor|customer|supplier|partner)s?\\b)`,
    example: 'Ana Lima, who runs Acme Bank, declined to comment.',
    confidence: 0.7,
  },
  {
    id: 'person-joined-org-possessive-board',
    relation: 'BOARD_MEMBER_OF',
    pattern:
      "{s:PER},? (?:who )?(?:has |had |will |is set to |plans to )?(?:joined|joins|join|rejoined|left|leaves|leave|was elected to|was appointed to|was named to|sits on|sat on|serves on|served on|stepped down from|resigned from) {DESC}{o:ORG}(?:'s|’s|') (?:supervisory |advisory )?board\\b",
    example: "Ana Lima was elected to Acme Bank's supervisory board last week.",
    confidence: 0.8,
  },
  {
    id: 'person-joined-org',
    relation: 'WORKS_FOR',
    pattern:
      '{s:PER} (?:has |had )?(?:joined|rejoined|left|quit|worked for|works for|working for|worked at|works at|began work at|began working at|started work at|started working at) {DESC}{o:ORG}',
    example: 'Ana Lima joined Acme Bank in 2019.',
    confidence: 0.7,
  },
  {
    // Why: a bio's "Pete also worked at First Consulting Group", "she is currently working at A, B and C",
    // "I worked for TIBCO as well as Seebeyond", "I currently work as a service desk employee at X", "I
    // later joined Pickles Auctions": every employer of the list ("worked with" is collaboration, left out).
    id: 'person-worked-at-orgs',
    relation: 'WORKS_FOR',
    pattern:
      '{s:PER},? (?:(?:also|later|then|previously|subsequently|eventually|recently|currently|now|has|had|have|was|is|am|and) ){0,3}(?:(?:worked|works|working|work)(?: (?:part-time|full-time|briefly))?(?: as (?:an? |the )?(?:[\\w-]+ ){1,4}?)? (?:for|at)|(?<=(?:also|later|then|subsequently|eventually|recently) )(?:joined|rejoined)) {DESC}{o:ORGS}',
    example: 'Pete also worked at First Consulting Group, a provider of information services.',
    confidence: 0.75,
  },
  {
    // Why: a bio names the employer, then the work there: "joined Lancaster Financial, an advisory firm
    // where he was employed from 1987", "Sorbonne, where she taught". Only work verbs or a title: "Yale,
    // where he met his wife" and "where he was a student" are no post.
    id: 'org-where-person-worked',
    relation: 'WORKS_FOR',
    pattern:
      '{o:ORG}(?: \\([^()⟦]{0,40}\\))?,? (?:(?:an? |the )(?:[^⟦;,()]|⟦L\\d+⟧){0,80}? )?where {s:PER} (?:(?:also|later|then|first|eventually|now|currently|still|has|had|have|subsequently) ){0,2}(?:worked|works|served|serves|led|leads|remained|stayed|managed|manages|headed|heads|oversaw|oversees|directed|directs|taught|teaches|lectured|(?:was|is) (?:employed|appointed|named|promoted|hired)|joined|rose|(?:was|is|became|becomes) (?:an? |the )?(?:[\\w-]+ ){0,2}?{TITLE}\\b)',
    example: 'He then joined Lancaster Financial, an advisory firm where he was employed from 1987.',
    confidence: 0.75,
  },
  {
    // Why: an academic post names its field before the institution, often in capitals and longer than a
    // title's department: "was a professor of general and organic chemistry at Stockholm University", "is
    // currently Professor Emeritus of Mathematics at Princeton University", "became a professor in
    // Lebedev Physical Institute".
    id: 'person-academic-post-of-field-at',
    relation: 'WORKS_FOR',
    pattern:
      "{s:PER},? (?:(?:who|he|she) )?(?:(?:also|currently|now|previously|formerly|later|then|eventually|subsequently) )?(?:is|was|has been|had been|became|becomes|served as|serves as|worked as|works as|was appointed|was named|was elected)(?: (?:also|currently|now|still|later))? (?:an? |the )?(?:(?:full|associate|assistant|adjunct|visiting|senior|distinguished|university|research|honorary|clinical|regius|emeritus) )*(?:professor|lecturer|reader|instructor|researcher|fellow|scientist|teacher|curator)s?(?: emerit(?:us|a))?(?: (?:of|in|for) (?:[A-Za-z&,'’-]+ ){1,6}?| )(?:\\d{4} )?(?:at|in|with) (?:the )?{o:ORGS}",
    example: 'Bo Lind was a professor of general and organic chemistry at Stockholm University.',
    confidence: 0.8,
  },
  {
    id: 'person-taught-at',
    relation: 'WORKS_FOR',
    pattern:
      '{s:PER},? (?:who )?(?:(?:also|later|then|previously|has|had) )?(?:taught|teaches|lectured|lectures|has taught|has lectured) (?:[a-z]+ ){0,2}?at {DESC}{o:ORG}',
    example: 'She taught at the Sorbonne, where Jacques Derrida was her assistant.',
    confidence: 0.8,
  },
  {
    id: 'person-career-at',
    relation: 'WORKS_FOR',
    // Why: "retired from a 23-year career at Deloitte", "has held engineering positions with GE Aerospace"
    // (a past "held … positions" is person-held-positions-at's, a former post).
    pattern:
      '{s:PER}(?:[^⟦;:()]|⟦[LD]\\d+⟧){0,40}? (?:(?:a|an|his|her|their) (?:[\\w-]+ )?(?:year )?career|(?:holds|has held) (?:[a-z]+ ){0,3}?(?:positions?|roles?|posts?)) (?:at|with) {DESC}{o:ORGS}',
    example: 'She retired from a 23-year career at Deloitte on June 1, 2013.',
    confidence: 0.8,
  },
  {
    id: 'person-founded-org',
    relation: 'FOUNDER_OF',
    pattern:
      '{s:PERS},? (?:who )?(?:(?:also|later|then|subsequently|eventually|jointly|originally) )?(?:co-?)?(?:founded|started|established|set up|launched|formed) {DESC}(?<o>{ORG}(?: \\({ORG}\\))?)',
    example: 'Steve Jobs co-founded Apple in 1976.',
    confidence: 0.85,
  },
  {
    id: 'person-described-who-founded',
    relation: 'FOUNDER_OF',
    // Why: a description of the person between ("Frank Ballouz, a former Atari executive who later also
    // founded Irem America", "is a Swedish game designer who founded the company Mojang"); a part of a
    // company ("the publishing division of X") is not the company. "who" is often a mention (⟦P⟧) itself.
    pattern:
      '{s:PER}(?: \\([^()]{0,60}\\))?(?:, (?:also known as|aka) [^⟦;,]{1,40},)?(?:,? (?:is|was) |, )(?:an? |the )(?:[^⟦;()]|⟦[OL]\\d+⟧){0,100}? (?:who|⟦P\\d+⟧) (?:had |has )?(?:(?:later|also|then|subsequently|eventually|jointly) )*(?:co-?)?(?:founded|established|set up|started|launched|formed) (?!(?:[a-z]+ ){0,3}(?:division|unit|branch|arm|chapter|office|subsidiary|department|wing) of){DESC}{o:ORG}',
    example: 'Jane Roe, a former Acme Corp executive who later founded Beta Corp, spoke.',
    confidence: 0.8,
    // Why: "a former Acme executive who founded" dates the other post, not the founding.
    fixedStatus: true,
  },
  {
    id: 'before-founding-org-person',
    relation: 'FOUNDER_OF',
    // Why: a fronted clause about founding is the sentence subject's ("Prior to founding Talos, Robert
    // served as …"); "starting"/"launching" are left out ("before starting Harvard" is enrolling).
    pattern:
      '^(?:Before|After|Prior to|Since|Upon) (?:co-?founding|founding|forming|establishing|setting up) (?:⟦P\\d+⟧ own |his own |her own |their own )?{DESC}{o:ORG}(?: \\([^()]{0,40}\\))?(?: in (?:early |late |mid-)?{DATE})?, (?:(?:Dr|Mr|Mrs|Ms|Prof)\\.? )?{s:PER}',
    example:
      'Prior to founding Talos Partners, Robert Shapiro served as the chief executive of Overstock.com.',
    confidence: 0.85,
  },
  {
    id: 'person-before-founding-org',
    relation: 'FOUNDER_OF',
    pattern:
      '{s:PER}(?:[^⟦;:()]|⟦[LD]\\d+⟧){0,100}? (?:before|after|prior to|upon) (?:co-?founding|founding|forming|establishing|setting up) (?:⟦P\\d+⟧ own |his own |her own |their own )?{DESC}{o:ORG}',
    example: 'Mr. Pew was a partner at a thriving law firm prior to forming the Pew Law Center.',
    confidence: 0.8,
  },
  {
    id: 'person-founded-and-served-org',
    relation: 'FOUNDER_OF',
    // Why: two verbs share the company ("Mohan co-founded and served as the CEO of Digital Tools",
    // "known for founding and serving as chief executive of Renters Warehouse").
    pattern:
      '{s:PER}(?:[^⟦;:()]|⟦[LD]\\d+⟧){0,80}?\\b(?:co-?founded|founded|co-?founding|founding|established|set up|started) and (?:(?:later|also|then|now|currently|subsequently) )?(?:served|serves|serving|is|was|became|becoming|remains|remained|ran|runs|running|led|leads|leading|heads|headed|heading|chaired|chairs) (?:(?:as|on) )?(?:the |its )?(?:[\\w-]+ ){0,6}?(?:of|at|for) {DESC}{o:ORG}',
    example: 'Before starting SoftPlus, Mohan co-founded and served as the CEO of Digital Tools Inc.',
    confidence: 0.85,
  },
  {
    id: 'person-founded-and-is-title',
    relation: 'BY_TITLE',
    pattern:
      '{s:PER}(?:[^⟦;:()]|⟦[LD]\\d+⟧){0,80}?\\b(?:co-?founded|founded|co-?founding|founding|established|set up|started) and (?:(?:later|also|then|now|currently|subsequently) )?(?:served|serves|serving|is|was|became|becoming|remains|remained) (?:as )?(?:the |its )?(?:current |founding )?{t:TITLE} (?:of|at|for) {DESC}{o:ORG}',
    example: 'In 1978 Lilia Abron founded and became CEO of PEER Consultants.',
    confidence: 0.85,
  },
  {
    id: 'person-and-founded-org',
    relation: 'FOUNDER_OF',
    // Why: the sentence's subject carries over a coordinated clause ("Adam moved to Japan in 1981 and set
    // up Fulford Enterprises"); an object person ("met Ada Moss … and founded") or a company between do not.
    pattern:
      '^(?:[^⟦,;]{0,30}(?:⟦D\\d+⟧)?, )?{s:PER}(?:[^⟦;:()]|⟦[LD]\\d+⟧){0,60}? and (?:later |then |also |[a-z]+ly )?(?:co-?founded|founded|set up|established|launched|formed) {DESC}(?<o>{ORG}(?: \\({ORG}\\))?)',
    example: 'Adam moved to Japan in 1981 and set up Fulford Enterprises in 1985.',
    confidence: 0.75,
  },
  {
    id: 'org-its-founder-person',
    relation: 'FOUNDER_OF',
    pattern: '{o:ORG}(?:[^⟦;:()]|⟦[LD]\\d+⟧){0,80}? its (?:co-?)?founders?,? {s:PERS}',
    example:
      'Palette Studio offers production services driven by the talents of its founder, Jeff Silverman.',
    confidence: 0.75,
  },
  {
    id: 'org-founded-by',
    relation: 'FOUNDER_OF',
    pattern:
      '(?<o>{ORG}(?: \\({ORG}\\))?)(?:,| was| is| had been)? (?:{GAP} )?(?:co-?)?founded (?:in (?:{DATE}|\\d{4}) )?by ' +
      FOUNDERS,
    example: 'Ascend Elements was founded by Mike O’Kronley and Eric Gratz.',
    confidence: 0.85,
  },
  {
    id: 'org-formed-by-described-person',
    relation: 'FOUNDER_OF',
    // Why: "formed in 2006 by drummer Dave Astor", "founded in 1992 by the current CEO, Igor Pasternak",
    // "established in 2004 by Georgina Chapman and Keren Craig": a descriptor or title before the founders.
    pattern:
      '(?<o>{ORG}(?: \\({ORG}\\))?)(?: \\([^()]{0,40}\\))?(?:,? {GAP})?,? (?:(?:which |that )?(?:was |is |were |had been |has been ))?(?:originally |first |jointly )?(?:co-?founded|founded|established|formed|started|set up|created) (?:(?:(?:in|on) (?:the )?(?:year )?)?{DATE},? |(?:in|at) {LOCS},? )*by (?:(?:the |its |their |an? )?(?:(?:[A-Za-z.-]+|⟦L\\d+⟧) ){0,3}?[A-Za-z.-]+, |(?:the |its |their |an? )?(?:[A-Za-z.-]+ ){0,3}?)(?:{TITLE},? )?' +
      FOUNDERS,
    example: 'Pathology is a death metal band, formed in 2006 by drummer Dave Astor.',
    confidence: 0.8,
  },
  {
    id: 'org-founded-by-title-person',
    relation: 'BY_TITLE',
    // Why: the founder's post is named with the founding ("founded in 1992 by the current CEO, Igor Pasternak").
    pattern:
      '{o:ORG}(?:,? {GAP})?,? (?:was |is |had been |has been )?(?:co-?founded|founded|established|formed|started|set up|created) (?:(?:in|on) (?:{DATE}|{LOCS}),? )*by (?:the |its |their )(?:current |present )?{t:TITLE},? {s:PER}',
    example: 'Korvex Aerospace was founded in 1992 by the current CEO and Chief Engineer, Igor Pasternak.',
    confidence: 0.8,
  },
  {
    id: 'org-founded-by-person-title',
    relation: 'BY_TITLE',
    // Why: the founder's post after the name closes the sentence ("founded in 1990 by Dave Waters, CEO.",
    // "by Jani Penttinen, who serves as its CEO."); a title followed by "of" is another company's.
    pattern:
      '(?<o>{ORG}(?: \\({ORG}\\))?)(?:,? {GAP})?,? (?:was |is |had been |has been )?(?:co-?founded|founded|established|formed|started|set up|created) (?:(?:in|on) (?:{DATE}|{LOCS}),? )*by {s:PER}, (?:who (?:now |currently |also )?(?:serves|served|is|was|remains) (?:as )?(?:its |the )?|(?:its |the )?(?:current |present )?){t:TITLE}(?=[.;]|$)',
    example: 'First Home Mortgage Corporation was founded in 1990 by Dave Waters, CEO.',
    confidence: 0.8,
  },
  {
    id: 'org-founder-person',
    relation: 'FOUNDER_OF',
    pattern: "{o:ORG}(?:'s|’s)? (?:co-?)?founder,? {s:PER}",
    example: 'Acme Corp. co-founder Jane Roe started Globex Inc.',
    confidence: 0.85,
  },
  {
    id: 'person-spokesman-for',
    relation: 'WORKS_FOR',
    pattern: '{s:PER},? (?:a |the )?(?:spokes(?:man|woman|person)|analyst|economist) (?:for|at|with) {o:ORG}',
    example: 'Tom Lee, a spokesman for Acme Corp., declined to comment.',
    confidence: 0.85,
  },
  {
    // Why: a reporter's beat names the employer: "W. Dale Nelson covers the White House for The Associated
    // Press", "Lee Mitgang has covered education for the AP since 1981" (CoNLL04 train 2 of 2).
    id: 'person-covers-beat-for',
    relation: 'WORKS_FOR',
    pattern:
      '{s:PER},? (?:(?:has|had) )?(?:covers|covered|reports on|reported on) (?:the |a )?(?:(?!for\\b)[\\w-]+ |⟦[LO]\\d+⟧ ){1,3}for (?:the )?{o:ORG}',
    example: 'W. Dale Nelson covers the White House for The Associated Press.',
    confidence: 0.8,
  },
  {
    // Why: an occupation noun that is not a listed title ("a lobbyist with", "a plant physiologist with",
    // "a marine inspector at"); people an organization serves or holds are not its staff.
    id: 'person-appositive-occupation-at-org',
    relation: 'WORKS_FOR',
    pattern:
      "{s:PER}, (?:\\d{1,3}, )?(?:an? |the )(?:[a-z][a-z-]+ ){0,2}?(?!(?:student|patient|resident|customer|passenger|visitor|prisoner|inmate|volunteer|consumer|borrower|shareholder|stockholder|investor|holder|lender|supporter|opponent|critic|fan|client|member|defendant|plaintiff|applicant|participant|competitor|partner)\\b)(?:[a-z]+(?:ist|er|or|ant|ent)|fellow),? (?:at|with|for) (?:the )?{o:ORG}(?![\\w-]*based)(?!['’]s)",
    example: 'Michael Mason, a lobbyist with the American Petroleum Institute, told the news conference.',
    confidence: 0.8,
  },
  {
    id: 'said-person-title-org',
    relation: 'BY_TITLE',
    pattern: '\\bsaid {s:PER},? (?:the |an? )?{o:ORG} {t:TITLE}',
    example: 'The deal closes soon, said Jane Roe, the Acme Corp. chief financial officer.',
    confidence: 0.85,
  },
  {
    id: 'person-of-org',
    relation: 'WORKS_FOR',
    // Why: "Roger Crouch of NASA have been chosen", "Alan Guth of M.I.T., Andrei Linde of Stanford": the
    // name ends a clause or a list item, an auxiliary follows, or "and" another person ("X of A and B"
    // may join A and B).
    pattern:
      "{s:PER}(?:, \\d{1,3})?,? of (?:the )?(?:⟦L\\d+⟧ ?['’]s )?{o:ORG}(?= ?['’]s ⟦O\\d+⟧| (?:also )?(?:said|told|says|say|added|have|has|had|is|was|were|are|will|would|who|supports|disputed|agreed)\\b|[,.;]|$| and {PER}| in {LOC}[,.;])",
    example: 'John Smith of Acme Corp said prices would rise.',
    confidence: 0.6,
  },
  {
    // Why: a unit named through its parent is an employer too: "Dean Jane Roe of Harvard University's
    // Kennedy School", "James Blight and David Welch of Harvard University's John F. Kennedy School".
    id: 'person-of-org-possessive-unit',
    relation: 'WORKS_FOR',
    pattern: "{s:PER}(?:, \\d{1,3})?,? (?:and {PER} )?of (?:the )?(?:⟦L\\d+⟧ ?['’]s )?{ORG} ?['’]s {o:ORG}",
    example: "Jane Roe of Harvard University's John F. Kennedy School of Government disagreed.",
    confidence: 0.7,
  },
  {
    id: 'org-title-is-person',
    relation: 'BY_TITLE',
    pattern:
      "{o:ORG}(?:'s|’s|'|’)? (?:current |new |former |interim |acting |longtime )*{t:TITLE} (?:is|was|has been|remains) {s:PER}",
    example: "Health Management Associates' current interim CEO is John Starcher.",
    confidence: 0.85,
  },
  {
    id: 'before-joining-org',
    relation: 'WORKS_FOR',
    pattern:
      '\\b(?:Before|After|Prior to|Since|Upon|Since) (?:joining|leaving|rejoining) {o:ORG}(?: in (?:{DATE}|\\d{4}))?, (?:(?:Mr|Mrs|Ms|Dr)\\.? )?{s:PER}',
    example: 'Before joining Raymond James Bank in 2006, he worked for Bank of America for 17 years.',
    confidence: 0.8,
  },
  {
    id: 'while-at-org-person',
    relation: 'WORKS_FOR',
    // Why: a bio's "While at X, Y served/led …" is a past post (detectStatus reads no cue in it).
    pattern:
      '\\b(?:While|When) (?:(?:he|she) (?:was )?)?(?:at|with) {o:ORG}(?: \\([^()⟦]{0,40}\\))?, (?:(?:Mr|Mrs|Ms|Dr)\\.? )?{s:PER} (?:served|worked|led|managed|oversaw|headed|ran|held|was responsible|developed|built|launched|founded)\\b',
    example: 'While at Pender Group, Ms. Norstrud served a variety of companies.',
    confidence: 0.8,
    status: 'former',
  },
  {
    id: 'at-org-person-title',
    relation: 'BY_TITLE',
    pattern: '\\bAt {o:ORG},? {s:PER} (?:was|is|served as|has been|worked as|became) (?:the |an? )?{t:TITLE}',
    example: 'At Openwave Systems Inc. he was country manager for Ireland.',
    confidence: 0.8,
  },
  {
    id: 'title-of-org-person',
    relation: 'BY_TITLE',
    pattern: '\\b{t:TITLE} (?:of|at|for) (?:the )?{o:ORG},? {s:PER}',
    example: 'The deputy secretary of the Foreign Ministry, Abdul Halim Ali, joined the talks.',
    confidence: 0.75,
  },
  {
    id: 'person-age-title-at',
    relation: 'BY_TITLE',
    pattern:
      '{s:PER}, \\d{1,3}, (?:(?:is|was|has been|had been|became) )?(?:the |an? )?{t:TITLE} (?:of|at|for|with) (?:the )?{o:ORG}',
    example: 'Joseph Cicippio, 58, was acting comptroller at the American University of Beirut.',
    confidence: 0.8,
  },
];
