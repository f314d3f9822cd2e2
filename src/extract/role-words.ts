// Role words at a name's edge: "Board of X" and "Finance Director of X" start no organization's name,
// and "TI Chief Financial" (Officer) ends none.
import type { Span } from '../types.js';

const LEAD_WORDS =
  '(?:(?:Chief|Senior|Executive|Vice|Managing|Finance|Financial|Deputy|Non-Executive|Independent|Lead)\\s+)*';
const ROLE_NOUN = '(?:Director|Chairman|Chairwoman|Chair|President|Officer|Member|Board)';
/** "Board of Directors of ", "Finance Director of the ", "Chairman of the Board of ". */
const LEADING_ROLE = new RegExp(
  `^(?:${LEAD_WORDS}${ROLE_NOUN}(?:\\s+of\\s+(?:the\\s+)?(?:Directors|Trustees|Board))?\\s+of\\s+(?:the\\s+)?)+(?=\\p{Lu})`,
  'u',
);
/** "Chief Financial", "Executive Vice" at a name's end when the title goes on after it. */
const TRAILING_ROLE =
  /\s+(?:Chief(?:\s+(?:Executive|Financial|Operating|Technology|Information|Marketing|Investment|Commercial|Legal|Risk|People|Medical|Scientific))?|(?:Senior\s+|Executive\s+)?Vice|Managing)$/u;
const TITLE_GOES_ON = /^\s+(?:Officer|President|Director|Partner)\b/u;

/** A company's board after its name: "the Boston Financial Board of Directors" is Boston Financial's. */
const TRAILING_ORGAN = /\s+Board\s+of\s+(?:Directors|Trustees)$/u;

/** Names that are a company's organ, not a company: "the Board of Directors". */
export const COMPANY_ORGANS: ReadonlySet<string> = new Set([
  'Board',
  'Board of Directors',
  'Board of Trustees',
  'Supervisory Board',
  'Executive Board',
  'Management Board',
  'Audit Committee',
  'Compensation Committee',
]);

/** The span without role words at its edges (unchanged when it has none). */
export function withoutRoleWords(text: string, span: Span): Span {
  let { start, end } = span;
  const lead = LEADING_ROLE.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  const trail = TRAILING_ROLE.exec(text.slice(start, end));
  if (trail && TITLE_GOES_ON.test(text.slice(end, end + 12))) end -= trail[0].length;
  const organ = TRAILING_ORGAN.exec(text.slice(start, end));
  if (organ && organ.index > 0) end -= organ[0].length;
  return start < end ? { start, end } : span;
}
