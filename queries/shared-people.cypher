// Companies that share a board member or executive (interlocks), with the person and both roles.
//
// @param statuses  Role statuses that count (default: ["current"])
// Example: corpgraph query queries/shared-people.cypher --param 'statuses=["current","former"]'
MATCH (a:Organization)<-[ra:BOARD_MEMBER_OF|CHAIR_OF|CEO_OF|PRESIDENT_OF|EXECUTIVE_OF|FOUNDER_OF]-(p:Person)-[rb:BOARD_MEMBER_OF|CHAIR_OF|CEO_OF|PRESIDENT_OF|EXECUTIVE_OF|FOUNDER_OF]->(b:Organization)
WHERE a.key < b.key AND ra.status IN $statuses AND rb.status IN $statuses
RETURN a.name AS organization, b.name AS otherOrganization, p.name AS person, ra.type AS role, rb.type AS otherRole
ORDER BY organization, otherOrganization, person
