// A dataset's span conventions, applied to our mentions before scoring: where its annotators drew a
// name's edges differently from our schema (titles, alias parentheses, whole tokens).
import type { Mention, Span } from '../types.js';
import { escapeRegex } from '../util/escape-regex.js';
import { isNamedMention } from './project.js';

/** How a dataset draws spans where our schema draws them otherwise (mapping.json `spans`). */
export interface SpanConventions {
  /**
   * Titles the dataset puts inside a person's span ("President Lincoln", "Mr. Theobald"); ours leave
   * them out (schema: "titles and honorifics are left out").
   */
  personTitles?: string[];
  /**
   * Of `personTitles`, those the dataset leaves out again when a capitalised modifier stands before
   * them: the modifier makes the title a phrase of its own ("Haitian President Jean Bertrand
   * Aristide", "Senate President Firmin Jean-Louis").
   */
  modifiedTitlesOut?: string[];
  /**
   * The dataset puts a defined-term parenthesis inside an organization's span ("Lyne Laboratories,
   * Inc. (Lyne)"); ours makes the alias its own mention.
   */
  aliasParenthesis?: boolean;
  /**
   * The text is tokens joined by single spaces and spans cover whole tokens ("Boise." at a sentence
   * end, "Hyderabad-based"): a span is widened to the tokens it touches.
   */
  wholeTokens?: boolean;
  /**
   * Words right before a place chain that make the dataset draw "City , State" as one place (CoNLL04's
   * birthplaces: "born in Denison , Texas"); ours are two places and a LOCATED_IN. A regular expression
   * matched, ignoring case, against the text just before the chain's first place.
   */
  joinedPlaceChainAfter?: string;
  /**
   * In a line that is only a dateline ("ROYAL OAK , Mich ."), the closing period, a token of its own,
   * belongs to the state's abbreviation before it ("Mich .").
   */
  datelineClosingPeriod?: boolean;
  /**
   * The dataset's relations hold between names only: an argument we give as a pronoun or a nominal
   * ("he", "the company", resolved to an entity) is scored at that entity's name in the text, the
   * nearest one before it (else the first after).
   */
  namedArguments?: boolean;
}

/** Each mention's span in the dataset's conventions, and the mentions another one's span took in. */
export interface ConventionalSpans {
  spans: Map<string, Span>;
  absorbed: Set<string>;
}

// Why: an alias is names only ("( CME Group )", "( NYSE: FHN or First Horizon )", "( the Bank )"); a
// parenthesis with other lowercase words describes the company and stays out ("( acquired by Sumitomo
// in 2007 )"; FIRE training part: 37 of 37 aliases in, 6 of 6 such descriptions out).
const ALIAS_PARENTHESIS =
  /^(?: ?['’]s)? \( (?:" )?(?=[^()"]{1,40}?(?: ")? \))(?:(?:the|or|and|&) |[^\s()"\p{Ll}][^\s()"]* )+(?:" )?\)/u;

/** A line that is only a dateline, tokenised: "ROYAL OAK , Mich .", "PURCHASE , N.Y .". */
const DATELINE_LINE = /^\p{Lu}[\p{Lu}\s.'-]* , \p{Lu}[\p{L}.]* \.$/u;

/**
 * Whether the text before a title ends with a capitalised modifier ("Haitian", "Senate") rather than
 * a sentence's first word ("Former President Gerald R. Ford" after a colon keeps its title in; CoNLL04
 * train: 5 titles after a modifier out, that 1 in).
 */
function endsWithModifier(before: string): boolean {
  const m = /(?:^|(\S+)\s+)\p{Lu}[\p{L}.'-]*$/u.exec(before);
  return m?.[1] !== undefined && !/[.:!?]$/u.test(m[1]);
}

/**
 * Each mention's span as the dataset would draw it, by mention id. A mention that ends up inside
 * another's widened span (the alias in "Lyne Laboratories, Inc. (Lyne)") takes that span, and its id
 * is listed in `absorbed` so it is not scored as an entity of its own.
 * @param text the example's text
 * @param mentions our mentions, in text order
 * @param conventions the dataset's conventions (none: every span as is)
 */
export function conventionalSpans(
  text: string,
  mentions: readonly Mention[],
  conventions: SpanConventions | undefined,
): ConventionalSpans {
  const spans = new Map<string, Span>();
  const absorbed = new Set<string>();
  const modified = new Set(conventions?.modifiedTitlesOut);
  const titles = conventions?.personTitles?.length
    ? new RegExp(`(?:^|\\s)(?:${conventions.personTitles.map(escapeRegex).join('|')}) $`, 'u')
    : undefined;
  for (const m of mentions) {
    let { start, end } = m;
    if (conventions?.wholeTokens) {
      while (start > 0 && !/\s/u.test(text[start - 1]!)) start--;
      while (end < text.length && !/\s/u.test(text[end]!)) end++;
    }
    if (conventions?.datelineClosingPeriod && m.type === 'Place' && end === text.length - 2) {
      if (DATELINE_LINE.test(text)) end = text.length;
    }
    if (titles && m.type === 'Person') {
      const t = titles.exec(text.slice(Math.max(0, start - 20), start));
      const title = t?.[0].trim();
      if (t && !(modified.has(title!) && endsWithModifier(text.slice(0, start - t[0].length)))) {
        start -= t[0].trimStart().length;
      }
    }
    if (conventions?.aliasParenthesis && m.type === 'Organization') {
      const p = ALIAS_PARENTHESIS.exec(text.slice(end, end + 60));
      if (p) end += p[0].length;
    }
    spans.set(m.id, { start, end });
  }
  if (conventions?.joinedPlaceChainAfter) {
    joinPlaceChains(
      text,
      mentions,
      new RegExp(`(?:${conventions.joinedPlaceChainAfter})$`, 'iu'),
      spans,
      absorbed,
    );
  }
  if (conventions?.aliasParenthesis) {
    for (const m of mentions) {
      const own = spans.get(m.id)!;
      const host = mentions.find((o) => {
        const s = spans.get(o.id)!;
        return (
          o !== m &&
          o.type === m.type &&
          s.start <= own.start &&
          own.end <= s.end &&
          s.end - s.start > own.end - own.start
        );
      });
      if (host) {
        spans.set(m.id, spans.get(host.id)!);
        absorbed.add(m.id);
      }
    }
  }
  if (conventions?.namedArguments) nameArguments(mentions, spans);
  return { spans, absorbed };
}

/**
 * Joins "City , State" after a cue into one span: the city's span grows to the state's end and the state
 * takes that span too (absorbed: not an entity of its own; a relation between the two becomes a loop,
 * which the relation items drop).
 */
function joinPlaceChains(
  text: string,
  mentions: readonly Mention[],
  cue: RegExp,
  spans: Map<string, Span>,
  absorbed: Set<string>,
): void {
  const places = mentions.filter((m) => m.type === 'Place').sort((a, b) => a.start - b.start);
  for (let i = 0; i < places.length - 1; i++) {
    const city = spans.get(places[i]!.id)!;
    if (!cue.test(text.slice(Math.max(0, city.start - 30), city.start))) continue;
    const state = spans.get(places[i + 1]!.id)!;
    if (!/^\s*,\s*$/u.test(text.slice(city.end, state.start))) continue;
    const joined = { start: city.start, end: state.end };
    spans.set(places[i]!.id, joined);
    spans.set(places[i + 1]!.id, joined);
    absorbed.add(places[i + 1]!.id);
    i++;
  }
}

/** Gives each pronoun or nominal the span of its entity's nearest name (see `namedArguments`). */
function nameArguments(mentions: readonly Mention[], spans: Map<string, Span>): void {
  const named = mentions.filter(isNamedMention);
  for (const m of mentions) {
    if (isNamedMention(m)) continue;
    const same = named.filter((n) => n.key === m.key);
    const antecedent = same.filter((n) => n.start < m.start).at(-1) ?? same[0];
    if (antecedent)
      spans.set(m.id, spans.get(antecedent.id) ?? { start: antecedent.start, end: antecedent.end });
  }
}

/** A one-line account of the conventions, for the report's notes. */
export function describeSpanConventions(c: SpanConventions): string {
  const parts: string[] = [];
  if (c.wholeTokens) parts.push('whole tokens');
  if (c.personTitles?.length) parts.push(`titles in person spans (${c.personTitles.join(' ')})`);
  if (c.modifiedTitlesOut?.length)
    parts.push(`not after a capitalised modifier (${c.modifiedTitlesOut.join(' ')})`);
  if (c.aliasParenthesis) parts.push('alias parenthesis in organization spans');
  if (c.datelineClosingPeriod) parts.push("a dateline line's closing period in the state");
  if (c.namedArguments) parts.push('pronoun and nominal arguments at their names');
  if (c.joinedPlaceChainAfter) parts.push(`"City , State" as one place after /${c.joinedPlaceChainAfter}/`);
  return `${parts.join('; ')} (--our-spans: none)`;
}
