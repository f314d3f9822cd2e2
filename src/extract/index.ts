// Extraction: entities and relations of one document, with aliases resolved within it.
import { resolveWithinDocument } from '../resolve/within-document.js';
import type { Extraction, Mention, SourceDocument, Span } from '../types.js';
import { unwrapLines } from '../util/hard-wrap.js';
import { findDates } from './dates.js';
import { findEntityCandidates } from './entities.js';
import { mergeCandidates } from './merge-candidates.js';
import { tagEntities } from './ner/index.js';
import { parseText } from './nlp.js';
import { addReferenceMentions } from './references.js';
import { classifyPairs } from './relations/classifier/index.js';
import { alignPronounEchoes, extractRelations } from './relations/index.js';

export interface ExtractOptions {
  /** Drop relations below this confidence (0..1). */
  minConfidence?: number;
}

export const DEFAULT_EXTRACT_OPTIONS: Required<ExtractOptions> = { minConfidence: 0 };

/** A news agency credited in a dateline: "(Reuters) -", "(AP) —", tokenised "( XINHUA ) --". */
function isDatelineCredit(text: string, m: Mention): boolean {
  return (
    /\( ?$/.test(text.slice(Math.max(0, m.start - 2), m.start)) &&
    /^ ?\)\s*(?:[-–—]|$)/.test(text.slice(m.end, m.end + 6))
  );
}

/** The mentions of one document (offset order, ids set) and the sentence spans they were found in. */
export interface DocumentMentions {
  /**
   * The text every step reads: the document's, with each line break that only wraps a paragraph as a
   * space (same length and offsets; compromise would end a sentence there).
   */
  text: string;
  sentences: Span[];
  /** Every mention: names, pronouns and nominals, dates. */
  mentions: Mention[];
  /** The mentions relations may use: all but a dateline's credit. */
  related: Mention[];
}

/**
 * The mention steps of extraction: parse, entity candidates (rules and NER), resolution within the
 * document, pronouns and nominals, dates. The relation classifier's training script uses this same
 * function, so the pairs it learns on are the pairs it meets at run time.
 */
export function extractMentions(original: string): DocumentMentions {
  const text = unwrapLines(original);
  const parsed = parseText(text);
  const sentences = parsed.map(({ start, end }) => ({ start, end }));
  const candidates = process.env.CORPGRAPH_NO_NER
    ? findEntityCandidates(text, parsed)
    : mergeCandidates(text, findEntityCandidates(text, parsed), tagEntities(text));
  const resolved = resolveWithinDocument(text, candidates);
  const withRefs = addReferenceMentions(text, parsed, resolved);
  const mentions = [...withRefs, ...findDates(text, withRefs)].sort((a, b) => a.start - b.start);
  mentions.forEach((m, i) => {
    m.id = `m${i + 1}`;
    // Why: the contract's mention text is the input's own slice ("Beta\nSystems Inc").
    if (text !== original) m.text = original.slice(m.start, m.end);
  });
  // Why: the agency of a dateline ("SEOUL (Reuters) - …") is a mention but takes part in no fact.
  const related = mentions.filter((m) => !isDatelineCredit(text, m));
  return { text, sentences, mentions, related };
}

/** Extract mentions (with resolved keys) and relations from one document. Never throws on content. */
export function extractDocument(doc: SourceDocument, options: ExtractOptions = {}): Extraction {
  const { minConfidence } = { ...DEFAULT_EXTRACT_OPTIONS, ...options };
  const { text, sentences, mentions: all, related } = extractMentions(doc.text);
  const ruleRelations = extractRelations(text, sentences, related);
  // Why: the statistical classifier adds pairs the rules miss; rules win on a pair they cover.
  const statRelations = process.env.CORPGRAPH_NO_RELCLF
    ? []
    : classifyPairs(text, sentences, related, ruleRelations);
  const relations = alignPronounEchoes([...ruleRelations, ...statRelations], related).filter(
    (r) => r.confidence >= minConfidence,
  );
  // Pronouns and nominals are mentions only where a relation is expressed through them.
  const used = new Set(relations.flatMap((r) => [r.subject, r.object]));
  const mentions: Mention[] = all.filter(
    (m) => (m.source !== 'pronoun' && m.type !== 'Date') || used.has(m.id),
  );
  return { doc, mentions, relations, sentences, diagnostics: [] };
}
