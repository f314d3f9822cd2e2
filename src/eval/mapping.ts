// Load the schema ↔ dataset label mapping (data in mapping.json) and index it for projection.
import { CorpgraphError } from '../errors.js';
import type { EntityType } from '../types.js';
import mappingJson from './mapping.json' with { type: 'json' };
import type { DatasetMapping, EvalDataset, RelationSource } from './types.js';

/** A mapping indexed for projecting our extraction into a dataset's labels. */
export interface ResolvedMapping extends DatasetMapping {
  /** Our entity types that are scored, each with the dataset labels mapped to it. */
  entityTypes: Map<EntityType, string[]>;
  /** Our relation type → the dataset labels it counts as (with direction). */
  relationIndex: Map<string, Array<{ label: string; reversed: boolean }>>;
  /** Relation labels in the micro average (mapped and not excluded). */
  scoredRelationLabels: string[];
}

/**
 * The mapping for `dataset`, from `override` when given (a parsed mapping.json) or the built-in one.
 * @throws CorpgraphError E_BAD_OPTION when the mapping has no entry for the dataset
 */
export function resolveMapping(dataset: EvalDataset, override?: unknown): ResolvedMapping {
  const all = (override ?? mappingJson) as Record<string, DatasetMapping | undefined>;
  const mapping = all[dataset];
  if (!mapping || typeof mapping !== 'object') {
    throw new CorpgraphError('E_BAD_OPTION', `resolveMapping: no mapping for dataset "${dataset}"`);
  }
  const entityTypes = new Map<EntityType, string[]>();
  for (const [label, type] of Object.entries(mapping.entities ?? {})) {
    if (type === null) continue;
    entityTypes.set(type, [...(entityTypes.get(type) ?? []), label]);
  }
  const relationIndex = new Map<string, Array<{ label: string; reversed: boolean }>>();
  for (const [label, sources] of Object.entries(mapping.relations ?? {})) {
    for (const source of sources as RelationSource[]) {
      const list = relationIndex.get(source.type) ?? [];
      list.push({ label, reversed: source.reversed === true });
      relationIndex.set(source.type, list);
    }
  }
  const excluded = mapping.excluded ?? [];
  const scoredRelationLabels = Object.keys(mapping.relations ?? {}).filter((l) => !excluded.includes(l));
  return {
    entities: mapping.entities ?? {},
    relations: mapping.relations ?? {},
    excluded,
    ...(mapping.spans ? { spans: mapping.spans } : {}),
    entityTypes,
    relationIndex,
    scoredRelationLabels,
  };
}
