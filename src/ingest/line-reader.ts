// Split a byte stream into lines with a length limit, holding at most one line in memory.

/** One line: `bytes` without its newline, or undefined when the line exceeded the limit (`length` says how long). */
export interface RawLine {
  line: number;
  length: number;
  bytes?: Buffer;
}

function toBuffer(chunk: Buffer | Uint8Array | string): Buffer {
  return typeof chunk === 'string'
    ? Buffer.from(chunk, 'utf8')
    : Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk);
}

/**
 * Lines of a byte stream (`\n` or `\r\n`). A line longer than `maxLineBytes` is not kept: it is yielded
 * without `bytes` so the caller can report it, and reading continues at the next line.
 * @param chunks the stream (a Node readable or any async iterable of chunks)
 * @param maxLineBytes the longest line kept, in bytes
 */
export async function* readLines(
  chunks: AsyncIterable<Buffer | Uint8Array | string>,
  maxLineBytes: number,
): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let overflow = false;
  let line = 1;
  const finish = (): RawLine => {
    let result: RawLine;
    if (overflow) {
      result = { line, length };
    } else {
      let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
      result = { line, length: bytes.length, bytes };
    }
    parts = [];
    length = 0;
    overflow = false;
    line++;
    return result;
  };
  const add = (piece: Buffer) => {
    length += piece.length;
    if (overflow) return;
    if (length > maxLineBytes) {
      overflow = true;
      parts = [];
    } else if (piece.length > 0) {
      parts.push(piece);
    }
  };
  for await (const chunk of chunks) {
    const buf = toBuffer(chunk);
    let start = 0;
    for (let nl = buf.indexOf(0x0a, start); nl !== -1; nl = buf.indexOf(0x0a, start)) {
      add(buf.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    if (start < buf.length) add(buf.subarray(start));
  }
  if (length > 0 || overflow) yield finish();
}
