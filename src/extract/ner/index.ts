// Statistical entity tagger: tokenise raw text, decode BILOU tags with an averaged perceptron, return typed spans.
import { marginals, viterbi } from './decoder.js';
import { segmentEmissions } from './fast-emission.js';
import type { NerModel } from './model.js';
import { NER_TAGS, type NerClass, tagsToSpans } from './tags.js';
import { type NerToken, tokenizeNer } from './tokenize.js';
import { loadNerModel } from './weights-io.js';

export type { NerModel } from './model.js';
export type { NerToken } from './tokenize.js';
export { tokenizeNer } from './tokenize.js';
export { loadNerModel } from './weights-io.js';

/** One entity found by the tagger; offsets are JS string offsets into the input, `end` exclusive. */
export interface NerSpan {
  start: number;
  end: number;
  type: 'Person' | 'Organization' | 'Place';
  /** Mean posterior probability of the span's tags, 0..1. */
  score: number;
}

const TYPE_OF: Record<NerClass, NerSpan['type']> = { PER: 'Person', ORG: 'Organization', LOC: 'Place' };

let shipped: NerModel | undefined;

/** The shipped model, loaded on first use and kept for the process. */
export function getNerModel(): NerModel {
  shipped ??= loadNerModel();
  return shipped;
}

/**
 * Tag people, organisations and places in raw text with a given model.
 * @param model A model from `loadNerModel`.
 * @param text Raw or pre-tokenised text; never throws on content.
 */
export function tagEntitiesWith(model: NerModel, text: string): NerSpan[] {
  const tokens = tokenizeNer(text);
  const out: NerSpan[] = [];
  const newlineBefore = new Uint8Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    const cur = tokens[i];
    if (prev !== undefined && cur !== undefined && hasNewline(text, prev.end, cur.start))
      newlineBefore[i] = 1;
  }
  // Why: names never cross a line break, and headlines/bylines run into the next line without
  // punctuation ("Email Newsletters\n\nWestborough EV ..."), so each line is decoded on its own.
  // Very long lines are cut after a sentence end so memory stays bounded on any input.
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const prev = tokens[i - 1];
    const cur = tokens[i];
    if (cur !== undefined && prev !== undefined) {
      const lineBreak = newlineBefore[i] === 1;
      const longCut = i - from >= MAX_SEGMENT && SENTENCE_END.has(prev.text);
      if (!lineBreak && !longCut && i - from < HARD_SEGMENT) continue;
    }
    const segment = tokens.slice(from, i);
    tagSegment(model, segment, newlineBefore.subarray(from, i), out);
    from = i;
  }
  return out;
}

/** Segments longer than this are cut at the next sentence end … */
const MAX_SEGMENT = 400;
/** … or here at the latest. */
const HARD_SEGMENT = 4000;
const SENTENCE_END = new Set(['.', '!', '?']);

/** Decode one segment and append its spans (plus "X-based" places) to `out`. */
function tagSegment(
  model: NerModel,
  tokens: readonly NerToken[],
  newlineBefore: Uint8Array,
  out: NerSpan[],
): void {
  const n = tokens.length;
  const T = model.tags.length;
  const { em, gaz } = segmentEmissions(model, tokens, newlineBefore);
  const path = viterbi(em, n, T, model.transitions);
  const found = tagsToSpans(path);
  // Why: confidences are only read inside decoded spans: a segment without any skips forward-backward,
  // and the passes stop at the first/last span.
  const post =
    found.length > 0
      ? marginals(
          em,
          n,
          T,
          model.transitions,
          model.temperature,
          found[0]?.start ?? 0,
          found.at(-1)?.end ?? n,
        )
      : undefined;
  const covered = new Uint8Array(n);
  const spans: NerSpan[] = [];
  for (const s of found) {
    const first = tokens[s.start];
    const last = tokens[s.end - 1];
    if (first === undefined || last === undefined) continue;
    let sum = 0;
    for (let i = s.start; i < s.end; i++) {
      sum += post?.[i * T + (path[i] ?? 0)] ?? 0;
      covered[i] = 1;
    }
    spans.push({
      start: first.start,
      end: last.end,
      type: TYPE_OF[s.cls],
      score: round3(sum / (s.end - s.start)),
    });
  }
  // Why: CoNLL tags "Shenzhen-based" as one non-entity token, so the model never learnt that the
  // place before a glued "-based" is a Place; the pattern is unambiguous enough to be a rule.
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t === undefined || next === undefined || covered[i] === 1 || next.start !== t.end) continue;
    if (next.text.charCodeAt(0) !== 45 /* '-' */ || !BASED_SUFFIXES.has(next.text.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(t.text)) continue;
    // Extend left only over a known multi-word place ("San Francisco-based").
    let start = i;
    while (start > 0 && covered[start - 1] !== 1 && (gaz[start] ?? []).some((g) => g.startsWith('I-'))) {
      start--;
    }
    const first = tokens[start];
    if (first === undefined) continue;
    spans.push({ start: first.start, end: t.end, type: 'Place', score: BASED_RULE_SCORE });
  }
  spans.sort((a, b) => a.start - b.start);
  out.push(...spans);
}

/** Whether `text[from..to)` contains a line break (no substring allocated). */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

const BASED_SUFFIXES = new Set(['-based', '-headquartered']);
/** Confidence given to "X-based" places (a rule, not a model posterior). */
const BASED_RULE_SCORE = 0.9;

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Tag people, organisations and places in raw text with the shipped weights (loaded once, lazily).
 * Deterministic: the same text always gives the same spans.
 * @throws CorpgraphError E_INPUT_NOT_FOUND / E_INPUT_UNREADABLE when the weights file is missing or stale.
 */
export function tagEntities(text: string): NerSpan[] {
  return tagEntitiesWith(getNerModel(), text);
}

/** Tag names of the model, for reports. */
export const NER_TAG_NAMES = NER_TAGS;
