// Render an evaluation report as plain-text tables (scores, confidence sweep, per-rule precision).
import type { EvalReport, RuleRow, ScoreTable } from './run-eval.js';
import type { Prf } from './types.js';

const f3 = (x: number) => x.toFixed(3);

function pad(cells: string[], widths: number[]): string {
  return cells
    .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
    .join('  ')
    .trimEnd();
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [pad(header, widths), ...rows.map((r) => pad(r, widths))].join('\n');
}

function prfCells(p: Prf): string[] {
  return [f3(p.precision), f3(p.recall), f3(p.f1), String(p.tp), String(p.fp), String(p.fn)];
}

function scoreSection(title: string, t: { exact: ScoreTable; overlap: ScoreTable }): string {
  const header = ['', 'P', 'R', 'F1', 'TP', 'FP', 'FN', '| ovl P', 'ovl R', 'ovl F1'];
  const rows = t.exact.labels.map((row, i) => {
    const o = t.overlap.labels[i] ?? row;
    const names = row.datasetLabels.filter((l) => l !== row.label);
    const name = `${row.label}${names.length > 0 ? ` (${names.join('|')})` : ''}${row.excluded ? ' [excluded]' : ''}`;
    return [name, ...prfCells(row), `| ${f3(o.precision)}`, f3(o.recall), f3(o.f1)];
  });
  rows.push([
    'micro',
    ...prfCells(t.exact.micro),
    `| ${f3(t.overlap.micro.precision)}`,
    f3(t.overlap.micro.recall),
    f3(t.overlap.micro.f1),
  ]);
  return `${title} (exact span | span overlap)\n${table(header, rows)}`;
}

/** The main report: entity and relation scores, per label and micro. */
export function formatReport(report: EvalReport): string {
  const parts = [
    `corpgraph eval: ${report.dataset}, ${report.examples} examples, min-confidence ${report.minConfidence}, ` +
      `extraction ${(report.extractMs / 1000).toFixed(1)} s`,
  ];
  if (report.entities) parts.push(scoreSection('Entities', report.entities));
  if (report.relations) parts.push(scoreSection('Relations', report.relations));
  if (report.status) {
    const { matched, correct, accuracy, confusions } = report.status;
    const wrong = Object.entries(confusions)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => `${k} ${n}`);
    parts.push(
      `Relation status on exact matches: ${correct}/${matched} correct (${f3(accuracy)})` +
        (wrong.length > 0 ? `; gold→predicted: ${wrong.join(', ')}` : ''),
    );
  }
  for (const note of report.notes) parts.push(`note: ${note}`);
  return `${parts.join('\n\n')}\n`;
}

/** The precision/recall trade-off of relation micro scores over min-confidence thresholds. */
export function formatSweep(report: EvalReport): string {
  if (report.sweep.length === 0) return 'Confidence sweep: no relations scored for this dataset\n';
  const header = ['min-confidence', 'P', 'R', 'F1', 'TP', 'FP', 'FN', '| ovl P', 'ovl R', 'ovl F1'];
  const rows = report.sweep.map((s) => [
    s.threshold.toFixed(2),
    ...prfCells(s.exact),
    `| ${f3(s.overlap.precision)}`,
    f3(s.overlap.recall),
    f3(s.overlap.f1),
  ]);
  return `Confidence sweep, relations micro (exact | overlap)\n${table(header, rows)}\n`;
}

function ruleTable(rows: RuleRow[]): string {
  const header = ['rule', 'n', 'TP', 'FP', 'precision', 'ovl TP', 'ovl prec', 'mean conf', 'labels'];
  return table(
    header,
    rows.map((r) => [
      r.rule,
      String(r.predictions),
      String(r.tp),
      String(r.fp),
      f3(r.precision),
      String(r.tpOverlap),
      f3(r.precisionOverlap),
      f3(r.meanConfidence),
      r.labels.join(','),
    ]),
  );
}

/** Per-rule precision (relations by rule id, entities by mention source), for calibrating confidences. */
export function formatRules(report: EvalReport): string {
  const parts: string[] = [];
  if (report.rules.relations.length > 0 || report.relations) {
    parts.push(
      `Relation rules (at min-confidence ${report.minConfidence})\n${ruleTable(report.rules.relations)}`,
    );
  }
  if (report.rules.entities.length > 0 || report.entities) {
    parts.push(`Entity sources\n${ruleTable(report.rules.entities)}`);
  }
  return `${parts.join('\n\n')}\n`;
}
