// Table test: place-name heads ("Cameron Parish") make places; an organization head still wins.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const typed = (text: string): string[] =>
  extractDocument({ id: 'test', text }).mentions.map((m) => `${m.text}:${m.type}`);

describe('place heads', () => {
  it.each([
    ['Officials in Cameron Parish ordered an evacuation.', 'Cameron Parish:Place'],
    ['The storm reached Howard Beach overnight.', 'Howard Beach:Place'],
    ['Farmers in Loei Province lost their crops.', 'Loei Province:Place'],
    ['Silicon Valley Bank collapsed in March.', 'Silicon Valley Bank:Organization'],
  ])('%s → %s', (text, expected) => {
    expect(typed(text)).toContain(expected);
  });
});
