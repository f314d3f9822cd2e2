// Status cues: whether a stated relation is current, former, planned, proposed — or denied (no relation).
import type { RelationStatus } from '../../types.js';

/** A relation whose text matches one of these is not a fact: denied, rejected, collapsed or blocked. */
export const NEGATION_CUES =
  /\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|rebuff(?:s|ed)?|called off|call off|collaps(?:e|ed|es)|abandon(?:s|ed)?|scrap(?:s|ped|ping)|(?:to|will|would) scrap|blocked|block(?:s)?|terminat(?:e|ed|es)|walked away|walk away|ruled out|fell through|falls? apart|fell apart|not|n't|never|no longer plans?|no (?:plans?|intention) to|(?:has|have|had) no (?:operations|presence|plants?|factories|offices|stores|facilities)|failed|fails|failure|declined|refused|withdr[ae]w|withdrawn|ended talks|broke off|unsuccessful)\b/i;

/**
 * An agreement or partnership that existed and was ended ("terminated its supply agreement with",
 * "ended its partnership with", "their alliance ended"): the relation is former, not denied. Merger,
 * takeover and sale agreements stay out: an ended one is a collapsed deal (no relation). "X" is a
 * masked mention ("ended ⟦O2⟧ partnership" when "its" is a pronoun mention).
 */
export const ENDED_CUES =
  /\b(?:terminat(?:e|es|ed|ing)|end(?:s|ed|ing)?|cancel(?:s|l?ed|l?ing)|dissolv(?:e|es|ed|ing)|exit(?:s|ed|ing)?) (?:its|their|the|a|an|our|X) (?:(?:(?!merger|acquisition|takeover|buyout|sale|purchase|bid|offer|talks)[\w-]+ ){0,3}?(?:agreement|contract|partnership|alliance|collaboration|pact|accord|tie-up)|(?:supply|offtake|licensing|distribution|codeshare|research|service) deal)\b(?! to (?:acquire|buy|merge|sell|purchase|combine|take over))|\b(?:partnership|alliance|collaboration|tie-up) (?:was |has |had )?(?:ended|terminated|expired|dissolved)\b/i;

/** Ordered cue table: the first that matches decides the status. */
export const STATUS_CUES: readonly [RelationStatus, RegExp][] = [
  [
    'former',
    /\b(?:former(?:ly)?|ex-|then-|previously(?! (?:announced|disclosed|reported|agreed|proposed|planned|signed|stated|said))|once|until (?:recently|last|\d{4})|had (?:been|served as)(?! (?:named|appointed|elected|promoted|hired|chosen|tapped|recruited|in talks|in negotiations|considering|planning|expected|set|due|based|headquartered|founded|established|operating|working on|developing)\b)|retired|resigned|stepped down|left|leaving|departed|quit|ousted|fired|sold (?:its|the) (?:plant|factory|office)|closed(?! (?:an? |its |their |the )?(?:[\w$.,-]+ ){0,4}?(?:round|funding|financing|raise|deal|acquisition|purchase|sale|transaction|merger|takeover)\b)|moved (?:its|the) headquarters from|from (?:19|20)\d\d (?:to|until|through) (?:19|20)\d\d|(?:after|spent) (?:\d+|[a-z]+) years? (?:at|with))\b/i,
  ],
  [
    'proposed',
    /\b(?:in talks|talks (?:to|with|about|on)|in negotiations?|negotiat(?:e|es|ed|ing)|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|explor(?:e|es|ed|ing)|potential|possible|possibly|may|might|could|propos(?:e|es|ed|al)|bid (?:for|to)|offer (?:for|to)|approach(?:ed)?|seek(?:s|ing)? to|rumou?red|reportedly|discuss(?:es|ed|ing|ions)?|looking to|mulls?|mulling|eye(?:s|ing)|courting)\b/i,
  ],
  [
    'planned',
    /\b(?:plans?|planned|planning|will|would|shall|to be|going to|agree(?:s|d)? to|intends?|intended|expects? to|expected to|set to|is to|are to|aims? to|pending|announced plans|signed (?:a|an) (?:term sheet|definitive agreement|letter of intent)|letter of intent|is (?:buying|acquiring|merging|building|opening|developing|constructing|setting up)|are (?:buying|merging|building|developing|constructing|setting up)|to (?:acquire|buy|build|open|merge|form|invest|set up|establish|construct|develop)|upcoming|future|proposed)\b/i,
  ],
];

/** Decide the status from the text that states the relation; `undefined` means denied (drop it). */
export function detectStatus(text: string, fallback: RelationStatus = 'current'): RelationStatus | undefined {
  // Why: a capitalised "May" is the month ("TOKYO, May 2", "In May, Acme …"), not the hedge "may".
  text = text.replace(/\bMay\b/g, 'month');
  if (ENDED_CUES.test(text)) return 'former';
  if (NEGATION_CUES.test(text)) return undefined;
  for (const [status, cue] of STATUS_CUES) if (cue.test(text)) return status;
  return fallback;
}
