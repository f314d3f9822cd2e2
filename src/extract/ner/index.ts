// Statistical entity tagger: tokenise raw text, decode BILOU tags with an averaged perceptron, return typed spans.
import { marginals, viterbi } from './decoder.js';
import { extractFeatures } from './features.js';
import { emissionScores, type NerModel } from './model.js';
import { NER_TAGS, type NerClass, tagsToSpans } from './tags.js';
import { tokenizeNer } from './tokenize.js';
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
  const n = tokens.length;
  if (n === 0) return [];
  const T = model.tags.length;
  const em = emissionScores(model, extractFeatures(text, tokens));
  const path = viterbi(em, n, T, model.transitions);
  const post = marginals(em, n, T, model.transitions, model.temperature);
  const out: NerSpan[] = [];
  for (const s of tagsToSpans(path)) {
    const first = tokens[s.start];
    const last = tokens[s.end - 1];
    if (first === undefined || last === undefined) continue;
    let sum = 0;
    for (let i = s.start; i < s.end; i++) sum += post[i * T + (path[i] ?? 0)] ?? 0;
    out.push({
      start: first.start,
      end: last.end,
      type: TYPE_OF[s.cls],
      score: Math.round((sum / (s.end - s.start)) * 1000) / 1000,
    });
  }
  return out;
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
