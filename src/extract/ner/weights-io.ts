// The NER weights file: compact, versioned, hashed (gzip of JSON with int16-quantised sparse rows in base64).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CorpgraphError } from '../../errors.js';
import { type CaseProfile, parseCaseProfile, serializeCaseProfile } from './case-profile.js';
import { FEATURE_VERSION } from './features.js';
import { createModel, type NerModel } from './model.js';

export const WEIGHTS_FORMAT = 'corpgraph-ner/1';

/** Where the shipped weights live: `models/` at the package root (same path from src/ and dist/). */
export const DEFAULT_WEIGHTS_URL = new URL('../../../models/ner-weights.json.gz', import.meta.url);

/** How a weights file was produced (recorded in the file, so it can be reproduced). */
export interface TrainingInfo {
  /** Training files by base name with their sha256. */
  files: Array<{ name: string; sha256: string; sentences: number; repeat: number }>;
  epochs: number;
  seed: number;
  minCount: number;
  prune: number;
}

/** The decoded JSON of a weights file. */
export interface WeightsFile {
  format: string;
  featureVersion: number;
  tags: string[];
  temperature: number;
  training: TrainingInfo;
  /** Quantisation step: weight = int16 × scale. */
  scale: number;
  /** (T+1)² transition scores, rounded. */
  transitions: number[];
  /** Feature names joined by "\n". */
  features: string;
  /** Per feature: count byte, then (tag byte, int16 LE) pairs; base64. */
  rows: string;
  /** Case profile as sorted "word\tbucket" lines. */
  caseProfile: string;
  /** sha256 of everything above (see `weightsHash`). */
  sha256: string;
}

/** The content hash of a weights file (all fields but `sha256`, in a fixed order). */
export function weightsHash(file: Omit<WeightsFile, 'sha256'>): string {
  const h = createHash('sha256');
  h.update(
    JSON.stringify([
      file.format,
      file.featureVersion,
      file.tags,
      file.temperature,
      file.training,
      file.scale,
      file.transitions,
      file.features,
      file.rows,
      file.caseProfile,
    ]),
  );
  return h.digest('hex');
}

/**
 * Encode trained weights: rows with all |w| < prune dropped, the rest quantised to int16.
 * @returns The gzipped file bytes and the decoded header (for reporting).
 */
export function encodeWeights(
  tags: readonly string[],
  featureNames: readonly string[],
  weights: Float64Array,
  transitions: Float64Array,
  temperature: number,
  training: TrainingInfo,
  caseProfile: CaseProfile,
): { bytes: Buffer; file: WeightsFile } {
  const T = tags.length;
  let max = 0;
  for (const v of weights) if (Math.abs(v) > max) max = Math.abs(v);
  const scale = Number(((max || 1) / 32000).toPrecision(6));
  const names: string[] = [];
  const chunks: number[] = [];
  // Why: sort names so the file does not depend on feature discovery order.
  const order = featureNames.map((name, row) => ({ name, row })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const { name, row } of order) {
    const pairs: Array<[number, number]> = [];
    for (let t = 0; t < T; t++) {
      const v = weights[row * T + t] ?? 0;
      if (Math.abs(v) < training.prune) continue;
      const q = Math.round(v / scale);
      if (q !== 0) pairs.push([t, q]);
    }
    if (pairs.length === 0) continue;
    names.push(name);
    chunks.push(pairs.length);
    for (const [t, q] of pairs) chunks.push(t, q & 0xff, (q >> 8) & 0xff);
  }
  const body: Omit<WeightsFile, 'sha256'> = {
    format: WEIGHTS_FORMAT,
    featureVersion: FEATURE_VERSION,
    tags: [...tags],
    temperature,
    training,
    scale,
    transitions: Array.from(transitions, (v) => Math.round(v * 1000) / 1000),
    features: names.join('\n'),
    rows: Buffer.from(Uint8Array.from(chunks)).toString('base64'),
    caseProfile: serializeCaseProfile(caseProfile),
  };
  const file: WeightsFile = { ...body, sha256: weightsHash(body) };
  return { bytes: gzipSync(JSON.stringify(file), { level: 9 }), file };
}

/** Parse the bytes of a weights file (gzip of JSON). Throws E_INPUT_UNREADABLE on a bad file. */
export function parseWeightsFile(bytes: Buffer, where: string): WeightsFile {
  try {
    return JSON.parse(gunzipSync(bytes).toString('utf8')) as WeightsFile;
  } catch (cause) {
    throw new CorpgraphError('E_INPUT_UNREADABLE', `loadNerModel: cannot read weights file "${where}"`, {
      cause,
    });
  }
}

/** Build a model from a parsed weights file; throws E_INPUT_UNREADABLE on a version or hash mismatch. */
export function modelFromWeights(file: WeightsFile, where: string): NerModel {
  if (file.format !== WEIGHTS_FORMAT || file.featureVersion !== FEATURE_VERSION) {
    throw new CorpgraphError(
      'E_INPUT_UNREADABLE',
      `loadNerModel: weights "${where}" are ${file.format} features v${file.featureVersion}, expected ${WEIGHTS_FORMAT} v${FEATURE_VERSION}; retrain with scripts/train-ner.ts`,
    );
  }
  const { sha256, ...body } = file;
  if (weightsHash(body) !== sha256) {
    throw new CorpgraphError(
      'E_INPUT_UNREADABLE',
      `loadNerModel: weights "${where}" fail their sha256 check`,
    );
  }
  const T = file.tags.length;
  const names = file.features.length > 0 ? file.features.split('\n') : [];
  const rows = Buffer.from(file.rows, 'base64');
  const weights = new Float32Array(names.length * T);
  const index = new Map<string, number>();
  let p = 0;
  for (let r = 0; r < names.length; r++) {
    index.set(names[r] ?? '', r);
    const count = rows[p++] ?? 0;
    for (let k = 0; k < count; k++) {
      const t = rows[p] ?? 0;
      const q = (((rows[p + 1] ?? 0) | ((rows[p + 2] ?? 0) << 8)) << 16) >> 16;
      p += 3;
      weights[r * T + t] = q * file.scale;
    }
  }
  return createModel(
    file.tags,
    index,
    weights,
    Float64Array.from(file.transitions),
    file.temperature,
    parseCaseProfile(file.caseProfile),
  );
}

/** Read, verify and decode a weights file from disk. */
export function loadNerModel(path: string | URL = DEFAULT_WEIGHTS_URL): NerModel {
  const where = String(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new CorpgraphError(
      'E_INPUT_NOT_FOUND',
      `loadNerModel: weights file "${where}" not found; run scripts/train-ner.ts`,
      {
        cause,
      },
    );
  }
  return modelFromWeights(parseWeightsFile(bytes, where), where);
}
