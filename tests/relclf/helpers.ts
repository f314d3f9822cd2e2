// Test helpers: mentions placed on hand-written sentences by their text.
import type { Mention } from '../../src/types.js';

/** Mentions for `names` ([text, type] in order of appearance), ids m1, m2, … and keys from the text. */
export function mentionsOf(text: string, names: Array<[string, Mention['type']]>): Mention[] {
  let from = 0;
  return names.map(([name, type], i) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`"${name}" not in "${text}"`);
    from = start + name.length;
    return {
      id: `m${i + 1}`,
      type,
      text: name,
      start,
      end: start + name.length,
      key: `${type.toLowerCase()}:${name.toLowerCase().replace(/\W+/g, '-')}`,
    };
  });
}

/** The whole text as one sentence. */
export function oneSentence(text: string): Array<{ start: number; end: number }> {
  return [{ start: 0, end: text.length }];
}
