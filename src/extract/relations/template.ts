// Rule templates: a small pattern language over a sentence whose entity mentions are replaced by markers.

import { alternation } from '../../util/escape-regex.js';
import { ROLE_MODIFIERS, ROLE_WORDS } from '../lexicons/titles.js';

/** Marker characters that wrap a mention's code in the marked sentence: ⟦O3⟧, ⟦P0⟧, ⟦L7⟧, ⟦D2⟧. */
export const OPEN = '⟦';
export const CLOSE = '⟧';

const ONE: Record<string, string> = { ORG: 'O', PER: 'P', LOC: 'L', DATE: 'D', ENT: '[OPL]' };
const mark = (code: string): string => `${OPEN}${code}\\d+${CLOSE}`;
/** A possessive place before a name: "⟦L3⟧'s " ("South Korea's Daeil Materials"). */
const POSSESSIVE_PLACE = `${mark('L')}['’]s `;
/**
 * A list of mentions: "⟦O1⟧, ⟦O2⟧ and the ⟦O3⟧". Items after the first may carry "the" or a possessive
 * place ("India's Sarvam Steel and South Korea's Daeil Materials"); markerIndexes leaves such places out.
 */
const list = (code: string): string =>
  `${mark(code)}(?:(?:,? and |, |,? & |,? as well as )(?:the |${POSSESSIVE_PLACE})?${mark(code)})*`;

const MODIFIER = `(?:(?:${alternation(ROLE_MODIFIERS)})[ -]?)`;
const ROLE = `(?:${alternation(ROLE_WORDS)})`;
const ROLE_OF_DEPT = `(?: (?:of|for) (?:[a-z][a-z&-]+ ){0,2}?[a-z][a-z&-]+(?= (?:at|of|for|with) ${OPEN}))?`;
/** A title phrase: "president and CEO", "former senior vice president of sales", "managing editor". */
export const TITLE = `(?:${MODIFIER}*${ROLE}s?${ROLE_OF_DEPT}(?:(?:,? and |, |/| & )${MODIFIER}*${ROLE}s?${ROLE_OF_DEPT})*)`;

/**
 * An optional description between an article and a name: "energy firms ", "the Chinese carmaker ",
 * "Oporto-based ", "Laval, Quebec-based " (the places stay their own mentions).
 */
export const DESC = `(?:(?:the |an? |its |their )?(?:${POSSESSIVE_PLACE}|${mark('L')}(?:, ${mark('L')})?-based )?(?:[a-z][\\w-]* ){0,3})?`;

/** Any words that do not cross another organization or person, or a clause break. */
export const GAP = `(?:(?!${OPEN}[OP])[^;:()${OPEN}]|${OPEN}[LD]\\d+${CLOSE}){0,80}?`;

const MACROS: Record<string, string> = {
  ORG: mark('O'),
  PER: mark('P'),
  LOC: mark('L'),
  DATE: mark('D'),
  ENT: mark('[OPL]'),
  ORGS: list('O'),
  PERS: list('P'),
  LOCS: list('L'),
  TITLE,
  DESC,
  GAP,
};

/** Flags of every compiled rule: match indices (for appositive checks), global, case-insensitive. */
export const RULE_FLAGS = 'dgi';

/**
 * Compile a rule pattern to a RegExp. `{s:ORG}` captures the subject, `{o:ORGS}` the object(s), `{t:TITLE}`
 * the title; `{ORG}` matches a mention without capturing. Everything else is regular-expression text.
 */
export function compilePattern(pattern: string, greedyGap = false): RegExp {
  return new RegExp(patternSource(pattern, greedyGap), RULE_FLAGS);
}

/**
 * A rule pattern's regular-expression source. Each macro's expansion goes inside its own group;
 * `macroBody` may put something else in its place (the prefilter reads each distinct expansion once).
 */
export function patternSource(
  pattern: string,
  greedyGap = false,
  macroBody: (body: string) => string = (body) => body,
): string {
  const macros = greedyGap ? { ...MACROS, GAP: GAP.replace(/\?$/, '') } : MACROS;
  // Why: "its" may have become a pronoun mention (⟦O7⟧) that a relation goes through ("its founder");
  // a pattern's literal "its" ("named Jane Roe as its CEO") must still match it.
  const withIts = pattern.replace(/\bits /g, `(?:its|${mark('O')}) `);
  return withIts.replace(/\{(?:(\w+):)?([A-Z]+)\}/g, (_, name: string | undefined, macro: string) => {
    const body = macros[macro] ?? (ONE[macro] ? mark(ONE[macro]) : undefined);
    if (body === undefined) throw new Error(`compilePattern: unknown macro {${macro}} in ${pattern}`);
    return name ? `(?<${name}>${macroBody(body)})` : `(?:${macroBody(body)})`;
  });
}

/**
 * Mention indexes inside a captured group: "⟦O3⟧ and ⟦O5⟧" → [3, 5]. A group that mixes kinds is a
 * list with possessive places in it ("⟦O3⟧ and ⟦L4⟧'s ⟦O5⟧"): only the list's own kind (the last
 * marker's) counts.
 */
export function markerIndexes(group: string): number[] {
  const found = [...group.matchAll(/⟦([OPLD])(\d+)⟧/g)];
  const kind = found.at(-1)?.[1];
  return found.filter((m) => m[1] === kind).map((m) => Number(m[2]));
}
