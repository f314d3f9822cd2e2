// Organizations by place: based in or operating in a place, or in a place located in it.
//
// @param place  The place's name or key; "" for every place (default: "")
// Example: corpgraph query queries/orgs-by-place.cypher --param place=Massachusetts
MATCH (o:Organization)-[r:BASED_IN|OPERATES_IN]->(p:Place)-[:LOCATED_IN*0..2]->(q:Place)
WHERE $place = '' OR q.key = $place OR q.name = $place OR $place IN q.aliases
RETURN DISTINCT q.name AS place, o.name AS organization, r.type AS relation, p.name AS via, r.status AS status
ORDER BY place, organization, relation, via
