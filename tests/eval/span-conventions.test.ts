// Table test: a dataset's span conventions applied to our mentions before scoring.
import { describe, expect, it } from 'vitest';
import { conventionalSpans, type SpanConventions } from '../../src/eval/span-conventions.js';
import type { Mention } from '../../src/types.js';

function mention(text: string, surface: string, type: Mention['type'], id: string, from = 0): Mention {
  const start = text.indexOf(surface, from);
  return { id, type, start, end: start + surface.length, text: surface, key: id } as Mention;
}

const spanText = (text: string, mentions: Mention[], c: SpanConventions | undefined): string[] => {
  const { spans } = conventionalSpans(text, mentions, c);
  return mentions.map((m) => {
    const s = spans.get(m.id)!;
    return text.slice(s.start, s.end);
  });
};

describe('conventionalSpans', () => {
  it('keeps every span as it is without conventions', () => {
    const text = 'He was born in Boise.';
    expect(spanText(text, [mention(text, 'Boise', 'Place', 'm1')], undefined)).toEqual(['Boise']);
  });

  it.each([
    ['He was born in Boise.', 'Boise', 'Place', 'Boise.'],
    ['the Hyderabad-based lender', 'Hyderabad', 'Place', 'Hyderabad-based'],
    ['shares of Acme Corp fell', 'Acme Corp', 'Organization', 'Acme Corp'],
  ] as const)('whole tokens: "%s" → %s becomes "%s"', (text, surface, type, expected) => {
    expect(spanText(text, [mention(text, surface, type, 'm1')], { wholeTokens: true })).toEqual([expected]);
  });

  it.each([
    ['John Wilkes Booth shot President Lincoln .', 'Lincoln', 'President Lincoln'],
    ['said Mr. Theobald .', 'Theobald', 'Mr. Theobald'],
    ['said Judge Ito .', 'Ito', 'Ito'],
    ['the President of Acme , Ann Lee , said', 'Ann Lee', 'Ann Lee'],
    ['the return of Haitian President Jean Aristide .', 'Jean Aristide', 'Jean Aristide'],
    ['( Excerpts ) US President Bill Clinton said', 'Bill Clinton', 'Bill Clinton'],
    ['ago : Former President Gerald R. Ford', 'Gerald R. Ford', 'President Gerald R. Ford'],
    ['the return of Haitian Mr. Aristide .', 'Aristide', 'Mr. Aristide'],
  ])('titles: "%s" → %s becomes "%s"', (text, surface, expected) => {
    const c: SpanConventions = { personTitles: ['President', 'Mr.'], modifiedTitlesOut: ['President'] };
    expect(spanText(text, [mention(text, surface, 'Person', 'm1')], c)).toEqual([expected]);
  });

  it.each([
    ['In 1890 , Eisenhower was born in Denison , Texas .', 'Denison , Texas'],
    ['Simon was born on Feb. 5 , 1907 , in Portland , Ore. , and', 'Portland , Ore.'],
    ['Flooding hit Denison , Texas , on Monday .', 'Denison'],
  ])('birthplace chains: "%s" → "%s"', (text, expected) => {
    const city = /(Denison|Portland) , /.exec(text)![1]!;
    const state = /, (Texas|Ore\.) /.exec(text)![1]!;
    const mentions = [mention(text, city, 'Place', 'm1'), mention(text, state, 'Place', 'm2')];
    const c: SpanConventions = {
      joinedPlaceChainAfter:
        '\\b(?:born|died)\\b(?:(?:[^.;]|(?<=\\b[A-Z][a-z]{2})\\.){0,30} )?(?:in|near|at) ',
    };
    const { spans, absorbed } = conventionalSpans(text, mentions, c);
    expect(text.slice(spans.get('m1')!.start, spans.get('m1')!.end)).toBe(expected);
    expect(absorbed.has('m2')).toBe(expected !== city);
  });

  it.each([
    ['ROYAL OAK , Mich .', 'Mich .'],
    ['NIAGARA FALLS , N.Y .', 'N.Y .'],
    ['Flooding hit Lansing , Mich .', 'Mich'],
  ])('dateline lines: "%s" → "%s"', (text, expected) => {
    const state = /, (\S+) \.$/.exec(text)![1]!;
    const c: SpanConventions = { datelineClosingPeriod: true };
    expect(spanText(text, [mention(text, state, 'Place', 'm1')], c)).toEqual([expected]);
  });

  it("scores a pronoun or nominal argument at its entity's nearest name", () => {
    const text = 'Ann Lee joined Acme in 2010 . She later ran the company .';
    const mentions = [
      { ...mention(text, 'Ann Lee', 'Person', 'm1'), key: 'person:ann-lee', source: 'ner' },
      { ...mention(text, 'Acme', 'Organization', 'm2'), key: 'org:acme', source: 'ner' },
      { ...mention(text, 'She', 'Person', 'm3'), key: 'person:ann-lee', source: 'pronoun' },
      { ...mention(text, 'the company', 'Organization', 'm4'), key: 'org:acme', source: 'nominal' },
    ] as Mention[];
    const named = conventionalSpans(text, mentions, { namedArguments: true }).spans;
    expect(text.slice(named.get('m3')!.start, named.get('m3')!.end)).toBe('Ann Lee');
    expect(text.slice(named.get('m4')!.start, named.get('m4')!.end)).toBe('Acme');
    const kept = conventionalSpans(text, mentions, {}).spans;
    expect(text.slice(kept.get('m3')!.start, kept.get('m3')!.end)).toBe('She');
  });

  it('puts the alias parenthesis inside the organization and absorbs the alias mention', () => {
    const text = 'We acquired Lyne Laboratories , Inc. ( Lyne ) in 2012 ; Lyne makes drugs .';
    const mentions = [
      mention(text, 'Lyne Laboratories , Inc.', 'Organization', 'm1'),
      mention(text, 'Lyne', 'Organization', 'm2', text.indexOf('(')),
      mention(text, 'Lyne', 'Organization', 'm3', text.indexOf(';')),
    ];
    const { spans, absorbed } = conventionalSpans(text, mentions, { aliasParenthesis: true });
    const long = 'Lyne Laboratories , Inc. ( Lyne )';
    expect(text.slice(spans.get('m1')!.start, spans.get('m1')!.end)).toBe(long);
    expect(text.slice(spans.get('m2')!.start, spans.get('m2')!.end)).toBe(long);
    expect(text.slice(spans.get('m3')!.start, spans.get('m3')!.end)).toBe('Lyne');
    expect([...absorbed]).toEqual(['m2']);
  });

  it('takes a quoted alias and a possessive before it', () => {
    const text = `all of Green River Collieries , LLC 's ( " Green River " ) assets`;
    const m = mention(text, 'Green River Collieries , LLC', 'Organization', 'm1');
    expect(spanText(text, [m], { aliasParenthesis: true })).toEqual([
      `Green River Collieries , LLC 's ( " Green River " )`,
    ]);
  });

  it.each([
    [
      'First Horizon Corporation ( NYSE: FHN or First Horizon ) said',
      'First Horizon Corporation ( NYSE: FHN or First Horizon )',
    ],
    ['PlainsCapital Bank ( the Bank ) said', 'PlainsCapital Bank ( the Bank )'],
    ['Kodak , CDT ( acquired by Sumitomo in 2007 ) , Canon', 'CDT'],
  ])('alias or description: "%s"', (text, expected) => {
    const surface = expected.split(' (')[0]!;
    const m = mention(text, surface, 'Organization', 'm1');
    expect(spanText(text, [m], { aliasParenthesis: true })).toEqual([expected]);
  });
});
