// How two entities are connected: one shortest chain of fact relationships (up to 6 hops, not via documents).
// Neo4j dialect (`shortestPath()`); the LadybugDB version is connection-path.cypher.
//
// @param from  The first entity (name, alias or key) (default: "Linh Austin")
// @param to    The second entity (name, alias or key) (default: "GEM Co.")
// Example: corpgraph query queries/connection-path.neo4j.cypher --neo4j bolt://localhost:7687 --param to=Initech
MATCH (a)
WHERE a.key = $from OR a.name = $from OR $from IN a.aliases
MATCH (b)
WHERE (b.key = $to OR b.name = $to OR $to IN b.aliases)
  AND a <> b
MATCH p = shortestPath((a)-[:CEO_OF|PRESIDENT_OF|CHAIR_OF|FOUNDER_OF|EXECUTIVE_OF|BOARD_MEMBER_OF|WORKS_FOR|SIGNED_MOU_WITH|PARTNERED_WITH|JOINT_VENTURE_WITH|AGREEMENT_WITH|ACQUIRED|MERGED_WITH|INVESTED_IN|SUBSIDIARY_OF|BASED_IN|OPERATES_IN|LOCATED_IN|LIVES_IN|FOUNDED_ON*..6]-(b))
RETURN a.name AS fromEntity, b.name AS toEntity, length(p) AS hops, nodes(p) AS chain, relationships(p) AS relationships
LIMIT 1
