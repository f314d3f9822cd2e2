// Table test: the context cues that make an untyped name an organization, and look-alikes that do not.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import {
  ORG_CONTEXT_AFTER_EXAMPLES,
  ORG_CONTEXT_EXAMPLES,
  organizationByContext,
} from '../../src/extract/org-context.js';
import { relationsOf } from './helpers.js';

/** The name is the last word of each example: that word must be typed by its context. */
const lastWord = (text: string): { start: number; end: number } => {
  const start = text.lastIndexOf(' ') + 1;
  return { start, end: text.length };
};

describe('organizationByContext', () => {
  it.each(ORG_CONTEXT_EXAMPLES)('types the name in "%s"', (example) => {
    expect(organizationByContext(example, lastWord(example))).toBe(true);
  });

  it.each(ORG_CONTEXT_AFTER_EXAMPLES)('types the first word of "%s"', (example) => {
    const name = /^[\w]+/.exec(example)?.[0] ?? '';
    expect(organizationByContext(example, { start: 0, end: name.length })).toBe(true);
  });

  it.each([
    ['Ana Ruiz, a partner at the firm, said', 'Ana Ruiz'],
    ['Ana Ruiz, a fund manager at Corvel, said', 'Ana Ruiz'],
    ['Ana Ruiz, a company director, said', 'Ana Ruiz'],
    ['Ana Ruiz signed a two-year contract with the club', 'Ana Ruiz'],
    ['Ana Ruiz was born in Lima in 1970', 'Ana Ruiz'],
    ['Ana Ruiz was originally appointed in 2010', 'Ana Ruiz'],
    // A description whose head is a person's ("a member of the team", "a football club director").
    ['Ana Ruiz is a member of the football team', 'Ana Ruiz'],
    ['Ana Ruiz is a football club director based in Lima', 'Ana Ruiz'],
    ['Ana Ruiz is based in Lima', 'Ana Ruiz'],
    ['Ana Ruiz was created a baroness in 2010', 'Ana Ruiz'],
    // A town is moved to, not joined; "joined" only overrules a place reading.
    ['Ana Ruiz joined the board in 2010', 'Ana Ruiz'],
  ])('"%s" does not make %s an organization', (text, name) => {
    expect(organizationByContext(text, { start: 0, end: name.length })).toBe(false);
  });

  it('types an appositive company over a tagged person, and a signer only when untyped', () => {
    const jv = 'Indus Ferro, a steel company based in Pune, said';
    expect(organizationByContext(jv, { start: 0, end: 11 }, 'Person')).toBe(true);
    const founded = 'Rome was founded in 753 BC';
    expect(organizationByContext(founded, { start: 0, end: 4 }, 'Place')).toBe(false);
    const gibbs = 'Gibbs Chevrolet was originally established in Adams';
    expect(organizationByContext(gibbs, { start: 0, end: 15 }, 'Person')).toBe(true);
    const mou = 'Norsk Tidal signed an MoU with Cardova Ports';
    expect(organizationByContext(mou, { start: 0, end: 11 })).toBe(true);
    expect(organizationByContext(mou, { start: 0, end: 11 }, 'Person')).toBe(false);
  });

  it.each([
    ['Tenmark-backed Obsidian Arc bought the studio.', 'Tenmark'],
    ['Fathom Ventures invested $25 million in Qubitline, a start-up.', 'Qubitline'],
    ['Braxton Steel plans a joint venture with Indus Ferro', 'Indus Ferro'],
    ["is weighing a bid for Uruguay's Lactosur", 'Lactosur'],
  ])('"%s" → %s', (text, name) => {
    const start = text.indexOf(name);
    expect(organizationByContext(text, { start, end: start + name.length })).toBe(true);
  });

  it.each([
    'The mill will reopen in Kalgoorlie',
    'Analysts said Ionfield',
    'He met Sendo',
    'shares rose 4% in Lactosur',
  ])('leaves "%s" alone', (text) => {
    expect(organizationByContext(text, lastWord(text))).toBe(false);
  });

  it('overrules a tagged place or person only with a company-only cue', () => {
    const text = 'Kivu Telecom is in advanced talks to merge with Great Lakes Mobile';
    const span = { start: text.indexOf('Great'), end: text.length };
    expect(organizationByContext(text, span, 'Place')).toBe(true);
    expect(organizationByContext(text, span, 'Person')).toBe(true);
    const bought = 'The studio was bought by Warren Buffett';
    const buyer = { start: bought.indexOf('Warren'), end: bought.length };
    expect(organizationByContext(bought, buyer, 'Person')).toBe(false);
    const talks = 'Tervo was in talks with Kovalen';
    expect(organizationByContext(talks, lastWord(talks), 'Person')).toBe(false);
    expect(organizationByContext(talks, lastWord(talks))).toBe(true);
  });

  it('overrules a one-word person before "said it would buy", never a full name or a hedge', () => {
    const qantas = 'Qantas said on Monday it would buy Jetstar.';
    expect(organizationByContext(qantas, { start: 0, end: 6 }, 'Person')).toBe(true);
    const roe = 'Jane Roe said it had agreed to sell the plant to Hexa.';
    expect(organizationByContext(roe, { start: 0, end: 8 }, 'Person')).toBe(false);
    const smith = 'Smith said it would be hard to sell the unit.';
    expect(organizationByContext(smith, { start: 0, end: 5 }, 'Person')).toBe(false);
  });

  it.each([
    [
      'BRISBANE, Australia (Reuters) - Qantas said on Monday it would buy Jetstar.',
      'BRISBANE:Place',
      'Qantas ACQUIRED Jetstar planned',
    ],
    ['IBM said it will acquire Red Hat.', 'IBM:Organization', 'IBM ACQUIRED Red Hat planned'],
  ])('"%s": %s, %s', (text, typed, relation) => {
    const [name, type] = typed.split(':');
    expect(extractDocument({ id: 'd', text }).mentions.find((m) => m.text === name)?.type).toBe(type);
    expect(relationsOf(text)).toContain(relation);
  });

  it('lets a relation reach a name only its context types', () => {
    expect(
      relationsOf('Calder Motors took a 20% stake in battery start-up Ionfield for $150 million.'),
    ).toEqual(['Calder Motors INVESTED_IN Ionfield current']);
  });
});
