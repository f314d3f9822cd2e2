// Read a labelled dataset file into evaluation examples, by dataset name.
import { readFile } from 'node:fs/promises';
import { CorpgraphError } from '../errors.js';
import { type Conll2003Unit, readConll2003 } from './read-conll2003.js';
import { readCorpgraph } from './read-corpgraph.js';
import { readKnowledgenet } from './read-knowledgenet.js';
import { readSpertJson } from './read-spert-json.js';
import type { EvalDataset, EvalExample } from './types.js';

/** Options of {@link readEvalDataset}. */
export interface ReadDatasetOptions {
  /** CoNLL-2003 only: extract whole documents (default) or single sentences. */
  unit?: Conll2003Unit;
}

/** Examples read from a gold file, with notes about anything skipped. */
export interface DatasetRead {
  examples: EvalExample[];
  notes: string[];
}

/**
 * Parse gold file content of `dataset`.
 * @throws CorpgraphError E_DATASET when the content does not have the dataset's format
 */
export function parseEvalDataset(
  dataset: EvalDataset,
  content: string,
  source: string,
  options: ReadDatasetOptions = {},
): DatasetRead {
  switch (dataset) {
    case 'conll04':
    case 'fire':
      return { examples: readSpertJson(content, source), notes: [] };
    case 'conll2003': {
      const examples = readConll2003(content, options.unit ?? 'document');
      if (examples.length === 0) {
        throw new CorpgraphError('E_DATASET', `readEvalDataset: ${source} has no CoNLL-2003 sentences`);
      }
      return { examples, notes: [] };
    }
    case 'knowledgenet': {
      const { examples, droppedFacts } = readKnowledgenet(content, source);
      const notes = droppedFacts > 0 ? [`${droppedFacts} facts outside their passage were skipped`] : [];
      return { examples, notes };
    }
    case 'corpgraph':
      return { examples: readCorpgraph(content, source), notes: [] };
  }
}

/**
 * Read and parse the gold file at `path`.
 * @throws CorpgraphError E_INPUT_NOT_FOUND when the file is missing, E_DATASET on a format mismatch
 */
export async function readEvalDataset(
  dataset: EvalDataset,
  path: string,
  options: ReadDatasetOptions = {},
): Promise<DatasetRead> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    throw new CorpgraphError('E_INPUT_NOT_FOUND', `eval: cannot read gold file "${path}"`, { cause: error });
  }
  return parseEvalDataset(dataset, content, path, options);
}
