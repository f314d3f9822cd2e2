// Place cues: head nouns that end the names of places ("Cameron Parish", "Howard Beach", "Loei Province").

/**
 * Words that end a place name of two or more words. Checked after organization heads, so "Silicon
 * Valley Bank" stays an organization; a one-word name ("Bay") is never typed by this list.
 */
export const PLACE_HEADS = new Set([
  'County',
  'District',
  'Province',
  'Prefecture',
  'Parish',
  'Township',
  'Borough',
  'Municipality',
  'Oblast',
  'Governorate',
  'Territory',
  'Canton',
  'Region',
  'Beach',
  'Island',
  'Islands',
  'Valley',
  'Bay',
  'Peninsula',
  'Canyon',
  'Heights',
  'Springs',
  'Mountains',
  'Desert',
  'Coast',
  'Strait',
]);
