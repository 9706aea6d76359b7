import { wordSimilarity } from '../../kb/name-similarity.js';
import { asciiKey, normalizeName, type EntityKind } from '../../model/index.js';
import type { SqlConnection } from './connection.js';
import { entityContext, type OrganizationFacts } from './entity-context.js';
import { linkKind, mentionKeys, skeleton, type LinkKind, type MentionKey } from './entity-keys.js';
import { entityMerger } from './entity-merge.js';
import type { KeyedName } from './entity-names.js';
import { groupRows } from './group-rows.js';
import { inListQuery } from './in-list.js';
import { rowInserter } from './row-inserter.js';
import { surnameSplitter } from './surname-split.js';

/** One document's entity, about to land. */
export interface MentionToResolve {
  kind: EntityKind;
  documentId: string;
  localId: string;
  /** The canonical name, for a new entity's id. */
  name: string;
  names: KeyedName[];
  parent: string | null;
  founded: string | null;
}

/** Where an extracted entity lands: an existing entity (with the reason) or a new one. */
export interface Resolution {
  entityId: string;
  created: boolean;
  /** Why the entity joined one from another document; null when created. */
  reason: string | null;
}

interface Candidate {
  entityId: string;
  link: LinkKind | 'same';
  /** The new mention's name that matched, its key, and a document of the candidate it matched in. */
  text: string;
  key: string;
  documentId: string;
  reason: string;
}

const PREFIX: Record<EntityKind, string> = { organization: 'org', person: 'per' };
const STRENGTH: Record<Candidate['link'], number> = {
  same: 3,
  name: 2,
  qualified: 2,
  spelling: 1,
  abbreviation: 1,
  surname: 1,
};
const mentionKey = (documentId: string, localId: string) => `${documentId}/${localId}`;

/**
 * Resolves each extracted entity against the whole store, so the result does not depend on
 * the order documents arrive in: every stored entity sharing a key with the new mention is a
 * candidate, and all compatible candidates become one entity with it (a document that
 * bridges two stored entities merges them). Guards keep apart what only looks alike:
 *
 * - two mentions of one document never share an entity, and an editor's `different` link
 *   is never crossed (`same` links always join);
 * - organizations whose parents or founding dates contradict never merge, and an
 *   abbreviation alone (`IS`) merges two organizations with otherwise disjoint names only
 *   when context agrees (same parent, overlapping founding dates, the document names the
 *   other's full name);
 * - people sharing only a surname stay apart; a surname alone (`Asildarov`, `Асильдаров`)
 *   joins a full name only while one known person carries it (see `surnameSplitter`).
 *
 * Every join records its reason on the mention (`store.merges`). `rekey` rebuilds the keys
 * of entities a replaced document left.
 *
 * @example
 * const { resolve } = entityResolver(conn);
 * await resolve(mention, documentText) // { entityId: 'per_rustam-asildarov', created: false, reason: 'its surname "Asildarov" …' }
 */
export function entityResolver(conn: SqlConnection) {
  // In the order of the key index, so candidates (and the reasons they give) come in one order on every database.
  const byKeys = inListQuery<{ key: string; kind: MentionKey['kind']; entity_id: string; document_id: string }>(
    conn,
    (list) =>
      `select key, kind, entity_id, document_id from entity_keys where key in ${list} and entity_kind = ?
       order by kind, entity_id`,
  );
  const put = rowInserter(conn);
  const inDocument = conn.prepare<[string, string], { one: number }>(
    'select 1 as one from entity_mentions where entity_id = ? and document_id = ? limit 1',
  );
  const shareDocument = conn.prepare<[string, string], { one: number }>(
    `select 1 as one from entity_mentions a join entity_mentions b on b.document_id = a.document_id
     where a.entity_id = ? and b.entity_id = ? limit 1`,
  );
  const peopleWithSurname = conn.prepare<[string], { entity_id: string }>(
    `select entity_id from entity_keys where key = ? and entity_kind = 'person' and kind = 'surname'`,
  );
  const namesKeyed = conn.prepare<[string], { key: string }>(
    `select key from entity_keys where entity_id = ? and kind = 'name'`,
  );
  const entityOfMention = conn.prepare<[string, string], { entity_id: string }>(
    'select entity_id from entity_mentions where document_id = ? and local_id = ?',
  );
  const links = conn.prepare<[], { a: string; b: string; link: string }>(
    `select a, b, link from review_links where fact_kind = 'entity'`,
  );
  const idTaken = conn.prepare<[string, string], { one: number }>(
    'select 1 as one from entities where id = ? union all select 1 from entity_redirects where id = ?',
  );
  const hasFullName = conn.prepare<[string], { one: number }>(
    `select 1 as one from entity_keys where entity_id = ? and kind = 'name' limit 1`,
  );
  const insertEntity = conn.prepare<[string, string]>('insert into entities (id, kind) values (?, ?)');
  const context = entityContext(conn);
  const merge = entityMerger(conn);
  const splitSurname = surnameSplitter(conn, (name) => newId('person', name));

  async function newId(kind: EntityKind, name: string): Promise<string> {
    const slug = asciiKey(name).replace(/ /g, '-').slice(0, 60) || 'unnamed';
    const base = `${PREFIX[kind]}_${slug}`;
    let id = base;
    for (let n = 2; await idTaken.get(id, id); n += 1) id = `${base}-${n}`;
    return id;
  }

  /** The entity a mention key (`<document>/<local id>`) belongs to now, if it is stored. */
  async function entityOf(key: string): Promise<string | null> {
    const at = key.lastIndexOf('/');
    return (await entityOfMention.get(key.slice(0, at), key.slice(at + 1)))?.entity_id ?? null;
  }

  /** The editor's links between entities as they stand: which pairs must stay apart, which join the mention. */
  async function reviewLinks(self: string) {
    const apart: [string, string][] = [];
    const same: string[] = [];
    for (const { a, b, link } of await links.all()) {
      if (link === 'same' && (a === self || b === self)) same.push(a === self ? b : a);
      if (link !== 'different') continue;
      const [ea, eb] = [a === self ? self : await entityOf(a), b === self ? self : await entityOf(b)];
      if (ea !== null && eb !== null) apart.push([ea, eb]);
    }
    const forbidden = (x: string, y: string) => apart.some(([p, q]) => (p === x && q === y) || (p === y && q === x));
    return { same, forbidden };
  }

  const dropKeys = conn.prepare<[string]>('delete from entity_keys where entity_id = ?');
  const mentionsOf = conn.prepare<
    [string],
    { document_id: string; parent: string | null; founded: string | null; kind: EntityKind }
  >(
    `select m.document_id, m.parent, m.founded, e.kind from entity_mentions m join entities e on e.id = m.entity_id
     where m.entity_id = ? order by m.document_id`,
  );
  const namesOf = conn.prepare<[string, string], { text: string; normalized: string; ascii: string }>(
    'select text, normalized, ascii_key as ascii from names where entity_id = ? and document_id = ? order by id',
  );

  /** Rebuilds the keys of entities from their remaining mentions, after a document left them. */
  async function rekey(entityIds: string[]): Promise<void> {
    for (const entityId of entityIds) {
      await dropKeys.run(entityId);
      for (const m of await mentionsOf.all(entityId)) {
        const keys = mentionKeys(m.kind, await namesOf.all(entityId, m.document_id), m.parent, m.founded);
        await remember(entityId, { kind: m.kind, documentId: m.document_id }, keys);
      }
    }
  }

  async function resolve(mention: MentionToResolve, documentText: string): Promise<Resolution> {
    const self = mentionKey(mention.documentId, mention.localId);
    const keys = mentionKeys(mention.kind, mention.names, mention.parent, mention.founded);
    const { same, forbidden } = await reviewLinks(self);
    const own: OrganizationFacts = {
      parents: mention.parent === null ? [] : [mention.parent],
      founded: mention.founded === null ? [] : [mention.founded],
    };

    // Every stored entity sharing a key, with its strongest link.
    const found = new Map<string, Candidate>();
    const offer = (candidate: Candidate) => {
      const known = found.get(candidate.entityId);
      if (!known || STRENGTH[candidate.link] > STRENGTH[known.link]) found.set(candidate.entityId, candidate);
    };
    const matchable = keys.filter((k) => k.kind !== 'parent' && k.kind !== 'founded');
    const stored = groupRows(await byKeys([...new Set(matchable.map((k) => k.key))], mention.kind), (h) => h.key);
    for (const key of matchable) {
      for (const hit of stored.get(key.key) ?? []) {
        const link = linkKind(key.kind, hit.kind);
        if (link === null) continue;
        offer({ entityId: hit.entity_id, link, text: key.text, key: key.key, documentId: hit.document_id, reason: '' });
      }
    }
    for (const other of same) {
      const entityId = await entityOf(other);
      if (entityId !== null)
        offer({
          entityId,
          link: 'same',
          text: mention.name,
          key: self,
          documentId: other,
          reason: `an editor marked it the same as ${other}`,
        });
    }

    const ownFull = mention.kind === 'person' ? keys.filter((k) => k.kind === 'name').map((k) => asciiKey(k.key)) : [];
    const ownFullName = keys.some((k) => k.kind === 'name');
    const strong = new Set([...found.values()].filter((c) => STRENGTH[c.link] > 1).map((c) => c.entityId));
    const accepted: Candidate[] = [];
    for (const candidate of [...found.values()].sort((a, b) => (a.entityId < b.entityId ? -1 : 1))) {
      const { entityId, link, text, key, documentId } = candidate;
      if (link === 'same') {
        accepted.push(candidate);
        continue;
      }
      if (forbidden(self, entityId) || (await inDocument.get(entityId, mention.documentId))) continue;
      if (mention.kind === 'organization') {
        const agreement = await context.agreement(own, await context.facts(entityId));
        if (agreement.verdict === 'contradict') continue;
        if (link === 'abbreviation') {
          const why =
            agreement.verdict === 'agree'
              ? agreement.why
              : ownFullName && (await hasFullName.get(entityId))
                ? await coMention(entityId, documentText)
                : 'one of them has no other name to contradict it';
          if (why === null) continue;
          candidate.reason = `shares the abbreviation "${text}" with document ${documentId}, and ${why}`;
        }
      }
      if (link === 'surname') {
        const fullNamed = new Set((await peopleWithSurname.all(asciiKey(key))).map((r) => r.entity_id));
        const others = [...fullNamed].filter((id) => id !== entityId && !strong.has(id));
        if (ownFullName && fullNamed.has(entityId)) {
          // Two full names with one surname are two people, unless the given names are spellings of one.
          const surname = ` ${asciiKey(key)}`;
          const theirs = (await namesKeyed.all(entityId)).map((n) => n.key).filter((n) => n.endsWith(surname));
          const variant = theirs.find((t) => ownFull.some((o) => spellingsOfOne(o, t)));
          if (variant === undefined) continue;
          candidate.reason = `"${text}" and "${variant}" of document ${documentId} spell one name`;
        } else {
          // A surname that fits several people is no one's.
          if (others.length > 0) continue;
          candidate.reason = `its surname "${text}" fits one known person, named in document ${documentId}`;
        }
      }
      if (link === 'spelling') {
        // Two spellings of one name: every word alike, as `Galgaicho` and `Galgaycho` are.
        const own = asciiKey(text);
        const variant = (await namesKeyed.all(entityId)).find(
          (n) => skeleton(n.key) === key && spellingsOfOne(own, n.key),
        );
        if (variant === undefined) continue;
        candidate.reason = `"${text}" and "${variant.key}" of document ${documentId} spell one name`;
      }
      if (link === 'name') candidate.reason = `shares the name "${text}" with document ${documentId}`;
      if (link === 'qualified')
        candidate.reason = `is "${text}" of "${mention.parent}", a name it has in document ${documentId}`;
      accepted.push(candidate);
    }

    // The strongest candidates first; each joins only if it fits with those already in.
    accepted.sort((a, b) => STRENGTH[b.link] - STRENGTH[a.link] || (a.entityId < b.entityId ? -1 : 1));
    const group: Candidate[] = [];
    const fitsWith = async (member: Candidate, candidate: Candidate): Promise<boolean> =>
      candidate.link === 'same' ||
      (!forbidden(member.entityId, candidate.entityId) &&
        !(await shareDocument.get(member.entityId, candidate.entityId)) &&
        (mention.kind === 'person' ||
          (await context.agreement(await context.facts(member.entityId), await context.facts(candidate.entityId)))
            .verdict !== 'contradict'));
    for (const candidate of accepted) {
      let fits = true;
      for (const member of group) if (fits) fits = await fitsWith(member, candidate);
      if (fits) group.push(candidate);
    }
    const [first, ...rest] = group;
    if (!first) {
      const entityId = await newId(mention.kind, mention.name);
      await insertEntity.run(entityId, mention.kind);
      await remember(entityId, mention, keys);
      await splitSurnames(keys);
      return { entityId, created: true, reason: null };
    }
    const entityId =
      rest.length === 0
        ? first.entityId
        : await merge(
            group.map((c) => c.entityId),
            `merged when "${mention.name}" of document ${mention.documentId} matched both: ${rest
              .map((c) => c.reason)
              .join('; ')}`,
          );
    await remember(entityId, mention, keys);
    await splitSurnames(keys);
    return { entityId, created: false, reason: first.reason };
  }

  /** A full name may make a surname ambiguous: bare surnames that joined a person on it leave. */
  async function splitSurnames(keys: MentionKey[]): Promise<void> {
    const surnames = new Set(keys.filter((k) => k.kind === 'surname').map((k) => asciiKey(k.key)));
    for (const surname of surnames) await rekey([...new Set(await splitSurname(surname))]);
  }

  // The document being resolved, normalized once for all its mentions.
  let normalized = { text: '', key: '' };
  async function coMention(entityId: string, documentText: string): Promise<string | null> {
    if (normalized.text !== documentText) normalized = { text: documentText, key: normalizeName(documentText) };
    const name = await context.coMentioned(entityId, normalized.key);
    return name === null ? null : `the document also names "${name}"`;
  }
  async function remember(
    entityId: string,
    mention: Pick<MentionToResolve, 'kind' | 'documentId'>,
    keys: MentionKey[],
  ): Promise<void> {
    const rows = keys.map((k) => ({
      key: k.key,
      entity_kind: mention.kind,
      kind: k.kind,
      entity_id: entityId,
      document_id: mention.documentId,
    }));
    await put('entity_keys', rows, 'on conflict do nothing');
  }

  /** A new entity of its own for a mention an editor split off; returns its id. */
  async function create(kind: EntityKind, name: string): Promise<string> {
    const entityId = await newId(kind, name);
    await insertEntity.run(entityId, kind);
    return entityId;
  }

  return { resolve, rekey, create };
}

/** Two full names (ASCII keys) with the same words but for given names spelled alike: `doku umarov`, `dokka umarov`. */
function spellingsOfOne(a: string, b: string): boolean {
  const [wa, wb] = [a.split(' '), b.split(' ')];
  return wa.length === wb.length && wa.every((w, i) => wordSimilarity(w, wb[i] as string) >= 0.45);
}
