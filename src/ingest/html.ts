// HTML documents: main text by @mozilla/readability on a linkedom DOM, with title, byline and date.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Diagnostic, SourceDocument } from '../types.js';
import { cleanText } from './clean-text.js';
import { ingestDiagnostic } from './diagnostics.js';
import { type DomNode, domToText } from './html-text.js';
import { findPublishedDate, normalizeDate } from './published-date.js';
import { type DocumentMeta, makeDocument } from './text.js';

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ').trim();
  return norm(a) === norm(b);
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
  const where = { source: meta.uri };
  try {
    const document = parse(html);
    const pageTitle = document.querySelector('title')?.textContent?.trim();
    const metaDate = findPublishedDate(document);
    const article = new Readability(document, { serializer: (node: Node) => node }).parse();
    let text = article?.content ? domToText(article.content as unknown as DomNode) : '';
    if (text.trim() === '') {
      const fresh = parse(html);
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
      return ingestDiagnostic(
        'no-text',
        'HTML page has no article text (no body, or only page furniture)',
        where,
      );
    }
    const found: DocumentMeta = {};
    if (title) found.title = title;
    if (article?.byline?.trim()) found.byline = article.byline.trim();
    const published = (article?.publishedTime && normalizeDate(article.publishedTime)) || metaDate;
    if (published) found.published = published;
    return makeDocument(body, meta, found);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return ingestDiagnostic('html-failed', `HTML could not be parsed: ${reason}`, where);
  }
}

/** True when `value` is a Diagnostic rather than a document (for `ingestHtml` results). */
export function isDiagnostic(value: SourceDocument | Diagnostic): value is Diagnostic {
  return 'severity' in value && 'code' in value;
}
