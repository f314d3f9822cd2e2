// How two entities are connected: one shortest chain of relationships (up to 6 hops).
// Neo4j dialect (`shortestPath()`); the LadybugDB version is connection-path.cypher.
//
// @param from  The first entity (name, alias or key) (default: "Linh Austin")
// @param to    The second entity (name, alias or key) (default: "GEM Co., Ltd.")
// Example: corpgraph query queries/connection-path.neo4j.cypher --neo4j bolt://localhost:7687 --param to=Initech
MATCH (a)
WHERE a.key = $from OR a.name = $from OR $from IN a.aliases
MATCH (b)
WHERE (b.key = $to OR b.name = $to OR $to IN b.aliases)
  AND a <> b
MATCH p = shortestPath((a)-[*..6]-(b))
RETURN a.name AS fromEntity, b.name AS toEntity, length(p) AS hops, nodes(p) AS chain, relationships(p) AS relationships
LIMIT 1
