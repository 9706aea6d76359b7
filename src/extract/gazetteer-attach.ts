import type { PlaceMention } from './types.js';
import type { Place } from './gazetteer.js';
import type { Phrase } from './gazetteer-scan.js';

/** A resolved mention with the phrase and the gazetteer place it came from. */
export interface Found {
  phrase: Phrase;
  mention: PlaceMention;
  place?: Place;
}

/**
 * Adds another name to a mention unless it is the name itself or already there.
 *
 * @example
 * addAlias(domodedovo, 'Domodedovo Airport')
 */
export function addAlias(mention: PlaceMention, alias: string): void {
  if (alias !== mention.name && !mention.aliases.includes(alias)) mention.aliases.push(alias);
}

// What may stand between a settlement and its district: " (", ", in the ", " in Ingushetia's ".
const QUALIFIER = /^[\s,(]*(?:(?:in|of)\s+)?(?:the\s+)?(?:[\p{L}-]+['’ʼ]s\s+)?$/u;

/**
 * Joins a settlement and the district or region that qualifies it into one location
 * ("Sernovodskoye (Kursky district)", "Yandare in Ingushetia's Nazran district"), and gives
 * a place named after a possessive its parent ("Moscow's Domodedovo Airport",
 * "Dagestan's Khasavyurt district").
 *
 * @example
 * attachQualifiers(text, found) // Katyr-Yurt with alias "Achkhoy-Martan district"; the district dropped
 */
export function attachQualifiers(text: string, found: Found[]): Found[] {
  const dropped = new Set<Found>();
  for (let i = 0; i < found.length; i++) {
    const current = found[i]!;
    const next = found[i + 1];
    const { mention } = current;
    if (next && /^['’ʼ]s\s+$/.test(text.slice(current.phrase.end, next.phrase.start))) {
      addAlias(next.mention, mention.name);
      if (next.phrase.kind === 'district' && current.place?.kind === 'admin1') next.mention.admin1 = current.place.name;
    }
    if (mention.precision !== 'exact') continue;
    for (const later of found.slice(i + 1)) {
      if (later.mention.precision === 'exact') break;
      if (later.phrase.kind === 'district' && QUALIFIER.test(text.slice(current.phrase.end, later.phrase.start))) {
        addAlias(mention, later.mention.name);
        mention.admin1 ??= later.mention.admin1;
        dropped.add(later);
      } else if (later.mention.precision === 'admin1' && later.mention.admin1 === mention.admin1) {
        addAlias(mention, later.mention.text);
      }
    }
  }
  return found.filter((f) => !dropped.has(f));
}
