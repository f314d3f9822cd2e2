// Table test: the context cues that make an untyped name an organization, and look-alikes that do not.
import { describe, expect, it } from 'vitest';
import { ORG_CONTEXT_EXAMPLES, organizationByContext } from '../../src/extract/org-context.js';
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

  it.each([
    ['Tenmark-backed Obsidian Arc bought the studio.', 'Tenmark'],
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

  it('lets a relation reach a name only its context types', () => {
    expect(
      relationsOf('Calder Motors took a 20% stake in battery start-up Ionfield for $150 million.'),
    ).toEqual(['Calder Motors INVESTED_IN Ionfield current']);
  });
});
