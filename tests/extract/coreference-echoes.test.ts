// Table test: a fact is echoed at the pronouns and relative pronouns of its sentence that refer to its
// entities, marked `echo`; a relative clause that closes before the other argument echoes nothing.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

/** Echoed relations as "subject TYPE object" with the mentions' own text. */
function echoes(text: string): string[] {
  const ex = extractDocument({ id: 't', text });
  const byId = new Map(ex.mentions.map((m) => [m.id, m.text]));
  return ex.relations
    .filter((r) => r.echo)
    .map((r) => `${byId.get(r.subject)} ${r.type} ${byId.get(r.object)}`)
    .sort();
}

describe('coreference echoes', () => {
  it.each([
    ['Jane Roe, who founded Acme Corp in 1990, retired last year.', ['who FOUNDER_OF Acme Corp']],
    ['Tom Hale joined Vantor Labs, where he was chief scientist until 2019.', ['Tom Hale WORKS_FOR where']],
    ['She worked at Vantor Labs, where she led sales.', ['She WORKS_FOR where', 'she WORKS_FOR where']],
    ['Jane Roe, who is 45, founded Acme Corp.', []],
    ['Jane Roe founded Acme Corp in 1990.', []],
    ['He is the founder of Altiscale, a company that sells storage software.', ['He FOUNDER_OF that']],
    ['Tom Hale joined Vantor Labs, a consulting firm where he led sales.', ['Tom Hale WORKS_FOR where']],
    ['Tom Hale joined Vantor Labs, a unit of Beta Corp that sells storage software.', []],
    [
      'She is the chief executive of Vantor Labs, based in Boston, which she founded in 2001.',
      ['She CEO_OF which'],
    ],
    ['In 2013, he founded Vantor Labs, through which he invests in property.', ['he FOUNDER_OF which']],
  ])('%s', (text, expected) => {
    expect(echoes(text)).toEqual(expect.arrayContaining(expected));
    if (expected.length === 0) expect(echoes(text)).toEqual([]);
  });

  it('numbers mentions in text order and keeps every relation on existing mentions', () => {
    const ex = extractDocument({
      id: 't',
      text: 'Jane Roe, who founded Acme Corp in 1990, retired last year.',
    });
    expect(ex.mentions.map((m) => m.id)).toEqual(ex.mentions.map((_, i) => `m${i + 1}`));
    expect([...ex.mentions].sort((a, b) => a.start - b.start)).toEqual(ex.mentions);
    const ids = new Set(ex.mentions.map((m) => m.id));
    for (const r of ex.relations) expect(ids.has(r.subject) && ids.has(r.object)).toBe(true);
    const who = ex.mentions.find((m) => m.text === 'who');
    expect(who?.key).toBe(ex.mentions.find((m) => m.text === 'Jane Roe')?.key);
  });
});
