// Capitalised words that belong to a title, a department or a document's title, not to a name.
import { alternation } from '../util/escape-regex.js';
import { DEPARTMENT_WORDS } from './lexicons/stoplist.js';
import { ROLE_WORDS } from './lexicons/titles.js';

/**
 * Whether a name is a department's ("Supply Chain Management", "Sales and Marketing"): two words or
 * more, all a department's.
 */
export function isDepartment(surface: string): boolean {
  const words = surface.split(/\s+|(?=,)/).filter(Boolean);
  return words.length >= 2 && words.every((w) => DEPARTMENT_WORDS.has(w));
}

/** Titles of more than one word: "chief financial officer", "general counsel". */
const MULTI_WORD_ROLES = alternation(ROLE_WORDS.filter((w) => w.includes(' ')));
/** Titles of more than one word ("Chief Financial Officer", "General Counsel"), with their modifiers. */
const ROLE_PHRASE = new RegExp(
  `\\b(?:(?:senior|executive|vice|deputy|assistant|associate|acting|interim|group|global) )*(?:${MULTI_WORD_ROLES})\\b`,
  'giu',
);
/** The title alone, read as ROLE_PHRASE reads it (same flags): every ROLE_PHRASE match holds one. */
const ROLE_TITLE = new RegExp(MULTI_WORD_ROLES, 'giu');

let titlesText: string | undefined;
let titleSpans: Array<[start: number, end: number]> = [];

/**
 * Where a document's multi-word titles are, found once for all its names. A role phrase inside any
 * window of the text holds a title that one of these overlaps (the scan takes the leftmost title at
 * each point), so a window that none of them reaches holds no role phrase.
 */
function multiWordTitles(text: string): Array<[start: number, end: number]> {
  if (text !== titlesText) {
    titleSpans = [...text.matchAll(ROLE_TITLE)].map((m) => [m.index, m.index + m[0].length]);
    titlesText = text;
  }
  return titleSpans;
}

/** A title's "of" before a department ("Vice President of Finance", "Director of Sales"). */
const ROLE_OF =
  /\b(?:President|Director|Head|Manager|Officer|Controller|Chief|Leader|VP|SVP|EVP)(?:,)? (?:of|for) $/u;

/**
 * Whether a name is part of a title or a document's title: "Financial" in "Chief Financial Officer",
 * "Counsel" in "General Counsel", "Finance" in "Vice President of Finance", "Director Appointment Letter".
 * @param text the document's text
 * @param span the name's span in it
 */
export function isTitlePart(text: string, span: { start: number; end: number }): boolean {
  const surface = text.slice(span.start, span.end);
  if (DOCUMENT_NAME.test(surface)) return true;
  // Why: "Iranian Oil Minister X", "West German Finance Minister X": a minister's portfolio, no company;
  // a body stays one ("Oil Ministry", "Finance Department").
  if (/^ Ministers?\b/u.test(text.slice(span.end, span.end + 10)) && !GOVERNMENT_BODY.test(surface))
    return true;
  if (DEPARTMENT_WORDS.has(surface) && ROLE_OF.test(text.slice(Math.max(0, span.start - 30), span.start)))
    return true;
  // Why: most names have no title near them; one scan per document finds that for all of them.
  return nearMultiWordTitle(text, span) && inRolePhrase(text, span);
}

/** The stretch of text around a name that a role phrase holding it lies within. */
function around(span: { start: number; end: number }): { from: number; to: number } {
  return { from: Math.max(0, span.start - 40), to: span.end + 40 };
}

/**
 * Whether one of the document's multi-word titles reaches the stretch around a name. Where none does,
 * {@link inRolePhrase} is false: every role phrase holds a title that the document scan overlaps.
 */
export function nearMultiWordTitle(text: string, span: { start: number; end: number }): boolean {
  const { from, to } = around(span);
  return multiWordTitles(text).some(([start, end]) => start < to && end > from);
}

/** Whether a multi-word title phrase near a name holds it and more ("Financial" in "Chief Financial Officer"). */
export function inRolePhrase(text: string, span: { start: number; end: number }): boolean {
  const { from, to } = around(span);
  for (const m of text.slice(from, to).matchAll(ROLE_PHRASE)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (start <= span.start && end >= span.end && end - start > span.end - span.start) return true;
  }
  return false;
}

/** A name that is itself a government body. */
const GOVERNMENT_BODY = /\b(?:Ministry|Department|Office|Council|Government|Cabinet|Commission|Agency)$/u;

/** A document's title, no entity: "Director Appointment Letter", "Employment Agreement". */
const DOCUMENT_NAME = /^(?:[\p{Lu}][\p{L}-]* )*(?:Agreement|Letter|Amendment|Exhibit)$/u;
