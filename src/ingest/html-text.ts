// DOM to paragraph text: block elements become blank-line-separated paragraphs, inline whitespace collapses.

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BODY',
  'HTML',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'HEAD',
  'TITLE',
]);

/** The minimal DOM surface this module reads (linkedom and browsers both provide it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * Text of a DOM subtree with one paragraph per block element, separated by blank lines; `<br>` ends a
 * line. Iterative (an explicit stack), so deeply nested markup cannot overflow the call stack.
 * @param root the subtree
 */
export function domToText(root: DomNode): string {
  const parts: string[] = [];
  // Why: a marker string pushed on the stack closes a block after its children are emitted.
  const stack: (DomNode | '\n\n')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === '\n\n') {
      parts.push('\n\n');
      continue;
    }
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      parts.push('\n');
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) {
      parts.push('\n\n');
      stack.push('\n\n');
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
