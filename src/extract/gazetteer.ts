import { districtKeys, placeKeys } from './gazetteer-key-index.js';
import { KeyFilter } from './gazetteer-key-filter.js';
import { districtKey, exactKey, spellingKey } from './gazetteer-keys.js';
import { readPlaceSources, type Place } from './gazetteer-places.js';

export type { Place, PlaceKind } from './gazetteer-places.js';

/**
 * An offline index of the world's places: GeoNames settlements of 1,000 people or more,
 * first-level regions under their English press names, countries, and broader regions.
 */
export interface Gazetteer {
  /** Candidates for a surface form, best first: exact spellings before variants, then by size. */
  lookup(name: string): Place[];
  /** True when some place answers to this spelling key: the cheap test for scanning text. */
  hasKey(key: string): boolean;
  /** Admin-1 regions that hold a district of this name ("Achkhoy-Martan district" → Chechnya). */
  districtRegions(name: string): Place[];
  /** The admin-1 region with this GeoNames code ("RU.17"). */
  admin1(code: string): Place | undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

// Ranks kinds against each other when spellings tie: a country or broader region over
// anything else; a city over its own same-named region (Moscow, Kirkuk) because a city's
// population is counted three times, yet a village never outranks a province.
function weight(place: Place): number {
  if (place.kind === 'country') return 1e12;
  if (place.kind === 'region') return 1e11;
  if (place.kind === 'city') return place.population * 3;
  return place.population;
}

// 0: the name or a recorded alias as written, 1: a spelling variant of one.
function tier(place: Place, key: string): number {
  return exactKey(place.name) === key || place.aliases.some((alias) => exactKey(alias) === key) ? 0 : 1;
}

function buildGazetteer(): Gazetteer {
  const { places, districts, admin1ByCode } = readPlaceSources();
  const byKey = new Map<string, Place[]>();
  const filter = new KeyFilter();
  const keys = placeKeys(places);
  let next = 0;
  for (const place of places) {
    // A place is listed once under each of its keys; its names follow it in `keys`.
    const own = new Set<string>();
    for (let n = 0; n <= place.aliases.length; n++) own.add(keys[next++]!);
    for (const key of own) {
      const list = byKey.get(key);
      if (list) list.push(place);
      else {
        byKey.set(key, [place]);
        filter.add(key);
      }
    }
  }
  // Districts are asked for rarely: index them on first use, off the start-up path.
  let regionsByDistrict: Map<string, Place[]> | undefined;
  const districtIndex = () => {
    if (regionsByDistrict) return regionsByDistrict;
    regionsByDistrict = new Map();
    // The districts' keys follow their names, region by region.
    const keys = districtKeys(districts);
    let next = 0;
    for (const [code, names] of Object.entries(districts)) {
      const region = admin1ByCode.get(code);
      next += names.length;
      if (!region) continue;
      for (let i = next - names.length; i < next; i++) push(regionsByDistrict, keys[i]!, region);
    }
    return regionsByDistrict;
  };
  return {
    lookup(name) {
      const spelling = spellingKey(name);
      const candidates = filter.mayHave(spelling) ? byKey.get(spelling) : undefined;
      if (!candidates) return [];
      // One candidate needs no ranking.
      if (candidates.length === 1) return [candidates[0]!];
      const key = exactKey(name);
      return candidates
        .map((place) => ({ place, tier: tier(place, key), weight: weight(place) }))
        .sort((a, b) => a.tier - b.tier || b.weight - a.weight)
        .map(({ place }) => place);
    },
    hasKey: (key) => filter.mayHave(key) && byKey.has(key),
    districtRegions: (name) => districtIndex().get(districtKey(name)) ?? [],
    admin1: (code) => admin1ByCode.get(code),
  };
}

let memo: Gazetteer | undefined;

/**
 * The gazetteer, built on first call (≈1 s) and shared afterwards.
 *
 * @example
 * loadGazetteer().lookup('Grozny')[0] // { name: 'Groznyy', admin1: 'Chechnya', country: 'RU', … }
 * loadGazetteer().lookup('Daghestan')[0]?.kind // 'admin1'
 */
export function loadGazetteer(): Gazetteer {
  memo ??= buildGazetteer();
  return memo;
}
