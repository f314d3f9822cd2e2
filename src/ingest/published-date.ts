// Publication dates: find one in a page's metadata and normalize it to ISO 8601 without guessing a time zone.

const META_NAMES = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'citation_publication_date',
  'article.published',
];

/** The minimal DOM query surface used here. */
interface QueryableDocument {
  querySelectorAll(
    selector: string,
  ): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2}|\b(GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST)\b)\s*$/u;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Normalize a date string: ISO dates are kept as written; other parseable dates become `YYYY-MM-DD`,
 * or a full UTC ISO timestamp when the string names its time zone. Unparseable text is returned trimmed.
 * @param value a date as a page or feed gives it
 */
export function normalizeDate(value: string): string | undefined {
  const text = value.trim().replace(/\s+/gu, ' ');
  if (text === '' || text.length > 80) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/u.test(text)) return text;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return text;
  const date = new Date(ms);
  // Why: without a zone, Date.parse reads local time; local getters give back the calendar day written.
  if (HAS_ZONE.test(text)) return date.toISOString();
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A publication date from meta tags, `itemprop=datePublished` or the first `<time datetime>`. */
export function findPublishedDate(document: QueryableDocument): string | undefined {
  const metas = document.querySelectorAll('meta');
  const byName = new Map<string, string>();
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]!;
    const key = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      ''
    )
      .trim()
      .toLowerCase();
    const content = meta.getAttribute('content');
    if (key && content && !byName.has(key)) byName.set(key, content);
  }
  for (const name of META_NAMES) {
    const value = byName.get(name);
    if (value) return normalizeDate(value);
  }
  for (const selector of ['[itemprop="datePublished"]', 'time[datetime]']) {
    const el = document.querySelectorAll(selector)[0];
    const value = el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? el?.textContent;
    if (value?.trim()) return normalizeDate(value);
  }
  return undefined;
}
