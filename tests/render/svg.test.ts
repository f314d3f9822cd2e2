// renderSvg: a well-formed, deterministic SVG with escaped names and a legend.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { createGraph } from '../../src/graph/create.js';
import { renderSvg } from '../../src/render/index.js';
import { seedLikeGraph, XSS_IMG } from './fixtures.js';

function parse(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(svg, 'image/svg+xml');
  return { doc, errors };
}

describe('renderSvg', () => {
  const svg = renderSvg(seedLikeGraph(), { width: 800, height: 600 });

  it('is well-formed XML with one circle per node, one line per edge, and a legend', () => {
    const { doc, errors } = parse(svg);
    expect(errors).toEqual([]);
    const root = doc.documentElement!;
    expect(root.getAttribute('width')).toBe('800');
    expect(root.getElementsByTagName('circle').length).toBe(8 + 3);
    expect(root.getElementsByTagName('line').length).toBe(7 + 4);
    const texts = Array.from(root.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toContain('Ascend Elements');
    expect(texts).toContain(XSS_IMG);
    expect(texts).toContain('former');
  });

  it('draws nodes a few pixels wide, bigger for more links, inside the picture', () => {
    const circles = Array.from(parse(svg).doc.getElementsByTagName('circle')).slice(0, 8);
    const radii = circles.map((c) => Number(c.getAttribute('r')));
    expect(Math.max(...radii)).toBeLessThan(30);
    expect(Math.min(...radii)).toBeGreaterThan(2);
    for (const c of circles) {
      expect(Number(c.getAttribute('cx'))).toBeGreaterThan(0);
      expect(Number(c.getAttribute('cx'))).toBeLessThan(800);
    }
  });

  it('escapes hostile names', () => {
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
  });

  it('is deterministic and handles an empty graph', () => {
    expect(renderSvg(seedLikeGraph(), { width: 800, height: 600 })).toBe(svg);
    expect(parse(renderSvg(createGraph())).errors).toEqual([]);
  });
});
