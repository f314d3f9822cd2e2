// A fact stated about a name holds for the alias written beside it: "The Clay Mathematics Institute (CMI)".
import type { Mention, RelationMention } from '../../types.js';

/** Text between a name and its alias: " (", " (formerly ", " (NASDAQ: KELYA, ". */
const BEFORE_ALIAS = /^ ?\((?:[^()]{0,40}?(?:[,;:]|\bor|\balso|\bformerly|\bofficially|\bknown as) )?["“]?$/;
/** Text right after the alias: its closing bracket, or the next alias in the same brackets. */
const AFTER_ALIAS = /^["”]?(?:\)|[,;] )/;

/**
 * Pairs of mentions of the same entity where the second is an alias in brackets right after the first
 * ("Royal London Asset Management (RLAM)"), both ways: name id → alias ids and alias id → name id.
 */
function aliasLinks(text: string, mentions: readonly Mention[]): Map<string, string[]> {
  const links = new Map<string, string[]>();
  const link = (a: string, b: string): void => {
    links.set(a, [...(links.get(a) ?? []), b]);
  };
  for (let i = 0; i < mentions.length; i++) {
    const name = mentions[i]!;
    if (!name.key || name.source === 'pronoun') continue;
    for (let j = i + 1; j < mentions.length && j <= i + 3; j++) {
      const alias = mentions[j]!;
      if (alias.start - name.end > 60) break;
      if (alias.key !== name.key || alias.source === 'pronoun') continue;
      if (!BEFORE_ALIAS.test(text.slice(name.end, alias.start))) continue;
      if (!AFTER_ALIAS.test(text.slice(alias.end, alias.end + 3))) continue;
      link(name.id, alias.id);
      link(alias.id, name.id);
    }
  }
  return links;
}

/**
 * Copy each relation onto the alias in brackets beside an argument ("(CMI)" beside "Clay Mathematics
 * Institute"), so the fact's evidence names every way the sentence writes the entity. The twin has the
 * same type, status, confidence and rule; a relation already found for the pair is kept as it is.
 */
export function addAliasTwins<R extends RelationMention>(
  text: string,
  found: R[],
  mentions: readonly Mention[],
): R[] {
  const links = aliasLinks(text, mentions);
  if (links.size === 0) return found;
  const seen = new Set(found.map((r) => `${r.type}|${r.subject}|${r.object}`));
  const out = [...found];
  for (const r of found) {
    const subjects = [r.subject, ...(links.get(r.subject) ?? [])];
    const objects = [r.object, ...(links.get(r.object) ?? [])];
    for (const subject of subjects)
      for (const object of objects) {
        const key = `${r.type}|${subject}|${object}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ ...r, subject, object });
      }
  }
  return out;
}
