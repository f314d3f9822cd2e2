// Minimal Markdown to plain text: headings, emphasis, links, lists, quotes and front matter; prose stays readable.

export interface StrippedMarkdown {
  text: string;
  title?: string;
  byline?: string;
  published?: string;
}

function unquote(value: string): string {
  return value.trim().replace(/^(["'])(.*)\1$/u, '$2');
}

function stripInline(line: string): string {
  return line
    .replace(/<!--.*?-->/gu, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/gu, '$1')
    .replace(/<\/?[a-z][^>]*>/giu, '')
    .replace(/`([^`]+)`/gu, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/gu, '$1')
    .replace(/(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])/gu, '$1')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/gu, '$1');
}

/**
 * Turn Markdown into plain text line by line (line numbers are kept, removed syntax lines become blank).
 * Front matter `title`, `author` and `date` become metadata; the first `#` heading is the title otherwise.
 * @param markdown the Markdown source
 */
export function stripMarkdown(markdown: string): StrippedMarkdown {
  const lines = markdown.replace(/\r\n?/gu, '\n').split('\n');
  const out: string[] = [];
  const meta: Omit<StrippedMarkdown, 'text'> = {};
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, k) => k > 0 && /^(---|\.\.\.)\s*$/u.test(l));
    if (end > 0) {
      for (const l of lines.slice(1, end)) {
        const m = /^(\w+)\s*:\s*(.+)$/u.exec(l);
        if (!m) continue;
        const key = m[1]!.toLowerCase();
        const value = unquote(m[2]!);
        if (key === 'title') meta.title = value;
        else if (key === 'author' || key === 'byline') meta.byline = value;
        else if (key === 'date' || key === 'published') meta.published = value;
      }
      for (; i <= end; i++) out.push('');
    }
  }
  let fence: string | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = /^\s{0,3}(```|~~~)/u.exec(line);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1] === fence) fence = undefined;
      out.push('');
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      out.push('');
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/u.test(line) || /^\s{0,3}=+\s*$/u.test(line)) {
      out.push('');
      continue;
    }
    if (
      /^\s{0,3}\[[^\]]+\]:\s+\S+/u.test(line) ||
      /^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*\|?\s*$/u.test(line)
    ) {
      out.push('');
      continue;
    }
    let text = line;
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/u.exec(text);
    if (heading) {
      text = heading[1]!;
      if (meta.title === undefined && /^\s{0,3}#\s/u.test(line)) meta.title = stripInline(text).trim();
    }
    text = text
      .replace(/^(\s{0,3}>\s?)+/u, '')
      .replace(/^\s*([-*+]|\d{1,3}[.)])\s+/u, '')
      .replace(/^\s*\|(.*)\|\s*$/u, '$1')
      .replace(/\s+\|\s+/gu, ' ');
    out.push(stripInline(text));
  }
  return { ...meta, text: out.join('\n') };
}
