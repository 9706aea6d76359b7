import { readFileSync } from 'node:fs';
import { memoizeByWord } from './word-memo.js';

interface DemonymData {
  /** Adjective (lowercase) → the place it derives from, as the gazetteer names it. */
  places: Record<string, string>;
  /** Words for peoples and faiths ("Avar", "Fulani", "Sufi"): descriptive, never a personal name. */
  peoples: string[];
}

const data = JSON.parse(readFileSync(new URL('./data/demonyms.json', import.meta.url), 'utf8')) as DemonymData;

/** What a capitalized descriptive word is: the adjective of a place, or the name of a people or faith. */
export interface Demonym {
  /** The place the adjective derives from ("Nigerian" → "Nigeria"); absent for peoples and faiths. */
  place?: string;
}

// One answer per word, built once and shared (callers only read them): every capitalized word is looked up. A
// map, not the parsed object, so "constructor" does not find Object's.
const PEOPLE: Demonym = Object.freeze({});
const answers = new Map<string, Demonym>([
  ...data.peoples.map((people): [string, Demonym] => [people, PEOPLE]),
  ...Object.entries(data.places).map(([adjective, place]): [string, Demonym] => [adjective, Object.freeze({ place })]),
]);

/**
 * Reads a capitalized word as a demonym, so it is never taken for a person's name and a descriptive
 * "Nigerian army" or "Afghan-based branch" can be placed. Covers every country's adjective, major
 * regions' ("Chechen", "Kashmiri", "Basque"), and words for peoples and faiths.
 *
 * @example
 * demonym('Nigerian') // { place: 'Nigeria' }
 * demonym('Fulani')   // {}
 * demonym('Abubakar') // undefined
 */
export function demonym(word: string): Demonym | undefined {
  return answerOf(word) ?? undefined;
}

// Remembered per word as written, which spares lower-casing it again; null stands for "no demonym" so that one
// look-up answers.
const answerOf = memoizeByWord((word): Demonym | null => answers.get(word.toLowerCase()) ?? null);
