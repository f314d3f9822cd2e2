// An organization named by a nationality is based in that country when the sentence names the country.
import { describe, expect, it } from 'vitest';
import { DEMONYM_NAME_RULE } from '../../src/extract/rules/demonym-names.js';
import { relationsOf } from './helpers.js';

const based = (sentence: string): string[] => relationsOf(sentence).filter((r) => r.includes(' BASED_IN '));

describe('org-demonym-name-place', () => {
  it('fires on its example', () => {
    expect(based(DEMONYM_NAME_RULE.example)).toEqual(['Haitian Parliament BASED_IN Haiti current']);
  });

  it('links a ministry to its country named elsewhere in the sentence', () => {
    expect(based('The Angolan Government accepted the proposals on reconciliation in Angola.')).toEqual([
      'Angolan Government BASED_IN Angola current',
    ]);
  });

  it('needs the country itself in the sentence', () => {
    expect(based('The Angolan Government accepted the proposals on Monday.')).toEqual([]);
  });

  it('does not link the name to another country', () => {
    expect(based('The Angolan Government sent a delegation to Portugal.')).not.toContain(
      'Angolan Government BASED_IN Portugal current',
    );
  });
});
