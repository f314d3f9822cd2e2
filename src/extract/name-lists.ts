// A list of names is of one kind: a tagger's person among companies named by their legal form is one too.
import type { EntityCandidate } from './entities.js';
import { parseText } from './nlp.js';

/** What separates the items of a list of names: a comma, "and", "or", "&" (tokenised " , " too). */
const LIST_GAP = /^\s*(?:,\s*(?:(?:and|or|&)\s+)?|(?:and|or|&)\s+)$/u;
/** Sources that type a company by its own name (legal form, head noun). */
const NAME_SOURCES = new Set(['legal-suffix', 'org-head']);

/** Names already read by opensWithFirstName (cleared when full). */
const firstNameRead = new Map<string, boolean>();

/** "John Smith", "Ana Ruiz": a known first name opens the name (compromise's lexicon). */
function opensWithFirstName(name: string): boolean {
  // Why: the same names recur in list after list, and a compromise parse of the name alone depends on
  // nothing else.
  let opens = firstNameRead.get(name);
  if (opens === undefined) {
    opens = parseText(name)[0]?.tokens[0]?.tags.has('FirstName') ?? false;
    if (firstNameRead.size >= 10_000) firstNameRead.clear();
    firstNameRead.set(name, opens);
  }
  return opens;
}

/**
 * A list of names is of one kind: "Canon, Inc., Semiconductor Energy Laboratories Co., Idemitsu Kosan
 * and Mitsubishi Chemical Corporation" — with two companies typed by their own names, a name the tagger
 * alone called a person ("Idemitsu Kosan") is a company too. A titled person ("Dr. Reddy") or a name
 * opening with a first name ("Acme Corp., Beta Inc. and John Smith") keeps its type.
 * @param text the document's text
 * @param candidates the document's candidates, retyped in place
 */
export function harmonizeLists(text: string, candidates: EntityCandidate[]): void {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  let run: EntityCandidate[] = [];
  const settle = (): void => {
    const companies = run.filter((c) => c.type === 'Organization' && NAME_SOURCES.has(c.source)).length;
    if (companies >= 2)
      for (const c of run)
        if (c.type === 'Person' && c.source === 'ner' && !opensWithFirstName(c.text)) c.type = 'Organization';
    run = [];
  };
  for (const c of sorted) {
    const prev = run.at(-1);
    if (prev && !LIST_GAP.test(text.slice(prev.end, c.start))) settle();
    run.push(c);
  }
  settle();
}
