// Read CoNLL-2003 column files (word POS chunk NER, IOB1 tags) into documents or sentences.
import type { Span } from '../types.js';
import type { EvalExample, GoldEntity } from './types.js';

/** What one extraction unit is: a whole `-DOCSTART-` document, or each sentence alone. */
export type Conll2003Unit = 'document' | 'sentence';

interface Token {
  word: string;
  tag: string;
}

/** Decode IOB1/IOB2 tags of one sentence into entity token ranges. */
function decodeIob(tags: readonly string[]): Array<{ label: string; start: number; end: number }> {
  const out: Array<{ label: string; start: number; end: number }> = [];
  let current: { label: string; start: number; end: number } | undefined;
  tags.forEach((tag, i) => {
    if (tag === 'O' || tag.length < 3) {
      current = undefined;
      return;
    }
    const prefix = tag[0];
    const label = tag.slice(2);
    // Why: IOB1 opens an entity with I- unless it directly follows one of the same type (then B-).
    if (prefix === 'B' || current === undefined || current.label !== label) {
      current = { label, start: i, end: i + 1 };
      out.push(current);
    } else {
      current.end = i + 1;
    }
  });
  return out;
}

/** Split file content into documents of sentences of tokens. */
function splitDocuments(content: string): Token[][][] {
  const documents: Token[][][] = [];
  let sentences: Token[][] = [];
  let sentence: Token[] = [];
  const endSentence = () => {
    if (sentence.length > 0) sentences.push(sentence);
    sentence = [];
  };
  const endDocument = () => {
    endSentence();
    if (sentences.length > 0) documents.push(sentences);
    sentences = [];
  };
  for (const line of content.split(/\r?\n/)) {
    if (line.startsWith('-DOCSTART-')) {
      endDocument();
      continue;
    }
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const columns = line.split(' ');
    sentence.push({ word: columns[0] ?? '', tag: columns[columns.length - 1] ?? 'O' });
  }
  endDocument();
  return documents;
}

/**
 * Parse CoNLL-2003 content. Tokens are joined by single spaces; in `document` units sentences are
 * joined by a newline (one sentence per line, as the extractor's splitter expects).
 * @param content the file content
 * @param unit one example per document (default) or per sentence
 */
export function readConll2003(content: string, unit: Conll2003Unit = 'document'): EvalExample[] {
  const examples: EvalExample[] = [];
  splitDocuments(content).forEach((sentences, d) => {
    let text = '';
    let spans: Span[] = [];
    let entities: GoldEntity[] = [];
    const flush = (id: string) => {
      examples.push({ id, text, sentences: spans, entities, relations: [] });
      text = '';
      spans = [];
      entities = [];
    };
    sentences.forEach((tokens, s) => {
      if (text.length > 0) text += '\n';
      const sentenceStart = text.length;
      const starts: number[] = [];
      tokens.forEach((token, i) => {
        if (i > 0) text += ' ';
        starts.push(text.length);
        text += token.word;
      });
      spans.push({ start: sentenceStart, end: text.length });
      for (const e of decodeIob(tokens.map((t) => t.tag))) {
        const start = starts[e.start] ?? 0;
        const lastStart = starts[e.end - 1] ?? 0;
        const end = lastStart + (tokens[e.end - 1]?.word.length ?? 0);
        entities.push({ label: e.label, start, end });
      }
      if (unit === 'sentence') flush(`${d}:${s}`);
    });
    if (unit === 'document' && text.length > 0) flush(String(d));
  });
  return examples;
}
