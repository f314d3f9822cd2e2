// Map LadybugDB result values to plain JSON (nodes, relationships, paths, dates, big integers).

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function properties(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    // Why: Neo4j cannot store NULL, so an absent property is simply missing there; do the same here
    // (LadybugDB also fills in other tables' columns with NULL in mixed-label results).
    if (k.startsWith('_') || v === null || v === undefined) continue;
    out[k] = toPlainLadybugValue(v);
  }
  return out;
}

/** Convert one LadybugDB value to plain JSON in the shared result shape (see QueryResultTable). */
export function toPlainLadybugValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toPlainLadybugValue);
  if (value instanceof Map) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of value) out[String(k)] = toPlainLadybugValue(v);
    return out;
  }
  if (!isObject(value)) return value;
  if (Array.isArray(value._nodes) && Array.isArray(value._rels)) {
    return {
      nodes: value._nodes.map(toPlainLadybugValue),
      relationships: value._rels.map(toPlainLadybugValue),
    };
  }
  if ('_src' in value && '_dst' in value && '_label' in value) {
    return { type: value._label ?? null, properties: properties(value) };
  }
  if ('_label' in value && '_id' in value) {
    return { labels: value._label ? [value._label] : [], properties: properties(value) };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlainLadybugValue(v);
  return out;
}
