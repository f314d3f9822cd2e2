// The relation classifier's weights file: gzip of JSON, int16-quantised rows in base64, hashed and versioned.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CorpgraphError } from '../../../errors.js';
import { FEATURE_VERSION } from './features.js';
import type { RelationModel } from './model.js';
import type { TrainedRelationWeights } from './train.js';

export const RELATION_WEIGHTS_FORMAT = 'corpgraph-relclf/2';

/** Where the shipped weights live: `models/` at the package root (same path from src/ and dist/). */
export const DEFAULT_RELATION_WEIGHTS_URL = new URL(
  '../../../../models/relations-weights.json.gz',
  import.meta.url,
);

/** How a weights file was produced (recorded in the file so it can be reproduced). */
export interface RelationTrainingInfo {
  /** Training data by name with sha256 and the number of pairs it gave. */
  files: Array<{ name: string; sha256: string; part: string; pairs: number }>;
  epochs: number;
  seed: number;
  learningRate: number;
  l2: number;
  minCount: number;
  prune: number;
  /** Precision the threshold was chosen for, on out-of-fold training predictions. */
  targetPrecision: number;
  /** How cross-validation folds were drawn: 'document' keeps a KnowledgeNet document's passages together. */
  foldBy?: string;
  /** Loss weight per data set ("conll04:0.5"); absent sets weigh 1. */
  setWeights?: string;
  /** A class below this out-of-fold precision (official match of each dataset) at the threshold is raised or disabled. */
  minClassPrecision: number;
}

/** The decoded JSON of a weights file. */
export interface RelationWeightsFile {
  format: string;
  featureVersion: number;
  classes: string[];
  temperature: number;
  threshold: number;
  /** Per class, the probability a relation of that class needs (> 1: never emitted). */
  classThresholds: number[];
  training: RelationTrainingInfo;
  /** weight = int16 × scale. */
  scale: number;
  /** Feature names joined by "\n". */
  features: string;
  /** Per feature: classes.length int16 LE values; base64. */
  rows: string;
  /** sha256 of everything above (see `relationWeightsHash`). */
  sha256: string;
}

/** Content hash of a weights file (all fields but `sha256`, in a fixed order). */
export function relationWeightsHash(file: Omit<RelationWeightsFile, 'sha256'>): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        file.format,
        file.featureVersion,
        file.classes,
        file.temperature,
        file.threshold,
        file.classThresholds,
        file.training,
        file.scale,
        file.features,
        file.rows,
      ]),
    )
    .digest('hex');
}

/**
 * Encode trained weights: features whose weights are all below `training.prune` in magnitude are
 * dropped, the rest quantised to int16. Same input ⇒ same bytes (no timestamps, sorted names).
 */
export function encodeRelationWeights(
  trained: TrainedRelationWeights,
  temperature: number,
  threshold: number,
  classThresholds: readonly number[],
  training: RelationTrainingInfo,
): { bytes: Buffer; file: RelationWeightsFile } {
  const C = trained.classes.length;
  let max = 0;
  for (const v of trained.weights) if (Math.abs(v) > max) max = Math.abs(v);
  const scale = Number(((max || 1) / 32000).toPrecision(6));
  const names: string[] = [];
  const values: number[] = [];
  const order = trained.featureNames
    .map((name, row) => ({ name, row }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const { name, row } of order) {
    const q: number[] = [];
    let keep = false;
    for (let c = 0; c < C; c++) {
      const v = trained.weights[row * C + c] ?? 0;
      if (Math.abs(v) >= training.prune) keep = true;
      q.push(Math.round(v / scale));
    }
    if (!keep) continue;
    names.push(name);
    values.push(...q);
  }
  const rows = Buffer.alloc(values.length * 2);
  values.forEach((v, i) => {
    rows.writeInt16LE(v, i * 2);
  });
  const body: Omit<RelationWeightsFile, 'sha256'> = {
    format: RELATION_WEIGHTS_FORMAT,
    featureVersion: FEATURE_VERSION,
    classes: [...trained.classes],
    temperature: Math.round(temperature * 1000) / 1000,
    threshold,
    classThresholds: [...classThresholds],
    training,
    scale,
    features: names.join('\n'),
    rows: rows.toString('base64'),
  };
  const file: RelationWeightsFile = { ...body, sha256: relationWeightsHash(body) };
  return { bytes: gzipSync(JSON.stringify(file), { level: 9 }), file };
}

/**
 * Build a model from the bytes of a weights file.
 * @throws CorpgraphError E_INPUT_UNREADABLE when the file is not gzip JSON, has another format or
 * feature version, or fails its sha256 check
 */
export function decodeRelationWeights(bytes: Buffer, where: string): RelationModel {
  let file: RelationWeightsFile;
  try {
    file = JSON.parse(gunzipSync(bytes).toString('utf8')) as RelationWeightsFile;
  } catch (cause) {
    throw new CorpgraphError('E_INPUT_UNREADABLE', `loadRelationModel: cannot read weights file "${where}"`, {
      cause,
    });
  }
  if (file.format !== RELATION_WEIGHTS_FORMAT || file.featureVersion !== FEATURE_VERSION) {
    throw new CorpgraphError(
      'E_INPUT_UNREADABLE',
      `loadRelationModel: weights "${where}" are ${file.format} features v${file.featureVersion}, expected ${RELATION_WEIGHTS_FORMAT} v${FEATURE_VERSION}; retrain with scripts/train-relations.ts`,
    );
  }
  const { sha256, ...body } = file;
  if (relationWeightsHash(body) !== sha256) {
    throw new CorpgraphError(
      'E_INPUT_UNREADABLE',
      `loadRelationModel: weights "${where}" fail their sha256 check`,
    );
  }
  const C = file.classes.length;
  const names = file.features.length > 0 ? file.features.split('\n') : [];
  const rows = Buffer.from(file.rows, 'base64');
  const weights = new Float32Array(names.length * C);
  for (let i = 0; i < weights.length; i++) weights[i] = rows.readInt16LE(i * 2) * file.scale;
  return {
    classes: file.classes,
    featureIndex: new Map(names.map((n, i) => [n, i])),
    weights,
    temperature: file.temperature,
    threshold: file.threshold,
    classThresholds: file.classThresholds,
  };
}

/**
 * Read, verify and decode a weights file from disk.
 * @throws CorpgraphError E_INPUT_NOT_FOUND when missing, E_INPUT_UNREADABLE when bad or stale
 */
export function loadRelationModel(path: string | URL = DEFAULT_RELATION_WEIGHTS_URL): RelationModel {
  const where = String(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new CorpgraphError(
      'E_INPUT_NOT_FOUND',
      `loadRelationModel: weights file "${where}" not found; run scripts/train-relations.ts`,
      { cause },
    );
  }
  return decodeRelationWeights(bytes, where);
}
