// Organization → Organization rules: MOUs, agreements, partnerships, joint ventures, acquisitions,
// mergers and investments.
import type { RelationRule } from './types.js';

const MOU =
  '(?:(?:non-binding |nonbinding |strategic |cooperation |framework )*(?:memorandum of understanding|memorandum of cooperation|cooperation memorandum|MOU|MoU|memorandum))';
const SIGN =
  '(?:signed|signs|inked|inks|entered into|enters into|executed|concluded|struck|strikes|reached|reaches|sealed|finalized|agreed|has signed|have signed|will sign|plans to sign|to sign)';
const AGREEMENT =
  '(?:(?:[\\w-]+ ){0,3}?(?:agreement|deal|contract|pact|accord|partnership agreement|supply agreement|offtake agreement|licensing deal|purchase order))';

export const DEAL_RULES: RelationRule[] = [
  {
    id: 'mou-signed-with',
    relation: 'SIGNED_MOU_WITH',
    pattern: `{s:ORG}{GAP} ${SIGN} (?:an? |the )?${MOU} with {DESC}{o:ORGS}`,
    example: 'Acme Corp. signed the MOU with GEM Co., a Shenzhen-based firm.',
    confidence: 0.9,
  },
  {
    id: 'mou-pair-signed',
    relation: 'SIGNED_MOU_WITH',
    pattern: `{s:ORGS} (?:have |has |had )?${SIGN} (?:an? |the )?${MOU}`,
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
    pattern: `{s:ORG}{GAP} ${SIGN} (?:an? |the |its )?${AGREEMENT} with {DESC}{o:ORGS}`,
    example: 'Acme Corp. signed a multiyear supply agreement with Globex Inc.',
    confidence: 0.8,
  },
  {
    id: 'agreement-pair',
    relation: 'AGREEMENT_WITH',
    pattern: `{s:ORGS} (?:have |has )?${SIGN} (?:an? |the )?${AGREEMENT}(?! to (?:acquire|buy|merge))`,
    pairs: true,
    example: 'Acme Corp. and Globex Inc. signed a licensing deal.',
    confidence: 0.75,
  },
  {
    id: 'awarded-contract',
    relation: 'AGREEMENT_WITH',
    pattern:
      '{s:ORG} (?:was |has been )?(?:awarded|won|wins|secured|received) (?:an? |the )?(?:[\\w$.,-]+ ){0,4}?contract (?:from|by|with) {DESC}{o:ORG}',
    example: 'Acme Corp. won a $40 million contract from the U.S. Department of Energy.',
    confidence: 0.75,
  },
  {
    id: 'partnered-with',
    relation: 'PARTNERED_WITH',
    pattern:
      '{s:ORG}{GAP} (?:has |have |will |is |are |plans to |to )?(?:partnered|partner|partners|partnering|teamed up|teams up|team up|teaming up|joined forces|joins forces|join forces|collaborated|collaborates|collaborate|collaborating|is working|are working|will work|works|worked|allied) with {DESC}{o:ORGS}',
    example: 'Acme Corp. has partnered with Globex Inc. to develop solid-state batteries.',
    confidence: 0.8,
  },
  {
    id: 'partnership-with',
    relation: 'PARTNERED_WITH',
    pattern:
      '{s:ORG}{GAP} (?:announced|formed|launched|entered|entered into|expanded|signed|struck|unveiled|forged|established|has|have) (?:an? |its |the )?(?:new |strategic |multiyear |long-term |global |exclusive |research |technology )*(?:partnership|collaboration|alliance|cooperation) (?:with|between) {DESC}{o:ORGS}',
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
      '{s:ORGS} (?:have |has |will |plan to )?(?:partnered|teamed up|joined forces|formed (?:an? )?(?:strategic )?(?:partnership|alliance)|announced (?:an? )?(?:strategic )?partnership|are partnering|will partner)\\b',
    pairs: true,
    example: 'Acme Corp. and Globex Inc. have teamed up on charging networks.',
    confidence: 0.8,
  },
  {
    id: 'jv-with',
    relation: 'JOINT_VENTURE_WITH',
    pattern:
      '{s:ORG}{GAP} (?:formed|forms|form|set up|sets up|established|establishes|created|creates|launched|launches|will form|plans to form|agreed to form|to form|to set up|announced|signed|has|have|is in) (?:an? |the )?(?:new |\\d+-\\d+ |50-50 |equal )*(?:joint venture|JV) (?:company )?(?:with|between) {DESC}{o:ORGS}',
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
      '{s:ORGS} (?:have |has |will |plan to |plans to |agreed to |aim to |intend to |are (?:in talks|in negotiations|considering|exploring|looking|seeking|set) to )?(?:formed|form|set up|establish|established|create|created|launch|launched|announced) (?:an? )?(?:new |\\d+-\\d+ |50-50 )*(?:joint venture|JV)',
    pairs: true,
    example: 'Acme Corp. and Globex Inc. formed a 50-50 joint venture.',
    confidence: 0.85,
  },
  {
    id: 'acquired',
    relation: 'ACQUIRED',
    pattern:
      '{s:ORGS}{GAP} (?:has |have |had |will |would |is to |agreed to |agrees to |plans to |to |is |are |completed |completes |closed )?(?:acquired|acquire|acquires|acquiring|bought|buy|buys|buying|purchased|purchase|purchases|purchasing|took over|take over|takes over|taking over|snapped up|completed (?:its |the )?(?:acquisition|purchase|takeover) of|the (?:acquisition|purchase|takeover) of|(?:its |the )?(?:acquisition|purchase|takeover) of) (?!by ){DESC}{o:ORG}',
    example: 'Acme Corp. acquired Globex Inc. for $2 billion.',
    confidence: 0.8,
  },
  {
    id: 'acquired-stake-majority',
    relation: 'ACQUIRED',
    pattern:
      '{s:ORG}{GAP} (?:acquired|bought|took|purchased|takes|acquires|buys|will acquire|will buy|to acquire|to buy) (?:an? |the )?(?:majority|controlling|(?:5[1-9]|[6-9]\\d|100)(?:\\.\\d+)? ?(?:%|percent|pct)) stake in {DESC}{o:ORG}',
    example: 'Acme Corp. bought a controlling stake in Globex Inc.',
    confidence: 0.75,
  },
  {
    id: 'acquired-by',
    relation: 'ACQUIRED',
    pattern:
      '{o:ORG}{GAP} (?:was|is|has been|will be|is being|had been|would be|to be|agreed to be) (?:acquired|bought|purchased|taken over|snapped up) by {DESC}{s:ORGS}',
    example: 'Globex Inc. was acquired by Acme Corp. in 2021.',
    confidence: 0.85,
  },
  {
    id: 'acquisition-of-by',
    relation: 'ACQUIRED',
    pattern: '(?:acquisition|purchase|takeover|buyout) of {DESC}{o:ORG} by {DESC}{s:ORGS}',
    example: 'The acquisition of Globex Inc. by Acme Corp. closed in May.',
    confidence: 0.85,
  },
  {
    id: 'possessive-acquisition-of',
    relation: 'ACQUIRED',
    pattern:
      "{s:ORG}(?:'s|’s) (?:planned |proposed |pending |completed |\\$[\\d.,]+ (?:million|billion) )*(?:acquisition|purchase|takeover|buyout) of {DESC}{o:ORG}",
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
    pattern: '(?:merger|combination) (?:between|of) {s:ORG} and {o:ORG}',
    example: 'The merger of Acme Corp. and Globex Inc. created a giant.',
    confidence: 0.8,
  },
  {
    id: 'merged-pair',
    relation: 'MERGED_WITH',
    pattern:
      '{s:ORGS} (?:have |has |will |agreed to |plan to |are set to )?(?:merged|merge|completed (?:their|a) merger|announced (?:a|their) merger)\\b',
    pairs: true,
    example: 'Acme Corp. and Globex Inc. agreed to merge.',
    confidence: 0.75,
  },
  {
    id: 'invested-in',
    relation: 'INVESTED_IN',
    pattern:
      '{s:ORGS}{GAP} (?:has |have |had |will |plans to |to |agreed to )?(?:invested|invest|invests|investing|injected|put|poured|committed)(?: (?:an? )?(?:additional |further )?(?:US)?[$€£¥]?[\\d.,]+ ?(?:million|billion|bn|mln|m)?(?: (?:dollars|euros|yuan|yen|pounds))?)? in {DESC}{o:ORG}',
    example: 'Acme Corp. invested $50 million in Globex Inc.',
    confidence: 0.8,
  },
  {
    id: 'stake-in',
    relation: 'INVESTED_IN',
    pattern:
      '{s:ORG}{GAP} (?:acquired|bought|took|takes|holds|owns|has|purchased|will take|to take|to buy) (?:an? )?(?:minority |small |\\d{1,2}(?:\\.\\d+)? ?(?:%|percent|pct) )?(?:equity )?stake in {DESC}{o:ORG}',
    example: 'Acme Corp. took a 10% stake in Globex Inc.',
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
      '{o:ORG}{GAP} (?:raised|raises|secured|closed|received|got|landed) (?:[\\w$.,-]+ ){0,6}?(?:from|led by|backed by|with participation from|including) {DESC}{s:ORGS}',
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
];
