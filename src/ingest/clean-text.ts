// Clean article text: drop page furniture, cut glued photo credits, reflow hard wraps, find the headline.

import { endsSentence, wrapJoins } from '../util/hard-wrap.js';
import { FURNITURE_RULES, TAIL_RULES } from './furniture-rules.js';
import { normalizeText } from './normalize.js';

export interface CleanTextOptions {
  /** Remove page furniture (known phrases, credits, short orphan lines). Default true. */
  furniture?: boolean;
  /** Look for a headline at the top (a "By …" byline line is always taken out). Default true. */
  detectTitle?: boolean;
  /** Join hard-wrapped lines of one paragraph. Default true. */
  reflow?: boolean;
}

/** A line cleaning removed, with the rule that removed it (for tests and eval). */
export interface RemovedLine {
  line: number;
  text: string;
  rule: string;
}

export interface CleanedText {
  /** Paragraphs separated by one blank line; each paragraph is one line. */
  text: string;
  title?: string;
  byline?: string;
  removed: RemovedLine[];
}

interface Line {
  text: string;
  line: number;
  /** Never join this line with the next (a caption whose credit was cut). */
  hardBreak: boolean;
}

interface Paragraph {
  text: string;
  line: number;
}

// Why: a long line without final punctuation is still prose ("… was named CEO in March"); headlines
// and labels are shorter.
const PROSE_MIN_WORDS = 12;
const TITLE_MIN_WORDS = 3;
const TITLE_MAX_WORDS = 30;
const BYLINE =
  /^[Bb][Yy]\s+\p{Lu}[\p{L}'’.-]*(\s+(\p{Lu}[\p{L}'’.-]*|and|&|de|da|di|del|van|von|der|la|le|bin|al))*\s*(,\s*[^,]{1,60})?$/u;

/** Number of whitespace-separated words. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

function isProse(text: string): boolean {
  return endsSentence(text) || text.endsWith(':') || countWords(text) >= PROSE_MIN_WORDS;
}

const LIST_ITEM = /^(\d{1,3}[.)]|[-–•*])\s+\S/u;
function listItem(text: string): boolean {
  return LIST_ITEM.test(text);
}

const CREDIT_HINT =
  /photo|image|picture|credit|courtesy|getty|afp|reuters|\bap\b|epa|shutterstock|bloomberg/i;

/** The furniture rule a whole line matches, if any. */
export function matchFurniture(text: string): string | undefined {
  const words = countWords(text);
  for (const rule of FURNITURE_RULES) {
    if (words > rule.maxWords) continue;
    if (rule.unpunctuated && endsSentence(text)) continue;
    if (rule.match.test(text)) return rule.id;
  }
  return undefined;
}

/** Cut a photo credit glued to the end of a line; returns the kept part and the rule, if one applied. */
export function cutCredit(text: string): { text: string; rule?: string } {
  // Why: every tail rule needs one of these words; testing them first keeps long paragraphs cheap.
  if (!CREDIT_HINT.test(text)) return { text };
  for (const rule of TAIL_RULES) {
    const m = rule.match.exec(text);
    if (m && m.index > 0) return { text: text.slice(0, m.index).trimEnd(), rule: rule.id };
  }
  return { text };
}

function reflowBlock(block: Line[], reflow: boolean): Paragraph[] {
  const joins = reflow ? wrapJoins(block) : [];
  const out: Paragraph[] = [];
  let current: Paragraph | undefined;
  for (const [i, line] of block.entries()) {
    if (joins[i] && current) {
      current.text += /\p{L}-$/u.test(current.text) ? line.text : ` ${line.text}`;
    } else {
      current = { text: line.text, line: line.line };
      out.push(current);
    }
  }
  return out;
}

/**
 * Clean raw article text. Furniture lines go (rules in furniture-rules.ts, plus short lines without
 * sentence punctuation unless they head prose); a credit glued to a caption is cut and the caption kept
 * as its own paragraph; hard-wrapped lines are joined. The headline, when found, stays in the text as
 * the first paragraph and is also returned as `title`. Never throws.
 * @param raw decoded text
 * @param options what to clean
 */
export function cleanText(raw: string, options: CleanTextOptions = {}): CleanedText {
  const furniture = options.furniture ?? true;
  const detectTitle = options.detectTitle ?? true;
  const reflow = options.reflow ?? true;
  const removed: RemovedLine[] = [];
  const blocks: Line[][] = [];
  let block: Line[] = [];
  let byline: string | undefined;
  const flush = () => {
    if (block.length > 0) blocks.push(block);
    block = [];
  };
  const lines = normalizeText(raw).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.replace(/ {2,}/g, ' ').trim();
    const line = i + 1;
    if (text === '') {
      flush();
      continue;
    }
    if (furniture) {
      const rule = matchFurniture(text);
      if (rule) {
        removed.push({ line, text, rule });
        flush();
        continue;
      }
      if (byline === undefined && blocks.length < 4 && BYLINE.test(text) && countWords(text) <= 10) {
        byline = text.replace(/^by\s+/iu, '');
        removed.push({ line, text, rule: 'byline' });
        flush();
        continue;
      }
      const cut = cutCredit(text);
      if (cut.rule) {
        removed.push({ line, text: text.slice(cut.text.length).trim(), rule: cut.rule });
        if (cut.text !== '') block.push({ text: cut.text, line, hardBreak: true });
        continue;
      }
    }
    block.push({ text, line, hardBreak: false });
  }
  flush();
  let paragraphs = blocks.flatMap((b) => reflowBlock(b, reflow));
  let title: string | undefined;
  if (furniture && paragraphs.some((p) => isProse(p.text))) {
    const firstProse = paragraphs.findIndex((p) => isProse(p.text));
    const keep = paragraphs.map((p, i) => isProse(p.text) || isProse(paragraphs[i + 1]?.text ?? ''));
    // Items of a list introduced by "…as follows:" are content, not orphan labels.
    for (let i = 1; i < paragraphs.length; i++) {
      const previous = paragraphs[i - 1]!.text;
      if (keep[i]) continue;
      if (previous.endsWith(':') || (keep[i - 1] && listItem(previous) && listItem(paragraphs[i]!.text)))
        keep[i] = true;
    }
    if (detectTitle && firstProse > 0) {
      // The headline: the first line before the prose, directly or with one heading (a dek) in between.
      const first = paragraphs[0]!;
      const words = countWords(first.text);
      const headsProse = keep[0] || (firstProse === 2 && keep[1]);
      if (headsProse && words >= TITLE_MIN_WORDS && words <= TITLE_MAX_WORDS) {
        keep[0] = true;
        title = first.text;
      } else {
        const heading = paragraphs[firstProse - 1]!;
        const hw = countWords(heading.text);
        if (hw >= TITLE_MIN_WORDS && hw <= TITLE_MAX_WORDS) title = heading.text;
      }
    }
    paragraphs = paragraphs.filter((p, i) => {
      if (keep[i]) return true;
      removed.push({ line: p.line, text: p.text, rule: 'short-line' });
      return false;
    });
  }
  removed.sort((a, b) => a.line - b.line);
  const result: CleanedText = { text: paragraphs.map((p) => p.text).join('\n\n'), removed };
  if (title !== undefined) result.title = title;
  if (byline !== undefined) result.byline = byline;
  return result;
}
