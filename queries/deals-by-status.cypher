// Deals by status: facts between organizations that are not done yet (planned, proposed) or any statuses you name.
//
// @param statuses  Statuses to list (default: ["planned", "proposed"])
// Example: corpgraph query queries/deals-by-status.cypher --param 'statuses=["former"]'
MATCH (a:Organization)-[r]->(b:Organization)
WHERE r.status IN $statuses
RETURN r.status AS status, r.type AS relation, a.name AS organization, b.name AS counterparty,
       r.sentences AS evidence
ORDER BY status, relation, organization, counterparty
