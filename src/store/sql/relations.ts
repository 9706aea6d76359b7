import type { RelationType, ReviewStatus } from '../../model/index.js';
import type { RelationFilter, RelationRecord } from '../store.js';
import type { SqlConnection } from './connection.js';

/**
 * Reads relations not rejected in review, each with its evidence span, ordered by start
 * day (undated last).
 *
 * @example
 * await relationLister(conn)({ entityId: 'org_islamic-state-caucasus-province', type: 'leader_of' })
 */
export function relationLister({ db }: SqlConnection) {
  return async (filter: RelationFilter = {}): Promise<RelationRecord[]> => {
    const rows = await db
      .selectFrom('relations as r')
      .innerJoin('evidence as ev', 'ev.id', 'r.evidence_id')
      .selectAll('r')
      .select(['ev.text as ev_text', 'ev.start as ev_start', 'ev.end as ev_end'])
      // A rejected relation stays stored (its provenance and audit remain) but leaves listings.
      .where('r.review_status', '!=', 'rejected')
      .$if(filter.type !== undefined, (q) => q.where('r.type', '=', filter.type as string))
      .$if(filter.entityId !== undefined, (q) =>
        q.where((eb) =>
          eb.or([
            eb('r.subject_id', '=', filter.entityId as string),
            eb('r.object_id', '=', filter.entityId as string),
          ]),
        ),
      )
      .orderBy((eb) => eb.case().when('r.start_day', 'is', null).then(1).else(0).end())
      .orderBy('r.start_day')
      .orderBy('r.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      type: r.type as RelationType,
      subjectId: r.subject_id,
      subjectName: r.subject_name,
      objectId: r.object_id,
      objectName: r.object_name,
      start: r.start,
      end: r.end,
      documentId: r.document_id,
      evidence: { text: r.ev_text, start: r.ev_start, end: r.ev_end },
      citations: JSON.parse(r.citations) as string[],
      reviewStatus: r.review_status as ReviewStatus,
    }));
  };
}
