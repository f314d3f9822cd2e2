// Parse `--param name=value` pairs into query parameters (JSON values where they parse, else strings).
import { CorpgraphError } from '../errors.js';

/**
 * Parse one `name=value`. The value is JSON when it parses as JSON (`5`, `true`, `["a","b"]`,
 * `"007"`), otherwise the raw string (`Ascend Elements`).
 * @throws CorpgraphError E_BAD_OPTION when there is no `=` or the name is not a parameter name.
 */
export function parseParam(text: string): [string, unknown] {
  const eq = text.indexOf('=');
  const name = eq === -1 ? '' : text.slice(0, eq).trim().replace(/^\$/, '');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new CorpgraphError(
      'E_BAD_OPTION',
      `--param "${text}": expected name=value, e.g. --param org="Ascend Elements"`,
    );
  }
  const raw = text.slice(eq + 1);
  try {
    return [name, JSON.parse(raw)];
  } catch {
    return [name, raw];
  }
}

/** Parse every `--param` into one object (a later name wins). */
export function parseParams(pairs: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of pairs) {
    const [name, value] = parseParam(pair);
    out[name] = value;
  }
  return out;
}
