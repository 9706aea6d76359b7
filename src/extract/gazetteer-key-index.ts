import { existsSync, readFileSync } from 'node:fs';
import { spellingKey } from './gazetteer-keys.js';
import type { Place } from './gazetteer-places.js';

/** The shipped file of precomputed spelling keys, written by `scripts/build-gazetteer-data.ts`. */
export const PLACE_KEYS_FILE = 'place-keys.json';

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
  return places.flatMap((place) => [place.name, ...place.aliases]);
}

function readShipped(): unknown {
  const url = new URL(`./data/${PLACE_KEYS_FILE}`, import.meta.url);
  return existsSync(url) ? JSON.parse(readFileSync(url, 'utf8')) : undefined;
}

/**
 * The spelling key of every name `placeNames` lists, read from the shipped file when it
 * matches these places and today's key rules (≈0.3 s less start-up), computed otherwise.
 *
 * @example
 * const keys = placeKeys(places); // keys[0] === spellingKey(places[0].name)
 */
export function placeKeys(places: Place[]): string[] {
  const names = placeNames(places);
  const shipped = readShipped();
  const fits =
    Array.isArray(shipped) &&
    shipped.length === names.length &&
    names.every((name, i) => i % SPOT_CHECK_EVERY !== 0 || shipped[i] === spellingKey(name));
  return fits ? (shipped as string[]) : names.map(spellingKey);
}
