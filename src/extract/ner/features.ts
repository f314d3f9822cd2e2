// Token features for the NER perceptron: word forms, affixes, shapes, context and gazetteer labels.
import type { CaseProfile } from './case-profile.js';
import { gazetteerLabels } from './gazetteer.js';
import type { NerToken } from './tokenize.js';

/**
 * Bump when the features change: a weights file records the version it was trained with, and the
 * loader refuses a mismatch (the weights would silently mean something else). The tagger's fast path
 * (fast-emission.ts) mirrors these templates; tests/ner/fast-emission.test.ts checks the two agree.
 */
export const FEATURE_VERSION = 4;

/** Tokens after which the next token starts a sentence (for the `start` features). */
export const SENTENCE_END: ReadonlySet<string> = new Set([
  '.',
  '!',
  '?',
  '"',
  '“',
  '”',
  ':',
  ';',
  '(',
  '[',
  '—',
  '–',
  '-',
]);

/** Word shape: "Xxxx", "XX", "dd-dd", "Xx.", with runs longer than 4 kept at 4. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c === last) {
      run++;
      if (run >= 4) continue;
    } else {
      run = 0;
      last = c;
    }
    out += c;
  }
  return out;
}

/** Short shape: runs collapsed to one character ("Xx", "X", "d-d"). */
export function shortShape(shape: string): string {
  let out = '';
  for (const c of shape) if (out[out.length - 1] !== c) out += c;
  return out;
}

/** Word-level facts every feature template reads. */
export interface TokenInfo {
  lower: string;
  shape: string;
  short: string;
  cls: string;
}

/** Capitalisation class of a word: CAP1, CAPS, Init, Mixed, low, num or punct. */
export function classOf(word: string, shape: string): string {
  if (/^\p{Lu}+$/u.test(word)) return word.length === 1 ? 'CAP1' : 'CAPS';
  if (/^\p{Lu}[\p{Ll}\p{M}'’&.-]*$/u.test(word)) return 'Init';
  if (/^\p{Lu}/u.test(word)) return 'Mixed';
  if (/^-?\p{Ll}/u.test(word)) return 'low';
  if (/^\d/u.test(shape)) return 'num';
  return 'punct';
}

/** True when the token starts a sentence or a line (capitalisation there says little). */
function isSentenceStart(text: string, tokens: readonly NerToken[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined) return true;
  if (SENTENCE_END.has(prev.text)) return true;
  const cur = tokens[i];
  return cur !== undefined && text.slice(prev.end, cur.start).includes('\n');
}

/**
 * Features of every token, as strings (the model hashes them by name).
 * @param text The text the tokens index into (for line breaks).
 * @param tokens Tokens from `tokenizeNer(text)`.
 * @param caseProfile Case buckets of words in unlabelled news (see case-profile.ts).
 * @returns One feature list per token, in a fixed order (deterministic).
 */
export function extractFeatures(
  text: string,
  tokens: readonly NerToken[],
  caseProfile: CaseProfile,
): string[][] {
  const info: TokenInfo[] = tokens.map((t) => {
    const shape = wordShape(t.text);
    return { lower: t.text.toLowerCase(), shape, short: shortShape(shape), cls: classOf(t.text, shape) };
  });
  const gaz = gazetteerLabels(tokens);
  const pad: TokenInfo = { lower: '<s>', shape: '<s>', short: '<s>', cls: '<s>' };
  const padEnd: TokenInfo = { lower: '</s>', shape: '</s>', short: '</s>', cls: '</s>' };
  const at = (j: number): TokenInfo => (j < 0 ? pad : j >= info.length ? padEnd : (info[j] ?? pad));
  // Why: a run of all-caps tokens (headlines, datelines) makes capitalisation uninformative.
  const caps = info.map((t) => t.cls === 'CAPS' || t.cls === 'CAP1');
  const cases = info.map((t) => caseProfile.get(t.lower) ?? '?');
  const runs = capitalisedRuns(info);
  const out: string[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = at(i);
    const word = tokens[i]?.text ?? '';
    const start = isSentenceStart(text, tokens, i);
    const f: string[] = ['b', `w=${w.lower}`, `sh=${w.shape}`, `ss=${w.short}`, `c=${w.cls}`];
    if (start) f.push('start', `start|c=${w.cls}`, `start|w=${w.lower}`);
    const n = w.lower.length;
    for (let k = 1; k <= 4 && k < n; k++)
      f.push(`p${k}=${w.lower.slice(0, k)}`, `s${k}=${w.lower.slice(n - k)}`);
    if (n > 3 && w.cls === 'CAPS') f.push(`capsw=${word}`);
    if (/\d/u.test(word)) f.push('digit');
    if (word.includes('-')) f.push('hyphen');
    if (word.includes('.')) f.push('period');
    if ((caps[i - 1] ?? false) && (caps[i + 1] ?? false)) f.push('capsrun');
    const cp = cases[i] ?? '?';
    f.push(`case=${cp}`, `case=${cp}|c=${w.cls}`, `case=${cp}|start=${start}`);
    f.push(`case-1=${cases[i - 1] ?? '<s>'}`, `case+1=${cases[i + 1] ?? '</s>'}`);
    for (const off of [-2, -1, 1, 2]) {
      const o = at(i + off);
      f.push(`w${off}=${o.lower}`, `ss${off}=${o.short}`, `c${off}=${o.cls}`);
    }
    const p = at(i - 1);
    const nx = at(i + 1);
    f.push(
      `w-1|w=${p.lower}|${w.lower}`,
      `w|w+1=${w.lower}|${nx.lower}`,
      `c-1|c=${p.cls}|${w.cls}`,
      `c|c+1=${w.cls}|${nx.cls}`,
      `c-1|c|c+1=${p.cls}|${w.cls}|${nx.cls}`,
      `w-1|c=${p.lower}|${w.cls}`,
      `c|w+1=${w.cls}|${nx.lower}`,
    );
    for (const g of gaz[i] ?? []) f.push(`g=${g}`, `g=${g}|c=${w.cls}`);
    for (const g of gaz[i - 1] ?? []) f.push(`g-1=${g}`);
    for (const g of gaz[i + 1] ?? []) f.push(`g+1=${g}`);
    for (const g of gaz[i + 2] ?? []) if (g === 'orgsuffix') f.push('g+2=orgsuffix');
    const run = runs[i];
    if (run !== undefined) {
      // Why: the last word of a capitalised run types the whole name ("Parkland Memorial Hospital",
      // "Ascend Elements"), and an appositive after it ("X, a Westborough-based firm") says what X is.
      const last = at(run.end - 1);
      const len = run.end - run.start;
      f.push(`run=${Math.min(len, 4)}|${i - run.start === 0 ? 'first' : i === run.end - 1 ? 'last' : 'mid'}`);
      f.push(
        `runlast=${last.lower}`,
        `runlastcase=${cases[run.end - 1] ?? '?'}`,
        `runfirst=${at(run.start).lower}`,
      );
      for (const g of gaz[run.end - 1] ?? []) f.push(`runlastg=${g}`);
      for (const a of appositive(info, run.end)) f.push(`appos=${a}`);
    }
    out.push(f);
  }
  return out;
}

const NAME_CLASSES = new Set(['Init', 'CAPS', 'CAP1', 'Mixed']);
const DETERMINERS = new Set(['a', 'an', 'the']);

/** For each token, the maximal run of capitalised tokens containing it (runs longer than 6 are ignored). */
export function capitalisedRuns(
  info: readonly TokenInfo[],
): Array<{ start: number; end: number } | undefined> {
  const out: Array<{ start: number; end: number } | undefined> = new Array(info.length).fill(undefined);
  let i = 0;
  while (i < info.length) {
    if (!NAME_CLASSES.has(info[i]?.cls ?? '')) {
      i++;
      continue;
    }
    let j = i;
    while (j < info.length && NAME_CLASSES.has(info[j]?.cls ?? '')) j++;
    if (j - i <= 6) for (let k = i; k < j; k++) out[k] = { start: i, end: j };
    i = j;
  }
  return out;
}

/** Lowercase words of an appositive right after a run: ", a Westborough-based firm" → ["firm", "-based"]. */
export function appositive(info: readonly TokenInfo[], end: number): string[] {
  if (info[end]?.lower !== ',' || !DETERMINERS.has(info[end + 1]?.lower ?? '')) return [];
  const out: string[] = [];
  for (let k = end + 2; k < Math.min(info.length, end + 7); k++) {
    const t = info[k];
    if (t === undefined || t.cls === 'punct') break;
    if (t.cls === 'low') out.push(t.lower);
  }
  return out;
}
