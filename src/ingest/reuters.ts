// Reuters-21578 SGML: each <REUTERS> entry with TITLE, DATE and BODY becomes a document (streamed, Latin-1).
import type { Diagnostic, SourceDocument } from '../types.js';
import { ingestDiagnostic } from './diagnostics.js';
import { normalizeText } from './normalize.js';
import { makeDocument } from './text.js';

export type ReutersItem = { doc: SourceDocument } | { diagnostic: Diagnostic };

export interface ReutersReadOptions {
  source: string;
  maxDocumentBytes: number;
}

const MONTHS: Record<string, string> = {
  JAN: '01',
  FEB: '02',
  MAR: '03',
  APR: '04',
  MAY: '05',
  JUN: '06',
  JUL: '07',
  AUG: '08',
  SEP: '09',
  OCT: '10',
  NOV: '11',
  DEC: '12',
};

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decode the SGML entities the corpus uses (`&lt;`, `&#3;` …); control characters are dropped later. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** "26-FEB-1987 15:01:01.79" → "1987-02-26T15:01:01" (the corpus gives no time zone). */
export function reutersDate(value: string): string | undefined {
  const m = /(\d{1,2})-([A-Z]{3})-(\d{4})(?:\s+(\d{2}:\d{2}:\d{2}))?/iu.exec(value.trim());
  if (!m) return undefined;
  const month = MONTHS[m[2]!.toUpperCase()];
  if (!month) return undefined;
  const day = m[1]!.padStart(2, '0');
  return m[4] ? `${m[3]}-${month}-${day}T${m[4]}` : `${m[3]}-${month}-${day}`;
}

function tag(block: string, name: string): string | undefined {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'iu').exec(block);
  return m ? m[1] : undefined;
}

/**
 * Reflow a wire story: lines indented by whitespace start paragraphs, other lines continue them; the
 * closing "Reuter" sign-off is dropped.
 */
export function reflowWire(body: string): string {
  const paragraphs: string[] = [];
  let current = '';
  for (const raw of normalizeText(body).split('\n')) {
    const line = raw.trim();
    if (line === '') {
      if (current) paragraphs.push(current);
      current = '';
      continue;
    }
    if (/^\s/u.test(raw) && current) {
      paragraphs.push(current);
      current = line;
    } else {
      current = current ? `${current} ${line}` : line;
    }
  }
  if (current) paragraphs.push(current);
  const last = paragraphs.length - 1;
  if (last >= 0) paragraphs[last] = paragraphs[last]!.replace(/\s*\breuter\b\s*$/iu, '');
  return paragraphs
    .map((p) => p.replace(/ {2,}/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

/** One `<REUTERS>…</REUTERS>` entry to a document; undefined when it has no text (a title-only brief). */
export function parseReutersEntry(block: string, uri: string): SourceDocument | undefined {
  const newId = /NEWID="(\d+)"/u.exec(block)?.[1];
  const date = reutersDate(tag(block, 'DATE') ?? '');
  const textPart = tag(block, 'TEXT') ?? '';
  const title = tag(textPart, 'TITLE');
  const dateline = tag(textPart, 'DATELINE');
  let body = tag(textPart, 'BODY');
  if (body === undefined && /<TEXT[^>]*TYPE="UNPROC"/iu.test(block)) body = textPart;
  if (body === undefined) return undefined;
  let text = reflowWire(decodeEntities(body));
  const place = dateline ? normalizeText(decodeEntities(dateline)).replace(/\s+/gu, ' ').trim() : '';
  // Why: the dateline ("SALVADOR, Feb 26 -") opens the story as printed; it names a Place mention.
  if (place) text = `${place} ${text}`;
  if (text.trim() === '') return undefined;
  const meta: Parameters<typeof makeDocument>[1] = { uri };
  if (newId) meta.sourceId = newId;
  if (title) meta.title = normalizeText(decodeEntities(title)).replace(/\s+/gu, ' ').trim();
  if (date) meta.published = date;
  return makeDocument(text, meta);
}

/**
 * Stream the entries of a Reuters-21578 `.sgm` file (read as Latin-1): one document per entry with a
 * body; entries without one (title-only briefs) are counted in one info diagnostic at the end.
 * @param chunks the file's bytes
 * @param options source name (uris are `source#line` of the entry's `<REUTERS` tag) and size limit
 */
export async function* readReuters(
  chunks: AsyncIterable<Buffer | Uint8Array | string>,
  options: ReutersReadOptions,
): AsyncGenerator<ReutersItem> {
  const { source } = options;
  let buffer = '';
  let bufferLine = 1;
  let noBody = 0;
  let entries = 0;
  for await (const chunk of chunks) {
    buffer += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1');
    for (;;) {
      const start = buffer.search(/<REUTERS[\s>]/u);
      if (start < 0) {
        // Keep a tail in case a tag straddles chunks; count the lines we drop.
        const keep = Math.max(0, buffer.length - 16);
        bufferLine += countNewlines(buffer, 0, keep);
        buffer = buffer.slice(keep);
        break;
      }
      const end = buffer.indexOf('</REUTERS>', start);
      const line = bufferLine + countNewlines(buffer, 0, start);
      if (end < 0) {
        if (buffer.length - start > options.maxDocumentBytes) {
          yield {
            diagnostic: ingestDiagnostic(
              'too-large',
              `Reuters entry is over the ${options.maxDocumentBytes}-byte limit (maxDocumentBytes) or never closed; skipped`,
              { source, line },
            ),
          };
          const next = buffer.slice(start + 1).search(/<REUTERS[\s>]/u);
          const cut = next < 0 ? buffer.length : start + 1 + next;
          bufferLine += countNewlines(buffer, 0, cut);
          buffer = buffer.slice(cut);
          continue;
        }
        bufferLine += countNewlines(buffer, 0, start);
        buffer = buffer.slice(start);
        break;
      }
      const stop = end + '</REUTERS>'.length;
      const block = buffer.slice(start, stop);
      entries++;
      const doc = parseReutersEntry(block, `${source}#${line}`);
      if (doc) yield { doc };
      else noBody++;
      bufferLine += countNewlines(buffer, 0, stop);
      buffer = buffer.slice(stop);
    }
  }
  if (entries === 0) {
    yield {
      diagnostic: ingestDiagnostic('no-text', 'no <REUTERS> entries found (is this Reuters-21578 SGML?)', {
        source,
      }),
    };
  } else if (noBody > 0) {
    yield {
      diagnostic: ingestDiagnostic(
        'reuters-no-body',
        `${noBody} of ${entries} entries have no body (title-only briefs) and were skipped`,
        { source },
      ),
    };
  }
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
