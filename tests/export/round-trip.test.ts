// Round trips (export → parse → same graph), escaping and determinism for every export format.
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../src/export/csv.js';
import { exportGexf } from '../../src/export/gexf.js';
import { exportGraphml } from '../../src/export/graphml.js';
import { exportJson } from '../../src/export/json.js';
import { toXmlChars } from '../../src/export/xml.js';
import { createGraph } from '../../src/graph/create.js';
import { deserializeGraph } from '../../src/graph/io.js';
import type { CorpGraph } from '../../src/types.js';
import {
  HOSTILE_NAMES,
  hasBadXmlReference,
  hasXmlForbidden,
  hostileGraph,
  sampleGraph,
  snapshot,
} from './fixture.js';
import { parseCsvRows, readCsv, readGexf, readGraphml } from './readers.js';

/** A copy with `fn` applied to the plain string attributes (not to lists or evidence, exported as JSON). */
function mapStrings(graph: CorpGraph, fn: (text: string) => string): CorpGraph {
  const copy = graph.copy();
  const fix = (attrs: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(attrs)) if (typeof v === 'string') attrs[k] = fn(v);
  };
  copy.forEachNode((_k, a) => fix(a as unknown as Record<string, unknown>));
  copy.forEachEdge((_k, a) => fix(a as unknown as Record<string, unknown>));
  return copy;
}

/** The graph as XML can hold it: plain string attributes with forbidden characters replaced by U+FFFD. */
const xmlSafe = (graph: CorpGraph) => mapStrings(graph, toXmlChars);

/** The same graph, built by inserting nodes and edges in reverse order. */
function reversed(graph: CorpGraph): CorpGraph {
  const copy = createGraph();
  copy.replaceAttributes(structuredClone(graph.getAttributes()));
  for (const key of graph.nodes().reverse()) copy.addNode(key, structuredClone(graph.getNodeAttributes(key)));
  for (const key of graph.edges().reverse()) {
    copy.addDirectedEdgeWithKey(
      key,
      graph.source(key),
      graph.target(key),
      structuredClone(graph.getEdgeAttributes(key)),
    );
  }
  return copy;
}

const FORMATS: [string, (g: CorpGraph) => string][] = [
  ['json', exportJson],
  ['graphml', exportGraphml],
  ['gexf', exportGexf],
  ['csv', (g) => JSON.stringify(exportCsv(g))],
];

describe('JSON export', () => {
  it('is graphology serialization and reads back to the same graph, hostile text included', () => {
    for (const graph of [sampleGraph(), hostileGraph()]) {
      const back = deserializeGraph(JSON.parse(exportJson(graph)));
      expect(snapshot(back)).toEqual(snapshot(graph));
      expect(back.getAttributes()).toEqual(graph.getAttributes());
    }
  });
});

describe('GraphML export', () => {
  it('round-trips an ordinary graph exactly, graph attributes included', () => {
    const graph = sampleGraph();
    const back = readGraphml(exportGraphml(graph));
    expect(snapshot(back)).toEqual(snapshot(graph));
    expect(back.getAttributes()).toEqual(graph.getAttributes());
  });

  it('round-trips hostile names; only characters XML cannot hold become U+FFFD in plain values', () => {
    const graph = hostileGraph();
    const back = readGraphml(exportGraphml(graph));
    expect(snapshot(back)).toEqual(snapshot(xmlSafe(graph)));
    // JSON-valued attributes (aliases, evidence) keep even the forbidden characters.
    const nul = back.getNodeAttributes('org:hostile-06');
    expect(nul.aliases).toContain(HOSTILE_NAMES[6]);
    expect(nul.name).toBe('NUL\uFFFD BEL\uFFFD ESC\uFFFD VT\uFFFD FF\uFFFD');
    // CR LF, lone CR and tab survive XML line-end normalization.
    expect(back.getNodeAttributes('org:hostile-02').name).toBe(HOSTILE_NAMES[2]);
    expect(back.getAttributes()).toEqual(graph.getAttributes());
  });

  it('is well-formed XML 1.0 with no forbidden characters, markup escaped and typed keys', () => {
    const xml = exportGraphml(hostileGraph());
    expect(hasXmlForbidden(xml)).toBe(false);
    expect(hasBadXmlReference(xml)).toBe(false);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert("x")&lt;/script&gt;');
    expect(xml).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<graphml xmlns="http:\/\/graphml\.graphdrawing\.org\/xmlns"/,
    );
    expect(xml).toContain('<key id="n3" for="node" attr.name="mentions" attr.type="long">');
    expect(xml).toContain('<key id="e4" for="edge" attr.name="confidence" attr.type="double">');
    expect(xml).toContain('<graph id="G" edgedefault="directed">');
    expect(xml).toContain('<node id="org:&quot;quoted&quot;&amp;&lt;key&gt;">');
  });

  it('writes an empty graph as a valid document', () => {
    const back = readGraphml(exportGraphml(createGraph()));
    expect(back.order).toBe(0);
    expect(back.getAttribute('documents')).toEqual([]);
  });
});

describe('GEXF export', () => {
  it('round-trips an ordinary graph through graphology-gexf', () => {
    const graph = sampleGraph();
    expect(snapshot(readGexf(exportGexf(graph)))).toEqual(snapshot(graph));
  });

  it('round-trips hostile names (lists and evidence as JSON strings)', () => {
    const graph = hostileGraph();
    const xml = exportGexf(graph);
    expect(hasXmlForbidden(xml)).toBe(false);
    expect(hasBadXmlReference(xml)).toBe(false);
    expect(xml).not.toContain('<script>');
    const back = readGexf(xml);
    // graphology-gexf's writer leaves out empty strings, so the empty name comes back absent.
    const expected = snapshot(xmlSafe(graph));
    for (const [, attrs] of expected.nodes) {
      const a = attrs as { name?: string };
      if (a.name === '') delete a.name;
    }
    for (const [, , , attrs] of expected.edges) {
      const a = attrs as { title?: string };
      if (a.title === '') delete a.title;
    }
    expect(snapshot(back)).toEqual(expected);
  });

  it('labels nodes with their names and edges with their types, for Gephi', () => {
    const xml = exportGexf(sampleGraph());
    expect(xml).toContain('<node id="org:ascend-elements" label="Ascend Elements">');
    expect(xml).toMatch(
      /<edge id="org:ascend-elements\|SIGNED_MOU_WITH\|current\|org:gem" source="org:ascend-elements" target="org:gem" label="SIGNED_MOU_WITH">/,
    );
    expect(xml).toContain('<attribute id="aliases" title="aliases" type="string"/>');
  });
});

describe('CSV export', () => {
  it('round-trips hostile text exactly (controls, quotes, commas, CR/LF, empty vs absent)', () => {
    for (const graph of [sampleGraph(), hostileGraph()]) {
      const csv = exportCsv(graph);
      const back = readCsv(csv.nodes, csv.edges);
      // Unpaired surrogates cannot be encoded as UTF-8: they alone become U+FFFD.
      const utf8Safe = mapStrings(graph, (t) =>
        t.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
      );
      expect(snapshot(back)).toEqual(snapshot(utf8Safe));
    }
    expect(readCsv(exportCsv(hostileGraph()).nodes, '').getNodeAttribute('org:hostile-06', 'name')).toBe(
      HOSTILE_NAMES[6],
    );
  });

  it('follows RFC 4180: header, CRLF records, quoted fields with doubled quotes', () => {
    const csv = exportCsv(sampleGraph());
    expect(csv.nodes.startsWith('id,name,type,aliases,mentions,docIds\r\n')).toBe(true);
    expect(csv.edges.startsWith('id,source,target,type,status,title,date,confidence,evidence\r\n')).toBe(
      true,
    );
    expect(csv.nodes).toContain('org:gem,GEM Co.,Organization,"[""GEM"",""GEM Co.""]",2,"[""doc-a""]"\r\n');
    expect(csv.nodes.endsWith('\r\n')).toBe(true);
    // Absent title is an empty unquoted cell; each file has one row per element plus the header.
    expect(csv.edges).toContain(
      'org:ascend-elements|BASED_IN|current|place:westborough,org:ascend-elements,place:westborough,BASED_IN,current,,,0.7,',
    );
    expect(parseCsvRows(csv.nodes)).toHaveLength(6);
    expect(parseCsvRows(csv.edges)).toHaveLength(6);
  });

  it('quotes a field holding a lone LF or CR, and keeps an empty string apart from an absent value', () => {
    const csv = exportCsv(hostileGraph());
    expect(csv.nodes).toContain('"Line\nbreak\r\nand\rcarriage\ttab"');
    expect(csv.nodes).toContain('org:hostile-12,"",');
  });

  it('guards spreadsheet formulas only when asked', () => {
    const graph = createGraph();
    graph.addNode('org:f', {
      label: 'Organization',
      name: '=HYPERLINK("http://x")',
      aliases: [],
      mentions: 1,
      docIds: [],
    });
    expect(exportCsv(graph).nodes).toContain(',"=HYPERLINK(""http://x"")",');
    expect(exportCsv(graph, { spreadsheetSafe: true }).nodes).toContain(`,"'=HYPERLINK(""http://x"")",`);
  });
});

describe('determinism', () => {
  it.each(FORMATS)('%s: the same graph inserted in another order gives the same bytes', (_name, write) => {
    for (const graph of [sampleGraph(), hostileGraph()]) {
      expect(write(reversed(graph))).toBe(write(graph));
    }
  });

  it('extra attributes are exported after the fixed columns, sorted, and read back', () => {
    const graph = sampleGraph();
    graph.setNodeAttribute('org:gem', 'zeta' as never, 2 as never);
    graph.setNodeAttribute('org:gem', 'alpha' as never, 'x' as never);
    const csv = exportCsv(graph);
    expect(csv.nodes.split('\r\n')[0]).toBe('id,name,type,aliases,mentions,docIds,alpha,zeta');
    const back = readGraphml(exportGraphml(graph));
    expect(back.getNodeAttributes('org:gem')).toMatchObject({ alpha: 'x', zeta: 2 });
  });
});
