import { subtypeFitsCategory, type EventFields, type RelationFields } from '../../model/review.js';
import type { SqlConnection } from './connection.js';
import type { FactIds } from './review-fact-ids.js';
import { factFields, fieldJson } from './review-fields.js';
import { entityEditor, mentionKey, parseMention } from './review-entities.js';
import { groupRows } from './group-rows.js';
import { rowInserter } from './row-inserter.js';
import { incidentEditor } from './review-incidents.js';
import type { KbDatabase } from './schema.js';

type Edit = Pick<KbDatabase['fact_edits'], 'fact_id' | 'field' | 'value' | 'before'>;
type Link = KbDatabase['review_links'];

/**
 * Re-applies human review to a document's freshly written rows, inside its ingest: the
 * statuses editors gave, the values they set, and their same / different links between
 * entity mentions and event reports. An edited field whose re-extracted value differs
 * from both the edit and the value the edit replaced is recorded in `review_conflicts`
 * (the edit stays on the row); so is a reviewed fact the new extraction no longer has
 * (field `fact`, extracted null, edited the status it had). A document's conflicts are
 * recomputed on each ingest.
 *
 * @example
 * const reapply = reviewReapplier(conn);
 * await reapply('vilayat-dagestan-brief', ids.previous); // after the document's rows are written
 */
export function reviewReapplier(
  conn: SqlConnection,
): (documentId: string, previous: FactIds['previous']) => Promise<void> {
  const fields = factFields(conn);
  const incidents = incidentEditor(conn);
  const entities = entityEditor(conn);
  const statuses = ['events', 'relations', 'names'].map((table) => {
    const [kind, key] = table === 'names' ? ['name', 'fact_id'] : [table.slice(0, -1), 'id'];
    return conn.prepare<[string]>(
      `update ${table} set review_status = r.status from fact_reviews r
       where r.fact_kind = '${kind}' and r.fact_id = ${table}.${key} and ${table}.document_id = ?`,
    );
  });
  const clearConflicts = conn.prepare<[string]>('delete from review_conflicts where document_id = ?');
  const insertConflict = rowInserter(conn);
  const putConflict = (c: {
    kind: string;
    id: string;
    field: string;
    extracted: string;
    edited: string;
    doc: string;
    at: string;
  }) =>
    insertConflict('review_conflicts', {
      fact_kind: c.kind,
      fact_id: c.id,
      field: c.field,
      extracted: c.extracted,
      edited: c.edited,
      document_id: c.doc,
      detected_at: c.at,
    });
  const editsOf = (table: 'events' | 'relations', kind: string) =>
    conn.prepare<[string], Edit>(
      `select f.fact_id, f.field, f.value, f.before from fact_edits f join ${table} t on t.id = f.fact_id
       where f.fact_kind = '${kind}' and t.document_id = ? order by f.fact_id, f.field`,
    );
  const [eventEdits, relationEdits] = [editsOf('events', 'event'), editsOf('relations', 'relation')];
  // A mention is `<document>/<local id>`: its document is the text before the last slash.
  const mentionLinks = conn.prepare<[number, string, number, string], Link>(
    `select * from review_links where fact_kind = 'entity' and (substr(a, 1, ?) = ? or substr(b, 1, ?) = ?)`,
  );
  const reportLinks = conn.prepare<[string, string], Link>(
    `select * from review_links where fact_kind = 'incident'
     and (a in (select id from events where document_id = ?) or b in (select id from events where document_id = ?))`,
  );
  const mentionExists = conn.prepare<[string, string], { one: number }>(
    'select 1 as one from entity_mentions where document_id = ? and local_id = ?',
  );
  const reportDocument = conn.prepare<[string], { document_id: string }>('select document_id from events where id = ?');
  const decision = conn.prepare<[string, string], { status: string }>(
    'select status from fact_reviews where fact_kind = ? and fact_id = ?',
  );
  const stillThere = {
    event: conn.prepare<[string], { one: number }>('select 1 as one from events where id = ?'),
    relation: conn.prepare<[string], { one: number }>('select 1 as one from relations where id = ?'),
    name: conn.prepare<[string], { one: number }>('select 1 as one from names where fact_id = ?'),
  };
  const incidentsOf = conn.prepare<[string], { incident_id: string }>(
    'select distinct incident_id from events where document_id = ?',
  );

  /** The edited values over the re-extracted ones, each disagreement recorded. */
  async function reconcile<F extends object>(
    kind: string,
    id: string,
    doc: string,
    current: F,
    edits: Edit[],
    at: string,
  ): Promise<F> {
    const next: Record<string, unknown> = { ...(current as Record<string, unknown>) };
    for (const edit of edits) {
      const extracted = fieldJson(edit.field, (current as Record<string, unknown>)[edit.field]);
      if (extracted !== edit.before && extracted !== edit.value) {
        await putConflict({ kind, id, field: edit.field, extracted, edited: edit.value, doc, at });
      }
      next[edit.field] = JSON.parse(edit.value);
    }
    return next as F;
  }
  const byFact = (edits: Edit[]) => groupRows(edits, (e) => e.fact_id);

  return async (doc, previous) => {
    for (const statement of statuses) await statement.run(doc);
    await clearConflicts.run(doc);
    const at = new Date().toISOString();
    for (const { kind, id } of previous) {
      const reviewed = await decision.get(kind, id);
      if (reviewed && !(await stillThere[kind].get(id))) {
        const edited = JSON.stringify(reviewed.status);
        await putConflict({ kind, id, field: 'fact', extracted: 'null', edited, doc, at });
      }
    }
    for (const [id, edits] of byFact(await eventEdits.all(doc))) {
      const current = (await fields.readEvent(id)) as EventFields;
      let next = await reconcile('event', id, doc, current, edits, at);
      // An edited subtype that no longer fits the re-extracted category (or the reverse) cannot be stored.
      if (!subtypeFitsCategory(next.category, next.subtype)) {
        for (const edit of edits.filter((e) => e.field === 'category' || e.field === 'subtype')) {
          const extracted = fieldJson(edit.field, current[edit.field as 'category' | 'subtype']);
          if (extracted !== edit.value)
            await putConflict({ kind: 'event', id, field: edit.field, extracted, edited: edit.value, doc, at });
        }
        next = { ...next, category: current.category, subtype: current.subtype };
      }
      await fields.writeEvent(id, next);
    }
    for (const [id, edits] of byFact(await relationEdits.all(doc))) {
      const current = (await fields.readRelation(id)) as RelationFields;
      await fields.writeRelation(id, await reconcile('relation', id, doc, current, edits, at));
    }

    // `substr` counts characters, as the spread does (`length` counts UTF-16 units).
    const prefix = `${doc}/`;
    const chars = [...prefix].length;
    for (const link of await mentionLinks.all(chars, prefix, chars, prefix)) {
      const [a, b] = [parseMention(link.a), parseMention(link.b)];
      if (!(await mentionExists.get(a.documentId, a.localId)) || !(await mentionExists.get(b.documentId, b.localId)))
        continue;
      // The mention of this document is the one that moves.
      const [mine, other] = a.documentId === doc ? [a, b] : [b, a];
      const [mineIn, otherIn] = [(await entities.entityOf(mine)).entity_id, (await entities.entityOf(other)).entity_id];
      const together = mineIn === otherIn;
      if (link.link === 'same' && !together)
        await entities.move(mine, otherIn, `an editor linked it to ${mentionKey(other)}`);
      if (link.link === 'different' && together) await entities.split(mine);
    }
    for (const link of await reportLinks.all(doc, doc)) {
      const [docA, docB] = [await reportDocument.get(link.a), await reportDocument.get(link.b)];
      if (!docA || !docB) continue;
      const [mine, other] = docA.document_id === doc ? [link.a, link.b] : [link.b, link.a];
      const together = (await incidents.incident(mine)) === (await incidents.incident(other));
      if (link.link === 'same' && !together) await incidents.merge(other, mine);
      if (link.link === 'different' && together) await incidents.split(mine);
    }
    for (const { incident_id } of await incidentsOf.all(doc)) await incidents.refresh(incident_id);
  };
}
