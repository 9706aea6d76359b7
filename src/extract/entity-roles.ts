import type { Relation } from '../model/index.js';
import type { EntityRecord, EntityRegistry } from './entity-registry.js';

const ROLE_WORD =
  /\b(founding emir|founder|emir|amir|leader|commander|head|chief|president|spokes(?:man|person|woman)|qadi|deputy leader)\b/;
// A title right before a name with no organization in front of it: "militant commander Aslan Byutukayev".
const BARE_TITLE =
  /\b(?:(?:militant|rebel|field|senior|military|local|regional)\s+)?(commander|emir|spokesman|leader|cleric|preacher|ideologue|bomb-maker)\s+$/i;
const DEFAULT_WORD: Partial<Record<Relation['type'], string>> = {
  leader_of: 'leader',
  spokesman_of: 'spokesman',
  member_of: 'member',
};

// The role word the evidence uses for this relation ("emir", "commander"); the type's own word otherwise.
function roleWord(relation: Relation): string | undefined {
  const fallback = DEFAULT_WORD[relation.type as keyof typeof DEFAULT_WORD];
  if (!fallback || relation.type === 'member_of') return fallback;
  const used = ROLE_WORD.exec(relation.evidence.text)?.[1]?.toLowerCase();
  const spokes = relation.type === 'spokesman_of';
  return used && spokes === used.startsWith('spokes') ? used.replace('amir', 'emir') : fallback;
}

/**
 * The roles of each person, for profiles: one "ROLE of ORG" per leadership, spokesman or membership
 * relation, worded as the evidence words it ("emir of Vilayat Dagestan", "spokesman of Islamic State"),
 * and a bare title the text puts before the name with no group ("militant commander Aslan Byutukayev"
 * → "commander").
 *
 * @example
 * readRoles(registry, relations, doc.text).get(asildarov) // ['leader of Islamic State – Caucasus Province']
 */
export function readRoles(registry: EntityRegistry, relations: Relation[], text: string): Map<EntityRecord, string[]> {
  const out = new Map<EntityRecord, string[]>();
  const add = (person: EntityRecord | undefined, role: string) => {
    if (person?.kind !== 'person') return;
    const roles = out.get(person) ?? [];
    if (!roles.includes(role)) roles.push(role);
    out.set(person, roles);
  };
  for (const relation of relations) {
    const word = roleWord(relation);
    if (word) add(registry.find(relation.subject), `${word} of ${relation.object}`);
  }
  for (const mention of registry.mentionsIn(text, 0)) {
    if (mention.entity.kind !== 'person') continue;
    const title = BARE_TITLE.exec(text.slice(Math.max(0, mention.start - 40), mention.start))?.[1]?.toLowerCase();
    const roles = out.get(mention.entity) ?? [];
    if (title && !roles.some((r) => r.startsWith(`${title} `) || r === title)) add(mention.entity, title);
  }
  return out;
}
