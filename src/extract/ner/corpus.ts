// Readers for the NER training/eval corpora (CoNLL-2003 column files, CoNLL04 JSON) → text + token spans.
import type { NerClass, TokenSpan } from './tags.js';
import { type NerToken, tokenizeNer } from './tokenize.js';

/** A labelled sentence: gold spans are character offsets into `text` (tokens joined by single spaces). */
export interface GoldSentence {
  text: string;
  gold: Array<{ start: number; end: number; cls: NerClass }>;
}

/** Join dataset tokens by single spaces; returns the text and each token's start offset. */
function joinTokens(words: readonly string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const w of words) {
    if (text.length > 0) text += ' ';
    starts.push(text.length);
    text += w;
  }
  return { text, starts };
}

const CONLL03_CLASS: Record<string, NerClass | undefined> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC' };

/** Parse a CoNLL-2003 file (IOB1, 4 columns). MISC is dropped (it is not one of our types). */
export function parseConll2003(content: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  let words: string[] = [];
  let labels: string[] = [];
  const flush = (): void => {
    if (words.length === 0) return;
    const { text, starts } = joinTokens(words);
    const gold: GoldSentence['gold'] = [];
    let open: { start: number; end: number; type: string } | undefined;
    const close = (): void => {
      const cls = open ? CONLL03_CLASS[open.type] : undefined;
      if (open && cls) gold.push({ start: open.start, end: open.end, cls });
      open = undefined;
    };
    for (let i = 0; i < words.length; i++) {
      const label = labels[i] ?? 'O';
      const start = starts[i] ?? 0;
      const end = start + (words[i] ?? '').length;
      if (label === 'O') {
        close();
        continue;
      }
      const [prefix, type = ''] = label.split('-');
      if (open && open.type === type && prefix === 'I') open.end = end;
      else {
        close();
        open = { start, end, type };
      }
    }
    close();
    out.push({ text, gold });
    words = [];
    labels = [];
  };
  for (const line of content.split('\n')) {
    const cols = line.trim().split(' ');
    if (cols.length < 4 || cols[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    words.push(cols[0] ?? '');
    labels.push(cols[3] ?? 'O');
  }
  flush();
  return out;
}

const CONLL04_CLASS: Record<string, NerClass | undefined> = { Peop: 'PER', Org: 'ORG', Loc: 'LOC' };

/** Parse a CoNLL04 (SpERT JSON) file. `Other` is dropped. */
export function parseConll04(content: string): GoldSentence[] {
  const data = JSON.parse(content) as Array<{
    tokens: string[];
    entities: Array<{ type: string; start: number; end: number }>;
  }>;
  return data.map((s) => {
    const { text, starts } = joinTokens(s.tokens);
    const gold: GoldSentence['gold'] = [];
    for (const e of s.entities) {
      const cls = CONLL04_CLASS[e.type];
      if (cls === undefined) continue;
      const start = starts[e.start] ?? 0;
      const end = (starts[e.end - 1] ?? 0) + (s.tokens[e.end - 1] ?? '').length;
      gold.push({ start, end, cls });
    }
    return { text, gold };
  });
}

/**
 * Tokenise a gold sentence with the tagger's tokenizer and project the gold spans onto its tokens.
 * A span whose edges fall inside a token is snapped outward to whole tokens; `misaligned` counts them.
 * A trailing "." token is dropped from the span.
 */
export function alignGold(sentence: GoldSentence): {
  tokens: NerToken[];
  spans: TokenSpan[];
  misaligned: number;
} {
  const tokens = tokenizeNer(sentence.text);
  const spans: TokenSpan[] = [];
  let misaligned = 0;
  let lastEnd = 0;
  for (const g of sentence.gold) {
    let first = -1;
    let last = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || t.end <= g.start || t.start >= g.end) continue;
      if (first < 0) first = i;
      last = i;
    }
    if (first < 0) continue;
    if (tokens[first]?.start !== g.start || tokens[last]?.end !== g.end) misaligned++;
    // Why: CoNLL04 glues the sentence-final period to the last word ("Boise."); raw news has the same
    // glued period, and a place named "Boise." would be wrong there, so the period is never an entity.
    if (last > first && tokens[last]?.text === '.') last--;
    if (first < lastEnd) continue;
    spans.push({ start: first, end: last + 1, cls: g.cls });
    lastEnd = last + 1;
  }
  return { tokens, spans, misaligned };
}
