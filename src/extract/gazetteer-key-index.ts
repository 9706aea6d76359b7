import { existsSync, readFileSync } from 'node:fs';
import { districtKey, spellingKey } from './gazetteer-keys.js';
import type { Place } from './gazetteer-places.js';
import { flatMap } from './flat-map.js';

/** The shipped file of precomputed spelling keys, written by `scripts/build-gazetteer-data.ts`. */
export const PLACE_KEYS_FILE = 'place-keys.json';
/** The shipped file of precomputed district keys, written by `scripts/build-gazetteer-data.ts`. */
export const DISTRICT_KEYS_FILE = 'district-keys.json';

// One name in this many is keyed again at start-up and compared: a key rule changed since the
// file was built shows up there, and the keys are then computed instead of read.
const SPOT_CHECK_EVERY = 499;

/**
 * Every name of every place, in index order: each place's name, then its aliases. The order
 * the precomputed keys follow.
 *
 * @example
 * placeNames([{ name: 'Dagestan', aliases: ['Daghestan'], … }]) // ['Dagestan', 'Daghestan']
 */
export function placeNames(places: Place[]): string[] {
  return flatMap(places, (place) => [place.name, ...place.aliases]);
}

/**
 * Every district name, region by region in the order the districts file lists them. The order the
 * precomputed district keys follow.
 *
 * @example
 * districtNames({ 'RU.12': ['Achkhoy-Martanovskiy Rayon', 'Urus-Martanovskiy Rayon'] })
 * // ['Achkhoy-Martanovskiy Rayon', 'Urus-Martanovskiy Rayon']
 */
export function districtNames(districts: Record<string, string[]>): string[] {
  return flatMap(Object.values(districts), (names) => names);
}

function readShipped(file: string): unknown {
  const url = new URL(`./data/${file}`, import.meta.url);
  return existsSync(url) ? JSON.parse(readFileSync(url, 'utf8')) : undefined;
}

// The shipped keys of `names` when the file matches them and today's key rule (by a sample), else computed.
function shippedKeys(file: string, names: string[], key: (name: string) => string): string[] {
  const shipped = readShipped(file);
  const fits =
    Array.isArray(shipped) &&
    shipped.length === names.length &&
    names.every((name, i) => i % SPOT_CHECK_EVERY !== 0 || shipped[i] === key(name));
  return fits ? (shipped as string[]) : names.map(key);
}

/**
 * The spelling key of every name `placeNames` lists, read from the shipped file when it
 * matches these places and today's key rules (≈0.3 s less start-up), computed otherwise.
 *
 * @example
 * const keys = placeKeys(places); // keys[0] === spellingKey(places[0].name)
 */
export function placeKeys(places: Place[]): string[] {
  return shippedKeys(PLACE_KEYS_FILE, placeNames(places), spellingKey);
}

/**
 * The district key of every name `districtNames` lists, read from the shipped file when it matches
 * these districts and today's key rules (≈0.4 s less on the first district a document names),
 * computed otherwise.
 *
 * @example
 * const keys = districtKeys(districts); // keys[0] === districtKey(districtNames(districts)[0])
 */
export function districtKeys(districts: Record<string, string[]>): string[] {
  return shippedKeys(DISTRICT_KEYS_FILE, districtNames(districts), districtKey);
}
