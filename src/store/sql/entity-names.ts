import { asciiKey, normalizeName, type Evidence, type Organization, type Person } from '../../model/index.js';

/** A name of an extracted entity with the keys it is matched by. */
export interface KeyedName {
  text: string;
  normalized: string;
  ascii: string;
  lang: string | null;
  script: string | null;
  romanizedFrom: string | null;
  evidence: Evidence | null;
}

/**
 * Every name an extracted organization or person goes by — `names[]` first (they carry
 * language and script), then the canonical name and the aliases — once each by text.
 * Names whose key is empty (punctuation only) cannot be matched and are left out.
 *
 * @example
 * entityNames({ id: 'p', name: 'Rustam Asildarov', aliases: ['Asildarov'] }).map((n) => n.ascii)
 * // ['rustam asildarov', 'asildarov']
 */
export function entityNames(entity: Organization | Person): KeyedName[] {
  const written = 'names' in entity ? (entity.names ?? []) : [];
  const all: Omit<KeyedName, 'normalized' | 'ascii'>[] = [
    ...written.map((n) => ({
      text: n.text,
      lang: n.lang ?? null,
      script: n.script ?? null,
      romanizedFrom: n.romanized_from ?? null,
      evidence: n.evidence ?? null,
    })),
    ...[entity.name, ...entity.aliases].map((text) => ({
      text,
      lang: null,
      script: null,
      romanizedFrom: null,
      evidence: null,
    })),
  ];
  const seen = new Set<string>();
  const names: KeyedName[] = [];
  for (const n of all) {
    const text = n.text.trim();
    const normalized = normalizeName(text);
    if (seen.has(text) || normalized === '') continue;
    seen.add(text);
    names.push({ ...n, text, normalized, ascii: asciiKey(text) });
  }
  return names;
}
