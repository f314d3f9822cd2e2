// Table test: an "and" inside one name (agencies, "Oil and Gas") against "and" between two names.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const organizations = (text: string): string[] =>
  extractDocument({ id: 'test', text })
    .mentions.filter((m) => m.type === 'Organization')
    .map((m) => m.text);

describe('names with "and" inside', () => {
  it.each([
    ['The U.S. Food and Drug Administration approved the drug.', 'U.S. Food and Drug Administration'],
    [
      'Acme Corp filed the deal with the Securities and Exchange Commission.',
      'Securities and Exchange Commission',
    ],
    ['The Competition and Markets Authority cleared the merger.', 'Competition and Markets Authority'],
    [
      'Halcyon was chosen by the Department of Health and Human Services.',
      'Department of Health and Human Services',
    ],
    ['Bighorn Oil and Gas said output rose.', 'Bighorn Oil and Gas'],
    ['J.P. Morgan and Co Inc raised its prime rate.', 'J.P. Morgan and Co Inc'],
    ['CB and T Bancshares Inc completed the acquisition.', 'CB and T Bancshares Inc'],
    [
      'The National Aeronautics and Space Administration chose two scientists.',
      'National Aeronautics and Space Administration',
    ],
  ])('%s → %s', (text, name) => {
    expect(organizations(text)).toContain(name);
  });

  it.each([
    ['Ford and General Motors said sales fell.', ['Ford', 'General Motors']],
    ['Ascend Elements and GEM Co. signed an MOU.', ['Ascend Elements', 'GEM Co.']],
    [
      'Kalahari Gold and Rand Precious Metals agreed to pool their assets.',
      ['Kalahari Gold', 'Rand Precious Metals'],
    ],
    ['Panasonic Energy and Redwood Materials signed a deal.', ['Panasonic Energy', 'Redwood Materials']],
    ['National Grid and Energy Department officials met.', ['National Grid', 'Energy Department']],
    ['IBM and HP said sales rose.', ['IBM', 'HP']],
    [
      'General Electric and United Technologies Corp bid for the unit.',
      ['General Electric', 'United Technologies Corp'],
    ],
  ])('%s keeps two names', (text, names) => {
    expect(organizations(text)).toEqual(names);
  });
});
