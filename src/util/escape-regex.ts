// Literal strings inside regular expressions: escaping, and word lists as one alternation.

/** `s` with every regular-expression metacharacter escaped ("Co." → "Co\."). */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Literal words as one alternation, longest first so a longer phrase wins over its prefix ("vice president|president"). */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
}
