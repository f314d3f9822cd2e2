// The rule prefilter never changes what the rules find: the literals it reads from a regex are in every
// text the regex matches, and the filtered engine gives exactly the unfiltered engine's relations.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/extract/index.js';
import { extractRelations, markSentence } from '../../src/extract/relations/index.js';
import {
  type Clauses,
  LiteralScan,
  requiredLiterals,
  ruleLiterals,
} from '../../src/extract/relations/prefilter.js';
import { compilePattern } from '../../src/extract/relations/template.js';
import { RULES } from '../../src/extract/rules/index.js';
import type { Mention, Span } from '../../src/types.js';

/** Whether a text holds every clause (through the scanner the engine uses). */
function holds(clauses: Clauses, text: string): boolean {
  const scan = new LiteralScan([clauses]);
  scan.scan(text);
  return scan.mayMatch(0);
}

describe('requiredLiterals', () => {
  it('reads a required alternation of words', () => {
    expect(requiredLiterals(/⟦O\d+⟧ (acquired|bought|purchased) ⟦O\d+⟧/dgi)).toEqual([
      [' acquired ', ' bought ', ' purchased '],
    ]);
  });

  it('joins adjacent literal parts across groups, optional words and word boundaries', () => {
    expect(requiredLiterals(/⟦O\d+⟧(?: has)? agreed to\b (?:buy|acquire)/i)).toEqual([
      [' agreed to acquire', ' agreed to buy'],
    ]);
  });

  it('counts nothing under ?, *, {0,n}, or in an alternation with a branch that requires nothing', () => {
    expect(requiredLiterals(/(?:merger )?x/)).toEqual([]);
    expect(requiredLiterals(/(?:merger )*x/)).toEqual([]);
    expect(requiredLiterals(/(?:merger ){0,2}x/)).toEqual([]);
    expect(requiredLiterals(/(?:merger|\w+ed) stake/)).toEqual([[' stake']]);
    expect(requiredLiterals(/(?:merger|) stake/)).toEqual([[' stake']]);
    expect(requiredLiterals(/\w+ (?:merger|takeover) of/)).toEqual([[' merger of', ' takeover of']]);
  });

  it('counts a repeated part once and a positive lookahead, never a negative lookaround', () => {
    expect(requiredLiterals(/(?:stake )+in/)).toEqual([['stake ']]);
    expect(requiredLiterals(/(?=.*merger)deal/)).toEqual([['merger'], ['deal']]);
    expect(requiredLiterals(/(?!merger)(?<!takeover )deal/)).toEqual([['deal']]);
  });

  it('folds case as a case-insensitive regex does, and stops at non-ASCII characters', () => {
    expect(requiredLiterals(/CEO of/i)).toEqual([['ceo of']]);
    expect(requiredLiterals(/[Aa]cquired/)).toEqual([['acquired']]);
    expect(requiredLiterals(/café owner/)).toEqual([[' owner'], ['caf']]);
  });

  it('gives nothing for a regex whose case folding goes beyond ASCII (u flag)', () => {
    expect(requiredLiterals(/acquired/iu)).toEqual([]);
  });

  it('leaves out strings too short to filter and strings that contain another of their clause', () => {
    expect(requiredLiterals(/(?:of|in) x/)).toEqual([['in x', 'of x']]);
    expect(requiredLiterals(/(?:of|in)\b/)).toEqual([]);
    expect(requiredLiterals(/(?:employed with|with) /)).toEqual([['with ']]);
  });
});

describe('LiteralScan', () => {
  it('finds strings anywhere, in any ASCII case, overlapping or nested', () => {
    const scan = new LiteralScan([[['acquire']], [['acquired']], [['quire']], [['bought'], ['stake']]]);
    scan.scan('⟦O1⟧ ACQUIRED ⟦O2⟧');
    expect([0, 1, 2, 3].map((i) => scan.mayMatch(i))).toEqual([true, true, true, false]);
    scan.scan('⟦O1⟧ bought a stake');
    expect([0, 1, 2, 3].map((i) => scan.mayMatch(i))).toEqual([false, false, false, true]);
  });

  it('matches no more than the regex engine does with non-ASCII look-alikes', () => {
    // "K" (Kelvin sign) lower-cases to "k" but a case-insensitive regex without u does not pair them.
    expect(/stake/i.test('sta\u212Ae')).toBe(false);
    expect(holds([['stake']], 'sta\u212Ae')).toBe(false);
    expect(holds([['stake']], 'STAKE')).toBe(true);
  });
});

/** A regex over a small alphabet, for checking the literals against the regex engine itself. */
const regexSource: fc.Arbitrary<string> = fc.letrec<{ alt: string; seq: string; atom: string }>((tie) => ({
  alt: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((seqs) => seqs.join('|')),
  seq: fc.array(tie('atom'), { minLength: 0, maxLength: 6 }).map((atoms) => atoms.join('')),
  atom: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'c', 'A', 'B', ' ', '-', 'ab', 'bca', 'abc ') },
    { weight: 1, arbitrary: fc.constantFrom('.', '\\w', '[ab]', '[^a]', '[Bc]', '\\b', '\\B', '^', '$') },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          tie('alt'),
          fc.constantFrom('(?:', '(', '(?=', '(?!', '(?<=', '(?<!'),
          fc.constantFrom('', '?', '*', '+', '{0,2}', '{1,2}', '{2}', '??', '+?'),
        )
        .map(([inner, open, q]) => `${open}${inner})${open.startsWith('(?') && open !== '(?:' ? '' : q}`),
    },
  ),
})).alt;

describe('the literals are in every text a regex matches', () => {
  it('for generated regexes and texts (checked against the regex engine)', () => {
    fc.assert(
      fc.property(
        regexSource,
        fc.array(fc.constantFrom('a', 'b', 'c', 'A', 'B', 'C', ' ', '-', 'abc', 'bca '), { maxLength: 14 }),
        (source, parts) => {
          const regex = new RegExp(source, 'i');
          const text = parts.join('');
          if (regex.test(text)) expect(holds(requiredLiterals(regex), text)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

interface Example {
  text: string;
  sentences: Span[];
  mentions: Mention[];
}

/** Every rule example, read as extraction reads it: the marked sentences and the mentions. */
let examples: Example[];
const compiled = RULES.flatMap((rule) =>
  rule.pattern.includes('{GAP}')
    ? [
        { rule, greedyGap: false },
        { rule, greedyGap: true },
      ]
    : [{ rule, greedyGap: false }],
);
const regexes = compiled.map(({ rule, greedyGap }) => compilePattern(rule.pattern, greedyGap));

beforeAll(() => {
  examples = RULES.map((rule) => {
    const { text, sentences, related } = extractMentions(rule.example);
    return { text, sentences, mentions: related };
  });
});

/** The marked sentences of an example (mentions as ⟦O3⟧), as the rules see them. */
function markedSentences(ex: Example): string[] {
  return ex.sentences.map((s) => {
    const indexes = ex.mentions.flatMap((m, i) => (m.start >= s.start && m.start < s.end ? [i] : []));
    return markSentence(ex.text, s, ex.mentions, indexes);
  });
}

describe('rule literals', () => {
  it('are those of the compiled regexes (each macro expansion read once gives the same clauses)', () => {
    const fast = ruleLiterals(compiled.map(({ rule, greedyGap }) => ({ pattern: rule.pattern, greedyGap })));
    expect(fast).toEqual(regexes.map((r) => requiredLiterals(r)));
    // Why: a prefilter that filters nothing would pass every other test here.
    expect(fast.filter((c) => c.length > 0).length).toBeGreaterThan(compiled.length * 0.9);
  });

  it('are in every marked sentence the rule matches, for rule examples and texts made from them', () => {
    const scan = new LiteralScan(
      ruleLiterals(compiled.map(({ rule, greedyGap }) => ({ pattern: rule.pattern, greedyGap }))),
    );
    const marked = examples.flatMap(markedSentences);
    const check = (text: string): void => {
      scan.scan(text);
      regexes.forEach((regex, i) => {
        regex.lastIndex = 0;
        if (regex.test(text)) expect(scan.mayMatch(i), `${compiled[i]!.rule.id} on ${text}`).toBe(true);
      });
    };
    for (const text of marked) check(text);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...marked), { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom('upper', 'lower', 'cut', 'space')), {
          maxLength: 4,
        }),
        (sentences, edits) => {
          let text = sentences.join(' ');
          for (const [at, length, kind] of edits) {
            const start = at % (text.length + 1);
            const piece = text.slice(start, start + length);
            const by =
              kind === 'upper'
                ? piece.toUpperCase()
                : kind === 'lower'
                  ? piece.toLowerCase()
                  : kind === 'cut'
                    ? ''
                    : ' ';
            text = text.slice(0, start) + by + text.slice(start + length);
          }
          check(text);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('extractRelations with and without the prefilter', () => {
  const same = (ex: Example): void => {
    const filtered = extractRelations(ex.text, ex.sentences, ex.mentions);
    const all = extractRelations(ex.text, ex.sentences, ex.mentions, { prefilter: false });
    expect(filtered).toEqual(all);
  };

  it('gives the same relations on every rule example', () => {
    let found = 0;
    for (const ex of examples) {
      same(ex);
      found += extractRelations(ex.text, ex.sentences, ex.mentions).length;
    }
    expect(found).toBeGreaterThan(examples.length);
  });

  it('runs a greedy gap where its lazy twin matched (the farthest place as well as the nearest)', () => {
    const { text, sentences, related } = extractMentions(
      'Acme Corp has a presence in Poland and plans for a facility in Germany. Beta Inc said it would hire.',
    );
    const ex = { text, sentences, mentions: related };
    same(ex);
    const places = extractRelations(text, sentences, related)
      .filter((r) => r.type === 'OPERATES_IN')
      .map((r) => related.find((m) => m.id === r.object)?.text)
      .sort();
    expect(places).toEqual(['Germany', 'Poland']);
  });

  it('gives the same relations on documents made from the examples (joined, re-cased, mentions retyped or dropped)', () => {
    const TYPES = ['Organization', 'Person', 'Place'] as const;
    fc.assert(
      fc.property(
        fc.array(fc.nat(examples.length - 1), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'retype', 'upper')), { maxLength: 4 }),
        (picked, edits) => {
          // Join the examples into one document, shifting each one's sentences and mentions.
          let text = '';
          const sentences: Span[] = [];
          let mentions: Mention[] = [];
          for (const i of picked) {
            const ex = examples[i]!;
            const offset = text.length;
            text += `${ex.text} `;
            sentences.push(...ex.sentences.map((s) => ({ start: s.start + offset, end: s.end + offset })));
            mentions.push(
              ...ex.mentions.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset })),
            );
          }
          for (const [at, kind] of edits) {
            if (mentions.length === 0) break;
            const k = at % mentions.length;
            const m = mentions[k]!;
            if (kind === 'drop') mentions = mentions.filter((_, j) => j !== k);
            else if (kind === 'retype')
              mentions[k] = { ...m, type: TYPES[(TYPES.indexOf(m.type as (typeof TYPES)[number]) + 1) % 3]! };
            // Upper-casing text between mentions keeps every offset.
            else
              text =
                text.slice(0, m.end) + text.slice(m.end, m.end + 30).toUpperCase() + text.slice(m.end + 30);
          }
          mentions = mentions.map((m, j) => ({ ...m, id: `m${j + 1}` }));
          same({ text, sentences, mentions });
        },
      ),
      { numRuns: 300 },
    );
  });
});
