// People who moved between companies: a former role at one organization and a current role at another.
//
// @param person  Only this person (name, alias or key); "" for everyone (default: "")
// Example: corpgraph query queries/people-moves.cypher
MATCH (p:Person)-[f]->(a:Organization), (p)-[c]->(b:Organization)
WHERE f.status = 'former' AND c.status = 'current' AND a <> b
  AND ($person = '' OR p.key = $person OR p.name = $person OR $person IN p.aliases)
RETURN p.name AS person, a.name AS formerOrganization, f.type AS formerRole, f.title AS formerTitle,
       b.name AS currentOrganization, c.type AS currentRole, c.title AS currentTitle
ORDER BY person, formerOrganization, currentOrganization
