import { sql, type Kysely } from 'kysely';
import { FACET_SQL, type ColumnFacet } from '../sql/event-facet-columns.js';
import type { Migration } from './migration.js';

const COLUMN_FACETS = Object.keys(FACET_SQL) as ColumnFacet[];

const UPSERT = 'on conflict (facet, value, review_status, category) do update set n = n + excluded.n';

/** Adds `sign` to every column facet of the event row `row` (`new`, `old` or a joined `e`). */
const bumpColumns = (row: string, sign: 1 | -1, from = '') =>
  COLUMN_FACETS.map(
    (facet) =>
      `insert into event_facet_counts (facet, value, review_status, category, n) select '${facet}', ${FACET_SQL[facet](row)}, ${row}.review_status, ${row}.category, ${sign} ${from || 'where true'} ${UPSERT};`,
  ).join('\n');

/** Adds `sign` for every resolved perpetrator of the event row `row` (`new`, `old`). */
const bumpPerpetrators = (row: string, sign: 1 | -1) =>
  `insert into event_facet_counts (facet, value, review_status, category, n)
     select 'perpetrator', p.entity_id, ${row}.review_status, ${row}.category, ${sign} from event_perpetrators p
     where p.event_id = ${row}.id and p.entity_id is not null ${UPSERT};`;

/** Adds `sign` for a listed event's whole facet set, read from the stored rows. */
const bumpStoredEvent = (eventId: string, sign: 1 | -1) => `
  ${bumpColumns('e', sign, `from events e where e.id = ${eventId}`)}
  insert into event_facet_counts (facet, value, review_status, category, n)
    select 'perpetrator', p.entity_id, e.review_status, e.category, ${sign} from event_perpetrators p join events e on e.id = p.event_id
    where p.event_id = ${eventId} and p.entity_id is not null ${UPSERT};`;

const listed = (eventId: string) => `exists (select 1 from incidents where id = ${eventId})`;
const stored = (eventId: string) => `exists (select 1 from events where id = ${eventId})`;

/**
 * SQLite only: what keeps the event list and its facets fast at a million events.
 *
 * - Indexes in the list's sort orders (`date`, `killed`, `injured`, with the id as tiebreak),
 *   one by category then date for the common filtered page, places by name, region, country
 *   and alias (without case), and perpetrators by entity.
 * - `event_facet_counts`: how many listed events (those with an `incidents` row) have each
 *   facet value, per review status and category, kept exact by triggers on every write to events,
 *   incidents and perpetrators, whoever makes it (ingest, resolution, review). Facets filtered
 *   by nothing but category and review status read it; others are counted. A cascade deletes the event before its
 *   children, so the event's own delete trigger takes its counts away and the children's
 *   triggers act only while the event row still exists.
 *
 * @example
 * // select value, sum(n) from event_facet_counts where facet = 'year' and review_status != 'rejected' group by value
 */
export const eventListIndexes: Migration = {
  version: 8,
  name: 'event list indexes and facet counts',
  dialect: 'sqlite',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    const run = (text: string) => sql.raw(text).execute(db);
    // The filter columns ride along, so rows a filter drops are dropped without reading them.
    await run(`create index events_list_date on events (coalesce(date_start, ''), id, date_end, review_status)`);
    await run(
      `create index events_list_category_date on events (category, coalesce(date_start, ''), id, date_end, review_status)`,
    );
    for (const column of ['location_name', 'location_admin1', 'location_country'])
      await run(`create index events_place_${column} on events (${column} collate nocase)`);
    await run(`create index event_location_aliases_alias on event_location_aliases (alias collate nocase)`);
    await run(`create index incidents_list_killed on incidents (coalesce(killed_min, -1), id)`);
    await run(`create index incidents_list_injured on incidents (coalesce(injured_min, -1), id)`);
    await run(`create index event_perpetrators_entity_event on event_perpetrators (entity_id, event_id)`);

    await run(`create table event_facet_counts (
      facet text not null, value text not null, review_status text not null, category text not null,
      n integer not null, primary key (facet, value, review_status, category)) without rowid`);

    await run(`create trigger event_facets_incident_insert after insert on incidents
      when ${stored('new.id')} begin ${bumpStoredEvent('new.id', 1)} end`);
    await run(`create trigger event_facets_incident_delete after delete on incidents
      when ${stored('old.id')} begin ${bumpStoredEvent('old.id', -1)} end`);
    await run(`create trigger event_facets_incident_update after update of id on incidents begin
      ${bumpStoredEvent('old.id', -1)} ${bumpStoredEvent('new.id', 1)} end`);
    await run(`create trigger event_facets_event_delete before delete on events
      when ${listed('old.id')} begin ${bumpColumns('old', -1)} ${bumpPerpetrators('old', -1)} end`);
    await run(`create trigger event_facets_event_update
      after update of date_start, category, subtype, location_admin1, location_country, attribution, review_status on events
      when ${listed('new.id')} begin
        ${bumpColumns('old', -1)} ${bumpColumns('new', 1)}
        ${bumpPerpetrators('old', -1)} ${bumpPerpetrators('new', 1)}
      end`);
    const perpetrator = (row: string, sign: 1 | -1) =>
      `insert into event_facet_counts (facet, value, review_status, category, n)
         select 'perpetrator', ${row}.entity_id, e.review_status, e.category, ${sign} from events e
         where e.id = ${row}.event_id and ${row}.entity_id is not null and ${listed('e.id')} ${UPSERT};`;
    await run(`create trigger event_facets_perpetrator_insert after insert on event_perpetrators begin
      ${perpetrator('new', 1)} end`);
    await run(`create trigger event_facets_perpetrator_delete after delete on event_perpetrators begin
      ${perpetrator('old', -1)} end`);
    await run(`create trigger event_facets_perpetrator_update after update of event_id, entity_id on event_perpetrators begin
      ${perpetrator('old', -1)} ${perpetrator('new', 1)} end`);

    await run(`insert into event_facet_counts (facet, value, review_status, category, n)
      select 'perpetrator', p.entity_id, e.review_status, e.category, count(*) from event_perpetrators p
      join events e on e.id = p.event_id join incidents i on i.id = e.id
      where p.entity_id is not null group by 1, 2, 3, 4`);
    for (const facet of COLUMN_FACETS) {
      await run(`insert into event_facet_counts (facet, value, review_status, category, n)
        select '${facet}', ${FACET_SQL[facet]('e')}, e.review_status, e.category, count(*) from events e
        join incidents i on i.id = e.id group by 1, 2, 3, 4`);
    }
  },
};
