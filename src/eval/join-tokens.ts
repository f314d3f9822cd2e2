// Join pre-tokenised words by single spaces, keeping the character span of every token.
import type { Span } from '../types.js';

/** Text and token spans of tokens joined by single spaces. */
export interface JoinedTokens {
  text: string;
  /** `tokens[i]` is `text.slice(tokens[i].start, tokens[i].end)`. */
  tokens: Span[];
}

/**
 * Join `tokens` by single spaces ("Smith , who …"), the way tokenised datasets are fed to the extractor.
 * @param tokens the words of one sentence
 * @returns the text and each token's character span
 */
export function joinTokens(tokens: readonly string[]): JoinedTokens {
  const spans: Span[] = [];
  let offset = 0;
  for (const token of tokens) {
    spans.push({ start: offset, end: offset + token.length });
    offset += token.length + 1;
  }
  return { text: tokens.join(' '), tokens: spans };
}

/**
 * The character span of tokens `[start, end)` (end exclusive), or undefined when out of range.
 * @param tokens token spans from {@link joinTokens}
 */
export function tokenRangeSpan(tokens: readonly Span[], start: number, end: number): Span | undefined {
  const first = tokens[start];
  const last = tokens[end - 1];
  if (first === undefined || last === undefined || end <= start) return undefined;
  return { start: first.start, end: last.end };
}
