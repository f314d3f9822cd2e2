// compromise, loaded once per process (or worker), plus the token records the extractor works on.
import nlp from 'compromise';
import type { Span } from '../types.js';

/** A word as compromise sees it: core text with exact offsets, its tags, and the punctuation around it. */
export interface Token extends Span {
  text: string;
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Index of its sentence in the document. */
  sentence: number;
  /** Index within the sentence. */
  index: number;
}

export interface Sentence extends Span {
  tokens: Token[];
}

/** A term as compromise keeps it internally (read directly: `.json()` costs more than the tagging). */
interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}
interface ParsedDoc {
  docs: Term[][];
  compute(method: string | string[]): unknown;
}

/** How much of compromise's tagger to run: the lexicon and pre-tagger, or everything. */
export type TaggerLevel = 'fast' | 'full';

/** `fast` (lexicon + pre-tagger) is ~4× cheaper than the full tagger; the statistical tagger does the rest. */
export const TAGGER_LEVEL: TaggerLevel = 'fast';

function tag(text: string, level: TaggerLevel): ParsedDoc {
  if (level === 'full') {
    const doc = nlp(text) as unknown as ParsedDoc;
    doc.compute('offset');
    return doc;
  }
  const doc = nlp.tokenize(text) as unknown as ParsedDoc;
  doc.compute(['lexicon', 'preTagger', 'offset']);
  return doc;
}

/** An abbreviation before "-based" ("Scranton, Pa.-based"), which compromise keeps as one word. */
const ABBREVIATION_BASED = /(\p{Lu}[\p{L}.]*\.)-(?=based\b)/gu;

/**
 * The text compromise reads: same length, so every offset is the original's.
 * Why: "Pa.-based" must split like "Quebec-based" into a place and "based".
 */
function taggerText(text: string): string {
  return text.replace(ABBREVIATION_BASED, '$1 ');
}

/**
 * Tokenize and tag `text` with one compromise call; return sentences with exact spans.
 * Why: one `nlp()` per document is the cheapest way to use compromise (no per-sentence re-parsing).
 */
export function parseText(text: string, level: TaggerLevel = TAGGER_LEVEL): Sentence[] {
  const sentences: Sentence[] = [];
  for (const terms of tag(taggerText(text), level).docs) {
    const tokens: Token[] = [];
    for (const t of terms) {
      if (!t.offset) continue;
      const start = t.offset.start;
      const end = start + t.offset.length;
      // Why: compromise occasionally reports offsets that drift on odd Unicode; keep only exact ones.
      if (text.slice(start, end) !== t.text || t.text.length === 0) continue;
      tokens.push({
        text: t.text,
        pre: t.pre,
        post: t.post,
        start,
        end,
        tags: t.tags,
        sentence: sentences.length,
        index: tokens.length,
      });
    }
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (!first || !last) continue;
    const start = Math.max(0, first.start - first.pre.length);
    const trail = last.post.replace(/\s+$/, '');
    const end = Math.min(text.length, last.end + trail.length);
    sentences.push({
      start: text.slice(start, first.start) === first.pre ? start : first.start,
      end,
      tokens,
    });
  }
  return sentences;
}
