// Escape a string for use as a literal inside a regular expression.

/** `s` with every regular-expression metacharacter escaped ("Co." → "Co\."). */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
