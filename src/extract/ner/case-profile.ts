// Case profile: how often a word is capitalised mid-sentence in unlabelled news (a name signal for unseen words).
import { type NerToken, tokenizeNer } from './tokenize.js';

/** Lowercase word → bucket: L (almost always lowercase) · l · m · c · C (almost always capitalised). */
export type CaseProfile = ReadonlyMap<string, string>;

const SENTENCE_END = new Set(['.', '!', '?', ':', '"', '“', '”', '(', '-', '—']);
const ALPHA_RE = /^\p{L}[\p{L}'’&-]*$/u;

/** Bucket a capitalised share (0..1) into a profile letter. */
export function caseBucket(capShare: number): string {
  if (capShare < 0.05) return 'L';
  if (capShare < 0.35) return 'l';
  if (capShare < 0.65) return 'm';
  if (capShare < 0.95) return 'c';
  return 'C';
}

function isMostlyUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 0 && upper.length / letters.length > 0.6;
}

/**
 * Count, per lowercase word, mid-sentence occurrences that are capitalised vs lowercase.
 * Sentence-initial tokens and all-caps lines are skipped (their case says nothing).
 * @param texts Documents (any size); each line is treated separately for the all-caps check.
 * @param minCount Words seen fewer times are left out.
 */
export function buildCaseProfile(texts: Iterable<string>, minCount = 3): Map<string, string> {
  const counts = new Map<string, [number, number]>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      if (isMostlyUpper(line)) continue;
      const tokens: NerToken[] = tokenizeNer(line);
      for (let i = 1; i < tokens.length; i++) {
        const t = tokens[i];
        const prev = tokens[i - 1];
        if (t === undefined || prev === undefined || SENTENCE_END.has(prev.text)) continue;
        if (!ALPHA_RE.test(t.text)) continue;
        const key = t.text.toLowerCase();
        let c = counts.get(key);
        if (c === undefined) {
          c = [0, 0];
          counts.set(key, c);
        }
        if (/^\p{Lu}/u.test(t.text)) c[1]++;
        else c[0]++;
      }
    }
  }
  const out = new Map<string, string>();
  for (const key of [...counts.keys()].sort()) {
    const [lower, cap] = counts.get(key) ?? [0, 0];
    if (lower + cap >= minCount) out.set(key, caseBucket(cap / (lower + cap)));
  }
  return out;
}

/** Serialise a profile as sorted "word\tbucket" lines. */
export function serializeCaseProfile(profile: CaseProfile): string {
  return [...profile.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w, b]) => `${w}\t${b}`)
    .join('\n');
}

/** Parse the output of `serializeCaseProfile`. */
export function parseCaseProfile(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return out;
}
