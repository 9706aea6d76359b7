import { countBounds, countFromBounds, edtfRange, normalizeName, type Count } from '../../model/index.js';
import type { EventFields, RelationFields } from '../../model/review.js';
import type { SqlConnection, SqlValue } from './connection.js';
import { datedCountColumns } from './event-rows.js';
import type { KbDatabase } from './schema.js';
import { relinker } from './relink.js';

type EventRow = KbDatabase['events'];
type RelationRow = KbDatabase['relations'];

/** The event columns an edit writes, in the order their update binds them. */
const EDITED_EVENT_COLUMNS = [
  'date',
  'date_start',
  'date_end',
  'date_precision',
  'category',
  'subtype',
  'summary',
  'location_name',
  'location_admin1',
  'location_country',
  'location_precision',
  'lat',
  'lon',
  'killed_min',
  'killed_max',
  'killed_perpetrators_min',
  'killed_perpetrators_max',
  'injured_min',
  'injured_max',
  'attribution',
] as const satisfies readonly (keyof EventRow)[];

const count = (min: number | null, max: number | null): Count | null =>
  min === null ? null : countFromBounds(min, max);

/**
 * A field value in the one form stored and compared: counts collapse (`{min: 6, max: 6}` is
 * `6`), JSON text is canonical.
 *
 * @example
 * fieldJson('killed', { min: 6, max: 6 }) // '6'
 */
export function fieldJson(field: string, value: unknown): string {
  if (['killed', 'killed_perpetrators', 'injured'].includes(field) && value !== null && value !== undefined) {
    const [min, max] = countBounds(value as Count);
    return JSON.stringify(countFromBounds(min, max));
  }
  return JSON.stringify(value ?? null);
}

/**
 * Reads and writes the editable fields of an event or a relation as the codebook names
 * them (`killed`, `location.name`, `start`), over the stored columns and child rows. A write
 * keeps derived columns in step (day bounds, name keys, entity links).
 *
 * @example
 * const fields = factFields(conn);
 * await fields.writeEvent('evt_a_ev-01', { ...(await fields.readEvent('evt_a_ev-01'))!, killed: 7 });
 */
export function factFields(conn: SqlConnection) {
  const event = conn.prepare<[string], EventRow>('select * from events where id = ?');
  const tags = (table: string) =>
    conn.prepare<[string], { value: string }>(`select value from ${table} where event_id = ? order by position`);
  const [targets, weapons] = [tags('event_targets'), tags('event_weapons')];
  const perpetrators = conn.prepare<[string], { name: string }>(
    'select name from event_perpetrators where event_id = ? order by position',
  );
  const relation = conn.prepare<[string], RelationRow>('select * from relations where id = ?');
  const updateEvent = conn.prepare<SqlValue[]>(
    `update events set ${EDITED_EVENT_COLUMNS.map((c) => `${c} = ?`).join(', ')} where id = ?`,
  );
  const clear = (table: string) => conn.prepare<[string]>(`delete from ${table} where event_id = ?`);
  const clears = ['event_perpetrators', 'event_targets', 'event_weapons'].map(clear);
  const putTag = (table: string) =>
    conn.prepare<[string, number, string]>(`insert into ${table} (event_id, position, value) values (?, ?, ?)`);
  const [putTarget, putWeapon] = [putTag('event_targets'), putTag('event_weapons')];
  const putPerpetrator = conn.prepare<[string, number, string, string]>(
    'insert into event_perpetrators (event_id, position, name, name_key, entity_id) values (?, ?, ?, ?, null)',
  );
  // A relation end keeps its entity link while its name key stays (`case` reads the row before the update).
  const updateRelation = conn.prepare<
    [
      type: string,
      subjectName: string,
      subjectKey: string,
      subjectKey: string,
      objectName: string,
      objectKey: string,
      objectKey: string,
      start: string | null,
      end: string | null,
      startDay: string | null,
      endDay: string | null,
      id: string,
    ]
  >(
    `update relations set type = ?, subject_name = ?, subject_key = ?,
       subject_id = case when subject_key = ? then subject_id end,
       object_name = ?, object_key = ?,
       object_id = case when object_key = ? then object_id end,
       start = ?, "end" = ?, start_day = ?, end_day = ?
     where id = ?`,
  );
  const relink = relinker(conn);

  return {
    async readEvent(id: string): Promise<EventFields | null> {
      const r = await event.get(id);
      if (!r) return null;
      return {
        date: r.date,
        category: r.category as EventFields['category'],
        subtype: r.subtype,
        summary: r.summary,
        'location.name': r.location_name,
        'location.admin1': r.location_admin1,
        'location.country': r.location_country,
        'location.precision': r.location_precision as EventFields['location.precision'],
        'location.lat': r.lat,
        'location.lon': r.lon,
        killed: count(r.killed_min, r.killed_max),
        killed_perpetrators: count(r.killed_perpetrators_min, r.killed_perpetrators_max),
        injured: count(r.injured_min, r.injured_max),
        attribution: r.attribution as EventFields['attribution'],
        perpetrators: (await perpetrators.all(id)).map((p) => p.name),
        targets: (await targets.all(id)).map((t) => t.value) as EventFields['targets'],
        weapons: (await weapons.all(id)).map((w) => w.value) as EventFields['weapons'],
      };
    },

    /** Writes every field; the caller has checked them against the codebook. */
    async writeEvent(id: string, f: EventFields): Promise<void> {
      const row: Pick<EventRow, (typeof EDITED_EVENT_COLUMNS)[number]> = {
        ...datedCountColumns(f),
        category: f.category,
        subtype: f.subtype,
        summary: f.summary,
        location_name: f['location.name'],
        location_admin1: f['location.admin1'],
        location_country: f['location.country'],
        location_precision: f['location.precision'],
        lat: f['location.lat'],
        lon: f['location.lon'],
        attribution: f.attribution,
      };
      await updateEvent.run(...EDITED_EVENT_COLUMNS.map((c) => row[c]), id);
      for (const statement of clears) await statement.run(id);
      for (const [i, name] of f.perpetrators.entries()) await putPerpetrator.run(id, i, name, normalizeName(name));
      for (const [i, value] of f.targets.entries()) await putTarget.run(id, i, value);
      for (const [i, value] of f.weapons.entries()) await putWeapon.run(id, i, value);
      await relink(((await event.get(id)) as EventRow).document_id);
    },

    async readRelation(id: string): Promise<RelationFields | null> {
      const r = await relation.get(id);
      if (!r) return null;
      return {
        type: r.type as RelationFields['type'],
        subject: r.subject_name,
        object: r.object_name,
        start: r.start,
        end: r.end,
      };
    },

    /** Writes every field; an end whose name changed is linked anew. */
    async writeRelation(id: string, f: RelationFields): Promise<void> {
      const [subjectKey, objectKey] = [normalizeName(f.subject), normalizeName(f.object)];
      await updateRelation.run(
        f.type,
        f.subject,
        subjectKey,
        subjectKey,
        f.object,
        objectKey,
        objectKey,
        f.start,
        f.end,
        f.start === null ? null : (edtfRange(f.start)?.start ?? null),
        f.end === null ? null : (edtfRange(f.end)?.end ?? null),
        id,
      );
      await relink(((await relation.get(id)) as RelationRow).document_id);
    },
  };
}
