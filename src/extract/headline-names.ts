// Names in a headline's Title Case: a capitalised verb or deal noun is no part of a name.

/**
 * A headline's verb between two names, capitalised like them ("Hilton Hotels Acquired by Blackstone
 * Group", "Acme Corp Buys Beta Inc"): no name runs through it.
 */
const HEADLINE_VERB =
  / (?:Acquires|Acquired|Buys|Bought|Sells|Sold|Completes|Completed|Announces|Announced|Appoints|Appointed|Agrees|Signs|Signed|Inks|Launches|Unveils|Raises|Invests|Merges|Closes|Confirms|Hires|Wins|Secures|Partners With|Teams Up With|Joins|To (?:Buy|Acquire|Sell|Merge|Invest|Open|Build|Cut|Close))(?= |$)/u;

/** A headline's deal noun after its verb ("Completes Acquisition of Beta Inc"): no name starts there. */
const DEAL_NOUN =
  /^(?:Acquisition|Purchase|Sale|Stake|Deal|Merger|Takeover|Agreement|Partnership|Plans?|Talks|Bid|Offer)\b/u;
/** A headline's deal noun after a name ("Novartis To Buy Alcon Stake"): not the name's. */
const DEAL_TAIL = / (?:Stake|Stakes|Deal|Bid|Offer|Takeover|Buyout)$/u;

/**
 * The parts of a span on either side of a headline verb, without a trailing deal noun (the span itself
 * when it has neither).
 * @param text the document's text
 * @param span a candidate's span in it
 */
export function splitAtHeadlineVerb<S extends { start: number; end: number }>(text: string, span: S): S[] {
  const surface = text.slice(span.start, span.end);
  const verb = HEADLINE_VERB.exec(surface);
  if (!verb) {
    const tail = DEAL_TAIL.exec(surface);
    return [tail ? { ...span, end: span.end - tail[0].length } : span];
  }
  const parts: S[] = [{ ...span, end: span.start + verb.index }];
  const rest = span.start + verb.index + verb[0].length + 1;
  if (
    rest < span.end &&
    /^\p{Lu}/u.test(text.slice(rest, span.end)) &&
    !DEAL_NOUN.test(text.slice(rest, span.end))
  )
    parts.push({ ...span, start: rest });
  return parts.map((p) => {
    const tail = DEAL_TAIL.exec(text.slice(p.start, p.end));
    return tail ? { ...p, end: p.end - tail[0].length } : p;
  });
}
