import type { EntityKind, ReviewStatus } from '../../model/index.js';
import type { EntityFilter, EntityMerge, EntityRecord, NameRecord } from '../store.js';
import type { SqlConnection } from './connection.js';
import { displayNameReader } from './entity-display-names.js';
import { groupRows } from './group-rows.js';

/**
 * Reads entities with all their names. An entity is shown by the name an editor chose, else by
 * its first mention's; its other attributes come from its mentions, earliest-ingested document
 * first: the first that states a parent or a founding date gives it.
 *
 * @example
 * const entities = entityReader(conn);
 * (await entities.list({ kind: 'person' })).map((e) => e.name) // ['Abu Bakr al-Baghdadi', …]
 */
export function entityReader(conn: SqlConnection) {
  const { db } = conn;
  const displayNames = displayNameReader(conn);
  async function load(filter: EntityFilter & { id?: string }): Promise<EntityRecord[]> {
    const ids = db
      .selectFrom('entities')
      .select('entities.id')
      .$if(filter.id !== undefined, (q) => q.where('entities.id', '=', filter.id as string))
      .$if(filter.kind !== undefined, (q) => q.where('entities.kind', '=', filter.kind as string))
      .$if(filter.documentId !== undefined, (q) =>
        q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('entity_mentions as m')
              .select('m.entity_id')
              .whereRef('m.entity_id', '=', 'entities.id')
              .where('m.document_id', '=', filter.documentId as string),
          ),
        ),
      );
    const [entities, mentions, names] = await Promise.all([
      db.selectFrom('entities').select(['id', 'kind']).where('id', 'in', ids).execute(),
      db
        .selectFrom('entity_mentions as m')
        .innerJoin('documents as d', 'd.id', 'm.document_id')
        .selectAll('m')
        .where('m.entity_id', 'in', ids)
        .orderBy('d.ingested_at')
        .orderBy('d.id')
        .execute(),
      db
        .selectFrom('names as n')
        .leftJoin('evidence as ev', 'ev.id', 'n.evidence_id')
        .selectAll('n')
        .select(['ev.text as ev_text', 'ev.start as ev_start', 'ev.end as ev_end'])
        .where('n.entity_id', 'in', ids)
        // A rejected name stays stored for its audit trail but no longer names the entity.
        .where('n.review_status', '!=', 'rejected')
        .orderBy('n.id')
        .execute(),
    ]);
    const namesOf = groupRows(names, (n) => n.entity_id);
    const mentionsOf = groupRows(mentions, (m) => m.entity_id);
    const firstMentionNames = new Map([...mentionsOf].map(([id, ms]) => [id, ms[0]!.name]));
    const shownAs = await displayNames(
      entities.map((e) => e.id),
      firstMentionNames,
    );
    const records = entities.map((e): EntityRecord => {
      const ms = mentionsOf.get(e.id) ?? [];
      const first = <K extends 'parent' | 'founded' | 'dissolved' | 'status' | 'region'>(key: K) =>
        ms.find((m) => m[key] !== null)?.[key] ?? null;
      return {
        id: e.id,
        kind: e.kind as EntityKind,
        name: shownAs.get(e.id) ?? namesOf.get(e.id)?.[0]?.text ?? e.id,
        names: (namesOf.get(e.id) ?? []).map((n): NameRecord => ({
          text: n.text,
          normalized: n.normalized,
          lang: n.lang,
          script: n.script,
          romanizedFrom: n.romanized_from,
          documentId: n.document_id,
          reviewStatus: n.review_status as ReviewStatus,
          factId: n.fact_id,
          evidence:
            n.ev_text !== null && n.ev_start !== null && n.ev_end !== null
              ? { text: n.ev_text, start: n.ev_start, end: n.ev_end }
              : null,
        })),
        parent: first('parent'),
        founded: first('founded'),
        dissolved: first('dissolved'),
        status: first('status'),
        region: first('region'),
        roles: [...new Set(ms.flatMap((m) => JSON.parse(m.roles) as string[]))],
        documentIds: [...new Set(ms.map((m) => m.document_id))],
      };
    });
    return records.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  return {
    list: (filter: EntityFilter = {}) => load(filter),
    /** One entity by id; an id merged into another entity finds the survivor. */
    get: async (id: string) => {
      const redirect = await db
        .selectFrom('entity_redirects')
        .select('entity_id')
        .where('id', '=', id)
        .executeTakeFirst();
      return (await load({ id: redirect?.entity_id ?? id }))[0] ?? null;
    },
    /** Why each mention of an entity joined it: the automatic merges, for review. */
    merges: async (id: string): Promise<EntityMerge[]> => {
      const rows = await db
        .selectFrom('entity_mentions')
        .select(['document_id', 'local_id', 'merge_reason'])
        .where('entity_id', '=', id)
        .where('merge_reason', 'is not', null)
        .orderBy('document_id')
        .execute();
      return rows.map((r) => ({ documentId: r.document_id, localId: r.local_id, reason: r.merge_reason ?? '' }));
    },
  };
}
