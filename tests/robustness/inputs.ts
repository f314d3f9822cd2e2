// Plain article folders for the crash and lock tests: many small, distinct, deterministic articles.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PLACES = ['Boston', 'Munich', 'Perth', 'Shenzhen, China', 'Laval, Quebec'];

/**
 * Write `count` articles (`00000.txt`, …) into `dir`, numbered from `first`; each names its own
 * organizations, so every file is a new document with new entities and relations.
 * @returns `dir`
 */
export function writeArticles(dir: string, count: number, first = 0): string {
  mkdirSync(dir, { recursive: true });
  for (let i = first; i < first + count; i++) {
    const place = PLACES[i % PLACES.length] as string;
    writeFileSync(
      join(dir, `${String(i).padStart(5, '0')}.txt`),
      `Company${i} Corp. signed a memorandum of understanding with Partner${i % 97} Inc. ` +
        `Company${i} Corp. is based in ${place}. Dana Whitfield${i}, chief executive of Company${i} Corp., ` +
        `said the deal closed.\n`,
    );
  }
  return dir;
}
