// All facts from one document: every relationship with evidence in it, and the entities it mentions.
//
// @param doc  The document id, title or uri; "" for every document (default: "")
// Example: corpgraph query queries/document-facts.cypher --param doc=3f2a9c...
MATCH (d:Document)
WHERE $doc = '' OR d.id = $doc OR d.title = $doc OR d.uri = $doc
MATCH (a)-[r]->(b)
WHERE d.id IN r.docIds
RETURN d.id AS document, a.name AS subject, r.type AS relation, r.status AS status, b.name AS object,
       r.confidence AS confidence
ORDER BY document, subject, relation, object, status
