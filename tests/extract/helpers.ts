// Shared helpers for extraction tests: relations as readable "Subject TYPE Object status" strings.
import { extractDocument } from '../../src/extract/index.js';
import type { Extraction } from '../../src/types.js';

/** Display name of a mention: the canonical name it resolved to, else its text. */
export function mentionName(extraction: Extraction, id: string): string {
  const m = extraction.mentions.find((x) => x.id === id);
  if (!m) throw new Error(`relation refers to unknown mention ${id}`);
  return m.canonical ?? m.text;
}

/** Relations of an extraction as sorted "Subject TYPE Object status" strings. */
export function relationStrings(extraction: Extraction): string[] {
  // Why: an echo repeats a fact at a pronoun's mention (tests/extract/coreference-echoes.test.ts).
  return extraction.relations
    .filter((r) => !r.echo)
    .map(
      (r) =>
        `${mentionName(extraction, r.subject)} ${r.type} ${mentionName(extraction, r.object)} ${r.status}`,
    )
    .sort();
}

/** Extract one sentence (or short text) and return its relation strings. */
export function relationsOf(text: string): string[] {
  return relationStrings(extractDocument({ id: 'test', text }));
}
