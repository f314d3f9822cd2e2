// The stages composed: ingest → extract (+ resolve) → graph, incrementally over an existing graph.json.
import { existsSync } from 'node:fs';
import { extractDocument } from './extract/index.js';
import { addExtraction, hasDocument } from './graph/build.js';
import { createGraph } from './graph/create.js';
import { readGraph } from './graph/io.js';
import { type IngestOptions, ingest } from './ingest/index.js';
import type { CorpGraph, Diagnostic } from './types.js';

export interface BuildOptions {
  /** Existing graph.json to extend (incremental); ignored when absent. */
  base?: string;
  /** Start from an empty graph even when `base` exists. */
  fresh?: boolean;
  minConfidence?: number;
  ingest?: IngestOptions;
  /** Called after each input item (for progress). */
  onProgress?: (progress: BuildProgress) => void;
  /** Called with every diagnostic as it happens (skips, warnings). */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
}

export interface BuildProgress {
  documents: number;
  added: number;
  unchanged: number;
  skipped: number;
  words: number;
}

export interface BuildSummary extends BuildProgress {
  graph: CorpGraph;
  diagnostics: Diagnostic[];
  entities: number;
  relations: number;
  ms: number;
}

function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

/**
 * Build (or extend) a corporate graph from inputs: files, folders, JSONL collections, Reuters SGML or
 * `-`. Documents already in the base graph (same content hash) are recognised and left alone; bad
 * inputs become diagnostics and the batch goes on.
 */
export async function buildFromInputs(
  inputs: readonly string[],
  options: BuildOptions = {},
): Promise<BuildSummary> {
  const started = performance.now();
  const graph =
    options.base && !options.fresh && existsSync(options.base)
      ? await readGraph(options.base)
      : createGraph();
  const progress: BuildProgress = { documents: 0, added: 0, unchanged: 0, skipped: 0, words: 0 };
  const diagnostics: Diagnostic[] = [];
  const report = (d: Diagnostic): void => {
    diagnostics.push(d);
    options.onDiagnostic?.(d);
  };
  const extractOptions = options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence };
  for await (const item of ingest(inputs, options.ingest)) {
    if (item.kind === 'skipped') {
      if (item.diagnostic.severity !== 'info') progress.skipped++;
      report(item.diagnostic);
    } else {
      for (const d of item.diagnostics ?? []) report(d);
      progress.documents++;
      progress.words += countWords(item.doc.text);
      if (hasDocument(graph, item.doc.id)) progress.unchanged++;
      else {
        const extraction = extractDocument(item.doc, extractOptions);
        for (const d of extraction.diagnostics) report(d);
        if (addExtraction(graph, extraction)) progress.added++;
        else progress.unchanged++;
      }
    }
    options.onProgress?.(progress);
  }
  return {
    ...progress,
    graph,
    diagnostics,
    entities: graph.order,
    relations: graph.size,
    ms: Math.round(performance.now() - started),
  };
}
