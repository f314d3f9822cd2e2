// The streaming ingest: inputs (files, directories, globs, `-`) to documents and skip diagnostics, lazily.
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { CorpgraphError } from '../errors.js';
import type { Diagnostic, SourceDocument } from '../types.js';
import { decodeBytes } from './decode.js';
import { extensionsOf, type FileFormat, formatFromExtension, sniffFormat } from './detect-format.js';
import { ingestDiagnostic } from './diagnostics.js';
import { ingestHtmlDetailed, isDiagnostic } from './html.js';
import { readJsonl } from './jsonl.js';
import { type IngestOptions, type ResolvedIngestOptions, resolveIngestOptions } from './options.js';
import { readReuters } from './reuters.js';
import { ingestMarkdown, ingestText } from './text.js';
import { expandGlob, isGlob, type WalkEntry, walkDirectory } from './walk.js';

/**
 * What ingest yields, in input order: a document (with warnings about it, e.g. a repaired encoding), or
 * an input that was skipped with the one diagnostic that says why (severity `error`: unreadable,
 * `warning`: rejected content, `info`: deliberately left out such as unsupported files in a directory).
 */
export type IngestItem =
  | { kind: 'document'; doc: SourceDocument; diagnostics?: Diagnostic[] }
  | { kind: 'skipped'; diagnostic: Diagnostic };

type Chunks = AsyncIterable<Buffer | Uint8Array | string>;

const HEAD_BYTES = 4096;
const UNSUPPORTED_LISTED = 5;

function skipped(diagnostic: Diagnostic): IngestItem {
  return { kind: 'skipped', diagnostic };
}

function document(doc: SourceDocument, diagnostics: Diagnostic[]): IngestItem {
  return diagnostics.length > 0 ? { kind: 'document', doc, diagnostics } : { kind: 'document', doc };
}

function fileError(source: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return ingestDiagnostic('not-found', 'no such file or directory', { source });
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  return ingestDiagnostic('unreadable', reason, { source });
}

function tooLarge(source: string, size: number, limit: number): Diagnostic {
  return ingestDiagnostic(
    'too-large',
    `document is ${size} bytes, over the ${limit}-byte limit (maxDocumentBytes); not truncated, skipped`,
    { source },
  );
}

/** Read a whole stream, but stop keeping bytes past `limit` (the total size is still counted). */
async function readLimited(chunks: Chunks, limit: number): Promise<{ bytes?: Buffer; size: number }> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buf.length;
    if (size <= limit) parts.push(buf);
  }
  return size > limit ? { size } : { bytes: Buffer.concat(parts, size), size };
}

/** Take the first bytes of a stream to sniff its format, and hand back a stream that still has them. */
async function peek(chunks: Chunks): Promise<{ head: Buffer; rest: Chunks }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const taken: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const buf = typeof next.value === 'string' ? Buffer.from(next.value) : Buffer.from(next.value);
    taken.push(buf);
    length += buf.length;
    if (/\S/u.test(buf.toString('latin1'))) break;
  }
  const head = Buffer.concat(taken, length);
  async function* rest(): AsyncGenerator<Buffer | Uint8Array | string> {
    if (head.length > 0) yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head, rest: rest() };
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, HEAD_BYTES)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/iu.exec(head)?.[1];
}

/** Decode one document's bytes and ingest it in its format. */
function ingestBytes(bytes: Buffer, format: 'text' | 'markdown' | 'html', source: string): IngestItem {
  if (bytes.length === 0) return skipped(ingestDiagnostic('empty-file', 'empty file', { source }));
  const decoded = decodeBytes(bytes, format === 'html' ? declaredCharset(bytes) : undefined);
  if (!decoded.ok)
    return skipped(ingestDiagnostic('binary-file', `${decoded.reason}; not a text document`, { source }));
  if (decoded.text.trim() === '') {
    return skipped(ingestDiagnostic('empty-file', 'file contains only whitespace', { source }));
  }
  const meta = { uri: source };
  const html = format === 'html' ? ingestHtmlDetailed(decoded.text, meta) : undefined;
  const doc =
    html !== undefined
      ? html.result
      : format === 'markdown'
        ? ingestMarkdown(decoded.text, meta)
        : ingestText(decoded.text, meta);
  if (isDiagnostic(doc)) return skipped(doc);
  if (doc.text.trim() === '') {
    return skipped(
      ingestDiagnostic('no-text', 'no article text left after removing page furniture', { source }),
    );
  }
  const notes = decoded.notes.map((n) =>
    ingestDiagnostic(n.code, n.message, { source, line: n.line, docId: doc.id }),
  );
  notes.push(...(html?.notes ?? []));
  return document(doc, notes);
}

/** Ingest a stream (stdin, a pipe) as one format. */
async function* ingestChunks(
  chunks: Chunks,
  source: string,
  format: FileFormat,
  opts: ResolvedIngestOptions,
): AsyncGenerator<IngestItem> {
  if (format === 'jsonl') {
    for await (const item of readJsonl(chunks, { source, ...opts })) {
      yield 'doc' in item ? document(item.doc, item.diagnostics) : skipped(item.diagnostic);
    }
    return;
  }
  if (format === 'reuters-sgml') {
    for await (const item of readReuters(chunks, { source, maxDocumentBytes: opts.maxDocumentBytes })) {
      yield 'doc' in item ? document(item.doc, []) : skipped(item.diagnostic);
    }
    return;
  }
  const { bytes, size } = await readLimited(chunks, opts.maxDocumentBytes);
  if (bytes === undefined) {
    yield skipped(tooLarge(source, size, opts.maxDocumentBytes));
    return;
  }
  yield ingestBytes(bytes, format, source);
}

async function* ingestStream(
  stream: Chunks,
  source: string,
  format: FileFormat | undefined,
  opts: ResolvedIngestOptions,
): AsyncGenerator<IngestItem> {
  if (format !== undefined) {
    yield* ingestChunks(stream, source, format, opts);
    return;
  }
  const { head, rest } = await peek(stream);
  yield* ingestChunks(rest, source, sniffFormat(head), opts);
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Ingest one file whose format is known (or sniffed when undefined). */
async function* ingestFile(
  path: string,
  format: FileFormat | undefined,
  opts: ResolvedIngestOptions,
): AsyncGenerator<IngestItem> {
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      // A pipe or device (e.g. `<(zcat news.jsonl.gz)`): read it as a stream.
      yield* ingestStream(createReadStream(path), path, format, opts);
      return;
    }
    if (info.size === 0) {
      yield skipped(ingestDiagnostic('empty-file', 'empty file', { source: path }));
      return;
    }
    const resolved = format ?? sniffFormat(await readHead(path));
    if (resolved === 'jsonl' || resolved === 'reuters-sgml') {
      yield* ingestChunks(createReadStream(path), path, resolved, opts);
      return;
    }
    if (info.size > opts.maxDocumentBytes) {
      yield skipped(tooLarge(path, info.size, opts.maxDocumentBytes));
      return;
    }
    yield ingestBytes(await readFile(path), resolved, path);
  } catch (error) {
    yield skipped(fileError(path, error));
  }
}

/** Ingest the files a walk or glob yields; unsupported files are summed up in one info diagnostic. */
async function* ingestTree(
  entries: AsyncIterable<WalkEntry>,
  root: string,
  opts: ResolvedIngestOptions,
): AsyncGenerator<IngestItem> {
  const forced = opts.format === 'auto' ? undefined : opts.format;
  const forcedExtensions = forced ? extensionsOf(forced) : [];
  const unsupported: string[] = [];
  let matched = 0;
  for await (const entry of entries) {
    matched++;
    if (entry.kind === 'error') {
      yield skipped(fileError(entry.path, entry.error));
      continue;
    }
    const byExtension = formatFromExtension(entry.path);
    const format = forced
      ? forcedExtensions.some((e) => entry.path.toLowerCase().endsWith(e))
        ? forced
        : undefined
      : byExtension;
    if (format === undefined) {
      unsupported.push(entry.path);
      continue;
    }
    yield* ingestFile(entry.path, format, opts);
  }
  if (matched === 0 && isGlob(root)) {
    yield skipped(ingestDiagnostic('not-found', 'no files match this pattern', { source: root }));
  }
  if (unsupported.length > 0) {
    const listed = unsupported.slice(0, UNSUPPORTED_LISTED).join(', ');
    const more =
      unsupported.length > UNSUPPORTED_LISTED ? ` (+${unsupported.length - UNSUPPORTED_LISTED} more)` : '';
    const kinds = forced ? `not ${forced} files` : 'unsupported file types';
    yield skipped(
      ingestDiagnostic(
        'unsupported-file',
        `${unsupported.length} file(s) skipped, ${kinds}: ${listed}${more}`,
        {
          source: root,
        },
      ),
    );
  }
}

async function* run(inputs: readonly string[], opts: ResolvedIngestOptions): AsyncGenerator<IngestItem> {
  const forced = opts.format === 'auto' ? undefined : opts.format;
  for (const input of inputs) {
    if (input === '-') {
      try {
        yield* ingestStream(opts.stdin ?? process.stdin, '-', forced, opts);
      } catch (error) {
        yield skipped(fileError('-', error));
      }
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(input)).isDirectory();
    } catch (error) {
      if ((error as NodeJS.ErrnoException)?.code === 'ENOENT' && isGlob(input)) {
        yield* ingestTree(expandGlob(input), input, opts);
      } else {
        yield skipped(fileError(input, error));
      }
      continue;
    }
    if (isDirectory) yield* ingestTree(walkDirectory(input), input, opts);
    // Why: a file the user names is read even with an unknown extension (sniffed), unlike in a directory.
    else yield* ingestFile(input, forced ?? formatFromExtension(input), opts);
  }
}

/**
 * Stream documents from inputs: files, directories (recursive, sorted, hidden files and node_modules
 * skipped), globs (`news/**\/*.html`), and `-` for stdin (text, HTML, JSONL or Reuters SGML, sniffed).
 * Nothing is held beyond one document (JSONL is read line by line, directories are walked lazily).
 * Content problems and missing inputs are `skipped` items, never exceptions, so a batch always finishes.
 * @param inputs paths, globs or `-`
 * @param options format and limits (see DEFAULT_INGEST_OPTIONS)
 * @throws CorpgraphError E_BAD_OPTION (immediately) for bad options or a non-array input list
 */
export function ingest(inputs: readonly string[], options?: IngestOptions): AsyncIterable<IngestItem> {
  if (!Array.isArray(inputs) || inputs.some((i) => typeof i !== 'string')) {
    throw new CorpgraphError('E_BAD_OPTION', 'ingest: inputs must be an array of paths, globs or "-"');
  }
  return run(inputs, resolveIngestOptions(options));
}
