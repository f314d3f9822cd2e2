// Who signed memorandums of understanding with whom, with the evidence sentences and their documents.
//
// @param org  Only MOUs of this organization (name, alias or key); "" for all (default: "")
// Example: corpgraph query queries/mou-partners.cypher
// Example: corpgraph query queries/mou-partners.cypher --param org="Ascend Elements"
MATCH (a:Organization)-[r:SIGNED_MOU_WITH]->(b:Organization)
WHERE $org = '' OR a.key = $org OR a.name = $org OR $org IN a.aliases
   OR b.key = $org OR b.name = $org OR $org IN b.aliases
RETURN a.name AS organization, b.name AS partner, r.status AS status, r.confidence AS confidence,
       r.sentences AS evidence, r.docIds AS documents
ORDER BY organization, partner, status
