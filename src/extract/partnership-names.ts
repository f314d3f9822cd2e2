// Firm names that list their partners with commas: "Goldman, Sachs and Co", "Smith Barney, Harris Upham
// and Co Inc", "Donaldson, Lufkin and Jenrette Securities Corp" are one name, not a list of companies.
import { gazetteer } from './lexicons/gazetteer.js';
import { ORG_HEADS } from './lexicons/organizations.js';
import type { Token } from './nlp.js';
import { coreText, isLegalSuffix, stripDots } from './token-words.js';

type Run = [number, number];

const word = (t: Token): string => stripDots(coreText(t));
/** "and Co", "and Company", "& Co": the partners' firm. */
const isCompany = (t: Token): boolean => /^(?:Co|Cos|Company)$/u.test(word(t));

/** A partner's name: one or two capitalised words, no acronym, legal form, company head or known place. */
function isPartner(tokens: Token[], [a, b]: Run, strict: boolean): boolean {
  if (b - a > 1) return false;
  const places = gazetteer().places;
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (!/^\p{Lu}\p{Ll}/u.test(t.text) || isLegalSuffix(t) || ORG_HEADS.has(word(t))) return false;
    const place = places.get(t.text);
    if (place && (place.kind !== 'city' || (place.population ?? 0) >= 100_000)) return false;
    // Why: without "and Co" the list may be companies ("IBM, Apple and Microsoft Corp"): a name the
    // lexicon knows as a company stands alone.
    if (strict && t.tags.has('Organization')) return false;
  }
  return true;
}

/** Only a comma (tokenised or not) lies between two runs. */
function commaBetween(tokens: Token[], [, b]: Run, [a]: Run): boolean {
  if (a === b + 1) return /^ ?, $/u.test(tokens[b]!.post);
  return a === b + 2 && tokens[b + 1]!.text === ',';
}

/** "and" lies between two runs, after an optional comma ("Piper, Jaffray and Hopwood Inc"). */
function andBetween(tokens: Token[], [, b]: Run, [a]: Run): boolean {
  const between = tokens.slice(b + 1, a).map((t) => t.text);
  return (
    (between.length === 1 && between[0] === 'and') ||
    (between.length === 2 && between[0] === ',' && between[1] === 'and')
  );
}

/**
 * Joins runs that spell one partnership's name: partners separated by commas, the last joined by "and"
 * (inside the last run, "Sachs and Co", or between runs) and ending in "Co"/"Company", or in a legal
 * form when no partner is a company the lexicon knows. Other runs come back as they are.
 */
export function joinPartnershipNames(tokens: Token[], runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const joined = partnershipFrom(tokens, runs, i);
    if (joined) {
      out.push([runs[i]![0], runs[joined]![1]]);
      i = joined;
    } else out.push(runs[i]!);
  }
  return out;
}

/** The index of the run that closes a partnership's name opened by `runs[i]`, if one does. */
function partnershipFrom(tokens: Token[], runs: readonly Run[], i: number): number | undefined {
  let k = i;
  while (runs[k + 1] && commaBetween(tokens, runs[k]!, runs[k + 1]!)) k++;
  // Why: a partnership lists its partners with a comma; "Apple and Microsoft Corp" are two companies.
  if (k === i) return undefined;
  const last = (j: number): Run => runs[j]!;
  // The last partner joined inside its run ("Sachs and Co") or as the next run after "and".
  const candidates = [k];
  if (runs[k + 1] && andBetween(tokens, runs[k]!, runs[k + 1]!)) candidates.push(k + 1);
  for (const end of candidates.reverse()) {
    const [a, b] = last(end);
    const closing = tokens[b]!;
    const legalTail = isLegalSuffix(closing) ? b - 1 : b;
    const company = isCompany(tokens[legalTail]!) || isCompany(closing);
    if (!company && !isLegalSuffix(closing) && !ORG_HEADS.has(word(closing))) continue;
    const inner = end === k && !tokens.slice(a, b + 1).some((t) => t.text === 'and');
    if (inner) continue;
    const partners = runs.slice(i, end === k ? k : k + 1);
    if (partners.every((r) => isPartner(tokens, r, !company))) return end;
  }
  return undefined;
}
