// Map neo4j-driver result values to plain JSON in the shared shape (nodes, relationships, paths).
import neo4j from 'neo4j-driver';

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(properties)) out[k] = toPlainNeo4jValue(v);
  return out;
}

/** Convert one neo4j-driver value: Integer → number (string when unsafe), temporal → ISO string. */
export function toPlainNeo4jValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const int = value as ReturnType<typeof neo4j.int>;
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (neo4j.isNode(value as object)) {
    const node = value as InstanceType<typeof neo4j.types.Node>;
    return { labels: [...node.labels], properties: plainProperties(node.properties) };
  }
  if (neo4j.isRelationship(value as object)) {
    const rel = value as InstanceType<typeof neo4j.types.Relationship>;
    return { type: rel.type, properties: plainProperties(rel.properties) };
  }
  if (neo4j.isPath(value as object)) {
    const path = value as InstanceType<typeof neo4j.types.Path>;
    const nodes = [toPlainNeo4jValue(path.start)];
    for (const segment of path.segments) nodes.push(toPlainNeo4jValue(segment.end));
    return { nodes, relationships: path.segments.map((s) => toPlainNeo4jValue(s.relationship)) };
  }
  if (
    neo4j.isDate(value as object) ||
    neo4j.isDateTime(value as object) ||
    neo4j.isLocalDateTime(value as object) ||
    neo4j.isLocalTime(value as object) ||
    neo4j.isTime(value as object) ||
    neo4j.isDuration(value as object) ||
    neo4j.isPoint(value as object)
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(toPlainNeo4jValue);
  if (typeof value === 'object') return plainProperties(value as Record<string, unknown>);
  return value;
}

/** Whole JS numbers become Neo4j Integers (the driver would send 10 as the float 10.0). */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toNeo4jParams(v);
    return out;
  }
  return value;
}
