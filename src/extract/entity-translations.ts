import type { EntityRegistry } from './entity-registry.js';
import { wordOccurrences } from './word-occurrences.js';
import { LEAD_WORD_TRANSLATIONS } from './vocabulary.js';

// "Jabhat al-Nusra": a lead word, then the name proper with its article.
const LEAD_AND_CORE = /^(\p{L}+) ((?:al|an|ash|as|ad|at|ar|az|el)-(\p{L}+(?:[ -]\p{L}+)*))$/u;

/**
 * Short and translated forms of a group named "<lead word> al-<name>": "al-Nusra" and "Nusra Front" for
 * "Jabhat al-Nusra". A form the text uses becomes an alias; an entity already made of it (a person
 * "Al-Nusra" read from "Al-Nusra claimed responsibility") folds into the group.
 *
 * @example
 * readTranslatedForms(registry, 'the Nusra Front had been merged …') // "Nusra Front" is now an alias of Jabhat al-Nusra
 */
export function readTranslatedForms(registry: EntityRegistry, text: string): void {
  for (const org of registry.records.filter((r) => r.kind === 'organization')) {
    const parts = LEAD_AND_CORE.exec(org.name);
    const english = parts && LEAD_WORD_TRANSLATIONS[(parts[1] ?? '').toLowerCase()];
    if (!parts || !english) continue;
    const core = parts[3] ?? '';
    const forms = [parts[2] ?? '', `${core} ${english}`];
    for (const form of forms) {
      const other = registry.find(form);
      if (other && other !== registry.live(org)) registry.merge(org, other);
      // "al-Haq" inside every "Liwa al-Haq" is no use of its own.
      else if (!other && wordOccurrences(text, form).length > wordOccurrences(text, org.name).length)
        registry.addAlias(org, form);
    }
  }
}
