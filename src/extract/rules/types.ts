// The shape of a relation rule: data, with an id, the relation it yields and an example sentence.
import type { RelationStatus, RelationType } from '../../types.js';

export interface RelationRule {
  /** Stable id, recorded on every relation the rule produces. */
  id: string;
  /** The relationship type; `BY_TITLE` derives it from the captured `{t:TITLE}` ("president and CEO"). */
  relation: RelationType | 'BY_TITLE';
  /**
   * Template over the marked sentence (see template.ts): `{s:ORG}` subject, `{o:ORGS}` object(s),
   * `{t:TITLE}` title, `{GAP}`/`{DESC}` fillers; the rest is regular-expression text (case-insensitive).
   */
  pattern: string;
  /** A sentence the rule must fire on (checked by tests). */
  example: string;
  /** How often the rule is right (calibrated from `corpgraph eval`). */
  confidence: number;
  /** Status when the text carries no cue. */
  status?: RelationStatus;
  /** With no `o` group: every pair inside `s` ("A, B and C signed an MOU"). */
  pairs?: boolean;
  /** Do not run status detection (the pattern itself fixes the status). */
  fixedStatus?: boolean;
  /**
   * Where status cues are read: `context` (default) the matched text and the 25 characters before it;
   * `match` the matched text only, for stative facts whose neighbours belong to another clause
   * ("has agreed to acquire Maplehurst, based in Laval"); `title` the captured title only ("…, chief
   * executive Ola Berg told reporters").
   */
  statusCue?: 'context' | 'match' | 'title';
}
