// Hard-wrapped text: which line breaks of a block only wrap a paragraph (ingest's reflow and the tagger share it).

/** One line of a block (a run of non-blank lines). */
export interface WrapLine {
  /** The line's text, trimmed. */
  text: string;
  /** Never join this line with the next (a caption whose credit was cut). */
  hardBreak?: boolean;
}

/** A line that plainly continues the one before: lowercase, a digit, punctuation, or a legal form. */
const GOES_ON = /^(?:[\p{Ll}\d(,;]|(?:Inc|Corp|Co|Ltd|LLC|PLC|plc|AG|SA|NV|GmbH|Limited|Corporation)\b)/u;

/** A line ending in a lowercase word or a comma, or one that reports ("… Corp said Black"): prose. */
const MID_PHRASE = /(?:\b\p{Ll}[\p{L}'’-]*|,)$|\bsaid\b/u;

const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

/** True when the text ends like a sentence (. ! ? …, optionally followed by quotes or brackets). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/**
 * For each line of a block, whether it continues the line before it (index 0 is always false).
 * Why: hard-wrapped text has lines of similar width below ~100 columns; one-paragraph-per-line text
 * (most news copy) has long, ragged lines and must not be glued together, except where a line plainly
 * goes on ("… said it agreed" / "to acquire …"). A wrapped block has three lines at least, and its
 * first line may be short (a dateline or an indent took its start), so the first line joins only when
 * it ends mid-phrase ("The two top officials of the"): a headline over its paragraph stays apart.
 */
export function wrapJoins(block: readonly WrapLine[]): boolean[] {
  const max = Math.max(0, ...block.map((l) => l.text.length));
  const wrapped =
    block.length >= 3 && max <= 100 && block.slice(1, -1).every((l) => l.text.length >= 0.6 * max);
  const firstWraps = wrapped && (block[0]!.text.length >= 0.6 * max || MID_PHRASE.test(block[0]!.text));
  return block.map((line, i) => {
    const previous = block[i - 1];
    if (!previous || previous.hardBreak) return false;
    return (i === 1 ? firstWraps : wrapped) || (!endsSentence(previous.text) && GOES_ON.test(line.text));
  });
}

/**
 * The text with each line break that only wraps a paragraph turned into a space: same length, so every
 * offset still points into the original. Blank lines and breaks between paragraphs stay.
 */
export function unwrapLines(text: string): string {
  if (!text.includes('\n')) return text;
  const out = text.split('');
  let block: Array<{ line: WrapLine; breakAt: number }> = [];
  let previousIndent = 0;
  const flush = (): void => {
    const joins = wrapJoins(block.map((b) => b.line));
    for (const [i, b] of block.entries()) {
      if (!joins[i]) continue;
      out[b.breakAt] = ' ';
      if (out[b.breakAt - 1] === '\r') out[b.breakAt - 1] = ' ';
    }
    block = [];
  };
  let offset = 0;
  for (const raw of text.split('\n')) {
    const indent = /^[ \t]*/u.exec(raw)![0].length;
    // Why: a line indented deeper than the one before opens a paragraph ("\n    The loan …"), so it starts a block of its own.
    if (raw.trim() === '' || (block.length > 0 && indent >= 2 && indent > previousIndent)) flush();
    if (raw.trim() !== '') block.push({ line: { text: raw.trim() }, breakAt: offset - 1 });
    previousIndent = indent;
    offset += raw.length + 1;
  }
  flush();
  return out.join('');
}
