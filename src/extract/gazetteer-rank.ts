import type { GeoContext } from './types.js';
import type { Place } from './gazetteer.js';
import { exactKey, spellingKey } from './gazetteer-keys.js';

/** What is known around a phrase when choosing among the places that share its name. */
export interface RankContext {
  /** The document's context from the caller. */
  geo: GeoContext;
  /** Exact keys of the document's admin-1 names (`geo.admin1`), read once per sentence. */
  admin1Keys: Set<string>;
  /** Admin-1 codes ("RU.17") named in the same sentence. */
  admin1Codes: Set<string>;
  /** Countries named in the same sentence. */
  countries: Set<string>;
  /** The name stands in a place role: after "in", "near", "the village of", in a list of places. */
  cued: boolean;
}

/**
 * A sentence's ranking context before any place of it is read: the document's context, its admin-1 names
 * keyed once, nothing named yet, in a place role.
 *
 * @example
 * rankContext({ admin1: ['St. Petersburg'] }).admin1Keys.has(exactKey('Saint-Petersburg')) // true
 */
export function rankContext(geo: GeoContext): RankContext {
  const admin1Keys = new Set((geo.admin1 ?? []).map((name) => exactKey(name)));
  return { geo, admin1Keys, admin1Codes: new Set(), countries: new Set(), cued: true };
}

// A country or broader region outweighs any single settlement of the same name.
function size(place: Place): number {
  if (place.kind === 'country') return 9;
  if (place.kind === 'region') return 8;
  return Math.log10(place.population + 10);
}

function contextCountries(place: Place): string[] {
  return place.countries ?? [place.country];
}

/** How strongly the sentence and the document point at this place (0: not at all). */
function affinity(place: Place, context: RankContext): number {
  let score = 0;
  if (place.admin1Code && context.admin1Codes.has(place.admin1Code)) score += 5;
  else if (place.admin1 && context.admin1Keys.has(exactKey(place.admin1))) score += 4;
  const countries = contextCountries(place);
  if (countries.some((c) => context.countries.has(c))) score += 4;
  const rank = (context.geo.countries ?? []).findIndex((c) => countries.includes(c));
  if (rank >= 0) score += 3 - Math.min(rank, 2) * 0.5;
  return score;
}

// Small settlements need a reason to be read as places: a locative cue, or the document
// already being about their country. Without one, "Police" (a Polish town) stays a word.
function plausible(place: Place, context: RankContext, affinityScore: number, surface: string): boolean {
  const abroad = (context.geo.countries?.length ?? 0) > 0 && affinityScore === 0;
  if (place.kind === 'admin1') return context.cued || !abroad || place.population >= 1_000_000;
  if (place.kind !== 'city') return true;
  if (abroad && place.population < (context.cued ? 50_000 : 500_000)) return false;
  // A foreign city's other-language name ("St George" for Freetown) needs a place role.
  if (abroad && !context.cued && spellingKey(surface) !== spellingKey(place.name)) return false;
  if (context.cued) return true;
  const short = surface.replace(/\W/g, '').length <= 4;
  return place.population >= (short ? 500_000 : affinityScore > 0 ? 10_000 : 100_000);
}

/**
 * The best place for a surface form among the gazetteer's candidates, or undefined when
 * none is plausible in this role and context. Exact spellings, the sentence's own regions
 * and countries, the document's countries and then size decide.
 *
 * @example
 * pickPlace(gazetteer.lookup('Kizlyar'), 'Kizlyar', { geo: {}, admin1Keys: new Set(),
 *   admin1Codes: new Set(['RU.17']), countries: new Set(), cued: true })?.admin1 // 'Dagestan'
 */
export function pickPlace(candidates: Place[], surface: string, context: RankContext): Place | undefined {
  if (candidates.length === 0) return undefined;
  const key = exactKey(surface);
  // A city named like its own region is what a bare name means ("in Tyumen", "in Kirkuk"). A lone candidate
  // (most names) has no such region beside it.
  const regionCodes =
    candidates.length > 1 ? new Set(candidates.filter((p) => p.kind === 'admin1').map((p) => p.admin1Code)) : undefined;
  let best: Place | undefined;
  let bestScore = -Infinity;
  for (const place of candidates) {
    const near = affinity(place, context);
    if (!plausible(place, context, near, surface)) continue;
    const exact = exactKey(place.name) === key || place.aliases.some((alias) => exactKey(alias) === key);
    const seat = place.kind === 'city' && regionCodes?.has(place.admin1Code) ? 1 : 0;
    const score = size(place) + near + (exact ? 1.5 : 0) + seat;
    if (score > bestScore) {
      best = place;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The country a place reports: its own, or for a region spanning several, the one the
 * context names.
 *
 * @example
 * countryOf(sahel, { countries: ['NE'] }) // 'NE'
 */
export function countryOf(place: Place, context: RankContext): string {
  const countries = contextCountries(place);
  return (
    countries.find((c) => context.countries.has(c)) ??
    countries.find((c) => context.geo.countries?.includes(c)) ??
    place.country
  );
}
