// An organization's people and their roles, current and former, with titles and evidence.
//
// @param org  The organization (name, alias or key) (default: "Ascend Elements")
// Example: corpgraph query queries/org-people.cypher --param org="Acme Corp"
MATCH (p:Person)-[r:CEO_OF|PRESIDENT_OF|CHAIR_OF|FOUNDER_OF|EXECUTIVE_OF|BOARD_MEMBER_OF|WORKS_FOR]->(o:Organization)
WHERE o.key = $org OR o.name = $org OR $org IN o.aliases
RETURN o.name AS organization, p.name AS person, r.type AS role, r.title AS title, r.status AS status,
       r.sentences AS evidence
ORDER BY status, person, role
