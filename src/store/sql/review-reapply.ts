import type Database from 'better-sqlite3';
import { subtypeFitsCategory, type EventFields, type RelationFields } from '../../model/review.js';
import type { FactIds } from './review-fact-ids.js';
import { factFields, fieldJson } from './review-fields.js';
import { entityEditor, mentionKey, parseMention } from './review-entities.js';
import { groupRows } from './group-rows.js';
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
 * const reapply = reviewReapplier(raw);
 * reapply('vilayat-dagestan-brief', ids.previous); // after the document's rows are written
 */
export function reviewReapplier(raw: Database.Database): (documentId: string, previous: FactIds['previous']) => void {
  const fields = factFields(raw);
  const incidents = incidentEditor(raw);
  const entities = entityEditor(raw);
  const statuses = ['events', 'relations', 'names'].map((table) => {
    const [kind, key] = table === 'names' ? ['name', 'fact_id'] : [table.slice(0, -1), 'id'];
    return raw.prepare<{ doc: string }>(
      `update ${table} set review_status = r.status from fact_reviews r
       where r.fact_kind = '${kind}' and r.fact_id = ${table}.${key} and ${table}.document_id = @doc`,
    );
  });
  const clearConflicts = raw.prepare<[string]>('delete from review_conflicts where document_id = ?');
  const putConflict = raw.prepare(
    `insert into review_conflicts (fact_kind, fact_id, field, extracted, edited, document_id, detected_at)
     values (@kind, @id, @field, @extracted, @edited, @doc, @at)`,
  );
  const editsOf = (table: 'events' | 'relations', kind: string) =>
    raw.prepare<[string], Edit>(
      `select f.fact_id, f.field, f.value, f.before from fact_edits f join ${table} t on t.id = f.fact_id
       where f.fact_kind = '${kind}' and t.document_id = ? order by f.fact_id, f.field`,
    );
  const [eventEdits, relationEdits] = [editsOf('events', 'event'), editsOf('relations', 'relation')];
  const mentionLinks = raw.prepare<{ doc: string }, Link>(
    `select * from review_links where fact_kind = 'entity'
     and (substr(a, 1, length(@doc) + 1) = @doc || '/' or substr(b, 1, length(@doc) + 1) = @doc || '/')`,
  );
  const reportLinks = raw.prepare<{ doc: string }, Link>(
    `select * from review_links where fact_kind = 'incident'
     and (a in (select id from events where document_id = @doc) or b in (select id from events where document_id = @doc))`,
  );
  const mentionExists = raw.prepare<[string, string], { one: number }>(
    'select 1 as one from entity_mentions where document_id = ? and local_id = ?',
  );
  const reportDocument = raw.prepare<[string], { document_id: string }>('select document_id from events where id = ?');
  const decision = raw.prepare<[string, string], { status: string }>(
    'select status from fact_reviews where fact_kind = ? and fact_id = ?',
  );
  const stillThere = {
    event: raw.prepare<[string], { one: number }>('select 1 as one from events where id = ?'),
    relation: raw.prepare<[string], { one: number }>('select 1 as one from relations where id = ?'),
    name: raw.prepare<[string], { one: number }>('select 1 as one from names where fact_id = ?'),
  };
  const incidentsOf = raw.prepare<[string], { incident_id: string }>(
    'select distinct incident_id from events where document_id = ?',
  );

  /** The edited values over the re-extracted ones, each disagreement recorded. */
  function reconcile<F extends object>(
    kind: string,
    id: string,
    doc: string,
    current: F,
    edits: Edit[],
    at: string,
  ): F {
    const next: Record<string, unknown> = { ...(current as Record<string, unknown>) };
    for (const edit of edits) {
      const extracted = fieldJson(edit.field, (current as Record<string, unknown>)[edit.field]);
      if (extracted !== edit.before && extracted !== edit.value) {
        putConflict.run({ kind, id, field: edit.field, extracted, edited: edit.value, doc, at });
      }
      next[edit.field] = JSON.parse(edit.value);
    }
    return next as F;
  }
  const byFact = (edits: Edit[]) => groupRows(edits, (e) => e.fact_id);

  return (doc, previous) => {
    for (const statement of statuses) statement.run({ doc });
    clearConflicts.run(doc);
    const at = new Date().toISOString();
    for (const { kind, id } of previous) {
      const reviewed = decision.get(kind, id);
      if (reviewed && !stillThere[kind].get(id)) {
        const edited = JSON.stringify(reviewed.status);
        putConflict.run({ kind, id, field: 'fact', extracted: 'null', edited, doc, at });
      }
    }
    for (const [id, edits] of byFact(eventEdits.all(doc))) {
      const current = fields.readEvent(id) as EventFields;
      let next = reconcile('event', id, doc, current, edits, at);
      // An edited subtype that no longer fits the re-extracted category (or the reverse) cannot be stored.
      if (!subtypeFitsCategory(next.category, next.subtype)) {
        for (const edit of edits.filter((e) => e.field === 'category' || e.field === 'subtype')) {
          const extracted = fieldJson(edit.field, current[edit.field as 'category' | 'subtype']);
          if (extracted !== edit.value)
            putConflict.run({ kind: 'event', id, field: edit.field, extracted, edited: edit.value, doc, at });
        }
        next = { ...next, category: current.category, subtype: current.subtype };
      }
      fields.writeEvent(id, next);
    }
    for (const [id, edits] of byFact(relationEdits.all(doc))) {
      const current = fields.readRelation(id) as RelationFields;
      fields.writeRelation(id, reconcile('relation', id, doc, current, edits, at));
    }

    for (const link of mentionLinks.all({ doc })) {
      const [a, b] = [parseMention(link.a), parseMention(link.b)];
      if (!mentionExists.get(a.documentId, a.localId) || !mentionExists.get(b.documentId, b.localId)) continue;
      // The mention of this document is the one that moves.
      const [mine, other] = a.documentId === doc ? [a, b] : [b, a];
      const together = entities.entityOf(mine).entity_id === entities.entityOf(other).entity_id;
      if (link.link === 'same' && !together)
        entities.move(mine, entities.entityOf(other).entity_id, `an editor linked it to ${mentionKey(other)}`);
      if (link.link === 'different' && together) entities.split(mine);
    }
    for (const link of reportLinks.all({ doc })) {
      if (!reportDocument.get(link.a) || !reportDocument.get(link.b)) continue;
      const [mine, other] = reportDocument.get(link.a)?.document_id === doc ? [link.a, link.b] : [link.b, link.a];
      const together = incidents.incident(mine) === incidents.incident(other);
      if (link.link === 'same' && !together) incidents.merge(other, mine);
      if (link.link === 'different' && together) incidents.split(mine);
    }
    for (const { incident_id } of incidentsOf.all(doc)) incidents.refresh(incident_id);
  };
}
