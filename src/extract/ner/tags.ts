// BILOU tag set of the NER model and conversions between token spans and tag sequences.

/** Entity classes the model predicts. */
export const NER_CLASSES = ['PER', 'ORG', 'LOC'] as const;
export type NerClass = (typeof NER_CLASSES)[number];

/** Tags in model order: O, then B/I/L/U for each class. */
export const NER_TAGS: readonly string[] = [
  'O',
  ...NER_CLASSES.flatMap((c) => [`B-${c}`, `I-${c}`, `L-${c}`, `U-${c}`]),
];

/** A typed span over token indices, `end` exclusive. */
export interface TokenSpan {
  start: number;
  end: number;
  cls: NerClass;
}

const TAG_INDEX = new Map(NER_TAGS.map((t, i) => [t, i]));

/** Index of a tag name; throws on an unknown name (a programming error). */
export function tagIndex(tag: string): number {
  const i = TAG_INDEX.get(tag);
  if (i === undefined) throw new Error(`tagIndex: unknown tag "${tag}"`);
  return i;
}

/** Encode non-overlapping token spans as BILOU tag indices. */
export function spansToTags(length: number, spans: readonly TokenSpan[]): number[] {
  const tags = new Array<number>(length).fill(0);
  for (const s of spans) {
    if (s.end - s.start === 1) tags[s.start] = tagIndex(`U-${s.cls}`);
    else {
      tags[s.start] = tagIndex(`B-${s.cls}`);
      for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = tagIndex(`I-${s.cls}`);
      tags[s.end - 1] = tagIndex(`L-${s.cls}`);
    }
  }
  return tags;
}

/** Decode BILOU tag indices into spans (the decoder only produces valid sequences). */
export function tagsToSpans(tags: readonly number[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open = -1;
  for (let i = 0; i < tags.length; i++) {
    const name = NER_TAGS[tags[i] ?? 0] ?? 'O';
    const kind = name[0];
    const cls = name.slice(2) as NerClass;
    if (kind === 'U') spans.push({ start: i, end: i + 1, cls });
    else if (kind === 'B') open = i;
    else if (kind === 'L' && open >= 0) {
      spans.push({ start: open, end: i + 1, cls });
      open = -1;
    }
  }
  return spans;
}

/** Whether tag `b` may follow tag `a` in BILOU (`a = -1` is the sequence start, `b = -1` the end). */
export function allowedTransition(a: number, b: number): boolean {
  const an = a < 0 ? 'O' : (NER_TAGS[a] ?? 'O');
  const bn = b < 0 ? 'O' : (NER_TAGS[b] ?? 'O');
  const aOpen = an[0] === 'B' || an[0] === 'I';
  const bCont = bn[0] === 'I' || bn[0] === 'L';
  if (aOpen) return bCont && an.slice(2) === bn.slice(2);
  return !bCont;
}
