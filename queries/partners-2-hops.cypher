// A company's partners and partners of partners (2 hops over partnerships, MOUs, agreements and JVs).
//
// @param org  The organization (name, alias or key) (default: "Ascend Elements")
// Example: corpgraph query queries/partners-2-hops.cypher --param org="Acme Corp"
MATCH (o:Organization)-[r1:PARTNERED_WITH|SIGNED_MOU_WITH|AGREEMENT_WITH|JOINT_VENTURE_WITH]-(p:Organization)
WHERE o.key = $org OR o.name = $org OR $org IN o.aliases
OPTIONAL MATCH (p)-[r2:PARTNERED_WITH|SIGNED_MOU_WITH|AGREEMENT_WITH|JOINT_VENTURE_WITH]-(q:Organization)
WHERE q <> o
RETURN DISTINCT o.name AS organization, p.name AS partner, r1.type AS relation, q.name AS partnerOfPartner,
       r2.type AS relation2
ORDER BY partner, partnerOfPartner
