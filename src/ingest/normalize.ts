// Text normalization shared by every format: newlines, invisible characters, spaces, NFC.

// Why: zero-width joiner/non-joiner shape Persian, Indic and emoji text; every other format character
// (zero-width space, BOM, soft hyphen, bidi overrides) is invisible and would split or disguise names.
const FORMAT_CHARS = /[\p{Cf}]/gu;
const KEEP_FORMAT = new Set(['\u200c', '\u200d']);
// C0 and C1 controls except tab, newline, carriage return, vertical tab and form feed (handled below).
const CONTROL_CHARS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
const SPACE_LIKE = /[\t\u000b\u000c\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * Normalize text before cleaning: `\n` newlines, NFC, no invisible format or control characters,
 * exotic spaces become plain spaces. The result is what document offsets later refer to.
 * @param text raw decoded text
 * @returns normalized text (same lines, no trimming)
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(FORMAT_CHARS, (c) => (KEEP_FORMAT.has(c) ? c : ''))
    .replace(CONTROL_CHARS, '')
    .replace(SPACE_LIKE, ' ')
    .normalize('NFC');
}
