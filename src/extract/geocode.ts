import type { LocationPrecision } from '../model/index.js';
import type { GeoContext, PlaceMention } from './types.js';
import type { Gazetteer, Place } from './gazetteer.js';
import { countryOf, pickPlace, rankContext, type RankContext } from './gazetteer-rank.js';
import { addAlias, attachQualifiers, type Found } from './gazetteer-attach.js';
import { placeCandidates } from './gazetteer-roles.js';
import { scanPhrases, spaced, tokenize, type Phrase, type Token } from './gazetteer-scan.js';
import { COMPASS_WORDS, DISTRICT_WORDS, FACILITY_WORDS } from './gazetteer-words.js';

const PRECISION: Record<Place['kind'], LocationPrecision> = {
  city: 'exact',
  admin1: 'admin1',
  country: 'country',
  region: 'country',
};

// Most names have a plain lower-case letter: a loop finds it without the Unicode pattern.
function hasAsciiLowerCase(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 97 && code <= 122) return true;
  }
  return false;
}

// Datelines and headlines write names in capitals; the name reported is the usual case.
function titleCase(name: string): string {
  if (hasAsciiLowerCase(name) || /\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

// A place's other names without repeats and without its name, worked out on its first mention: a large city has
// dozens and is named in sentence after sentence. Places never change, so the list cannot go stale.
const aliasesOf = new WeakMap<Place, string[]>();
function distinctAliases(place: Place): string[] {
  if (place.aliases.length === 0) return place.aliases;
  let aliases = aliasesOf.get(place);
  if (!aliases) {
    aliases = [...new Set(place.aliases)].filter((alias) => alias !== place.name);
    aliasesOf.set(place, aliases);
  }
  return aliases;
}

// `name` is the place's own words (without a compass word), `phrase` the whole mention.
function mentionOf(place: Place, name: string, phrase: Phrase, rank: RankContext, offset: number): PlaceMention {
  const own = place.kind === 'city' ? titleCase(name) : place.name;
  // Each other name once, in order: the place's name, the text, then its other names (already without repeats).
  const aliases: string[] = [];
  if (place.name !== own) aliases.push(place.name);
  if (phrase.text !== own && phrase.text !== place.name) aliases.push(phrase.text);
  for (const alias of distinctAliases(place)) {
    if (alias !== own && alias !== phrase.text) aliases.push(alias);
  }
  return {
    text: phrase.text,
    start: offset + phrase.start,
    end: offset + phrase.end,
    name: own,
    admin1: place.kind === 'country' || place.kind === 'region' ? undefined : place.admin1,
    country: countryOf(place, rank),
    precision: PRECISION[place.kind],
    lat: place.lat,
    lon: place.lon,
    aliases,
  };
}

// A district or an unknown settlement takes its region from the sentence, else from the
// document: a region holding a district of that name there; the one region of the document's
// countries that holds it; else the document's region, as district names repeat (Kirovsky,
// Sovetsky are in dozens of regions).
function regionFor(gazetteer: Gazetteer, named: Place[], candidates: Place[], geo: GeoContext): Place | undefined {
  const inSentence = candidates.find((c) => named.some((p) => p.admin1Code === c.admin1Code)) ?? named[0];
  if (inSentence) return inSentence;
  const fromDocument = (geo.admin1 ?? [])
    .map((name) => gazetteer.lookup(name).find((p) => p.kind === 'admin1'))
    .filter((p): p is Place => p !== undefined);
  const countries = geo.countries ?? [];
  const local = candidates.filter((c) => countries.includes(c.country));
  return (
    candidates.find((c) => fromDocument.some((p) => p.admin1Code === c.admin1Code)) ??
    (local.length === 1 ? local[0] : undefined) ??
    fromDocument[0] ??
    local[0] ??
    (countries.length === 0 ? candidates[0] : undefined)
  );
}

function unlisted(
  phrase: Phrase,
  precision: LocationPrecision,
  region: Place | undefined,
  country: string | undefined,
  offset: number,
): PlaceMention | undefined {
  const code = region?.country ?? country;
  if (!code) return undefined;
  return {
    text: phrase.text,
    start: offset + phrase.start,
    end: offset + phrase.end,
    name: phrase.text,
    admin1: region?.name,
    country: code,
    precision,
    aliases: [],
  };
}

// The mention's span: "southern Dagestan" and "Idlib province" take in the compass and unit
// words, while the name stays the place's own.
function mentionSpan(text: string, tokens: Token[], phrase: Phrase): Phrase {
  const before = tokens[phrase.first - 1];
  const compass = before !== undefined && COMPASS_WORDS.has(before.lower) && spaced(text, before, tokens[phrase.first]);
  const start = compass ? before.start : phrase.start;
  const end = phrase.unit?.end ?? phrase.end;
  // Most mentions are the phrase itself: phrases are never changed after the scan, so it can be shared.
  return start === phrase.start && end === phrase.end
    ? phrase
    : { ...phrase, start, end, text: text.slice(start, end) };
}

function facilityAlias(text: string, tokens: Token[], phrase: Phrase): string | undefined {
  const after = tokens[phrase.last + 1];
  if (!after?.capitalized || !FACILITY_WORDS.has(after.lower) || !spaced(text, tokens[phrase.last], after)) {
    return undefined;
  }
  return text.slice(phrase.start, after.end);
}

/**
 * Finds the places named in a sentence and resolves each in the gazetteer. Spans are
 * document offsets (`offset` is where `text` starts). Names inside longer proper names
 * ("Vilayat Dagestan", "Caucasus Emirate") and small homonyms without a place role or
 * context are left out; a village the gazetteer lacks ("the village of Mara-Ayagy") keeps
 * `exact` precision and takes its region from the sentence or the context.
 *
 * @example
 * findPlaces('a Russian military base in southern Dagestan', 0, loadGazetteer(), { countries: ['RU'] })
 * // [{ text: 'southern Dagestan', name: 'Dagestan', admin1: 'Dagestan', country: 'RU', precision: 'admin1', … }]
 */
export function findPlaces(
  text: string,
  offset: number,
  gazetteer: Gazetteer,
  context: GeoContext = {},
): PlaceMention[] {
  const tokens = tokenize(text);
  const candidates = placeCandidates(text, tokens, scanPhrases(text, tokens, gazetteer), gazetteer);
  // Most sentences name no place: nothing to rank.
  if (candidates.length === 0) return [];
  const sentence = rankContext(context);
  // The sentence's sets fill in below and both views share them: one view per role, not one per candidate.
  const uncued: RankContext = { ...sentence, cued: false };
  const regions: Place[] = [];
  const cityRegions: Place[] = [];
  // Each candidate's first reading, and how much the sentence had told by then: the sets only grow, so a
  // candidate read after the last addition reads the same below and is not ranked again.
  const firstReadings: (Place | undefined)[] = [];
  const toldBefore: number[] = [];
  const told = () => sentence.admin1Codes.size + sentence.countries.size;
  for (const { phrase, places, cued } of candidates) {
    toldBefore.push(told());
    const place = pickPlace(places, phrase.text, cued ? sentence : uncued);
    firstReadings.push(place);
    if (!place) continue;
    // A city's region is a weaker hint than a region named outright: it goes last.
    const region = place.kind === 'city' && place.admin1Code ? gazetteer.admin1(place.admin1Code) : undefined;
    if (region) cityRegions.push(region);
    if (place.kind === 'city') continue;
    if (place.kind === 'admin1') regions.push(place);
    if (place.admin1Code) sentence.admin1Codes.add(place.admin1Code);
    for (const country of place.countries ?? [place.country]) sentence.countries.add(country);
  }
  const found: Found[] = [];
  const toldInAll = told();
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    const rank = candidate.cued ? sentence : uncued;
    const phrase = mentionSpan(text, tokens, candidate.phrase);
    const place =
      toldBefore[i] === toldInAll ? firstReadings[i] : pickPlace(candidate.places, candidate.phrase.text, rank);
    if (place) {
      const mention = mentionOf(place, candidate.phrase.text, phrase, rank, offset);
      const facility = facilityAlias(text, tokens, candidate.phrase);
      if (facility) addAlias(mention, facility);
      found.push({ phrase, mention, place });
      continue;
    }
    // A cued compound name whose only homonyms are implausible is a village the gazetteer lacks.
    const settlement =
      phrase.kind === 'settlement' || (candidate.cued && phrase.kind === 'place' && phrase.text.includes('-'));
    if (phrase.kind !== 'district' && phrase.kind !== 'feature' && !settlement) continue;
    const holders = phrase.kind === 'district' ? gazetteer.districtRegions(phrase.text) : [];
    // A district's seat named without "district" ("near Barawe") must lie in a country the text is about.
    const seat = phrase.kind === 'district' && !DISTRICT_WORDS.has(tokens[phrase.last]!.lower);
    const known = new Set([...sentence.countries, ...(context.countries ?? [])]);
    if (seat && !holders.some((h) => known.has(h.country))) continue;
    const region = regionFor(
      gazetteer,
      [...regions, ...cityRegions],
      seat ? holders.filter((h) => known.has(h.country)) : holders,
      context,
    );
    const country = [...sentence.countries][0] ?? context.countries?.[0];
    const broad = phrase.kind === 'district' || phrase.kind === 'feature';
    const mention = unlisted(phrase, broad ? 'district' : 'exact', region, country, offset);
    if (mention) found.push({ phrase, mention });
  }
  return attachQualifiers(text, found).map((f) => f.mention);
}

/**
 * Resolves a place phrase a caller already holds ("southern Dagestan", "Untsukul district",
 * "Grozny"); the span is the whole phrase. Null when the gazetteer has nothing plausible.
 *
 * @example
 * resolvePlace('Kizlyar', loadGazetteer(), { admin1: ['Dagestan'] })?.admin1 // 'Dagestan'
 */
export function resolvePlace(name: string, gazetteer: Gazetteer, context: GeoContext = {}): PlaceMention | null {
  const text = name.trim();
  const tokens = tokenize(text);
  const first = tokens.findIndex((t) => !COMPASS_WORDS.has(t.lower) && t.lower !== 'the');
  const core = tokens[first];
  if (!core) return null;
  const whole: Phrase = { kind: 'place', first: 0, last: tokens.length - 1, text, start: 0, end: text.length };
  const rank = rankContext(context);
  const bare = text.slice(core.start);
  const district = DISTRICT_WORDS.has(tokens.at(-1)!.lower) && tokens.length > first + 1;
  const place = district ? undefined : pickPlace(gazetteer.lookup(bare), bare, rank);
  if (place) return mentionOf(place, bare, whole, rank, 0);
  if (!district) return null;
  const holders = gazetteer.districtRegions(bare);
  const region = regionFor(gazetteer, [], holders, context);
  return unlisted({ ...whole, kind: 'district' }, 'district', region, context.countries?.[0], 0) ?? null;
}
