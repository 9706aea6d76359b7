import {
  edtfRange,
  normalizeName,
  NotFoundError,
  RELATION_TYPES,
  type EntityKind,
  type RelationType,
} from '../model/index.js';
import type { EntityRecord, EventRecord, RelationRecord, SourceRecord, Store } from '../store/store.js';
import { attackRecord, type AttackRecord } from './attack-record.js';
import { mergeRelations } from './merge-relations.js';

export { renderProfileText } from './profile-text.js';

/** Another entity a profile points at: its id when the name resolves, always the name. */
export interface EntityRef {
  id: string | null;
  name: string;
}

/** An entity as the knowledge base knows it, computed from the stored facts on each call. */
export interface Profile extends AttackRecord {
  id: string;
  kind: EntityKind;
  name: string;
  /** Names grouped by language and script (null where the text does not say). */
  names: {
    lang: string | null;
    script: string | null;
    names: { text: string; romanizedFrom: string | null; documentIds: string[] }[];
  }[];
  roles: string[];
  parent: EntityRef | null;
  branches: EntityRef[];
  founded: string | null;
  dissolved: string | null;
  leaders: (EntityRef & { start: string | null; end: string | null; documentIds: string[] })[];
  /** The entity's other relations, in its own words: "leads", "branch of". */
  relations: {
    type: RelationType;
    label: string;
    other: EntityRef;
    direction: 'out' | 'in';
    start: string | null;
    end: string | null;
    documentIds: string[];
  }[];
  status: { value: 'active' | 'defunct' | 'unknown'; evidence: string[] };
  sources: { documentId: string; title: string | null; references: SourceRecord[] }[];
}

/**
 * Builds an entity's profile from the store: names by language and script, parent and
 * branches, leaders with their terms, first and last attack (its own or a branch's),
 * attacks and casualties per year, casualty totals as ranges, status with its evidence, and sources.
 *
 * @example
 * const profile = await buildProfile(store, 'org_islamic-state-caucasus-province');
 * profile.leaders[0] // { name: 'Rustam Asildarov', start: '2015-06-23', end: '2016-12-04', … }
 */
export async function buildProfile(store: Store, entityId: string): Promise<Profile> {
  const entity = await store.entity(entityId);
  if (!entity)
    throw new NotFoundError(`no entity has the id "${entityId}"; try \`chronicle search\``, { where: entityId });
  const relations = mergeRelations(await store.relations({ entityId }));
  const keys = new Set(entity.names.map((n) => n.normalized));
  // Branches may only say "parent: <name>", so an organization's profile reads every organization.
  const organizations = entity.kind === 'organization' ? await store.entities({ kind: 'organization' }) : [];
  const names = await canonicalNames(store, organizations, relations);
  const ref = (id: string | null, name: string): EntityRef => ({ id, name: (id && names.get(id)) ?? name });

  const parentName =
    entity.parent ?? relations.find((r) => r.type === 'branch_of' && r.subjectId === entity.id)?.objectName ?? null;
  const parent = parentName === null ? null : ref(resolveName(organizations, parentName), parentName);
  const branches = uniqueRefs([
    ...relations
      .filter((r) => r.type === 'branch_of' && r.objectId === entity.id)
      .map((r) => ref(r.subjectId, r.subjectName)),
    ...organizations
      .filter((o) => o.parent !== null && keys.has(normalizeName(o.parent)))
      .map((o) => ({ id: o.id, name: o.name })),
  ]).filter((b) => b.id !== entity.id);

  const leaders = relations
    .filter((r) => r.type === 'leader_of' && r.objectId === entity.id)
    .map((r) => ({ ...ref(r.subjectId, r.subjectName), start: r.start, end: r.end, documentIds: r.documentIds }));

  const attacks = await attackRecord(store, [entity.id, ...branches.flatMap((b) => (b.id ? [b.id] : []))]);

  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    names: groupNames(entity),
    roles: entity.roles,
    parent,
    branches,
    founded: entity.founded,
    dissolved: entity.dissolved,
    leaders: leaders.sort((a, b) => firstDay(a.start).localeCompare(firstDay(b.start))),
    // Leaders and branches have their own parts.
    relations: relations
      .filter((r) => !((r.type === 'leader_of' || r.type === 'branch_of') && r.objectId === entity.id))
      .map((r) => {
        const out = r.subjectId === entity.id;
        return {
          type: r.type,
          label: RELATION_TYPES[r.type].label,
          other: out ? ref(r.objectId, r.objectName) : ref(r.subjectId, r.subjectName),
          direction: out ? ('out' as const) : ('in' as const),
          start: r.start,
          end: r.end,
          documentIds: r.documentIds,
        };
      }),
    ...attacks,
    status: statusOf(
      entity,
      attacks.lastAttack ?? (await store.eventPage({ entityId, sort: '-date', limit: 1 })).items[0] ?? null,
    ),
    sources: await sourcesOf(store, entity.documentIds),
  };
}

/** The canonical names of the entities the relations link, from the loaded ones or the store. */
async function canonicalNames(store: Store, loaded: EntityRecord[], relations: RelationRecord[]) {
  const names = new Map(loaded.map((e) => [e.id, e.name]));
  for (const id of new Set(relations.flatMap((r) => [r.subjectId, r.objectId]))) {
    if (id === null || names.has(id)) continue;
    const entity = await store.entity(id);
    if (entity) names.set(id, entity.name);
  }
  return names;
}

/** The earliest day a date may mean, for sorting ("..2015-07" sorts by its end); undated last. */
const firstDay = (date: string | null) => {
  const range = date === null ? null : edtfRange(date);
  return range?.start ?? range?.end ?? '9999';
};

function resolveName(entities: EntityRecord[], name: string): string | null {
  const key = normalizeName(name);
  return entities.find((e) => e.names.some((n) => n.normalized === key))?.id ?? null;
}

function uniqueRefs(refs: EntityRef[]): EntityRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = r.id ?? normalizeName(r.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function groupNames(entity: EntityRecord): Profile['names'] {
  const groups = new Map<string, Profile['names'][number]>();
  for (const n of entity.names) {
    const key = `${n.lang ?? ''}|${n.script ?? ''}`;
    const group = groups.get(key) ?? { lang: n.lang, script: n.script, names: [] };
    groups.set(key, group);
    const known = group.names.find((g) => g.text === n.text);
    if (known) known.documentIds = [...new Set([...known.documentIds, n.documentId])];
    else group.names.push({ text: n.text, romanizedFrom: n.romanizedFrom, documentIds: [n.documentId] });
  }
  // Named languages first, then by language and script, so the unlabelled aliases come last.
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.lang === null) - Number(b.lang === null) ||
      (a.lang ?? '').localeCompare(b.lang ?? '') ||
      (a.script ?? '').localeCompare(b.script ?? ''),
  );
}

/** Defunct when a dissolution is dated or a document says so; otherwise as stated, with the last event as evidence. */
function statusOf(entity: EntityRecord, lastEvent: EventRecord | null): Profile['status'] {
  const evidence: string[] = [];
  if (entity.dissolved) evidence.push(`dissolved ${entity.dissolved}`);
  if (entity.status && entity.status !== 'unknown') evidence.push(`described as ${entity.status}`);
  if (lastEvent) evidence.push(`last recorded event ${lastEvent.date} (${lastEvent.summary})`);
  const stated = entity.status?.toLowerCase();
  const value = entity.dissolved || stated === 'defunct' ? 'defunct' : stated === 'active' ? 'active' : 'unknown';
  return { value, evidence };
}

async function sourcesOf(store: Store, documentIds: string[]): Promise<Profile['sources']> {
  const documents = new Map((await store.documents()).map((d) => [d.id, d]));
  return Promise.all(
    documentIds.map(async (id) => ({
      documentId: id,
      title: documents.get(id)?.title ?? null,
      references: await store.sources(id),
    })),
  );
}
