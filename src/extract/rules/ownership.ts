// Organization → Organization ownership rules: subsidiaries, units and parents.
import type { RelationRule } from './types.js';

/** How a parent owns a child: "wholly owned", "indirect wholly-owned", tokenised "wholly - owned". */
const OWNED =
  '(?:(?:indirect(?:ly)? |direct(?:ly)? |ultimately )?(?:(?:wholly|majority|fully|100%)(?:-| - | ))?owned)';
// Why: "a wholly owned subsidiary", "a subsidiary company", "the U.S. subsidiary" (a place marker), "a
// Malaysian mobile subsidiary": one describing item before the noun. A share ("a 100% affiliate") is
// left to the stake rules; "a 100% subsidiary", "a 100% daughter company" is a subsidiary.
const CHILD =
  '(?:(?:indirect |direct )?(?:wholly|majority|fully)(?:-| - | )owned (?:(?!(?:and|or|by|of)\\b)[\\w-]+ ){0,2}?|100%(?:-| )(?:owned )?(?=(?:[\\w-]+ )?(?:subsidiary|daughter))|independent |operating |local |European |U\\.S\\. |⟦L\\d+⟧ |(?:(?!(?:to|a|an|the|of|by|from|with|for|and|or|in|on|at|as|its|their|is|was)\\b)[\\w-]+(?: - [\\w-]+)? ){1,2})?(?:subsidiary|subsidiaries|unit|division|arm|affiliate|brand|offshoot|business|daughter)(?: (?:company|firm|bank))?';

export const OWNERSHIP_RULES: RelationRule[] = [
  {
    id: 'appositive-subsidiary-of',
    relation: 'SUBSIDIARY_OF',
    // Why: also in parentheses ("Unimed Pharmaceuticals, Inc. (currently a wholly owned subsidiary of
    // AbbVie Inc.)") and after what the company is ("a Hong Kong corporation and wholly-owned subsidiary of").
    pattern: `{s:ORG}(?:,? | \\()(?:which is |now |currently |formerly |itself |also )?(?:(?:a |an )(?:[\\w.-]+ |{LOC} |{ORG} ){0,3}?(?:corporation|company|firm|entity) and (?:a |an )?|a |an |the )?${CHILD} of {DESC}{o:ORG}`,
    example: 'Instagram, a unit of Meta Platforms Inc., launched the feature.',
    confidence: 0.85,
    // Why: an appositive states its own status ("a former unit of"); a "planned" before it is another fact's.
    statusCue: 'match',
  },
  {
    id: 'appositive-description-and-subsidiary-of',
    relation: 'SUBSIDIARY_OF',
    // Why: an appositive that describes the company, then its owner ("Quickie Manufacturing, the largest
    // maker of cleaning tools in North America and a wholly-owned subsidiary of Jarden"); no other
    // organization or person may sit in the description.
    pattern: `{s:ORG}, (?:an? |the )(?:[^⟦;,()]|⟦L\\d+⟧){0,100}? and (?:is |also |now )*(?:a |an |the )${CHILD} of {DESC}{o:ORG}`,
    example:
      'He ran Quickie Manufacturing, the largest manufacturer of cleaning tools in North America and a wholly-owned subsidiary of Jarden Corporation.',
    confidence: 0.8,
    statusCue: 'match',
  },
  {
    id: 'and-its-subsidiary',
    relation: 'SUBSIDIARY_OF',
    // Why: "⟦O1⟧ through its wholly-owned subsidiary ⟦O2⟧", "⟦O1⟧ announced the merger of its material
    // subsidiary ⟦O2⟧": a few linking words only, no other clause (a unit being sold or spun off is
    // plans-for-its-unit's; "⟦O1⟧, and is part of a duopoly with ⟦O2⟧ affiliate ⟦O3⟧" is not ⟦O1⟧'s).
    pattern: `{o:ORG},? (?:(?:on )?(?:{DATE}|\\w+day),? )?(?:and|through|via|with|including|together with|along with|(?:has |have |had )?(?:announced|completed|approved|said|disclosed) (?:the |a )?(?:[a-z]+ ){0,2}?(?:of|for|with|by|that)) its ${CHILD}(?<!subsidiaries),? {s:ORG}`,
    example: 'Shares of the bank are held by Hallam Group through its wholly owned subsidiary Brenwick Bank.',
    confidence: 0.8,
    status: 'current',
    fixedStatus: true,
  },
  {
    id: 'fronted-subsidiary-of',
    relation: 'SUBSIDIARY_OF',
    pattern: `^(?:As |Once |Now )?(?:an? |the )${CHILD} of {DESC}{o:ORG}(?: \\([^()]{0,40}\\))?,(?: (?:the |an? )(?:[^⟦,;()]|⟦L\\d+⟧){0,80},)? {DESC}{s:ORG}`,
    example: 'A subsidiary of Italian eyewear maker Luxottica, EyeMed Vision Care serves 40 million members.',
    confidence: 0.85,
    statusCue: 'match',
  },
  {
    id: 'has-subsidiary-called',
    relation: 'SUBSIDIARY_OF',
    // Why: "CargoNet AS has a subsidiary company in Sweden called CargoNet AB", "EMI Group also had a
    // major publishing arm, EMI Music Publishing": a unit the parent has or set up, then its name.
    pattern: `{o:ORG}{GAP} (?:has|had|owns|owned|operates|operated|set up|created|formed|launched|established) (?:a|an|one) (?:[\\w-]+ ){0,2}?(?:subsidiary|unit|division|arm|daughter)(?: company)?(?: in {LOCS})?(?:,? (?:called|named|known as) |, ){s:ORG}`,
    example: 'Norwegian CargoNet AS has a subsidiary company in Sweden called CargoNet AB.',
    confidence: 0.8,
  },
  {
    id: 'operates-as-subsidiary',
    relation: 'SUBSIDIARY_OF',
    pattern: `{o:ORG}{GAP} (?:operates|runs|owns|holds|keeps|retains) {s:ORG} as (?:an? |its )${CHILD}\\b`,
    example: 'IPG still operates HPG as a wholly owned subsidiary focused on hotels.',
    confidence: 0.8,
  },
  {
    id: 'is-subsidiary-of',
    relation: 'SUBSIDIARY_OF',
    // Why: an alias or a home may stand before the verb ("Royal London Asset Management (RLAM) is", "IC
    // Bus, LLC of Lisle, Ill., is"), and a relative clause ("DHL, which itself is a subsidiary of").
    pattern: `{s:ORG}(?: \\([^()]{0,40}\\))?(?:,? of {LOC}(?:, {LOC})?,)?(?:,? (?:which|that))?(?: (?:itself|also|now|currently))? (?:is|was|became|has become|will become|remains|operates as) (?:a |an |the )?${CHILD} of {DESC}{o:ORG}`,
    example: 'Globex Inc. became a subsidiary of Acme Corp. in 2019.',
    confidence: 0.85,
  },
  {
    id: 'formed-as-subsidiary-of',
    relation: 'SUBSIDIARY_OF',
    // Why: "It was formed in 1997 as a fully owned subsidiary of Telkom Kenya", "a college working as a
    // subsidiary of the Xinjiang Medical University": the nearest name before "as" is the child.
    pattern: `{s:ORG}{GAP} (?:formed|founded|established|created|set up|incorporated|launched|spun off|operates|operated|operating|works|worked|working|functions|functioned|began|started|continues|continued|remains|remained)(?: (?:in|on) (?:{DATE}|\\d{4}))? as (?:a |an |the )${CHILD} of {DESC}{o:ORG}`,
    example: 'Safaricom was formed in 1997 as a fully owned subsidiary of Telkom Kenya.',
    confidence: 0.8,
  },
  {
    id: 'org-description-and-subsidiary-of',
    relation: 'SUBSIDIARY_OF',
    // Why: a copular description coordinated with the ownership ("is a Russian low-cost airline and a
    // wholly owned subsidiary of Aeroflot", "is a UK-based chemicals company that is a subsidiary of"); no
    // other organization may sit in the description.
    pattern: `{s:ORG}(?: \\([^()]{0,60}\\))?,? (?:is|was) (?:an? |the )(?:[^⟦;()]|⟦L\\d+⟧){0,120}?(?:,? and|,? (?:that|which) (?:is|was)) (?:is |was |also |now )*(?:a |an |the )?${CHILD} of {DESC}{o:ORG}`,
    example: 'Pobeda Airlines LLC is a Russian low-cost airline and a wholly owned subsidiary of Aeroflot.',
    confidence: 0.8,
  },
  {
    id: 'possessive-subsidiary',
    relation: 'SUBSIDIARY_OF',
    pattern: `{o:ORG}(?:'s|’s|'|’) ${CHILD},? {s:ORG}`,
    example: "Acme Corp.'s battery unit Globex Energy opened a plant.",
    confidence: 0.8,
  },
  {
    id: 'org-unit-org',
    relation: 'SUBSIDIARY_OF',
    // Why: "sold its unit Beta" (its a pronoun mention) is a unit no longer owned.
    pattern:
      '(?<!(?:sold|sell|sells|selling|divested|offloaded|sale of|spun off|spin off|spins off|disposed of) ){o:ORG} (?:unit|subsidiary|arm|division) {s:ORG}',
    example: 'Acme Corp. unit Globex Energy signed the lease.',
    confidence: 0.75,
  },
  {
    id: 'list-subsidiaries-of',
    relation: 'SUBSIDIARY_OF',
    // Why: "Beta Bank and Gamma Trust, both wholly owned subsidiaries of Pellan Bancorp": each one's.
    pattern:
      '{s:ORGS},? (?:which are |are |were |(?:both|each|all) )*(?:(?:indirect |direct )?(?:wholly|majority)(?:-| - | )owned |[a-z][\\w-]* )?(?:subsidiaries|units|divisions|affiliates) of {DESC}{o:ORG}',
    example: 'Beta Bank and Gamma Trust Company, both wholly owned subsidiaries of Pellan Bancorp, merged.',
    confidence: 0.8,
    statusCue: 'match',
  },
  {
    id: 'owns-all-shares-of',
    relation: 'SUBSIDIARY_OF',
    pattern:
      '{o:ORG}{GAP} (?:owns|holds|owned|held|has owned|has held) (?:directly or indirectly |indirectly |directly )?(?:all|all of|100% of|100 percent of) (?:the )?(?:issued and )?(?:outstanding )?(?:shares|stock|capital stock|common stock|equity interests?|membership interests?|voting securities|partnership interests?)(?: of| in) {DESC}{s:ORG}',
    example: 'Pellan Corp. owns all of the outstanding shares of Beta Inc.',
    confidence: 0.8,
  },
  {
    id: 'owned-by',
    relation: 'SUBSIDIARY_OF',
    pattern: `{s:ORG},? (?:which is |which was |is |was )?${OWNED}(?: and controlled)? by {DESC}{o:ORG}`,
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
      '{o:ORG}(?:,| is| was| has been| became)? (?!and )(?:also )?(?:the |its |a )?(?:[\\w$.,-]+ |⟦L\\d+⟧,? ){0,8}?(?:and )?parent (?:company |group |firm |organization )?(?:of|to|for) {DESC}{s:ORGS}',
    // Why: "is the parent company for A, B and C"; a description may name the parent's home ("is proudly
    // located in Spokane, WA and is the parent company for …").
    example: 'Alphabet, the parent company of Google, reported earnings.',
    confidence: 0.85,
  },
  {
    id: 'parent-possessive',
    relation: 'SUBSIDIARY_OF',
    // Why: also a pronoun's ("Its parent company is Zobe Fashions") and a headline's bare form ("Google
    // parent Alphabet").
    pattern:
      "{s:ORG}(?:'s|’s|'|’)? parent(?: company| group| organization)?(?:,| is| was| has been)? (?:the )?{o:ORG}",
    example: "Google's parent company, Alphabet Inc., reported earnings.",
    confidence: 0.85,
    statusCue: 'match',
  },
  {
    id: 'operates-as-its-unit',
    relation: 'SUBSIDIARY_OF',
    pattern: `{s:ORG}{GAP} (?:by|to|with) {DESC}{o:ORG}{GAP} (?:and )?(?:now )?(?:operates|operating|runs|functions|serves) as its ${CHILD}`,
    example:
      'Globex Networks was acquired by Acme Telecom in 2021 and now operates as its enterprise division.',
    confidence: 0.8,
  },
  {
    id: 'operates-as-pronoun-unit',
    relation: 'SUBSIDIARY_OF',
    pattern: `{s:ORG}{GAP} (?:now )?(?:operates|operating|runs|functions|serves) as {o:ORG} ${CHILD}`,
    example: 'Globex Networks now operates as Acme Telecom subsidiary in Europe.',
    confidence: 0.7,
  },
  {
    id: 'its-owner',
    relation: 'SUBSIDIARY_OF',
    pattern:
      '{s:ORG}{GAP} (?:its |their )(?:current |new |former |majority |controlling |private[- ]equity |longtime |long-time )?(?:owner|owners|parent|parent company|parent group|majority shareholder|controlling shareholder),? {DESC}{o:ORG}',
    example:
      "Globex Distillers Ltd., Scotland's largest independent whisky maker, has been put up for sale by its owner, Acme Capital.",
    confidence: 0.8,
  },
  {
    id: 'plans-for-its-unit',
    relation: 'SUBSIDIARY_OF',
    pattern: `{o:ORG}{GAP} (?:plans to |will |is to |intends to |agreed to |is set to |is preparing to |aims to |wants to |is looking to |is seeking to |to |is exploring (?:a |the )?|is considering (?:a |the )?|is weighing (?:a |the )?|announced (?:a |the |plans for (?:a |the )?)?)(?:spin off|spin-off|spinoff|spin out|sell|sale of|divest|list|listing of|float|flotation of|separate|separation of|carve out|IPO of|restructure|rename|expand|invest in) its ${CHILD},? {s:ORG}`,
    example:
      'Acme Retail Group plans to spin off its online unit, Globex Digital, into a separately listed company.',
    confidence: 0.8,
    status: 'current',
    fixedStatus: true,
  },
  {
    id: 'owns-labels',
    relation: 'SUBSIDIARY_OF',
    pattern:
      "{o:ORG},? (?:which |that )?(?:also )?(?:owns|controls|operates|runs|(?:'s|’s) owner of|is the owner of) (?:the )?{s:ORGS}(?:,? and [\\w-]+)? (?:[\\w-]+ ){0,2}?(?:brands?|labels?|chains?|banners?|marques?|subsidiaries|units|businesses|networks?|studios?|hotels?|retailers?|newspapers?)\\b",
    example: 'Acme Group, which owns the Globex Inc. and Initech Ltd. fashion labels, said sales fell 12%.',
    confidence: 0.75,
  },
  {
    id: 'owns-brands-such-as',
    relation: 'SUBSIDIARY_OF',
    pattern:
      '{o:ORG},? (?:which |that |whose )?(?:also )?(?:owns|controls|operates|runs|(?:brands|labels|subsidiaries|units) include) (?:the )?(?:(?:[\\w-]+ ){0,2}?(?:brands?|labels?|chains?|banners?|marques?|subsidiaries|units|businesses)(?:,? (?:such as|including))? )?{s:ORGS}',
    example: 'Acme Group, whose brands include Globex Inc. and Initech Ltd., said sales fell.',
    confidence: 0.7,
  },
  {
    id: 'possessive-name-unit',
    relation: 'SUBSIDIARY_OF',
    pattern:
      "{o:ORG}(?:'s|’s) {s:ORG} (?:unit|subsidiary|division|arm|brand|affiliate|business|label|chain)\\b",
    example: "Alphabet Inc.'s Waymo LLC unit expanded its robotaxi service.",
    confidence: 0.8,
  },
  {
    id: 'appositive-possessive-unit',
    relation: 'SUBSIDIARY_OF',
    pattern: `{s:ORG}, (?:now |also )?{o:ORG}(?:'s|’s) ${CHILD}\\b`,
    example: "Waymo LLC, Alphabet Inc.'s self-driving unit, expanded its service.",
    confidence: 0.8,
    // Why: an appositive states its own status ("a former unit of"); a "planned" before it is another fact's.
    statusCue: 'match',
  },
  {
    id: 'part-of',
    relation: 'SUBSIDIARY_OF',
    pattern:
      '(?<!(?:of|by|from|with|to|for|at|in) (?:the )?){s:ORG}{GAP} (?:is|was|became|has become|has been|remains|will become|is now|became) (?:now )?(?:a )?part of (?!(?:[\\w-]+ ){0,3}?(?:with|from|of|by|for|to|in|on|at) ){DESC}{o:ORG}(?! (?:and|or) )',
    example: 'Globex Inc. is now part of Acme Group after the 2020 deal.',
    confidence: 0.75,
  },
  {
    id: 'subsidiaries-include',
    relation: 'SUBSIDIARY_OF',
    pattern:
      "{o:ORG}(?:'s|’s)? (?:[\\w-]+ )?(?:subsidiaries|units|brands|divisions|labels) (?:include|included|including|such as) {DESC}{s:ORGS}",
    example: "Acme Group's subsidiaries include Globex Inc. and Initech Ltd.",
    confidence: 0.75,
  },
];
