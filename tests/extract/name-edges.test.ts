// Table test: where a name starts and ends (initials, "Jr.", titles, role words, a closing period) and
// names that are no entity, with false positives.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

/** Named mentions as "Type:text", in text order (pronouns and dates left out). */
function names(text: string): string[] {
  return extractDocument({ id: 't', text })
    .mentions.filter((m) => m.type !== 'Date' && /\p{Lu}/u.test(m.text))
    .map((m) => `${m.type}:${m.text}`);
}

describe('name edges', () => {
  it.each([
    ['In 1881, President James A. Garfield was shot.', ['Person:James A. Garfield']],
    [
      'In a letter to A. William Reynolds, chairman of GenCorp, the fund said it would bid.',
      ['Person:A. William Reynolds', 'Organization:GenCorp'],
    ],
    ['A crowd gathered where Dr. Martin Luther King Jr. spoke.', ['Person:Martin Luther King Jr.']],
    [
      'The bond is due in 2027, lead manager Union Bank of Switzerland said.',
      ['Organization:Union Bank of Switzerland'],
    ],
    ['Ms. Okafor was elected Chairman of the Board of Directors in October.', ['Person:Okafor']],
    [
      'Ines Duarte is the Finance Director of Corvel Energy PLC.',
      ['Person:Ines Duarte', 'Organization:Corvel Energy PLC'],
    ],
    ['A spokesman declined to comment.', []],
    // A person's name never ends in a lowercase word the tagger ran on into.
    [
      'Before starting SoftPlus, Mohan co-founded and served as the CEO of Digital Tools Inc.',
      ['Organization:SoftPlus', 'Person:Mohan', 'Organization:Digital Tools Inc.'],
    ],
    ['Headquartered in Paris, the company employs 500 people.', ['Place:Paris']],
    ["US President Bill Clinton's decision was expected.", ['Place:US', 'Person:Bill Clinton']],
    // Legal names with a region in parentheses or a tokenised hyphen; a board or department is no company.
    [
      'GlaxoSmithKline Holdings (Americas) Inc. sued Pellan Corp.',
      ['Organization:GlaxoSmithKline Holdings (Americas) Inc.', 'Organization:Pellan Corp.'],
    ],
    [
      'Kevin Charlton is a director of Macquarie Group ( US ) Holdings .',
      ['Person:Kevin Charlton', 'Organization:Macquarie Group ( US ) Holdings'],
    ],
    ['Franco - Nevada Corporation bought royalties .', ['Organization:Franco - Nevada Corporation']],
    // A list of companies is of one kind; a first name keeps a person; sentence adverbs are no names.
    [
      'Rivals include Canon, Inc., Semiconductor Energy Laboratories Co., Idemitsu Kosan and Mitsubishi Chemical Corporation.',
      [
        'Organization:Canon, Inc.',
        'Organization:Semiconductor Energy Laboratories Co.',
        'Organization:Idemitsu Kosan',
        'Organization:Mitsubishi Chemical Corporation',
      ],
    ],
    [
      'The suit names Pellan Corp., Beta Inc. and John Smith.',
      ['Organization:Pellan Corp.', 'Organization:Beta Inc.', 'Person:John Smith'],
    ],
    ['Furthermore , the board agreed .', []],
    ['Kinross acquired Echo Bay in 2003.', ['Organization:Kinross', 'Organization:Echo Bay']],
    ['The storm hit Echo Bay on Monday.', ['Place:Echo Bay']],
    [
      '10.18 Director Appointment Letter between Medgenics, Inc. and Sol J. Barer.',
      ['Organization:Medgenics, Inc.', 'Person:Sol J. Barer'],
    ],
    // Headlines: a capitalised verb or deal noun is no part of a name.
    [
      'Hilton Hotels Acquired by Blackstone Group',
      ['Organization:Hilton Hotels', 'Organization:Blackstone Group'],
    ],
    ['Pellan Corp Buys Beta Inc for $2 Billion', ['Organization:Pellan Corp', 'Organization:Beta Inc']],
    ['Novartis To Buy Alcon Stake', ['Organization:Novartis', 'Organization:Alcon']],
    ['LONDON - Pellan Corp. said profit rose.', ['Place:LONDON', 'Organization:Pellan Corp.']],
    [
      'Ana Ruiz served on the Boston Financial Board of Directors.',
      ['Person:Ana Ruiz', 'Organization:Boston Financial'],
    ],
    [
      'Mr. Smith has served as Chief Financial Officer of Pellan Corp. since 2005.',
      ['Person:Smith', 'Organization:Pellan Corp.'],
    ],
    [
      'Ms. Roe served as General Counsel of Pellan Corp. until 2008.',
      ['Person:Roe', 'Organization:Pellan Corp.'],
    ],
    [
      'Ana Ruiz was Vice President of Finance at Pellan Corp.',
      ['Person:Ana Ruiz', 'Organization:Pellan Corp.'],
    ],
    [
      'Ana Ruiz joined Finance Holdings Ltd. in 2004.',
      ['Person:Ana Ruiz', 'Organization:Finance Holdings Ltd.'],
    ],
    [
      'He was Vice President of Operations and Supply Chain Management at Pellan Corp.',
      ['Organization:Pellan Corp.'],
    ],
    // A partnership lists its partners with commas; a list of companies stays a list.
    ['Halvorsen, Quist and Co said it bought the shares.', ['Organization:Halvorsen, Quist and Co']],
    [
      'Ana Ruiz of Tolland, Merriweather and Brook Securities Corp said prices would rise.',
      ['Person:Ana Ruiz', 'Organization:Tolland, Merriweather and Brook Securities Corp'],
    ],
    [
      'The fund bought the plants from IBM, Apple and Microsoft Corp.',
      ['Organization:IBM', 'Organization:Apple', 'Organization:Microsoft Corp.'],
    ],
    [
      'The bank has offices in Dallas, Houston and Austin Co said.',
      ['Place:Dallas', 'Place:Houston', 'Organization:Austin Co'],
    ],
    // A monitoring service's source line: serial, city, outlet; names that open with a city stay whole.
    [
      'KX0102030405 Lisbon Radio Atlantico Network in Portuguese 1830 GMT 5 Jun 94',
      ['Place:Lisbon', 'Organization:Radio Atlantico Network'],
    ],
    [
      'Dockside Strike Ends KX0102030406 Panama City Canal Herald in Spanish 0400 GMT 2 Feb 94',
      ['Place:Panama City', 'Organization:Canal Herald'],
    ],
    [
      'Boston Scientific in Natick said on Monday it would cut jobs.',
      ['Organization:Boston Scientific', 'Place:Natick'],
    ],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
