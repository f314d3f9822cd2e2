// The most connected organizations: distinct neighbours over all fact relationships.
//
// @param limit  How many to list (default: 10)
// Example: corpgraph query queries/most-connected.cypher --param limit=5
MATCH (o:Organization)-[r]-(n)
WHERE r.type IS NOT NULL
WITH o, count(DISTINCT n) AS neighbours, count(r) AS relationships
RETURN o.name AS organization, o.key AS key, neighbours, relationships
ORDER BY neighbours DESC, relationships DESC, organization
LIMIT $limit
