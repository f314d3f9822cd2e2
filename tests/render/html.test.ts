// renderHtml: one self-contained, deterministic page whose inlined article text cannot inject markup.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isCorpgraphError } from '../../src/errors.js';
import { createGraph } from '../../src/graph/create.js';
import { renderHtml, toViewData, type ViewData } from '../../src/render/index.js';
import { computeLayout } from '../../src/render/layout.js';
import { MOU_SENTENCE, seedLikeGraph, XSS_IMG, XSS_SCRIPT } from './fixtures.js';

function inlineData(html: string): ViewData {
  const match = /<script type="application\/json" id="corpgraph-data">([^<]*)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no data script');
  return JSON.parse(match[1]) as ViewData;
}

describe('renderHtml', () => {
  const html = renderHtml(seedLikeGraph(), { title: `Deals ${XSS_IMG}` });

  it('has exactly the two script elements it writes, whatever the names contain', () => {
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html.includes('<img')).toBe(false);
  });

  it('loads nothing from the network: no src or href attributes in the markup', () => {
    const markup = html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '');
    expect(/<[a-z][^>]*\s(src|href)=/i.test(markup)).toBe(false);
  });

  it('inlines the graph data intact, hostile names included', () => {
    const data = inlineData(html);
    expect(data.nodes.map((n) => n.name)).toContain(XSS_SCRIPT);
    expect(data.nodes.map((n) => n.name)).toContain(XSS_IMG);
    const mou = data.edges.find((e) => e.type === 'SIGNED_MOU_WITH');
    expect(mou?.evidence[0]?.sentence).toBe(MOU_SENTENCE);
    expect(data.documents[mou?.evidence[0]?.doc ?? -1]?.title).toBe('Ascend Elements and GEM sign MOU');
  });

  it('escapes the title and pins the page script by hash in the CSP', () => {
    expect(html.includes('<title>Deals &lt;img src=x onerror=alert(1)&gt;</title>')).toBe(true);
    const script = /<script>([\s\S]*)<\/script>\n<\/body>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    expect(html.includes(`script-src 'sha256-${hash}'`)).toBe(true);
    expect(html.includes("connect-src 'none'")).toBe(true);
  });

  it('is byte-identical for the same graph, and positions do not depend on insertion order', () => {
    expect(renderHtml(seedLikeGraph(), { title: `Deals ${XSS_IMG}` }) === html).toBe(true);
    const forward = seedLikeGraph();
    const reversed = createGraph();
    reversed.replaceAttributes(forward.getAttributes());
    for (const key of [...forward.nodes()].reverse()) reversed.addNode(key, forward.getNodeAttributes(key));
    for (const key of [...forward.edges()].reverse()) {
      reversed.addDirectedEdgeWithKey(
        key,
        forward.source(key),
        forward.target(key),
        forward.getEdgeAttributes(key),
      );
    }
    expect([...computeLayout(reversed)].sort()).toEqual([...computeLayout(forward)].sort());
  });

  it('sizes nodes by degree and spreads them out', () => {
    const data = toViewData(seedLikeGraph(), { title: 't', mode: 'file' });
    const size = (key: string) => data.nodes.find((n) => n.key === key)?.size ?? 0;
    expect(size('org:ascend-elements')).toBeGreaterThan(size('org:bp'));
    const xs = new Set(data.nodes.map((n) => `${n.x},${n.y}`));
    expect(xs.size).toBe(data.nodes.length);
  });

  it('renders an empty graph', () => {
    expect(inlineData(renderHtml(createGraph())).nodes).toEqual([]);
  });

  it('rejects bad options with E_BAD_OPTION', () => {
    try {
      renderHtml(createGraph(), { iterations: 0 });
      expect.unreachable();
    } catch (error) {
      expect(isCorpgraphError(error, 'E_BAD_OPTION')).toBe(true);
    }
  });
});
