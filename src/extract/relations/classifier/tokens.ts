// Sentence tokens for the relation classifier: words, punctuation and one marker token per mention.
import type { Mention, Span } from '../../../types.js';

/** One token of a sentence: a lowercased, stemmed word, a punctuation mark, or a mention marker. */
export interface PairToken {
  /** Feature text: stemmed lowercase word, punctuation, or `<P>`/`<O>`/`<L>`/`<D>` for a mention. */
  norm: string;
  /** Lowercased surface text (mentions: their lowercased text). */
  lower: string;
  start: number;
  end: number;
  /** Index into the mention array when the token is a mention. */
  mention?: number;
}

const MARKER: Record<Mention['type'], string> = {
  Person: '<P>',
  Organization: '<O>',
  Place: '<L>',
  Date: '<D>',
};

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&.-]*[\p{L}\p{N}])?|[^\s\p{L}\p{N}]/gu;

/** Irregular forms whose lemma a suffix rule would miss. */
const IRREGULAR: Record<string, string> = {
  is: 'be',
  are: 'be',
  was: 'be',
  were: 'be',
  been: 'be',
  being: 'be',
  am: 'be',
  has: 'have',
  had: 'have',
  having: 'have',
  said: 'say',
  says: 'say',
  born: 'bear',
  bought: 'buy',
  sold: 'sell',
  led: 'lead',
  ran: 'run',
  grew: 'grow',
  grown: 'grow',
  left: 'leave',
  'u.s.': 'u.s.',
  news: 'news',
  business: 'business',
};

/**
 * A cheap, deterministic lemma: lowercase plus a few English suffix rules ("headquartered" → "headquarter",
 * "lives" → "live"). Why not compromise: re-parsing each sentence would roughly double extraction time,
 * and the classifier only needs a consistent key per word family, not a dictionary lemma.
 */
export function stemWord(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3 || !/^[a-z-]+$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3);
  if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ed') && w.length > 4) return w.slice(0, -2);
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w)) return w.slice(0, -1);
  return w;
}

/**
 * Tokenise `sentence` with every mention inside it as one marker token. Mentions that start inside an
 * earlier mention are skipped. `indexes` are mention array indexes, sorted by offset.
 * @returns tokens and, per mention index, its token position
 */
export function tokenizeSentence(
  text: string,
  sentence: Span,
  mentions: readonly Mention[],
  indexes: readonly number[],
): { tokens: PairToken[]; position: Map<number, number> } {
  const tokens: PairToken[] = [];
  const position = new Map<number, number>();
  let pos = sentence.start;
  const pushWords = (from: number, to: number): void => {
    const chunk = text.slice(from, to);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(chunk); m; m = WORD.exec(chunk)) {
      const lower = m[0].toLowerCase();
      // Why: CoNLL-style text writes `` and '' for quotes; one quote token keeps patterns comparable.
      const norm = lower === '`' || lower === "'" || lower === '“' || lower === '”' ? '"' : stemWord(lower);
      tokens.push({ norm, lower, start: from + m.index, end: from + m.index + m[0].length });
    }
  };
  for (const i of indexes) {
    const m = mentions[i];
    if (m === undefined || m.start < pos || m.end > sentence.end) continue;
    pushWords(pos, m.start);
    position.set(i, tokens.length);
    tokens.push({
      norm: MARKER[m.type],
      lower: m.text.toLowerCase(),
      start: m.start,
      end: m.end,
      mention: i,
    });
    pos = m.end;
  }
  pushWords(pos, sentence.end);
  return { tokens, position };
}
