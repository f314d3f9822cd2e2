// A token's word as names are judged by: without its possessive, without its dots, and legal forms.
import { LEGAL_SUFFIXES } from './lexicons/organizations.js';
import type { Token } from './nlp.js';

/** A possessive ending: "Acme's", "Ascend’s". */
export const POSSESSIVE = /['’]s$/;

/** The word without its dots: "Inc." → "Inc", "U.S." → "US". */
export function stripDots(word: string): string {
  return word.replace(/\./g, '');
}

/** The token's text without a possessive ending. */
export function coreText(token: Token): string {
  return token.text.replace(POSSESSIVE, '');
}

/** Whether the token is a legal form ("Inc", "Co.", "GmbH", "s.r.o."). */
export function isLegalSuffix(token: Token): boolean {
  return LEGAL_SUFFIXES.has(stripDots(coreText(token))) || LEGAL_SUFFIXES.has(coreText(token));
}
