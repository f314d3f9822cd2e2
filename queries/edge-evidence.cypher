// The evidence for every relationship between two named entities (either direction): sentences, rules, documents.
//
// @param a  The first entity (name, alias or key) (default: "Ascend Elements")
// @param b  The second entity (name, alias or key) (default: "GEM Co.")
// Example: corpgraph query queries/edge-evidence.cypher --param a="Linh Austin" --param b="Ascend Elements"
MATCH (x)-[r]-(y)
WHERE (x.key = $a OR x.name = $a OR $a IN x.aliases) AND (y.key = $b OR y.name = $b OR $b IN y.aliases)
RETURN x.name AS entity, r.type AS relation, r.status AS status, y.name AS other, r.confidence AS confidence,
       r.count AS pieces, r.sentences AS sentences, r.rules AS rules, r.docIds AS documents
ORDER BY relation, status
