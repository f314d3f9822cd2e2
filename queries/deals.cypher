// Who made deals with whom: agreements, joint ventures, acquisitions, mergers and investments.
//
// @param org  Only deals of this organization (name, alias or key); "" for all (default: "")
// Example: corpgraph query queries/deals.cypher --param org=Globex
MATCH (a:Organization)-[r:AGREEMENT_WITH|JOINT_VENTURE_WITH|ACQUIRED|MERGED_WITH|INVESTED_IN]->(b:Organization)
WHERE $org = '' OR a.key = $org OR a.name = $org OR $org IN a.aliases
   OR b.key = $org OR b.name = $org OR $org IN b.aliases
RETURN a.name AS organization, r.type AS deal, r.status AS status, b.name AS counterparty,
       r.confidence AS confidence, r.sentences AS evidence
ORDER BY organization, deal, counterparty, status
