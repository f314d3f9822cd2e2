// Colours and sizes of the picture: node colour by label, edge colour by status (Okabe–Ito, colour-blind safe).
import type { NodeLabel, RelationStatus } from '../types.js';

export const LABEL_COLORS: Readonly<Record<NodeLabel, string>> = {
  Organization: '#0072b2',
  Person: '#d55e00',
  Place: '#009e73',
};

export const STATUS_COLORS: Readonly<Record<RelationStatus, string>> = {
  current: '#7b8089',
  // Why: faded (and drawn dashed by the explorer), so past links stay visible but recede.
  former: '#d3d6db',
  planned: '#e69f00',
  proposed: '#cc79a7',
};

/** Node size from its degree: grows with the square root so hubs stand out without swamping the view. */
export function nodeSize(degree: number): number {
  return Math.round((3 + 2.2 * Math.sqrt(degree)) * 100) / 100;
}

/** Edge thickness from confidence (0..1). */
export function edgeSize(confidence: number): number {
  return Math.round((1 + 1.5 * Math.max(0, Math.min(1, confidence))) * 100) / 100;
}
