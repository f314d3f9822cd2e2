// Pronouns and nominals ("He", "The firm") that refer back to the nearest fitting entity.
import type { Mention } from '../types.js';
import { ORG_NOMINALS } from './lexicons/organizations.js';
import type { Sentence } from './nlp.js';

/** Referring expressions at the start of a sentence, and the entity type they point to. */
const REFERENCES: readonly [RegExp, Mention['type']][] = [
  [/^(?:He|She)\b/, 'Person'],
  [
    /^(?:The|the) (?:firm|company|group|bank|carmaker|automaker|recycler|startup|lender|insurer|retailer|maker|manufacturer)\b/,
    'Organization',
  ],
];

/** How many sentences back an antecedent may be. */
const WINDOW = 2;

/** Pronouns anywhere in a sentence and the type they refer to: "he worked for", "its founder". */
const PRONOUNS: readonly [RegExp, Mention['type']][] = [
  [/\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b/g, 'Person'],
  [/\b[Ii]ts\b/g, 'Organization'],
  // Why: a first-person biography ("I worked for TCS", "In 2006, I joined Princeton University"). Only
  // "I" before a verb-like lowercase word or a contraction: "World War I", "Phase I ended" are no one.
  [
    /(?<!\b(?:War|Phase|Class|Type|Title|Stage|Level|Grade|Division|Part|Chapter|Article|Section|Book|Volume|Series|Tier|Act|Round|Group|Schedule|Appendix|Figure|Table|Henry|George|Elizabeth|James|Charles|William|Edward|Louis|Mary|Richard|John|Peter|Paul|Napoleon|Alexander|Frederick|Catherine|Nicholas|Ferdinand|Philip|Wilhelm|Leopold|Juan|Carlos|Felipe|Haakon|Olav|Gustaf|Albert|Baudouin|Victor|Umberto|Pius|Benedict|Francis|Clement|Innocent|Gregory|Leo|Mark|Model|Mk|Gen|Unit|Block|Lot|Phase)\s)\bI(?=['’](?:m|ve|d|ll)\b| (?!am\b)[a-z]| am\b)/g,
    'Person',
  ],
  // Why: "it" as a sentence or clause subject ("It is based in Burbank", "Established in 1975, it was
  // based in Yeoville", "when it moved"); an object "it" rarely carries a company fact and is left out.
  [
    /(?<=(?:^[\s"“‘']*|[,;] |\b(?:when|after|before|until|since|where|and|but|as|because|while|where|so) ))(?:(?<=^[\s"“‘']*)I|i)t(?= (?:is|was|has|had|will|would|also|said|now|then|later|originally|initially|currently|became|becomes|moved|moves|relocated|merged|opened|began|started|changed|produces|provides|develops|makes|manufactures|offers|operates|owns|employs|acquired|bought|sold|signed|announced|plans|expanded|launched|listed|went|remained|is headquartered|was founded)\b)/g,
    'Organization',
  ],
];

/**
 * Relative pronouns whose antecedent is a description rather than a name: "an American banker who
 * took over Chase", "the state-owned corporation which runs the port". A relative pronoun right after
 * a name ("Jane Roe, who …") is left to the rules, which read through it to the name.
 */
const RELATIVES: readonly [RegExp, Mention['type'], (before: string) => boolean][] = [
  [/\b(?:who|whom)\b/g, 'Person', (before) => !/[\p{Lu}\d][\p{L}\d.'’)-]*,? $/u.test(before)],
  [/\bwhich\b/g, 'Organization', (before) => ORG_NOMINALS.has(/([a-z-]+),? $/.exec(before)?.[1] ?? '')],
];

/**
 * Add mentions for sentence-initial pronouns and nominals whose antecedent is clear: the nearest
 * earlier mention of the right type within two sentences. Returns all mentions sorted by offset.
 */
export function addReferenceMentions(text: string, sentences: Sentence[], mentions: Mention[]): Mention[] {
  const out = [...mentions];
  for (const sentence of sentences) {
    const head = text.slice(sentence.start, sentence.start + 40).replace(/^[\s"“‘']+/, '');
    const offset =
      sentence.start +
      (text.slice(sentence.start, sentence.end).length -
        text.slice(sentence.start, sentence.end).replace(/^[\s"“‘']+/, '').length);
    for (const [cue, type] of REFERENCES) {
      const m = cue.exec(head);
      if (!m) continue;
      const earliest = sentences[Math.max(0, sentences.indexOf(sentence) - WINDOW)]!.start;
      const antecedent = mentions
        .filter((x) => x.type === type && x.end <= offset && x.start >= earliest && x.source !== 'pronoun')
        .at(-1);
      if (!antecedent?.key) break;
      if (mentions.some((x) => x.start < offset + m[0].length && x.end > offset)) break;
      out.push({
        id: '',
        type,
        start: offset,
        end: offset + m[0].length,
        text: m[0],
        key: antecedent.key,
        canonical: antecedent.canonical ?? antecedent.text,
        source: 'pronoun',
      });
      break;
    }
  }
  // Personal pronouns: resolved to the nearest earlier person within the window when there is one;
  // otherwise kept without a key (the contract still reports the span; the graph skips it).
  sentences.forEach((sentence, index) => {
    const earliest = sentences[Math.max(0, index - WINDOW)]!.start;
    for (const [pattern, type] of PRONOUNS)
      for (const m of text.slice(sentence.start, sentence.end).matchAll(pattern)) {
        const start = sentence.start + (m.index ?? 0);
        const end = start + m[0].length;
        if (out.some((x) => x.start < end && start < x.end)) continue;
        const antecedent = mentions
          .filter((x) => x.type === type && x.end <= start && x.start >= earliest && x.source !== 'pronoun')
          .at(-1);
        const mention: Mention = { id: '', type, start, end, text: m[0], source: 'pronoun' };
        if (antecedent?.key) {
          mention.key = antecedent.key;
          mention.canonical = antecedent.canonical ?? antecedent.text;
        }
        out.push(mention);
      }
    // Why: the antecedent of a relative pronoun is in its own sentence: the nearest earlier mention.
    for (const [pattern, type, applies] of RELATIVES)
      for (const m of text.slice(sentence.start, sentence.end).matchAll(pattern)) {
        const start = sentence.start + (m.index ?? 0);
        const end = start + m[0].length;
        if (!applies(text.slice(Math.max(sentence.start, start - 40), start))) continue;
        if (out.some((x) => x.start < end && start < x.end)) continue;
        const antecedent = mentions
          .filter(
            (x) => x.type === type && x.end <= start && x.start >= sentence.start && x.source !== 'pronoun',
          )
          .at(-1);
        if (!antecedent?.key) continue;
        out.push({
          id: '',
          type,
          start,
          end,
          text: m[0],
          key: antecedent.key,
          canonical: antecedent.canonical ?? antecedent.text,
          source: 'pronoun',
        });
      }
  });
  return out.sort((a, b) => a.start - b.start);
}
