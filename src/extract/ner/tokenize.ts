// Tokenizer for the NER tagger: raw or pre-tokenised text → tokens with exact JS string offsets.

/** One token: `text === source.slice(start, end)`. */
export interface NerToken {
  text: string;
  start: number;
  end: number;
}

// Why: these keep their trailing period, so "GEM Co.," yields "GEM" "Co." "," and "Mr. Smith" stays
// one name context instead of a sentence break.
const ABBREVIATIONS = new Set([
  'co',
  'corp',
  'inc',
  'ltd',
  'plc',
  'bros',
  'cos',
  'mr',
  'mrs',
  'ms',
  'dr',
  'jr',
  'sr',
  'st',
  'mt',
  'ft',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'prof',
  'rev',
  'vs',
  'no',
  'dept',
  'univ',
  'assn',
  'ave',
  'blvd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ala',
  'ariz',
  'ark',
  'calif',
  'colo',
  'conn',
  'del',
  'fla',
  'ga',
  'ill',
  'ind',
  'kan',
  'ky',
  'la',
  'md',
  'mass',
  'mich',
  'minn',
  'miss',
  'mo',
  'mont',
  'neb',
  'nev',
  'okla',
  'ore',
  'pa',
  'tenn',
  'tex',
  'va',
  'vt',
  'wash',
  'wis',
  'wyo',
  'etc',
]);

// Alternatives, tried in order at each position (sticky):
//  1. dotted acronyms: U.S. / U.S.A. / e.g.
//  2. numbers: 1,200 / 3.5 / 1996-08-22 / 10:30 / 50%
//  3. words with inner apostrophes, ampersands and hyphens: O'Brien, AT&T, Coca-Cola, Westborough-based
//  4. a leading-hyphen suffix glued to the previous token: "-based" in "U.S.-based"
//  5. any other single non-space character
const TOKEN_RE =
  /(?:\p{L}\.){2,}|\d+(?:[.,:/-]\d+)*%?|[\p{L}\p{M}\p{N}]+(?:['’&-][\p{L}\p{M}\p{N}]+)*|-\p{Ll}+|\S/suy;
const SPACE_RE = /\s/u;
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const POSSESSIVE_RE = /['’][sS]$/u;
const CAPITALIZED_RE = /^\p{Lu}/u;
const LOWER_SUFFIX_RE = /^\p{Ll}+$/u;

/**
 * Split `text` into tokens with exact offsets. Handles tokenised dataset text ("Smith , who") and raw
 * news ("Smith, who", "U.S.", "GEM Co.,", "O'Brien", "AT&T"); "Westborough-based" becomes
 * "Westborough" + "-based" and "Ascend's" becomes "Ascend" + "'s", so names are separate tokens.
 * @param text Any string; never throws.
 * @returns Tokens in order; whitespace is never part of a token.
 */
export function tokenizeNer(text: string): NerToken[] {
  const tokens: NerToken[] = [];
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    const ch = text.charCodeAt(pos);
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || SPACE_RE.test(text[pos] ?? '')) {
      pos++;
      continue;
    }
    TOKEN_RE.lastIndex = pos;
    const m = TOKEN_RE.exec(text);
    const raw = m ? m[0] : (text[pos] ?? '');
    pos = pushWord(tokens, text, raw, pos);
  }
  return tokens;
}

/** Push the token(s) of one regex match at `start`; returns the offset after what was consumed. */
function pushWord(tokens: NerToken[], text: string, raw: string, start: number): number {
  const end = start + raw.length;
  // Abbreviation with its period: "Co." / "Mr." / single initial "F."
  if (text[end] === '.' && WORD_CHAR_RE.test(raw) && !raw.includes('-')) {
    const lower = raw.toLowerCase();
    if (ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(raw)) {
      tokens.push({ text: `${raw}.`, start, end: end + 1 });
      return end + 1;
    }
  }
  // Possessive: "Ascend's" → "Ascend" "'s"
  if (raw.length > 2 && POSSESSIVE_RE.test(raw)) {
    pushWord(tokens, text, raw.slice(0, -2), start);
    tokens.push({ text: raw.slice(-2), start: end - 2, end });
    return end;
  }
  // "Westborough-based" → "Westborough" "-based"; "Coca-Cola", "ITAR-TASS", "1-2" stay whole.
  const dash = raw.lastIndexOf('-');
  if (dash > 0 && dash < raw.length - 1) {
    const head = raw.slice(0, dash);
    const tail = raw.slice(dash + 1);
    if (CAPITALIZED_RE.test(head) && LOWER_SUFFIX_RE.test(tail)) {
      pushWord(tokens, text, head, start);
      tokens.push({ text: raw.slice(dash), start: start + dash, end });
      return end;
    }
  }
  tokens.push({ text: raw, start, end });
  return end;
}
