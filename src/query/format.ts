// Render a query result as a terminal table, JSON lines or CSV.
import type { QueryResultTable } from '../store/types.js';

export type QueryOutputFormat = 'table' | 'json' | 'csv';
export const QUERY_OUTPUT_FORMATS: readonly QueryOutputFormat[] = ['table', 'json', 'csv'];

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** One JSON object per row, one per line (keys in column order). */
export function formatJsonLines(result: QueryResultTable): string {
  return result.rows
    .map((row) => {
      const ordered: Record<string, unknown> = {};
      for (const c of result.columns) ordered[c] = row[c] ?? null;
      return `${JSON.stringify(ordered)}\n`;
    })
    .join('');
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a header row; lists and objects as JSON. */
export function formatCsv(result: QueryResultTable): string {
  const lines = [result.columns.map(csvField).join(',')];
  for (const row of result.rows) lines.push(result.columns.map((c) => csvField(cellText(row[c]))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A fixed-width table for a terminal; newlines and tabs are shown escaped, long cells truncated. */
export function formatTable(result: QueryResultTable, maxWidth = 60): string {
  const show = (v: unknown): string => {
    const text = cellText(v).replaceAll('\n', '\\n').replaceAll('\t', '\\t');
    return text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text;
  };
  const cells = result.rows.map((row) => result.columns.map((c) => show(row[c])));
  const widths = result.columns.map((c, i) => Math.max(c.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (values: string[]): string =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join(' │ ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  const count = `(${result.rows.length} row${result.rows.length === 1 ? '' : 's'})`;
  if (result.columns.length === 0) return `${count}\n`;
  return `${[line(result.columns), rule, ...cells.map(line), count].join('\n')}\n`;
}

/** Format `result` as `format`. */
export function formatResult(result: QueryResultTable, format: QueryOutputFormat): string {
  if (format === 'csv') return formatCsv(result);
  if (format === 'table') return formatTable(result);
  return formatJsonLines(result);
}
