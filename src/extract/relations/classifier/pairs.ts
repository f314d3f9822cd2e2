// Candidate pairs: every ordered pair of mentions in a sentence that some class accepts, with its features.
import type { Mention, RelationMention, Span } from '../../../types.js';
import { validClasses } from './classes.js';
import { pairFeatures, type SentenceContext } from './features.js';
import { tokenizeSentence } from './tokens.js';

/** One candidate: subject and object mention indexes, features and the classes it may take. */
export interface CandidatePair {
  sentenceIndex: number;
  sentence: Span;
  subject: number;
  object: number;
  features: string[];
  valid: boolean[];
  context: SentenceContext;
}

/** Pairs further apart than this many tokens are not considered (rarely related, costly). */
export const MAX_TOKENS_BETWEEN = 40;

/** A candidate pair before its features: what {@link visitCandidatePairs} passes on. */
export type PairSlot = Omit<CandidatePair, 'features'>;

/**
 * Enumerate the candidate pairs of every sentence. `mentions` must be sorted by offset with ids set;
 * `ruleRelations` (the rules' output) feed the "which rule fired" features.
 */
export function candidatePairs(
  text: string,
  sentences: readonly Span[],
  mentions: readonly Mention[],
  classes: readonly string[],
  ruleRelations: readonly RelationMention[] = [],
): CandidatePair[] {
  const out: CandidatePair[] = [];
  visitCandidatePairs(text, sentences, mentions, classes, ruleRelations, (slot) => {
    out.push({ ...slot, features: pairFeatures(slot.context, slot.subject, slot.object) });
  });
  return out;
}

/**
 * The pairs {@link candidatePairs} lists, in the same order, passed one by one to `visit` without
 * their features. Pairs of the same argument types share one `valid` array (do not modify it).
 * Why: scoring needs no feature array, and pairs dropped right after scoring die young in the heap.
 */
export function visitCandidatePairs(
  text: string,
  sentences: readonly Span[],
  mentions: readonly Mention[],
  classes: readonly string[],
  ruleRelations: readonly RelationMention[],
  visit: (slot: PairSlot) => void,
): void {
  const ruleIds = new Map<string, string[]>();
  const ruleMentions = new Set<string>();
  for (const r of ruleRelations) {
    const key = `${r.subject}|${r.object}`;
    ruleIds.set(key, [...(ruleIds.get(key) ?? []), r.rule]);
    ruleMentions.add(r.subject);
    ruleMentions.add(r.object);
  }
  const validByTypes = new Map<string, boolean[] | undefined>();
  const validFor = (sm: Mention, om: Mention): boolean[] | undefined => {
    const key = `${sm.type}>${om.type}`;
    if (validByTypes.has(key)) return validByTypes.get(key);
    const valid = validClasses(classes, sm.type, om.type);
    const usable = valid.some((v, c) => v && c > 0) ? valid : undefined;
    validByTypes.set(key, usable);
    return usable;
  };
  let cursor = 0;
  sentences.forEach((sentence, sentenceIndex) => {
    while (cursor < mentions.length && (mentions[cursor]?.start ?? 0) < sentence.start) cursor++;
    const indexes: number[] = [];
    for (let i = cursor; i < mentions.length && (mentions[i]?.start ?? 0) < sentence.end; i++)
      indexes.push(i);
    if (indexes.length < 2) return;
    const { tokens, position } = tokenizeSentence(text, sentence, mentions, indexes);
    const context: SentenceContext = { tokens, position, mentions, ruleIds, ruleMentions };
    for (const s of indexes) {
      for (const o of indexes) {
        if (s === o) continue;
        const sm = mentions[s];
        const om = mentions[o];
        const sp = position.get(s);
        const op = position.get(o);
        if (sm === undefined || om === undefined || sp === undefined || op === undefined) continue;
        if (Math.abs(sp - op) - 1 > MAX_TOKENS_BETWEEN) continue;
        if (sm.key !== undefined && sm.key === om.key) continue;
        const valid = validFor(sm, om);
        if (valid === undefined) continue;
        visit({ sentenceIndex, sentence, subject: s, object: o, valid, context });
      }
    }
  });
}
