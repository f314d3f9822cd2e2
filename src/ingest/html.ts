// HTML documents: main text by @mozilla/readability on a linkedom DOM, with title, byline and date.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Diagnostic, SourceDocument } from '../types.js';
import { cleanText } from './clean-text.js';
import { ingestDiagnostic } from './diagnostics.js';
import { type DomNode, domToText } from './html-text.js';
import { findPublishedDate, normalizeDate } from './published-date.js';
import { type DocumentMeta, makeDocument } from './text.js';

// Why: Readability's cost grows steeply with nesting (≈20 s at 1,000 levels on linkedom); real news
// pages nest well under 60 levels, so deeper markup is hostile or broken and gets the body text instead.
const MAX_READABILITY_DEPTH = 150;

/** What `ingestHtmlDetailed` returns: the document or why there is none, plus notes on how it was read. */
export interface HtmlResult {
  result: SourceDocument | Diagnostic;
  notes: Diagnostic[];
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ').trim();
  return norm(a) === norm(b);
}

/** Deepest element nesting of a DOM subtree (iterative; stops counting past the limit). */
function maxDepth(root: DomNode): number {
  let deepest = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_READABILITY_DEPTH) return deepest;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

function parse(html: string): Document {
  // Why: linkedom needs a root element; a fragment ("<p>…</p>") would otherwise lose its body.
  const source = /<html[\s>]/iu.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

/**
 * Ingest an HTML page: the article's main text via Readability (falling back to the body's text when
 * Readability finds no article), page furniture removed, paragraphs kept; title, byline and publication
 * date from the page (meta tags, JSON-LD `datePublished`, `<time>`). Never throws.
 * @param html the page source
 * @param meta metadata to attach (wins over what the page says); `uri` names the source in diagnostics
 * @returns the document, or a Diagnostic when the page has no text or cannot be parsed
 */
export function ingestHtml(html: string, meta: DocumentMeta = {}): SourceDocument | Diagnostic {
  return ingestHtmlDetailed(html, meta).result;
}

/**
 * `ingestHtml` plus notes on how the page was read (e.g. Readability skipped for hostile nesting).
 * @param html the page source
 * @param meta metadata to attach; `uri` names the source in diagnostics
 */
export function ingestHtmlDetailed(html: string, meta: DocumentMeta = {}): HtmlResult {
  const where = { source: meta.uri };
  const notes: Diagnostic[] = [];
  try {
    const document = parse(html);
    const pageTitle = document.querySelector('title')?.textContent?.trim();
    const metaDate = findPublishedDate(document);
    let article: ReturnType<Readability<Node>['parse']> = null;
    if (maxDepth(document as unknown as DomNode) > MAX_READABILITY_DEPTH) {
      notes.push(
        ingestDiagnostic(
          'html-fallback',
          `HTML nested more than ${MAX_READABILITY_DEPTH} levels deep; main-text extraction skipped, whole body text used`,
          where,
        ),
      );
    } else {
      article = new Readability<Node>(document, { serializer: (node: Node) => node }).parse();
    }
    let text = article?.content ? domToText(article.content as unknown as DomNode) : '';
    if (text.trim() === '') {
      const fresh = article === null && notes.length > 0 ? document : parse(html);
      const root = fresh.body ?? fresh.documentElement;
      text = root ? domToText(root as unknown as DomNode) : '';
    }
    const cleaned = cleanText(text, { detectTitle: false, reflow: false });
    const title = article?.title?.trim() || pageTitle;
    let body = cleaned.text;
    if (title) {
      const [first, ...rest] = body.split('\n\n');
      if (first !== undefined && sameText(first, title)) body = rest.join('\n\n');
    }
    if (body.trim() === '') {
      const reason = 'HTML page has no article text (no body, or only page furniture)';
      return { result: ingestDiagnostic('no-text', reason, where), notes };
    }
    const found: DocumentMeta = {};
    if (title) found.title = title;
    const byline = article?.byline?.trim() || cleaned.byline;
    if (byline) found.byline = byline;
    const published = (article?.publishedTime && normalizeDate(article.publishedTime)) || metaDate;
    if (published) found.published = published;
    const doc = makeDocument(body, meta, found);
    for (const note of notes) note.docId = doc.id;
    return { result: doc, notes };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { result: ingestDiagnostic('html-failed', `HTML could not be parsed: ${reason}`, where), notes };
  }
}

/** True when `value` is a Diagnostic rather than a document (for `ingestHtml` results). */
export function isDiagnostic(value: SourceDocument | Diagnostic): value is Diagnostic {
  return 'severity' in value && 'code' in value;
}
