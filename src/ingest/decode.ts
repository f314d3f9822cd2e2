// Bytes to text: BOMs, UTF-8 (repaired with a warning), UTF-16, legacy single-byte text, and binary refusal.

/** A decoding note: `line` is where the first problem is (1-based). */
export interface DecodeNote {
  code: 'invalid-utf8' | 'decoded-legacy' | 'decoded-utf16' | 'nul-bytes';
  message: string;
  line?: number;
}

export type DecodeResult =
  | { ok: true; text: string; encoding: string; notes: DecodeNote[] }
  | { ok: false; reason: string };

const SAMPLE_BYTES = 64 * 1024;

// Why: a clear "binary file (PDF)" beats "too many control characters" for the most common mistakes.
const MAGIC: readonly [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP/Office', [0x50, 0x4b, 0x03, 0x04]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['gzip', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** UTF-16 without BOM shows as NUL bytes at every other position; returns its byte order or undefined. */
function sniffUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (sample.length < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Count well-formed multi-byte UTF-8 sequences and the offset of the first malformed byte. */
function scanUtf8(bytes: Uint8Array): { multibyte: number; firstBad: number } {
  let multibyte = 0;
  let firstBad = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      if (firstBad < 0) firstBad = i;
      i++;
    }
  }
  return { multibyte, firstBad };
}

// windows-1252 bytes 0x80–0x9F (undefined positions stay as their Latin-1 code points).
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const LATIN1_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
]);

/**
 * Decode windows-1252 (the web's reading of Latin-1).
 * Why: Node 20's TextDecoder('windows-1252') maps 0x80–0x9F to C1 controls, losing “smart quotes” and €.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const chars: string[] = new Array(chunk.length);
    for (let k = 0; k < chunk.length; k++) {
      const b = chunk[k]!;
      chars[k] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
    }
    out += chars.join('');
  }
  return out;
}

/**
 * A few NUL bytes in otherwise valid UTF-8 text (a corrupted save, not a binary): keep the text
 * without them and say so. Why: rejecting a whole article for three stray bytes loses data.
 */
function strayNuls(bytes: Uint8Array): DecodeResult | undefined {
  let nuls = 0;
  let first = -1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      nuls++;
      if (first < 0) first = i;
    }
  }
  if (nuls > 64 || nuls / bytes.length > 0.05) return undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\u0000/gu, '');
    const message = `${nuls} NUL byte(s) removed from otherwise valid UTF-8 text`;
    return {
      ok: true,
      text,
      encoding: 'utf-8',
      notes: [{ code: 'nul-bytes', message, line: lineAt(bytes, first) }],
    };
  } catch {
    return undefined;
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string | undefined {
  if (LATIN1_LABELS.has(encoding)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decode a file's bytes to text. Never throws.
 * Order: BOM, then valid UTF-8, then a declared charset (HTML meta), then a guess: mostly-UTF-8 text
 * keeps U+FFFD replacements with an `invalid-utf8` note; text with no UTF-8 sequence at all is
 * windows-1252 (a superset of Latin-1) with a `decoded-legacy` note. NUL bytes or many control
 * characters mean binary, unless the NULs form UTF-16.
 * @param bytes the raw content
 * @param declared a charset label the content declares (e.g. from `<meta charset>`), if any
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): DecodeResult {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return {
      ok: true,
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8',
      notes: [],
    };
  }
  for (const [encoding, bom] of [
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ] as const) {
    if (startsWith(bytes, bom)) {
      const text = decodeWith(encoding, bytes.subarray(2)) ?? '';
      return { ok: true, text, encoding, notes: [] };
    }
  }
  for (const [kind, magic] of MAGIC) {
    if (startsWith(bytes, magic)) return { ok: false, reason: `binary file (${kind})` };
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.includes(0)) {
    const utf16 = sniffUtf16(sample);
    if (utf16 === undefined) {
      const stray = strayNuls(bytes);
      if (stray) return stray;
      return { ok: false, reason: 'binary file (contains NUL bytes)' };
    }
    const text = decodeWith(utf16, bytes) ?? '';
    return {
      ok: true,
      text,
      encoding: utf16,
      notes: [{ code: 'decoded-utf16', message: `no byte order mark; decoded as ${utf16.toUpperCase()}` }],
    };
  }
  let controls = 0;
  for (const b of sample)
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  if (sample.length > 0 && controls / sample.length > 0.1) {
    return {
      ok: false,
      reason: `binary file (${Math.round((100 * controls) / sample.length)}% control characters)`,
    };
  }
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      notes: [],
    };
  } catch {
    // not valid UTF-8: fall through
  }
  const label = declared?.trim().toLowerCase();
  if (label && label !== 'utf-8' && label !== 'utf8') {
    const text = decodeWith(label, bytes);
    if (text !== undefined) {
      return {
        ok: true,
        text,
        encoding: label,
        notes: [{ code: 'decoded-legacy', message: `not UTF-8; decoded as declared charset ${label}` }],
      };
    }
  }
  const { multibyte, firstBad } = scanUtf8(bytes);
  const line = lineAt(bytes, firstBad);
  if (multibyte === 0) {
    return {
      ok: true,
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      notes: [{ code: 'decoded-legacy', message: 'not UTF-8; decoded as Latin-1 (windows-1252)', line }],
    };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  for (const c of text) if (c === '\ufffd') replaced++;
  return {
    ok: true,
    text,
    encoding: 'utf-8',
    notes: [
      {
        code: 'invalid-utf8',
        message: `invalid UTF-8: ${replaced} malformed byte sequence(s) replaced with U+FFFD`,
        line,
      },
    ],
  };
}
