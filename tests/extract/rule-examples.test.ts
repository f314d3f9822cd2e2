// Every relation rule's example sentence must fire that rule: its pattern matches the marked sentence and
// the extraction yields the rule's relation type.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { markSentence } from '../../src/extract/relations/index.js';
import { compilePattern } from '../../src/extract/relations/template.js';
import { RULES } from '../../src/extract/rules/index.js';

describe('rule examples', () => {
  it('rule ids are unique', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s fires on its example', (_id, rule) => {
    const ex = extractDocument({ id: 'example', text: rule.example });
    // Why: a pronoun only an echo uses ("Acme, which …") is no mention the rules read.
    const primary = new Set(ex.relations.filter((r) => !r.echo).flatMap((r) => [r.subject, r.object]));
    const mentions = ex.mentions
      .filter((m) => m.source !== 'pronoun' || primary.has(m.id))
      .sort((a, b) => a.start - b.start);
    const matched = ex.sentences.some((s) => {
      const indexes = mentions.flatMap((m, i) => (m.start >= s.start && m.start < s.end ? [i] : []));
      return compilePattern(rule.pattern).test(markSentence(rule.example, s, mentions, indexes));
    });
    expect(matched, `pattern of ${rule.id} does not match its example`).toBe(true);
    if (rule.relation !== 'BY_TITLE') {
      expect(ex.relations.map((r) => r.type)).toContain(rule.relation);
    } else {
      expect(ex.relations.length).toBeGreaterThan(0);
    }
  });
});
