// XML 1.0 text helpers for the GraphML and GEXF exports: drop what XML cannot hold, escape the rest.

/**
 * Characters XML 1.0 cannot carry at all, not even as character references: C0 controls other than
 * tab, LF and CR; U+FFFE and U+FFFF; unpaired surrogates.
 */
export const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replacement for a character XML cannot hold. */
export const REPLACEMENT_CHAR = '\uFFFD';

/** Replace each character XML 1.0 forbids with U+FFFD (everything else is kept). */
export function toXmlChars(text: string): string {
  return text.replace(XML_FORBIDDEN, REPLACEMENT_CHAR);
}

/**
 * Escape text for element content. CR becomes `&#13;` because parsers turn a literal CR LF into LF.
 * @param text any string
 * @returns text safe between tags, read back identically (except forbidden characters, see toXmlChars)
 */
export function escapeXmlText(text: string): string {
  return toXmlChars(text).replace(/[&<>\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;',
  );
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Escape text for a double-quoted attribute value. Tab, LF and CR become character references
 * because attribute-value normalization would turn them into spaces.
 * @param text any string
 * @returns the escaped value (without quotes)
 */
export function escapeXmlAttribute(text: string): string {
  return toXmlChars(text).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}
