// Page furniture removal: every rule drops what it should, and real short sentences and headlines stay.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText, cutCredit, matchFurniture } from '../../src/ingest/clean-text.js';
import { FURNITURE_RULES, TAIL_RULES } from '../../src/ingest/furniture-rules.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');

describe('furniture line rules', () => {
  it.each(FURNITURE_RULES.map((r) => [r.id, r.example] as const))(
    'rule %s matches its own example',
    (id, example) => {
      expect(matchFurniture(example)).toBe(id);
    },
  );

  it.each([
    ['Email Newsletters'],
    ['ADVERTISEMENT'],
    ['Advertisement'],
    ['– Digital Partners -'],
    ['Get our email newsletter'],
    ['Close the CTA'],
    ['Stay up-to-date on the companies, people and issues that impact businesses in Central Massachusetts.'],
    ['Stay informed: get the morning briefing in your inbox.'],
    ['PHOTO COURTESY OF ACME CORP'],
    ['Photo: Jane Doe'],
    ['(Getty Images)'],
    ['JANE DOE/AFP/Getty Images'],
    ['Credit Jane Doe/Agence France-Presse — Getty Images'],
    ['Share this article'],
    ['Share Tweet Email'],
    ['We use cookies to give you the best experience. Accept cookies'],
    ['Read more: How the rail strike ended'],
    ['Related:'],
    ['Follow us on Twitter'],
    ['© 2024 Example Media. All rights reserved.'],
    ['Skip to main content'],
    ['Updated: March 5, 2024 10:42 a.m. EST'],
    ['22 Dec, 2016 22 Dec, 2016'],
    ['Published Tuesday, Feb. 3, 2015 | 7:11 AM PST'],
    ['Order Reprints | Today’s Paper | Subscribe'],
    ['Gallery: New factory | 12 Photos'],
    ['SIGN UP FOR OUR NEWSLETTER'],
  ])('drops %j', (line) => {
    expect(matchFurniture(line)).toBeDefined();
  });

  // False positives: real sentences and headlines that look a little like furniture.
  it.each([
    ['Financial terms were not disclosed.'],
    ['Shares rose 5%.'],
    ['He declined to comment.'],
    ['Subscribers rose 10% to 2 million.'],
    ['UBS completes takeover of Credit Suisse'],
    ['Related Companies agreed to buy the tower for $1 billion.'],
    ['Video game maker Acme buys Beta'],
    ['Image Holdings names new chief executive'],
    ['Reuters reported the talks on Monday.'],
    ['Thomson agreed to buy Reuters in 2007.'],
    ['Partners Group invested in the startup.'],
    ['The company said it would close the plant in Ohio.'],
    ['Email marketing firm Klaviyo went public in 2023.'],
    ['Newsletter platform Substack raised $60 million from investors.'],
    ['A photo by the agency showed the damaged plant.'],
    ['Copyright lawsuits against AI firms are piling up.'],
    ['Monsanto'],
    ['Sunrise'],
    ['Best'],
    ['Apollo 11, 1969'],
  ])('keeps %j', (line) => {
    expect(matchFurniture(line)).toBeUndefined();
  });
});

describe('credits glued to a caption', () => {
  it.each(TAIL_RULES.map((r) => [r.id, r.example] as const))(
    'tail rule %s cuts its own example',
    (id, example) => {
      expect(cutCredit(example).rule).toBe(id);
    },
  );

  it('cuts an all-caps credit and keeps the caption', () => {
    expect(
      cutCredit('Linh Austin, president and CEO of Ascend Elements PHOTO COURTESY OF ASCEND ELEMENTS').text,
    ).toBe('Linh Austin, president and CEO of Ascend Elements');
  });

  it.each([
    ['A photo by the agency showed the damaged plant.'],
    ['UBS completes takeover of Credit Suisse'],
    ['The regulator approved the deal (see separate story).'],
  ])('leaves %j alone', (line) => {
    expect(cutCredit(line).rule).toBeUndefined();
  });

  it('never joins a caption into the next paragraph', () => {
    const out = cleanText(
      'Maria Ortiz, chief executive of Voltra PHOTO COURTESY OF VOLTRA\n“We are ready,” she said.',
    );
    expect(out.text).toBe('Maria Ortiz, chief executive of Voltra\n\n“We are ready,” she said.');
  });
});

describe('cleanText on a whole article', () => {
  const out = cleanText(fixture('furniture-article.txt'));
  const paragraphs = out.text.split('\n\n');

  it('keeps the headline as title and first paragraph', () => {
    expect(out.title).toBe('Lakeside battery maker signs supply pact with Nordic miner');
    expect(paragraphs[0]).toBe(out.title);
  });

  it('drops every furniture line', () => {
    for (const junk of [
      'Email Newsletters',
      'ADVERTISEMENT',
      'Digital Partners',
      'email newsletter',
      'Stay up-to-date',
      'CTA',
      'COURTESY',
    ]) {
      expect(out.text).not.toContain(junk);
    }
  });

  it('keeps prose, including a long line without final punctuation', () => {
    expect(paragraphs).toContain(
      'Ortiz, a former engineer at Rotor Dynamics and Lumen Grid, joined Voltra in 2019',
    );
    expect(paragraphs).toContain(
      'Voltra said the deal runs for five years. Financial terms were not disclosed.',
    );
    expect(paragraphs).toContain('Maria Ortiz, chief executive of Voltra Cells');
  });

  it('records what it removed, with line numbers and rules', () => {
    expect(out.removed.map((r) => [r.line, r.rule])).toEqual([
      [1, 'newsletter-label'],
      [9, 'caption-credit-caps'],
      [13, 'advertisement'],
      [17, 'partners'],
      [19, 'newsletter-label'],
      [21, 'newsletter-pitch'],
      [23, 'call-to-action'],
    ]);
  });

  it('drops short orphan lines but keeps headings followed by prose and colon-introduced lists', () => {
    const text = [
      'Markets',
      '',
      'Acme posts record profit',
      '',
      'Acme said profit doubled in the quarter.',
      '',
      'The top markets were:',
      '',
      '1. Germany',
      '',
      '2. Japan',
      '',
      'Share',
      '',
      'Most popular',
    ].join('\n');
    const cleaned = cleanText(text);
    expect(cleaned.text.split('\n\n')).toEqual([
      'Acme posts record profit',
      'Acme said profit doubled in the quarter.',
      'The top markets were:',
      '1. Germany',
      '2. Japan',
    ]);
    expect(cleaned.title).toBe('Acme posts record profit');
  });

  it('keeps a text with no prose at all (a single short headline-like line is still content)', () => {
    expect(cleanText('Acme buys Beta').text).toBe('Acme buys Beta');
  });

  it('reflows hard-wrapped paragraphs and keeps a byline out of the text', () => {
    const text = [
      'By Jane Doe',
      '',
      'Acme Corp said on Monday it agreed to buy the valve unit of',
      'Gamma Inc for 40 million dollars, its third deal this year.',
      'The unit had sales of 12 million dollars last year, the',
      'company said.',
    ].join('\n');
    const cleaned = cleanText(text);
    expect(cleaned.byline).toBe('Jane Doe');
    expect(cleaned.text).toBe(
      'Acme Corp said on Monday it agreed to buy the valve unit of Gamma Inc for 40 million dollars, its third deal this year. The unit had sales of 12 million dollars last year, the company said.',
    );
  });

  it('keeps one-paragraph-per-line text as separate paragraphs', () => {
    const text =
      'Acme Corp said on Monday that it had agreed to buy the valve unit of Gamma Inc for 40 million dollars in cash.\nThe deal is expected to close in the second quarter, subject to approval by regulators in Europe.';
    expect(cleanText(text).text.split('\n\n')).toHaveLength(2);
  });
});
