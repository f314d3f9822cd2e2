// Organization → Organization rules: MOUs, agreements, partnerships, joint ventures, acquisitions,
// mergers and investments.
import type { RelationRule } from './types.js';

const MOU =
  '(?:(?:non-binding |nonbinding |strategic |cooperation |framework )*(?:memorandum of understanding|memorandum of cooperation|cooperation memorandum|MOU|MoU|memorandum))';
const SIGN =
  '(?:signed|signs|inked|inks|entered into|enters into|executed|concluded|struck|strikes|reached|reaches|sealed|finalized|agreed|has signed|have signed|will sign|plans to sign|to sign)';
/** Verbs that obtain, hold or end an agreement; status.ts reads "terminated"/"ended" as former. */
const HOLD =
  '(?:announced|announces|unveiled|unveils|disclosed|secured|secures|won|wins|landed|lands|obtained|clinched|renewed|renews|extended|extends|expanded|expands|placed|places|has|have|holds|terminated|terminates|ended|ends|cancell?ed|cancels|exited|has (?:secured|won|landed|renewed|extended|terminated|ended|cancell?ed|exited)|had (?:terminated|ended|cancell?ed|exited))';
/** Kinds of commercial agreement: "supply", "offtake", "codeshare". */
const COMMERCIAL =
  '(?:supply|offtake|licensing|licence|license|distribution|codeshare|research|data|services?|purchase|sourcing|marketing|manufacturing|development|cooperation|framework|multiyear|multi-year|long-term|strategic|commercial|royalty|tolling|lease|leasing|charter|hosting|cloud|power purchase)';
/** An agreement that is not a merger or takeover agreement (schema: those are MERGED_WITH / ACQUIRED). */
const AGREEMENT =
  '(?!(?:[\\w$.,-]+ ){0,4}?(?:merger|acquisition|takeover|buyout|share purchase|stock purchase|sale) )(?:(?:[\\w$.-]+ ){0,4}?(?:agreement|deal|contract|pact|accord|partnership agreement|supply agreement|offtake agreement|licensing deal|purchase order|order))\\b';

/**
 * An object description that is not a prepositional phrase: "buy cells from X" is a purchase of goods
 * from X, "bought a minority stake in X" is not a takeover of X.
 */
// Why: tokenised text spaces the hyphen of "Bermuda - based" (DESC reads "Bermuda-based").
const OBJ =
  '(?!(?:[\\w-]+ ){0,3}?(?:from|with|to|for|through|via|on|at|in|into|of|by) )(?:{LOC} - based )?{DESC}';
/** A description that names another organization: "Tenmark-backed ", "Hollandia Bier rival ". */
const ORG_DESC = '(?:(?:the |an? )?{ENT}(?:-backed|-owned| rival| peer| unit| subsidiary| affiliate) )?';
/** The rest of the sentence says the deal was undone: "offered to buy X, but the board rejected it". */
const UNDO =
  '(?:reject|rebuff|turned down|turn down|spurn|block|called off|call off|cancel|scrap(?=s|ped|ping)|(?<=(?:to|will|would) )scrap|abandon|terminat|withdr)\\w*';
const DEAL_NOUN = '(?:offer|bid|proposal|approach|overture|deal|takeover|merger|acquisition|talks|it)';
const NOT_UNDONE = `(?!.*(?:,? but|; |, only|, though|, although) .*(?:${UNDO} (?:the |its |their |that |this |an? )?(?:[\\w$.-]+ ){0,3}?${DEAL_NOUN}\\b|${DEAL_NOUN} (?:was |were |has been |had been )?(?:${UNDO}|collapsed|fell through|fell apart)))`;
/** A deal's size and kind before its noun: "$3.1 billion ", "previously announced ", "all-cash ". */
const DEAL_SIZE =
  '(?:(?:US|A|C|HK|S)?[$€£¥][\\d.,]+ ?(?:million |billion |bn |mln |m |trillion )?|[\\d.,]+ (?:million|billion) (?:euros?|dollars?|pounds?|yuan|yen|rupees?) |previously announced |planned |proposed |pending |all-cash |all-stock |cash-and-stock |\\d{4} )*';
/** The deal named just before was undone: "Nvidia's acquisition of Arm cancelled", "… was terminated". */
const UNDONE_AFTER =
  '(?! (?:was |were |has been |had been |is |is being )?(?:cancell?ed|called off|terminated|abandoned|scrapped|blocked|collapsed|fell through|failed)\\b)';
/** A subject list that is not the start of "X, Y reported" (a news source after the list). */
const LIST_END =
  "(?! (?:reported|said|says|reports|told|added|announced|noted|wrote|according)|-(?:backed|owned|based|led|controlled)|['’]s )";
/** A deal's value between the noun and its counterparty: "a contract worth $40 million with". */
const WORTH =
  '(?: (?:worth|valued at) (?:up to |about |around |nearly |more than )?[\\w$€£.,]+(?: (?:million|billion|bn|mln|m))?)?';
/** A clause that does not deny, refuse or end what follows (for rules with a fixed status). */
const NOT_REFUSED =
  "(?![^.;]{0,80}?\\b(?:not|n't|never|refused|declined|denied|denies|failed|rejected|terminat\\w*|ended|cancel\\w*|scrapped|walked away|in talks|considering|may|might|could)\\b)";
/** A subject that is not the owner of the real actor: "Acme's Canadian arm has agreed to buy X". */
const NOT_OWNER =
  "(?!(?:'s|’s|'|’) (?:[\\w-]+ ){0,2}?(?:unit|arm|subsidiary|division|affiliate|business|parent|owner|brand|board|shareholders|investors))";
/** An acquired object that is not the owner of what changed hands: "Acme's unit was sold to X". */
const NOT_POSSESSIVE = "(?!'s|’s|')";
/**
 * An object that is only the owner of what was bought: "to buy Alcon stake", "bought Kodak assets",
 * "the Kodak unit"; but "the Westrand Mining unit of Halden" names the unit itself.
 */
const NOT_PART =
  '(?! (?:stakes?|shares|stock|assets|operations|brands?|plants?|factory|portfolio)\\b| (?:businesses|business|units?|divisions?)\\b(?! of ⟦O))';
/** A stake size that makes the holder the owner. */
const MAJORITY =
  '(?:majority|controlling|(?:5[1-9]|[6-9]\\d|100)(?:\\.\\d+)? ?(?:%|percent|pct)(?: controlling| majority)?)';
/** A stake size that does not. */
const MINORITY =
  '(?:minority|small|(?:(?:\\d|[1-4]\\d|50)(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|\\w+-(?:one|two|three|four|five|six|seven|eight|nine)|eleven|twelve|fifteen|twenty|thirty|forty) ?(?:%|percent|pct))';
/** Talks: "is in advanced talks with", "has held preliminary talks with", "is negotiating with". */
const TALKS =
  '(?:(?:is |are |was |were )?in (?:advanced |early |preliminary |exclusive |final )?(?:talks|negotiations|discussions)|(?:has |have |had )?held (?:advanced |early |preliminary |exclusive )?(?:talks|negotiations|discussions)|(?:is |are )?(?:negotiating|talking))';

export const DEAL_RULES: RelationRule[] = [
  {
    id: 'mou-signed-with',
    relation: 'SIGNED_MOU_WITH',
    pattern: `{s:ORGS}{GAP} ${SIGN} (?:an? |the )?${MOU} with {DESC}{o:ORGS}`,
    example: 'Acme Corp. signed the MOU with GEM Co., a Shenzhen-based firm.',
    confidence: 0.9,
  },
  {
    id: 'mou-pair-signed',
    relation: 'SIGNED_MOU_WITH',
    pattern: `{s:ORGS} (?:have |has |had )?${SIGN} (?:an? |the )?${MOU}(?!(?: of (?:understanding|cooperation))? (?:with|between) )`,
    pairs: true,
    example: 'Acme Corp. and Globex Inc. signed a memorandum of understanding on Tuesday.',
    confidence: 0.85,
  },
  {
    id: 'mou-between',
    relation: 'SIGNED_MOU_WITH',
    pattern: `${MOU} (?:was )?(?:signed )?between {s:ORG} and {o:ORG}`,
    example: 'The memorandum of understanding between Acme Corp. and Globex Inc. covers battery recycling.',
    confidence: 0.85,
  },
  {
    id: 'agreement-with',
    relation: 'AGREEMENT_WITH',
    pattern: `{s:ORGS}${NOT_OWNER}{GAP} (?:${SIGN}|${HOLD}) (?:an? |the |its |their )?${AGREEMENT}${WORTH} with {DESC}{o:ORGS}(?! to (?:acquire|buy|purchase|take over|merge|combine)\\b)`,
    example: 'Acme Corp. signed a multiyear supply agreement with Globex Inc.',
    confidence: 0.8,
  },
  {
    id: 'agreement-pair',
    relation: 'AGREEMENT_WITH',
    // Why: "A and B signed a supply deal with C" puts A and B on the same side: no A–B agreement.
    pattern: `{s:ORGS} (?:have |has )?(?:${SIGN}|${HOLD}) (?:an? |the |their )?${AGREEMENT}(?! to (?:acquire|buy|merge)| (?:with|between) )`,
    pairs: true,
    example: 'Acme Corp. and Globex Inc. signed a licensing deal.',
    confidence: 0.75,
  },
  {
    id: 'awarded-contract',
    relation: 'AGREEMENT_WITH',
    pattern: `{s:ORG}${NOT_REFUSED}{GAP} (?:was |has been |have been |were )?(?:awarded|won|wins|secured|secures|received|landed|clinched|bagged|has won|has secured|has landed) (?:an? |the )?(?:[\\w$.,-]+ ){0,5}?(?:contract|order|tender)${WORTH}(?: to [^;:()⟦]{1,60}?)? (?:from|by|with|for) {DESC}{o:ORG}`,
    example: 'Acme Corp. won a $40 million contract from the U.S. Department of Energy.',
    confidence: 0.75,
    // Why: a contract won is current even when its purpose reads as a plan ("to build").
    status: 'current',
    fixedStatus: true,
  },
  {
    id: 'partnered-with',
    relation: 'PARTNERED_WITH',
    pattern:
      '{s:ORGS}{GAP} (?:has |have |had |will |would |is |are |plans to |to |has been |have been )?(?:partnered|partner|partners|partnering|teamed up|teams up|team up|teaming up|teamed|tied up|ties up|tie up|teaming|joined forces|joins forces|join forces|joined hands|joins hands|join hands|linked up|links up|link up|collaborated|collaborates|collaborate|collaborating|is working|are working|will work|works|worked|working|allied) (?:closely )?with {DESC}{o:ORGS}',
    example: 'Acme Corp. has partnered with Globex Inc. to develop solid-state batteries.',
    confidence: 0.8,
  },
  {
    id: 'partnership-with',
    relation: 'PARTNERED_WITH',
    pattern:
      '{s:ORGS}{GAP} (?:announced|announces|formed|forms|(?:is |are )?(?:considering|exploring|discussing|weighing|pursuing|seeking|eyeing|mulling|planning)|plans|planned|launched|launches|entered|enters|entered into|enters into|expanded|expands|extended|extends|renewed|renews|deepened|deepens|broadened|signed|signs|struck|strikes|unveiled|unveils|forged|forges|established|has|have|ended|ends|terminated|terminates|dissolved|exited|has (?:ended|terminated|dissolved|exited|expanded|renewed|extended)) (?:an? |its |the |their )?(?:new |strategic |multiyear |long-term |global |exclusive |research |technology |commercial |decade-long )*(?:partnership|collaboration|alliance|cooperation|tie-up) (?:with|between) {DESC}{o:ORGS}',
    example: 'Acme Corp. announced a strategic partnership with Globex Inc.',
    confidence: 0.8,
  },
  {
    id: 'partnership-between',
    relation: 'PARTNERED_WITH',
    pattern: '(?:partnership|collaboration|alliance) between {s:ORG} and {o:ORG}',
    example: 'The partnership between Acme Corp. and Globex Inc. began in 2020.',
    confidence: 0.8,
  },
  {
    id: 'partners-pair',
    relation: 'PARTNERED_WITH',
    pattern:
      '{s:ORGS} (?:have |has |had |will |plan to |are to )?(?:partnered|teamed up|joined forces|tied up|are teaming up|are joining forces|are collaborating|have been collaborating|collaborated|will collaborate|formed (?:an? )?(?:strategic )?(?:partnership|alliance)|announced (?:an? )?(?:strategic )?partnership|are partnering|will partner|will team up|will join forces|joined hands|linked up|are working together|will work together|have been working together|worked together|partner|team up|collaborate)\\b(?! with)(?! (?:the |an? )?(?:[\\w-]+ ){0,2}?(?:rivals?|competitors?)\\b)',
    pairs: true,
    example: 'Acme Corp. and Globex Inc. have teamed up on charging networks.',
    confidence: 0.8,
  },
  {
    id: 'partnership-ended-after',
    relation: 'PARTNERED_WITH',
    // Why: "A and B teamed up in 2019 …; their alliance ended last year": the end is told after the
    // start, out of reach of the pair rule's status cue. Higher confidence than partners-pair wins.
    pattern:
      '{s:ORGS} (?:have |has |had )?(?:partnered|teamed up|joined forces|tied up|collaborated|formed (?:an? )?(?:strategic )?(?:partnership|alliance))\\b(?! with)[^;.]{0,120}?(?:;|,|, but| but) (?:their|the|that|this) (?:[\\w-]+ )?(?:partnership|alliance|collaboration|tie-up|cooperation) (?:has |had )?(?:ended|was ended|was terminated|was dissolved|dissolved|expired|broke up|came to an end)\\b',
    pairs: true,
    example: 'Acme Corp. and Globex Inc. teamed up in 2018 to build chargers; their alliance ended in 2022.',
    confidence: 0.85,
    status: 'former',
    fixedStatus: true,
  },
  {
    id: 'selected-for-contract',
    relation: 'AGREEMENT_WITH',
    pattern:
      '{s:ORG}(?: \\([^()]{1,40}\\))?{GAP} (?:was|were|has been|have been|had been|is|are) (?:selected|chosen|picked|tapped|contracted|engaged|retained) by {DESC}{o:ORG}(?: (?:for (?:an? |the )?(?:[\\w$.,-]+ ){0,5}?(?:contract|order|deal|agreement|tender)|to (?:supply|provide|build|deliver|develop|manufacture|operate|maintain|install)|as (?:its |the |an? )?(?:[\\w-]+ )?(?:supplier|vendor|contractor|provider|manufacturer))\\b)',
    example:
      'Globex Inc. (Globex) has been selected by the U.S. Department of Energy for a $25 million contract to build a pilot plant.',
    confidence: 0.75,
  },
  {
    id: 'awarded-contract-to',
    relation: 'AGREEMENT_WITH',
    pattern:
      '{s:ORG}{GAP} (?:awarded|has awarded|awards|granted|gave|handed) {DESC}{o:ORG} (?:an? |the )?(?:[\\w$.,-]+ ){0,5}?(?:contract|order)\\b',
    example: 'The U.S. Department of Energy awarded Globex Inc. a $25 million contract.',
    confidence: 0.75,
  },
  {
    id: 'purchase-order',
    relation: 'AGREEMENT_WITH',
    // Why: a counted order of goods from a company is a purchase order ("will buy 40 regional jets
    // from Y"); the order exists once stated, so "will buy" is current. Shares, stakes and sites
    // bought from a company are ownership deals, not orders.
    pattern:
      '{s:ORG} (?:(?:will|has agreed to|have agreed to|agreed to|agrees to|is to|are to) (?:buy|purchase|order|take delivery of|acquire)|ordered|has ordered|have ordered|placed (?:an? )?(?:firm |new |additional )?orders? for|bought|purchased|buys|purchases|orders) (?:up to |an additional |another |a further |about |some |nearly |more than )?(?:\\d[\\d,.]*(?: (?:million|billion|thousand))?|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozens of|hundreds of|thousands of) (?!(?:[\\w-]+ ){0,3}?(?:shares?|stakes?|percent|pct|stores|shops|outlets|branches|units|subsidiaries|businesses|companies|assets|plants|factories|mills|hotels|sites|properties|licen[cs]es)\\b)(?:[\\w-]+ ){1,4}?(?:from|with) {DESC}{o:ORG}',
    example: 'Acme Airlines will buy 30 narrow-body jets from Globex Aerospace, with deliveries from 2027.',
    confidence: 0.75,
    status: 'current',
    fixedStatus: true,
  },
  {
    id: 'licenses-from',
    relation: 'AGREEMENT_WITH',
    pattern:
      '{s:ORG}{GAP} (?:licenses|licensed|licences|licenced|in-licenses|in-licensed|sublicenses|sublicensed|(?:will|to|agreed to|has agreed to|plans to) (?:in-)?licen[cs]e) (?:[\\w-]+ ){0,4}?(?:from|to) {DESC}{o:ORGS}',
    example: 'Globex Biologics, which licenses antibodies from Acme University, opened a lab.',
    confidence: 0.75,
  },
  {
    id: 'supplies-to',
    relation: 'AGREEMENT_WITH',
    // Why: "will supply cells to Y" states the supply deal itself, so it is current like "will buy".
    pattern:
      '{s:ORG}(?:,? which|,? that)?(?: (?:has|have|will|would|already|also|agreed to|has agreed to|is to|currently))? (?:supplies|supplied|supply|(?:is|are) supplying) (?:[\\w-]+ ){1,4}?to {DESC}{o:ORGS}',
    example: 'Acme Corp. will supply battery cells to Globex Motors from 2026.',
    confidence: 0.7,
    status: 'current',
    fixedStatus: true,
  },
  {
    id: 'supplies-with',
    relation: 'AGREEMENT_WITH',
    pattern:
      '{s:ORG}(?:,? which|,? that)?(?: (?:has|have|will|would|already|also|agreed to|has agreed to|is to|currently))? (?:supplies|supplied|supply|(?:is|are) supplying) {DESC}{o:ORGS}(?: with\\b|[.,;]|$)',
    example: 'Acme Corp. supplies Globex Motors with battery cells.',
    confidence: 0.7,
    status: 'current',
    fixedStatus: true,
  },
  {
    id: 'agreement-between',
    relation: 'AGREEMENT_WITH',
    pattern: `(?:${COMMERCIAL} (?:[\\w-]+ )?(?:agreement|deal|contract|pact)|agreement|contract|pact) (?:was |has been )?(?:signed |struck |reached )?between {s:ORG} and {o:ORG}`,
    example: 'The supply agreement between Acme Corp. and Globex Inc. runs until 2030.',
    confidence: 0.75,
  },
  {
    id: 'possessive-agreement-with',
    relation: 'AGREEMENT_WITH',
    pattern: `{s:ORG}(?:'s|’s) ${AGREEMENT} with {DESC}{o:ORGS}`,
    example: "Acme Corp.'s licensing deal with Globex Inc. covers Europe.",
    confidence: 0.75,
  },
  {
    id: 'under-agreement-with',
    relation: 'AGREEMENT_WITH',
    pattern: `under (?:an? |the |its |a new )?${AGREEMENT} with {DESC}{s:ORG},? {DESC}{o:ORG}`,
    example: 'Under a ten-year offtake agreement with Acme Corp., Globex Inc. will sell its lithium output.',
    confidence: 0.7,
  },
  {
    id: 'agreement-to-supply',
    relation: 'AGREEMENT_WITH',
    pattern: `{s:ORG}${NOT_REFUSED}{GAP} (?:${SIGN}|${HOLD}) (?:an? |the |its )?${AGREEMENT} to (?:supply|provide|deliver|sell) (?:[\\w-]+ ){0,4}?to {DESC}{o:ORGS}`,
    example: 'Acme Corp. signed a deal to supply battery cells to Globex Motors.',
    confidence: 0.75,
    // Why: the signed deal is current although its purpose reads as a plan ("to buy"); refusals,
    // denials and ended deals are kept out by NOT_REFUSED.
    status: 'current',
    fixedStatus: true,
  },
  {
    id: 'agreement-to-buy-from',
    relation: 'AGREEMENT_WITH',
    pattern: `{s:ORG}${NOT_REFUSED}{GAP} (?:${SIGN}|${HOLD}) (?:an? |the |its )?${AGREEMENT} to (?:buy|purchase|source|license|licence) (?:[\\w-]+ ){1,4}?from {DESC}{o:ORGS}`,
    example: 'Acme Corp. signed an agreement to buy green hydrogen from Globex Energy.',
    confidence: 0.75,
    // Why: the signed deal is current although its purpose reads as a plan ("to buy"); refusals,
    // denials and ended deals are kept out by NOT_REFUSED.
    status: 'current',
    fixedStatus: true,
  },
  {
    id: 'contract-awarded-to',
    relation: 'AGREEMENT_WITH',
    pattern:
      '(?:contract|order|tender) (?:was |has been |had been )?awarded to {DESC}{s:ORG} by {DESC}{o:ORG}',
    example: 'The $80 million contract was awarded to Acme Corp. by the U.S. Department of Energy.',
    confidence: 0.75,
  },
  {
    id: 'selected-as-supplier',
    relation: 'AGREEMENT_WITH',
    pattern:
      '{s:ORG}{GAP} (?:has |have )?(?:selected|chose|chosen|picked|tapped|contracted|engaged|awarded) {DESC}{o:ORG} (?:to (?:supply|provide|build|deliver|manufacture|operate|maintain|install)\\b|as (?:its |the |an? )?(?:[\\w-]+ ){0,2}?(?:supplier|vendor|contractor|provider|manufacturer|distributor)\\b)',
    example: 'Acme Motors selected Globex Inc. as its battery supplier for the new pickup.',
    confidence: 0.75,
  },
  {
    id: 'supplier-to',
    relation: 'AGREEMENT_WITH',
    pattern:
      '{s:ORG},? (?:is |was |has been |became |remains |which is )?(?:an? |the |its )?(?:(?!and |or |but )[\\w-]+ ){0,2}?(?:supplier|vendor|contractor|licensee|distributor) (?:to|of|for) {DESC}{o:ORGS}',
    example: 'Acme Corp., a key supplier to Globex Motors, raised prices.',
    confidence: 0.7,
  },
  {
    id: 'licenses-possessive',
    relation: 'AGREEMENT_WITH',
    pattern:
      "{s:ORG}{GAP} (?:licenses|licensed|licences|licenced|(?:will|to|agreed to|has agreed to) licen[cs]e) {o:ORG}(?:'s|’s) ",
    example: "Acme Corp. licensed Globex Inc.'s battery chemistry for its trucks.",
    confidence: 0.7,
  },
  {
    id: 'partnership-possessive',
    relation: 'PARTNERED_WITH',
    pattern:
      "{s:ORG}(?:'s|’s) (?:[\\w-]+ ){0,3}?(?:partnership|collaboration|alliance|tie-up) with {DESC}{o:ORGS}",
    example: "Acme Corp.'s partnership with Globex Inc. has produced two drugs.",
    confidence: 0.75,
  },
  {
    id: 'in-partnership-with',
    relation: 'PARTNERED_WITH',
    pattern: '{s:ORGS}{GAP} in (?:close )?(?:partnership|collaboration|cooperation) with {DESC}{o:ORGS}',
    example: 'Acme Corp. developed the vaccine in partnership with Globex Inc.',
    confidence: 0.75,
  },
  {
    id: 'in-partnership-with-fronted',
    relation: 'PARTNERED_WITH',
    pattern:
      '^(?:[\\w-]+ ){0,2}?in (?:close )?(?:partnership|collaboration|cooperation) with {DESC}{s:ORG}, {DESC}{o:ORGS}',
    example: 'In partnership with Acme Corp., Globex Inc. will open ten clinics.',
    confidence: 0.7,
  },
  {
    id: 'chose-as-partner',
    relation: 'PARTNERED_WITH',
    pattern:
      '{s:ORG}{GAP} (?:has |have )?(?:selected|chose|chosen|picked|tapped|named) {DESC}{o:ORG} as (?:its |their |a |the )?(?:[\\w-]+ ){0,2}?partner\\b',
    example: 'Acme Corp. picked Globex Inc. as its technology partner for the project.',
    confidence: 0.75,
  },
  {
    id: 'partnership-pair-noun',
    relation: 'PARTNERED_WITH',
    pattern:
      '{s:ORGS} (?:have |has |will |had )?(?:announced|announce|formed|form|launched|launch|unveiled|forged|entered into|signed|struck|expanded|expand|extended|extend|renewed|renew|deepened|ended|end|terminated|dissolved|have|has) (?:an? |their |a new )?(?:(?:strategic|new|multiyear|multi-year|long-term|global|exclusive|research|technology|commercial|decade-long) )*(?:partnership|collaboration|alliance|tie-up)\\b(?! (?:with|between|agreement)\\b)',
    pairs: true,
    example: 'Acme Corp. and Globex Inc. announced a research collaboration on Monday.',
    confidence: 0.8,
  },
  {
    id: 'partners-since',
    relation: 'PARTNERED_WITH',
    pattern: `{s:ORGS}${LIST_END} (?:have been|are|were|became|have long been|remain) (?:long-time |longtime |long-standing |close |strategic |key |technology |research )*partners\\b(?! in (?:an? |the |their )?(?:[\\w-]+ )?(?:joint venture|JV|consortium))`,
    pairs: true,
    example: 'Acme Corp. and Globex Inc. have been partners since 2015.',
    confidence: 0.75,
  },
  {
    id: 'partner-of',
    relation: 'PARTNERED_WITH',
    pattern:
      '{s:ORG},? (?:is |was |has been |became |remains |which is )?(?:an? |the |its )?(?:(?!and |or |but |managing |general |senior |founding |former )[\\w-]+ ){0,2}?partner (?:of|to) {DESC}{o:ORG}',
    example: 'Acme Corp., a long-time partner of Globex Inc., will build the plant.',
    confidence: 0.7,
  },
  {
    id: 'possessive-partner',
    relation: 'PARTNERED_WITH',
    pattern: "{s:ORG}(?:'s|’s) (?:(?!managing |general |senior )[\\w-]+ ){0,2}?partner,? {DESC}{o:ORG}",
    example: "Acme Corp.'s longtime partner, Globex Inc., supplied the chips.",
    confidence: 0.7,
  },
  {
    id: 'together-with',
    relation: 'PARTNERED_WITH',
    pattern:
      '{s:ORG},? (?:together|jointly|along) with {DESC}{o:ORGS},? (?:will |plans to |aims to |has |have |is |are )?(?:develop|developed|developing|co-develop|co-developed|build|built|building|design|designed|launch|launched|create|created|study|studied|test|tested|research|unveil|unveiled|introduce|introduced|offer|market)\\b',
    example: 'Acme Corp., together with Globex Inc., will develop a hydrogen truck.',
    confidence: 0.7,
  },
  {
    id: 'jointly-develop-pair',
    relation: 'PARTNERED_WITH',
    pattern: `{s:ORGS}${LIST_END} (?:will |plan to |are to |have agreed to |agreed to |have )?(?:jointly|together) (?:develop|developed|build|built|design|designed|launch|launched|create|created|research|test|tested|study|market|offer|produce)\\b`,
    pairs: true,
    example: 'Acme Corp. and Globex Inc. will jointly develop battery software.',
    confidence: 0.7,
  },
  {
    id: 'trade-under-agreement',
    relation: 'AGREEMENT_WITH',
    // Why: goods bought, sold or supplied "under a … agreement" name the counterparty of that agreement;
    // units, stakes and shares sold so are ownership deals, not trade.
    pattern: `{s:ORG}${NOT_REFUSED}{GAP} (?:will |to |would |agreed to |has agreed to )?(?:buy|buys|bought|purchase|purchases|purchased|source|sources|sourced|supply|supplies|supplied|sell|sells|sold|provide|provides|provided|deliver|delivers|delivered|license|licenses|licensed) (?!(?:[\\w-]+ ){0,5}?(?:shares?|stakes?|units?|business|businesses|division|subsidiary|assets|company)\\b)(?:[\\w-]+ ){1,5}?(?:from|to) {DESC}{o:ORG} under (?:an? |the |its |a new )?(?:[\\w$.-]+ ){0,4}?(?:agreement|contract|deal|licen[cs]e)\\b`,
    example: 'Acme Corp. will buy solar power from Globex Energy under a 15-year agreement.',
    confidence: 0.75,
    status: 'current',
    fixedStatus: true,
  },
  {
    id: 'signed-as-customer',
    relation: 'AGREEMENT_WITH',
    pattern:
      '{s:ORG}{GAP} (?:signed|signs|has signed|signed up|signs up|has signed up|won|landed) {DESC}{o:ORG} as (?:an? |its |the )?(?:[\\w-]+ ){0,2}?(?:customer|client|supplier|distributor|licensee)\\b',
    example: 'Acme Corp. signed Globex Bank Inc. as a customer.',
    confidence: 0.7,
  },
  {
    id: 'jv-with',
    relation: 'JOINT_VENTURE_WITH',
    pattern:
      '{s:ORG}{GAP} (?:formed|forms|form|set up|sets up|established|establishes|created|creates|launched|launches|plans|planned|unveiled|unveils|agreed|will form|plans to form|agreed to form|to form|to set up|announced|signed|has|have|is in|(?:is |are )?(?:considering|exploring|discussing|weighing|mulling|studying|eyeing|pursuing|seeking|planning|negotiating)) (?:an? |the )?(?:new |possible |potential |\\d+(?:-|:|/| to )\\d+ |50-50 |equal )*(?:joint venture|JV) (?:company )?(?:with|between) {DESC}{o:ORGS}',
    example: 'Acme Corp. formed a joint venture with Globex Inc. to make cathodes.',
    confidence: 0.85,
  },
  {
    id: 'jv-between',
    relation: 'JOINT_VENTURE_WITH',
    pattern: '(?:joint venture|JV) (?:company )?(?:between|of|by|formed by) {s:ORG} and {o:ORG}',
    example: 'The joint venture between Acme Corp. and Globex Inc. will employ 500 people.',
    confidence: 0.85,
  },
  {
    id: 'jv-pair',
    relation: 'JOINT_VENTURE_WITH',
    pattern:
      '{s:ORGS} (?:have |has |will |plan to |plans to |agreed to |have agreed to |has agreed to |aim to |intend to |are (?:in talks|in negotiations|considering|exploring|looking|seeking|set) to )?(?:formed|form|set up|establish|established|create|created|launch|launched|announced|(?:signed|reached|struck|agreed on) (?:an? )?(?:non-binding |nonbinding |binding |preliminary |initial )*(?:term sheet|agreement|deal|framework agreement|letter of intent) to (?:form|set up|establish|create)|(?:pool|pooled|combine|combined|contribute|contributed|put) (?:their|its) (?:[\\w-]+ ){0,3}?(?:in|into)) (?:an? |the )?(?:new |\\d+(?:-|:|/| to )\\d+ |50-50 )*(?:joint venture|JV)',
    pairs: true,
    example: 'Acme Corp. and Globex Inc. formed a 50-50 joint venture.',
    confidence: 0.85,
  },
  {
    id: 'acquired',
    relation: 'ACQUIRED',
    pattern: `{s:ORGS}${NOT_OWNER}{GAP} (?:has |have |had |will |would |is to |agreed to |agrees to |plans to |to |is |are |completed |completes |closed )?(?:acquired|acquire|acquires|acquiring|bought|buy|buys|buying|purchased|purchase|purchases|purchasing|took over|take over|takes over|taking over|snapped up|completed (?:its |the )?(?:acquisition|purchase|takeover) of|the (?:acquisition|purchase|takeover) of|(?:its |the )?(?:acquisition|purchase|takeover) of) (?!by )${OBJ}{o:ORG}${NOT_PART}${UNDONE_AFTER}${NOT_UNDONE}`,
    example: 'Acme Corp. acquired Globex Inc. for $2 billion.',
    confidence: 0.8,
  },
  {
    id: 'acquired-list',
    relation: 'ACQUIRED',
    // Why: "Liberty Mutual acquired Nationale Borg, Nationale Borg Reinsurance and Carter Re": every item;
    // the list must end the clause ("acquired Beta and Gamma signed …" is two clauses).
    pattern: `{s:ORGS}${NOT_OWNER}{GAP} (?:has |have |had |will |would |is to |agreed to |agrees to |plans to |to |is |are |completed |completes |closed )?(?:acquired|acquire|acquires|acquiring|bought|buy|buys|buying|purchased|purchase|purchases|purchasing|took over|take over|takes over|taking over|snapped up|completed (?:its |the )?(?:acquisition|purchase|takeover) of|the (?:acquisition|purchase|takeover) of|(?:its |the )?(?:acquisition|purchase|takeover) of) (?!by )${OBJ}{o:ORGS}${NOT_PART}(?=[,.;:)]|$| (?:for|in|on|at|from|during|last|earlier|this|through|under|as|which|that|to)\\b)${UNDONE_AFTER}${NOT_UNDONE}`,
    example:
      'In October 2019, Liberty Mutual acquired Nationale Borg, Borg Reinsurance and Carter Re Ltd. for $500 million.',
    confidence: 0.7,
  },
  {
    id: 'acquired-stake-majority',
    relation: 'ACQUIRED',
    pattern: `{s:ORG}{GAP} (?:acquired|bought|took|has taken|have taken|taken|purchased|takes|acquires|buys|will acquire|will buy|to acquire|to buy|raised its stake to|lifted its stake to|increased its stake to) (?:an? |the )?${MAJORITY} (?:stake |holding |shareholding |(?:ownership |equity |voting |membership )?interest )?in {DESC}{o:ORG}`,
    example: 'Acme Corp. acquired a 51% controlling stake in Finnish scrap recycler Globex Oy.',
    confidence: 0.75,
  },
  {
    id: 'acquired-remaining-stake',
    relation: 'ACQUIRED',
    // Why: buying the rest of a company ("the remaining 49% interest in Beta") makes the buyer its owner.
    pattern: `{s:ORG}${NOT_OWNER}{GAP} (?:acquired|acquires|bought|buys|purchased|purchases|to acquire|to buy|to purchase|will acquire|will buy) (?:the |all of the )?remaining (?:[\\d.]+ ?(?:%|percent|pct) )?(?:stake|interest|shares|equity|holding|ownership interest|equity interest) (?:in|of) {DESC}{o:ORG}${UNDONE_AFTER}${NOT_UNDONE}`,
    example: 'Pellan Corp. acquired the remaining 49% interest in Beta Inc. in 2012.',
    confidence: 0.8,
  },
  {
    id: 'acquired-by',
    relation: 'ACQUIRED',
    pattern: `{o:ORG}${NOT_POSSESSIVE}{GAP} (?<!(?:close to|nearing|near) (?:an? |the )?(?:deal|agreement) )(?:was|is|has been|will be|had been|would be|to be|agreed to be) (?:acquired|bought|purchased|taken over|snapped up) by ${ORG_DESC}{DESC}{s:ORGS}${LIST_END}${NOT_UNDONE}`,
    example: 'Globex Inc. was acquired by Acme Corp. in 2021.',
    confidence: 0.85,
  },
  {
    id: 'acquired-by-aside',
    relation: 'ACQUIRED',
    // Why: a parenthesis or appositive right after the name says who bought it ("CDT (acquired by
    // Sumitomo in 2007)", "Meridian Data, acquired by Quantum in 1999,", a headline's "Hilton Hotels
    // Acquired by Blackstone Group"); it ends at the aside's end.
    pattern: `{o:ORG}${NOT_POSSESSIVE}(?: \\(|, | (?=acquired by ))(?:which was |which has been |since |later |now |recently |itself |subsequently )?(?:acquired|bought|purchased|taken over) by ${ORG_DESC}{DESC}{s:ORG}(?: (?:in|on) (?:{DATE}|(?:[\\w.]+ ){0,2}?\\d{4}))?(?:\\)|,|\\.|$)`,
    example: 'Meridian Data (acquired by Quantum Corporation) made storage software.',
    confidence: 0.8,
  },
  {
    id: 'acquisition-of-by',
    relation: 'ACQUIRED',
    pattern: `(?:acquisition|purchase|takeover|buyout) of {DESC}{o:ORG} by {DESC}{s:ORGS}${UNDONE_AFTER}`,
    example: 'The acquisition of Globex Inc. by Acme Corp. closed in May.',
    confidence: 0.85,
  },
  {
    id: 'possessive-acquisition-of',
    relation: 'ACQUIRED',
    pattern: `{s:ORG}(?:'s|’s) (?:planned |proposed |pending |completed |\\$[\\d.,]+ (?:million|billion) )*(?:acquisition|purchase|takeover|buyout) of {DESC}{o:ORG}${UNDONE_AFTER}`,
    example: "Acme Corp.'s acquisition of Globex Inc. created the largest recycler.",
    confidence: 0.8,
  },
  {
    id: 'merged-with',
    relation: 'MERGED_WITH',
    pattern:
      '{s:ORG}{GAP} (?:has |have |will |is to |agreed to |plans to |to |is set to )?(?:merged|merge|merges|merging|combine|combined|combines|combining) with {DESC}{o:ORG}',
    example: 'Acme Corp. merged with Globex Inc. last year.',
    confidence: 0.8,
  },
  {
    id: 'merger-with',
    relation: 'MERGED_WITH',
    pattern:
      "{s:ORG}(?:'s|’s)?{GAP} (?:an? |its |the |their )?(?:proposed |planned |possible |potential |pending |all-stock |\\$[\\d.,]+ (?:million|billion) )*merger with {DESC}{o:ORG}",
    example: 'Acme Corp. is exploring a merger with Globex Inc.',
    confidence: 0.75,
  },
  {
    id: 'merger-between',
    relation: 'MERGED_WITH',
    pattern: '(?:merger|combination)(?: of equals)? (?:between|of) {s:ORG} and {o:ORG}',
    example: 'The merger of Acme Corp. and Globex Inc. created a giant.',
    confidence: 0.8,
  },
  {
    id: 'merged-pair',
    relation: 'MERGED_WITH',
    pattern:
      '{s:ORGS} (?:have |has |will |would |agreed to |have agreed to |plan to |are to |are set to |said they (?:would |will |plan to |had agreed to )?|are in (?:advanced |early |preliminary )?talks to )?(?:merged|merge|combined|combine|completed (?:their|a) merger|announced (?:a|their) merger)\\b(?! with)',
    pairs: true,
    example: 'Acme Corp. and Globex Inc. agreed to merge.',
    confidence: 0.75,
  },
  {
    id: 'invested-in',
    relation: 'INVESTED_IN',
    pattern:
      '{s:ORGS}{GAP} (?:has |have |had |will |plans to |to |agreed to )?(?:invested|invest|invests|investing|injected|put|poured|committed)(?: (?:an? )?(?:additional |further )?(?:US)?[$€£¥]?[\\d.,]+ ?(?:million|billion|bn|mln|m)?(?: (?:dollars|euros|yuan|yen|pounds))?)? in {DESC}{o:ORGS}',
    example: 'Acme Corp. invested $50 million in Globex Inc.',
    confidence: 0.8,
  },
  {
    id: 'pct-owned-by',
    relation: 'INVESTED_IN',
    pattern: `{o:ORG}, (?:${MINORITY}|(?:about |nearly |almost )?(?:\\d|[1-4]\\d|50)(?:\\.\\d+)? ?(?:%|percent|pct)) owned by {DESC}{s:ORG}`,
    example: 'Maruti Udyog Ltd, 26 pct owned by Suzuki Motor Co., will cut imports.',
    confidence: 0.8,
    statusCue: 'match',
  },
  {
    id: 'possessive-stake-purchase',
    relation: 'INVESTED_IN',
    pattern: `{s:ORG}(?:'s|’s) (?:[\\w$.,-]+ ){0,4}?(?:purchase|acquisition|sale) of (?:an? |its )?(?:${MINORITY} )?(?:equity )?stake in {DESC}{o:ORG}`,
    example:
      "Nippon Life Insurance Co's 538 mln dlr purchase of a 13 pct stake in Shearson Lehman Inc was praised.",
    confidence: 0.8,
  },
  {
    id: 'acquire-all-shares-of',
    relation: 'ACQUIRED',
    pattern: `{s:ORG}{GAP} (?:acquired|bought|purchased|to acquire|to buy|to purchase|will acquire|will buy|offered to buy) (?:all|all of|all the|the remaining|the rest of|all remaining) (?:the )?(?:outstanding |issued |common )*(?:shares|stock) (?:of|in) {DESC}{o:ORG}`,
    example:
      'Charter-Crellin Inc said it signed a letter of intent to acquire all outstanding shares of Sebro Plastics Inc.',
    confidence: 0.8,
  },
  {
    id: 'stake-in',
    relation: 'INVESTED_IN',
    pattern: `{s:ORG}{GAP} (?:acquired|bought|took|takes|holds|owns|has|purchased|will take|to take|to buy|to acquire|to purchase) (?:an? )?(?:${MINORITY} )?(?:equity )?stake in {DESC}{o:ORG}`,
    example: 'Acme Corp. has agreed to buy a two pct stake in Oporto-based Globex Sarl.',
    confidence: 0.75,
  },
  {
    id: 'led-round',
    relation: 'INVESTED_IN',
    pattern:
      '{s:ORGS}{GAP} (?:led|co-led|joined|participated in|backed) (?:an? |the |its )?(?:[\\w$.,-]+ ){0,5}?(?:round|financing|funding|investment)(?: of| in| for)? {DESC}{o:ORG}',
    example: 'Acme Ventures led a $20 million Series B round in Globex Inc.',
    confidence: 0.8,
  },
  {
    id: 'raised-from',
    relation: 'INVESTED_IN',
    pattern:
      '{o:ORG}{GAP} (?:raised|raises|secured|closed|received|got|landed) (?!to )(?!(?:[\\w$.,-]+ ){0,6}?(?:licen[cs]es?|permits?|approvals?|contracts?|orders?|tenders?|clearance|waivers?|ratings?|outlook|forecasts?|estimates?|targets?|prices?|dividends?) )(?:[\\w$.,-]+ ){0,6}?(?:from|led by|backed by|with participation from|including) {DESC}{s:ORGS}',
    example: 'Globex Inc. raised $20 million from Acme Ventures and Initech.',
    confidence: 0.75,
  },
  {
    id: 'backed',
    relation: 'INVESTED_IN',
    pattern: '{s:ORG}-backed {DESC}{o:ORG}',
    example: 'The Sequoia Capital-backed startup Globex Inc. opened a lab.',
    confidence: 0.75,
  },
  {
    id: 'agreed-to-buy',
    relation: 'ACQUIRED',
    pattern: `{s:ORGS}${NOT_OWNER}{GAP} (?:has |have |had )?(?:agreed|agrees|offered|offers|is set|are set|is poised|moved) to (?:acquire|buy|purchase|take over) ${OBJ}{o:ORG}${NOT_PART}${NOT_UNDONE}`,
    example: 'Acme Corp. agreed to buy snack maker Globex Inc. for $610 million.',
    confidence: 0.8,
    status: 'planned',
  },
  {
    id: 'completed-its-acquisition',
    relation: 'ACQUIRED',
    // Why: "Pellan Corp. completed its $3.1 billion acquisition of Beta Inc.": the deal's size between
    // "its" (often a pronoun mention the subject's {GAP} cannot cross) and the noun.
    pattern: `{s:ORG}${NOT_OWNER} (?:has |had |have )?(?:completed|closed|finalized|finalised|finished|consummated|wrapped up|sealed|announced) (?:its |the )${DEAL_SIZE}(?:acquisition|purchase|takeover|buyout) of ${OBJ}{o:ORG}${NOT_PART}${UNDONE_AFTER}${NOT_UNDONE}`,
    example: 'Pellan Corp. completed its $3.1 billion acquisition of Beta Inc. in May.',
    confidence: 0.8,
  },
  {
    id: 'announced-its-plan-to-buy',
    relation: 'ACQUIRED',
    // Why: "its" is often a pronoun mention, which the subject's {GAP} cannot cross; this names the buyer.
    pattern: `{s:ORG}${NOT_OWNER} (?:has |had |have )?(?:announced|confirmed|disclosed|declared|unveiled|said|made public) its (?:intention|intent|plans?|decision|agreement|offer|bid|proposal|deal|move) to (?:acquire|buy|purchase|take over) ${OBJ}{o:ORG}${NOT_PART}${UNDONE_AFTER}${NOT_UNDONE}`,
    example: 'Pellan Corp. announced its intention to acquire Beta Networks Inc. for $40 million.',
    confidence: 0.8,
    status: 'planned',
  },
  {
    id: 'acquired-by-progressive',
    relation: 'ACQUIRED',
    pattern: `{o:ORG}${NOT_POSSESSIVE}{GAP} (?:is|are) being (?:acquired|bought|purchased|taken over) by ${ORG_DESC}{DESC}{s:ORGS}${LIST_END}${NOT_UNDONE}`,
    example: 'Globex Inc. is being acquired by Initech rival Acme Corp. in a deal valued at $400 million.',
    confidence: 0.8,
    status: 'planned',
  },
  {
    id: 'close-to-deal-acquire',
    relation: 'ACQUIRED',
    pattern: `{s:ORGS}${NOT_OWNER}{GAP} (?:is |are )?(?:close to|nearing|near) (?:an? |the )?(?:deal|agreement) to (?:acquire|buy|purchase|take over) ${OBJ}{o:ORG}${NOT_UNDONE}`,
    example: 'Acme Corp. is close to a deal to buy Globex Inc., people familiar with the matter said.',
    confidence: 0.75,
    status: 'proposed',
    fixedStatus: true,
  },
  {
    id: 'close-to-deal-acquired-by',
    relation: 'ACQUIRED',
    pattern: `{o:ORG}${NOT_POSSESSIVE}{GAP} (?:is |are )?(?:close to|nearing|near) (?:an? |the )?(?:deal|agreement) (?:to be (?:acquired|bought|purchased|taken over) by|to sell itself to) ${ORG_DESC}{DESC}{s:ORGS}${LIST_END}${NOT_UNDONE}`,
    example: 'Globex Inc., the London restaurant chain, is close to a deal to be bought by Acme Equity.',
    confidence: 0.75,
    status: 'proposed',
    fixedStatus: true,
  },
  {
    id: 'bid-for',
    relation: 'ACQUIRED',
    pattern: `{s:ORGS}${NOT_OWNER}{GAP} (?:is |are |has |have )?(?:weighing|considering|mulling|preparing|exploring|made|makes|making|launched|launches|submitted|tabled|lodged) (?:an? |the |its )?(?:possible |potential |rival |hostile |takeover |cash |all-cash |all-stock |fresh |new |\\$[\\d.,]+ (?:million|billion|bn) )*(?:bid|offer|approach) for ${OBJ}{o:ORG}${NOT_UNDONE}`,
    example: "Acme Corp., the Mexican dairy group, is weighing a bid for Uruguay's Globex.",
    confidence: 0.7,
    status: 'proposed',
    fixedStatus: true,
  },
  {
    id: 'sale-talks-with',
    relation: 'ACQUIRED',
    pattern: `{o:ORG}{GAP} (?:is |are |has been )?(?:exploring|considering|weighing|mulling|reviewing|pursuing|launched|began|started|running) (?:an? |its |the )?(?:potential |possible |formal )?sale\\b{GAP} ${TALKS} with {DESC}{s:ORGS}${NOT_UNDONE}`,
    example: 'Globex Inc. is exploring a sale and has held preliminary talks with Acme Corp. and Initech.',
    confidence: 0.65,
    status: 'proposed',
    fixedStatus: true,
  },
  {
    id: 'sold-to',
    relation: 'ACQUIRED',
    pattern: `{o:ORG}${NOT_POSSESSIVE}{GAP} (?:was |were |has been |had been |will be |is to be |to be |is being |agreed to be )sold to ${ORG_DESC}{DESC}{s:ORGS}${LIST_END}${NOT_UNDONE}`,
    example:
      "Acme Corp.'s generics business, Globex Generics Ltd., will be sold to Initech Corp. for $1.9 billion.",
    confidence: 0.8,
  },
  {
    id: 'sold-org-to',
    relation: 'ACQUIRED',
    pattern: `{ORG}{GAP} (?:sold|sells|has sold|agreed to sell|will sell|is selling|plans to sell|to sell) (?:its |the )?(?:${MAJORITY} stake in )?${OBJ}{o:ORG} to ${ORG_DESC}{DESC}{s:ORGS}${NOT_UNDONE}`,
    example: 'Acme Corp. sold its 60% stake in Globex Marine to Initech Shipping last month.',
    confidence: 0.75,
  },
  {
    id: 'sold-majority-stake',
    relation: 'ACQUIRED',
    pattern: `{s:ORG}{GAP} (?:sold|has sold|divested|offloaded) (?:its |their )(?:entire |whole )?${MAJORITY} stake in {DESC}{o:ORG}`,
    example: 'Acme Corp. sold its 60% stake in Globex Marine to Initech Shipping last month.',
    confidence: 0.75,
    status: 'former',
    fixedStatus: true,
  },
  {
    id: 'sold-minority-stake',
    relation: 'INVESTED_IN',
    pattern: `{s:ORG}{GAP} (?:sold|has sold|divested|offloaded|exited) (?:its |their )(?:entire |whole |remaining )?(?:${MINORITY} )?stake in {DESC}{o:ORG}`,
    example: 'Acme Corp. sold its 12% stake in Globex Inc. last month.',
    confidence: 0.7,
    status: 'former',
    fixedStatus: true,
  },
  {
    id: 'talks-to-merge',
    relation: 'MERGED_WITH',
    pattern: `{s:ORG}{GAP} ${TALKS} with {DESC}{o:ORG} (?:to|about|on|over) (?:a )?(?:merge|merging|merger|combine|combining|combination)\\b`,
    example: 'Acme Corp. is in advanced talks with Globex Inc. about a merger.',
    confidence: 0.75,
    status: 'proposed',
  },
  {
    id: 'talks-to-form-jv',
    relation: 'JOINT_VENTURE_WITH',
    pattern: `{s:ORG}{GAP} (?:${TALKS}|(?:signed|reached|struck) (?:an? )?(?:non-binding |nonbinding |binding |preliminary |initial )*(?:term sheet|agreement|deal|letter of intent)) with {DESC}{o:ORGS} (?:to|about|on|over) (?:form|forming|create|creating|set up|setting up|establish|establishing|a|an|the) (?:an? |new |possible |potential |\\d+-\\d+ |50-50 )*(?:joint venture|JV)`,
    example:
      'Acme Corp. is in negotiations with state-owned Globex Inc. to form a joint venture for offshore exploration.',
    confidence: 0.8,
  },
  {
    id: 'round-participation',
    relation: 'INVESTED_IN',
    pattern:
      '(?:round|financing|funding|investment) (?:of |in |for )?{DESC}{o:ORG}{GAP},? (?:with |and )?(?:participation|investment|backing|contributions?) (?:from|by) (?:existing |new )?(?:investors? )?{DESC}{s:ORGS}',
    example:
      'Acme Ventures led a $40 million Series B round in Globex Inc., a Nairobi-based payments start-up, with participation from Initech LLC and Hooli Inc.',
    confidence: 0.8,
  },
  {
    id: 'raised-stake',
    relation: 'INVESTED_IN',
    pattern:
      '{s:ORG}{GAP} (?:raised|increased|boosted|lifted|upped|built|doubled|cut|reduced|trimmed|lowered|disclosed|(?:to|will|plans to|intends to|would) (?:raise|increase|boost|lift|build|double|cut|reduce|trim|lower)) (?:its |their )(?:[\\w-]+ )?(?:holding|stake|shareholding|position|interest) in {DESC}{o:ORG}(?! to (?:zero|0\\b|(?:5[1-9]|[6-9]\\d|100)(?:\\.\\d+)? ?(?:%|percent|pct)))',
    example: 'Acme Capital raised its holding in Globex Inc. to 9.8%, a regulatory filing showed.',
    confidence: 0.75,
  },
  {
    id: 'backed-by',
    relation: 'INVESTED_IN',
    pattern:
      '{o:ORG}{GAP} (?:is|are|was|has been|were) (?:also |financially |largely )?(?:backed|funded|bankrolled) by {DESC}{s:ORGS}',
    example: 'Globex Inc. is backed by Acme Capital LLC and Initech Corp.',
    confidence: 0.75,
  },
  {
    id: 'backed-by-second',
    relation: 'INVESTED_IN',
    pattern:
      "{o:ORG}{GAP} (?:is|are|was|has been|were) (?:also |financially |largely )?(?:backed|funded|bankrolled) by {DESC}{ORG}(?: [a-z][\\w-]*){1,3},? and (?:the |an? )?(?:{LOC} |{LOC}'s )?(?:[a-z][\\w-]* ){0,3}{s:ORG}",
    example:
      'Globex Inc. is backed by the Acme Holdings LLC family office and Ontario pension fund Initech Trust.',
    confidence: 0.7,
  },
  {
    id: 'backed-appositive',
    relation: 'INVESTED_IN',
    pattern: '{o:ORG}, (?:an? |the )?{s:ORG}-backed',
    example:
      'Globex Robotics Inc., a Sequoia Capital LLC-backed maker of warehouse robots, opened an office.',
    confidence: 0.75,
  },
  {
    id: 'portfolio-company-of',
    relation: 'INVESTED_IN',
    pattern:
      '(?<!(?:from|by|of|with|at|for|and) (?:the )?){o:ORG}(?:(?:, (?:which|that|whose) [^,;]*,)? (?:is|was|has been|became|remains) (?:an? |the )?|, (?:an? |the )?|,? which is (?:an? |the )?)(?:[\\w-]+ )?portfolio (?:company|firm|business|holding|investment) of {DESC}{s:ORGS}',
    example:
      'Globex Biologics, which licenses antibodies from Oxbridge University, is a portfolio company of Acme Ventures.',
    confidence: 0.8,
  },
  {
    id: 'raised-stake-to-majority',
    relation: 'ACQUIRED',
    pattern: `{s:ORG}{GAP} (?:raised|increased|boosted|lifted|upped|built) (?:its |their )(?:[\\w-]+ )?(?:holding|stake|shareholding) in {DESC}{o:ORG} to ${MAJORITY}`,
    example: 'Acme Capital raised its holding in Globex Inc. to 62%, giving it control.',
    confidence: 0.75,
  },
  {
    id: 'owns-percent-of',
    relation: 'INVESTED_IN',
    pattern: `{s:ORG}{GAP} (?:owns|holds|controls|acquired|bought|took|has|had) (?:about |around |roughly |nearly |almost |just under |a further |an additional |another )?(?:\\d|[1-4]\\d|50)(?:\\.\\d+)? ?(?:%|percent|pct) of {DESC}{o:ORG}`,
    example: 'Acme Corp., which owns 30% of Globex Inc., backed the deal.',
    confidence: 0.75,
  },
  {
    id: 'owns-majority-of',
    relation: 'ACQUIRED',
    pattern: `{s:ORG}{GAP} (?:owns|holds|controls|acquired|bought|took) (?:about |around |roughly |nearly |almost |a further |an additional )?(?:5[1-9]|[6-9]\\d|100)(?:\\.\\d+)? ?(?:%|percent|pct) of {DESC}{o:ORG}`,
    example: 'Acme Corp. owns 70% of Globex Inc., the filing showed.',
    confidence: 0.75,
  },
  {
    id: 'largest-shareholder-in',
    relation: 'INVESTED_IN',
    pattern:
      '{s:ORG},? (?:is |was |became |remains |has become )?(?:an? |the )?(?:largest |biggest |second-largest |single largest |major |top |leading |early |existing |longtime |minority )*(?:shareholder|investor|backer|stakeholder) (?:in|of) {DESC}{o:ORG}',
    example: 'Acme Capital is the largest shareholder in Globex Inc.',
    confidence: 0.75,
  },
  {
    id: 'possessive-largest-shareholder',
    relation: 'INVESTED_IN',
    pattern:
      "{o:ORG}(?:'s|’s) (?:largest |biggest |second-largest |single largest |major |top |leading |early |existing )*(?:shareholder|investor|backer),? {DESC}{s:ORG}",
    example: "Globex Inc.'s largest shareholder, Acme Capital, opposed the plan.",
    confidence: 0.75,
  },
  {
    id: 'investors-include',
    relation: 'INVESTED_IN',
    pattern:
      '{o:ORG}{GAP} (?:investors|backers|shareholders) (?:include|included|including|such as) {DESC}{s:ORGS}',
    example: 'Globex Inc., whose investors include Acme Ventures and Initech Capital, raised new money.',
    confidence: 0.75,
  },
  {
    id: 'mou-fronted',
    relation: 'SIGNED_MOU_WITH',
    // Why: a fronted memorandum ("Under an MOU signed on Monday, A and B will …") names the signatories
    // after the comma; the plan that follows is the MOU's purpose, not its status (cues read the match).
    pattern: `(?:under|through|via|in) (?:an? |the )?${MOU}(?: (?:signed|inked|agreed|concluded|reached)(?:[^,;:⟦]|⟦[LD]\\d+⟧){0,40})?, {s:ORGS}${LIST_END}`,
    pairs: true,
    statusCue: 'match',
    example:
      'Through a cooperation memorandum inked in Hanoi, Acme Corp. and Globex Inc. will share test tracks.',
    confidence: 0.8,
  },
  {
    id: 'mou-signed-by',
    relation: 'SIGNED_MOU_WITH',
    pattern: `${MOU} (?:was |were |has been |had been |is being |will be )?(?:signed|inked|agreed|concluded|executed) by {s:ORGS}${LIST_END}`,
    pairs: true,
    statusCue: 'match',
    example: 'A framework MoU has been executed by Acme Corp. and Globex Inc., officials said.',
    confidence: 0.8,
  },
  {
    id: 'negotiating-agreement-with',
    relation: 'AGREEMENT_WITH',
    pattern: `{s:ORGS}${NOT_OWNER}{GAP} (?:is |are |was |were )?(?:negotiating|discussing|in talks (?:on|over|about|for)|in negotiations (?:on|over|about|for)|seeking) (?:an? |the |its |their )?${AGREEMENT}${WORTH} with {DESC}{o:ORGS}(?! to (?:acquire|buy|purchase|take over|merge|combine)\\b)`,
    status: 'proposed',
    example: 'Acme Corp. was discussing a long-term tolling contract with Globex Inc. last year.',
    confidence: 0.7,
  },
  {
    id: 'sale-of-to',
    relation: 'ACQUIRED',
    // Why: the nominal "the sale of X to Y" states the buyer as clearly as "sold X to Y" (sold-org-to).
    pattern: `\\bsale of (?:its |the |their )?(?:${MAJORITY} stake in )?${OBJ}{o:ORG}${NOT_POSSESSIVE} to ${ORG_DESC}{DESC}{s:ORGS}${NOT_UNDONE}(?![^.;]{0,60}?\\b${UNDO})`,
    example: 'Acme Corp. is weighing the sale of its logistics arm Globex Inc. to Initech LLC.',
    confidence: 0.75,
  },
  {
    id: 'round-others-taking-part',
    relation: 'INVESTED_IN',
    pattern:
      '{o:ORG}{GAP} (?:raised|raises|secured|secures|closed|closes|landed|completed|has raised) {GAP}(?:round|funding|financing|investment)(?: (?:led|co-led|anchored) by {DESC}{ORGS})?{GAP},? (?:with|and) {DESC}{s:ORGS} (?:also )?(?:taking part|participating|joining(?! as)|contributing|chipping in)',
    example:
      'Globex Inc. closed a $9 million seed round backed by angels, with Initech LLC and Hooli Inc. participating.',
    confidence: 0.75,
  },
  {
    id: 'round-led-by',
    relation: 'INVESTED_IN',
    pattern:
      "{o:ORG}(?:'s|’s) (?:[\\w$.,-]+ ){0,5}?(?:round|financing|funding|raise)(?: round)?,? (?:was )?(?:led|co-led) by {DESC}{s:ORGS}",
    example: "Globex Inc.'s $30 million Series A round, led by venture firm Initech Corp., closed on Friday.",
    confidence: 0.8,
  },
  {
    id: 'jv-teamed-up',
    relation: 'JOINT_VENTURE_WITH',
    pattern:
      '{s:ORG}{GAP} (?:teamed up|teams up|has teamed up|partnered|partners|joined forces|joins forces) with {DESC}{o:ORGS} to (?:form|set up|create|establish|launch) (?:an? )?(?:new |\\d+(?:-|:|/| to )\\d+ |50-50 )*(?:joint venture|JV)',
    example: 'Acme Corp. teamed up with Globex Inc. to form a joint venture in India.',
    confidence: 0.85,
  },
  {
    id: 'agreed-to-sell-itself',
    relation: 'ACQUIRED',
    pattern: `{o:ORG}${NOT_POSSESSIVE}{GAP} (?:agreed|agrees|has agreed|will agree) to (?:sell itself|be sold|a takeover|a buyout|an acquisition) (?:to|by) ${ORG_DESC}{DESC}{s:ORGS}${LIST_END}${NOT_UNDONE}`,
    example: 'Globex Inc. agreed to sell itself to Acme Corp. for $3 billion.',
    confidence: 0.8,
    status: 'planned',
  },
  {
    id: 'which-acquired',
    relation: 'ACQUIRED',
    pattern:
      '{o:ORG},? which {DESC}{s:ORG} (?:acquired|bought|purchased|took over|snapped up) (?:in|last|earlier|for)\\b',
    example: 'Globex Inc., which Acme Corp. acquired in 2019, makes sensors.',
    confidence: 0.8,
  },
];
