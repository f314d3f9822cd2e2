// A news monitoring service's source line ("LD0506194194 Paris Radio France International in French
// 1830 GMT 5 Jun 94"): a serial number, the city, then the broadcaster or paper, which read as one name.
import { gazetteer } from './lexicons/gazetteer.js';
import type { Token } from './nlp.js';

/** A monitoring item's serial: capitals and digits mixed, eight or more ("LD0506194194", "OW3004022094"). */
export function isSerial(token: Token): boolean {
  return /^(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{8,}$/u.test(token.text);
}

/** The language and time that close a source line: "in French 1830 GMT", "in Spanish 0400 GMT". */
function closesSourceLine(tokens: Token[], b: number): boolean {
  const [prep, language, time, zone] = tokens.slice(b + 1, b + 5).map((t) => t.text);
  return (
    prep === 'in' && /^\p{Lu}\p{Ll}+$/u.test(language ?? '') && /^\d{4}$/u.test(time ?? '') && zone === 'GMT'
  );
}

/** A token range of a name run; `outlet` marks a source line's broadcaster or paper. */
export interface RunPart {
  range: [number, number];
  outlet: boolean;
}

/**
 * Splits a name run at serials ("… Province Detailed FL1802144094 Havana Radio …") and a source line's
 * city from its outlet. The part after a serial, or closing with the line's language and time, that
 * opens with a place the gazetteer knows (longest first: "Panama City ACAN") is split in two, the
 * outlet marked. Any other run comes back whole: "Boston Scientific" and "Tehran Radio" stay one name.
 * @returns the parts, in order
 */
export function splitSourceLine(tokens: Token[], [a, b]: [number, number]): RunPart[] {
  const parts: RunPart[] = [];
  let start = a;
  for (let k = a; k <= b + 1; k++) {
    if (k <= b && !isSerial(tokens[k]!)) continue;
    if (k > start) parts.push(...splitCityOutlet(tokens, start, k - 1));
    start = k + 1;
  }
  return parts;
}

function splitCityOutlet(tokens: Token[], a: number, b: number): RunPart[] {
  const afterSerial = a > 0 && isSerial(tokens[a - 1]!);
  if (b === a || !(afterSerial || closesSourceLine(tokens, b))) return [{ range: [a, b], outlet: false }];
  const places = gazetteer().places;
  for (let k = Math.min(b - 1, a + 2); k >= a; k--) {
    const name = tokens
      .slice(a, k + 1)
      .map((t, i) => (i < k - a ? t.text + t.post : t.text))
      .join('');
    if (places.has(name))
      return [
        { range: [a, k], outlet: false },
        { range: [k + 1, b], outlet: true },
      ];
  }
  return [{ range: [a, b], outlet: false }];
}
