// Date mentions (years, "May 2006", "March 3, 2021") for founding-date facts; never graph nodes.
import type { Mention } from '../types.js';

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
/** Full dates first, then month-year, then a bare year (1500–2099). */
const DATE = new RegExp(
  `\\b(?:${MONTH} \\d{1,2}, (?:1[5-9]|20)\\d\\d|\\d{1,2} ${MONTH} (?:1[5-9]|20)\\d\\d|${MONTH},? (?:1[5-9]|20)\\d\\d|(?:1[5-9]|20)\\d\\d)\\b(?![-/.,]?\\d)`,
  'g',
);

/** Find date expressions in `text` that do not overlap `taken` spans. */
export function findDates(text: string, taken: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(DATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    // Why: "$2021 million" or "2021-22" are not dates; amounts and ranges are left alone.
    if (/[$€£]\s*$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    out.push({ id: '', type: 'Date', start, end, text: m[0], source: 'date' });
  }
  return out;
}
