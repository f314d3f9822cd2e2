// A rule over mention names: an organization named by a nationality ("Haitian Parliament") is based in that country when the sentence names it.
import type { Mention } from '../../types.js';
import { gazetteer } from '../lexicons/gazetteer.js';
import type { RelationRule } from './types.js';

/**
 * The rule's record: it runs over mention names, not a marked sentence (its pattern is never compiled;
 * index.ts leaves it out of the template tables).
 */
export const DEMONYM_NAME_RULE: RelationRule = {
  id: 'org-demonym-name-place',
  relation: 'BASED_IN',
  pattern: '',
  example: 'The Haitian Parliament declared the post vacant, leaving Haiti without a president.',
  confidence: 0.85,
};

/** A leading dateline: "BANGKOK, Thailand (AP) -", "(Text) Sofia, February 15 (BTA) --". */
const DATELINE =
  /^\s*(?:\(\s*Text\s*\)\s*)?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*(?:\s*,\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*){0,2}\s*,?\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}\s*,?\s*)?(?:\d{1,2} [A-Z][a-z]{2,8}\s*)?\(\s*[A-Z][\w-]*\s*\)/;

/**
 * Organization → country pairs in one sentence's mentions: the organization's name opens with the
 * country's demonym and has more words ("Angolan Government", "Chinese Foreign Ministry", "Tunisian
 * Republic Radio Network"), and a mention of that country stands in the same sentence. Why: the name
 * itself says whose body it is, as "Japan's Itochu" does; without the country named, nothing is emitted.
 */
export function demonymNamePairs(
  mentions: readonly Mention[],
  sentenceText: string,
  sentenceStart: number,
): Array<[org: Mention, place: Mention]> {
  // Why: a dateline says where the report was filed, not whose the organization is ("BANGKOK, Thailand
  // (AP) - Thai Airways said …"); its places do not count.
  const datelineEnd = sentenceStart + (DATELINE.exec(sentenceText)?.[0].length ?? 0);
  const places = mentions.filter((m) => m.type === 'Place' && m.start >= datelineEnd);
  if (places.length === 0) return [];
  const pairs: Array<[Mention, Mention]> = [];
  for (const org of mentions) {
    if (org.type !== 'Organization' || org.source === 'pronoun') continue;
    const words = org.text.split(/\s+/);
    if (words.length < 2) continue;
    // Why: a one-word demonym in plain capitals ("Haitian"), as the name's first word.
    if (!/^[A-Z][a-z]+$/.test(words[0]!)) continue;
    const codes = gazetteer().demonyms.get(words[0]!);
    if (!codes) continue;
    for (const place of places) {
      const entry = gazetteer().places.get(place.canonical ?? place.text);
      if (entry?.kind === 'country' && entry.country && codes.has(entry.country)) pairs.push([org, place]);
    }
  }
  return pairs;
}
