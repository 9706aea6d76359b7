import type Database from 'better-sqlite3';
import { countBounds, countFromBounds, edtfRange, normalizeName, type Count } from '../../model/index.js';
import type { EventFields, RelationFields } from '../../model/review.js';
import { datedCountColumns } from './event-rows.js';
import type { KbDatabase } from './schema.js';
import { relinker } from './relink.js';

type EventRow = KbDatabase['events'];
type RelationRow = KbDatabase['relations'];

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
 * const fields = factFields(raw);
 * fields.writeEvent('evt_a_ev-01', { ...fields.readEvent('evt_a_ev-01')!, killed: 7 });
 */
export function factFields(raw: Database.Database) {
  const event = raw.prepare<[string], EventRow>('select * from events where id = ?');
  const tags = (table: string) =>
    raw.prepare<[string], { value: string }>(`select value from ${table} where event_id = ? order by position`);
  const [targets, weapons] = [tags('event_targets'), tags('event_weapons')];
  const perpetrators = raw.prepare<[string], { name: string }>(
    'select name from event_perpetrators where event_id = ? order by position',
  );
  const relation = raw.prepare<[string], RelationRow>('select * from relations where id = ?');
  const updateEvent = raw.prepare(
    `update events set date = @date, date_start = @date_start, date_end = @date_end, date_precision = @date_precision,
       category = @category, subtype = @subtype, summary = @summary, location_name = @location_name,
       location_admin1 = @location_admin1, location_country = @location_country, location_precision = @location_precision,
       lat = @lat, lon = @lon, killed_min = @killed_min, killed_max = @killed_max,
       killed_perpetrators_min = @killed_perpetrators_min, killed_perpetrators_max = @killed_perpetrators_max,
       injured_min = @injured_min, injured_max = @injured_max, attribution = @attribution
     where id = @id`,
  );
  const clear = (table: string) => raw.prepare<[string]>(`delete from ${table} where event_id = ?`);
  const clears = ['event_perpetrators', 'event_targets', 'event_weapons'].map(clear);
  const putTag = (table: string) => raw.prepare<[string, number, string]>(`insert into ${table} values (?, ?, ?)`);
  const [putTarget, putWeapon] = [putTag('event_targets'), putTag('event_weapons')];
  const putPerpetrator = raw.prepare<[string, number, string, string]>(
    'insert into event_perpetrators (event_id, position, name, name_key, entity_id) values (?, ?, ?, ?, null)',
  );
  const updateRelation = raw.prepare(
    `update relations set type = @type, subject_name = @subject_name, subject_key = @subject_key,
       subject_id = case when subject_key = @subject_key then subject_id end,
       object_name = @object_name, object_key = @object_key,
       object_id = case when object_key = @object_key then object_id end,
       start = @start, "end" = @end, start_day = @start_day, end_day = @end_day
     where id = @id`,
  );
  const relink = relinker(raw);

  return {
    readEvent(id: string): EventFields | null {
      const r = event.get(id);
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
        perpetrators: perpetrators.all(id).map((p) => p.name),
        targets: targets.all(id).map((t) => t.value) as EventFields['targets'],
        weapons: weapons.all(id).map((w) => w.value) as EventFields['weapons'],
      };
    },

    /** Writes every field; the caller has checked them against the codebook. */
    writeEvent(id: string, f: EventFields): void {
      updateEvent.run({
        id,
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
      });
      for (const statement of clears) statement.run(id);
      f.perpetrators.forEach((name, i) => putPerpetrator.run(id, i, name, normalizeName(name)));
      f.targets.forEach((value, i) => putTarget.run(id, i, value));
      f.weapons.forEach((value, i) => putWeapon.run(id, i, value));
      relink((event.get(id) as EventRow).document_id);
    },

    readRelation(id: string): RelationFields | null {
      const r = relation.get(id);
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
    writeRelation(id: string, f: RelationFields): void {
      updateRelation.run({
        id,
        type: f.type,
        subject_name: f.subject,
        subject_key: normalizeName(f.subject),
        object_name: f.object,
        object_key: normalizeName(f.object),
        start: f.start,
        end: f.end,
        start_day: f.start === null ? null : (edtfRange(f.start)?.start ?? null),
        end_day: f.end === null ? null : (edtfRange(f.end)?.end ?? null),
      });
      relink((relation.get(id) as RelationRow).document_id);
    },
  };
}
