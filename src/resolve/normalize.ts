// Entity keys: names normalised for case, legal suffixes, punctuation and accents, prefixed by label.
import { gazetteer } from '../extract/lexicons/gazetteer.js';
import { LEGAL_SUFFIXES } from '../extract/lexicons/organizations.js';
import type { NodeLabel } from '../types.js';

const KEY_PREFIX: Record<NodeLabel, string> = { Organization: 'org', Person: 'person', Place: 'place' };

/** Lowercase ASCII slug: accents folded, punctuation dropped, words joined by '-'. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Organization name without legal forms and a leading "The": "GEM Co., Ltd." → "GEM". */
export function stripLegalForms(name: string): string {
  let words = name.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  while (words.length > 1) {
    const last = words[words.length - 1]!;
    if (LEGAL_SUFFIXES.has(last.replace(/\./g, '')) || LEGAL_SUFFIXES.has(last)) words = words.slice(0, -1);
    else break;
  }
  if (words.length > 1 && words[0] === 'The') words = words.slice(1);
  return words.join(' ');
}

/** The canonical name of a place ("U.S." → "United States"), or the name itself. */
export function canonicalPlace(name: string): string {
  return gazetteer().places.get(name)?.name ?? name;
}

/** Deterministic node key for an entity: `org:gem`, `person:linh-austin`, `place:united-states`. */
export function entityKey(label: NodeLabel, name: string): string {
  let base = name;
  if (label === 'Organization') base = stripLegalForms(name);
  else if (label === 'Place') base = canonicalPlace(name);
  const slug = slugify(base) || slugify(name) || 'unnamed';
  return `${KEY_PREFIX[label]}:${slug}`;
}
