import { sql, type Kysely } from 'kysely';
import { FACET_SQL, type ColumnFacet } from '../sql/event-facet-columns.js';
import { eventListIndexStatements } from './event-list-index-statements.js';
import type { Migration } from './migration.js';

const COLUMN_FACETS = Object.keys(FACET_SQL) as ColumnFacet[];

const UPSERT =
  'on conflict (facet, value, review_status, category) do update set n = event_facet_counts.n + excluded.n';

/**
 * Adds `delta` to every facet of the event row `e`: its columns, then its resolved perpetrators,
 * grouped, since one upsert may not touch a row twice (SQLite's takes the rows one by one).
 */
const addEvent = `create function event_facets_add(e events, delta integer) returns void language plpgsql as $$
  begin
    ${COLUMN_FACETS.map(
      (facet) =>
        `insert into event_facet_counts (facet, value, review_status, category, n)
         values ('${facet}', ${FACET_SQL[facet]('e')}, e.review_status, e.category, delta) ${UPSERT};`,
    ).join('\n')}
    insert into event_facet_counts (facet, value, review_status, category, n)
      select 'perpetrator', p.entity_id, e.review_status, e.category, delta * count(*) from event_perpetrators p
      where p.event_id = e.id and p.entity_id is not null group by p.entity_id ${UPSERT};
  end $$`;

/** Adds `delta` to the perpetrator facet for one perpetrator row, when its event is listed. */
const addPerpetrator = `create function event_facets_add_perpetrator(of_event text, perpetrator text, delta integer)
  returns void language sql as $$
    insert into event_facet_counts (facet, value, review_status, category, n)
      select 'perpetrator', perpetrator, e.review_status, e.category, delta from events e
      where e.id = of_event and perpetrator is not null and exists (select 1 from incidents i where i.id = e.id)
      ${UPSERT};
  $$`;

/** Adds `delta` for a stored event's whole facet set; nothing when no such event is stored. */
const addStoredEvent = `create function event_facets_add_stored(stored_id text, delta integer) returns void language plpgsql as $$
  declare e events;
  begin
    select * into e from events where id = stored_id;
    if found then perform event_facets_add(e, delta); end if;
  end $$`;

/** One trigger function: its body, between `begin` and the `return`. */
const triggerFunction = (name: string, body: string, returns = 'null') =>
  `create function ${name}() returns trigger language plpgsql as $$
    begin ${body} return ${returns}; end $$`;

const listed = (eventId: string) => `exists (select 1 from incidents where id = ${eventId})`;

/**
 * PostgreSQL's step 8, the counterpart of SQLite's: the list's indexes and the
 * `event_facet_counts` table with the same meaning, kept exact by trigger functions on the
 * same writes. SQLite's triggers take a `when` with a subquery; PostgreSQL's `when` cannot, so
 * each function tests it first. A cascade from events runs after the event row is gone, so,
 * as on SQLite, the event's own delete trigger takes its counts away and the children's find no
 * event to count. Places are indexed by `lower()`, the case-blind comparison both dialects share.
 * A PostgreSQL knowledge base reaches this step in the open that creates it, with no events yet
 * to count.
 *
 * @example
 * // select value, sum(n) from event_facet_counts where facet = 'year' and review_status <> 'rejected' group by value
 */
export const postgresEventListIndexes: Migration = {
  version: 8,
  name: 'event list indexes and facet counts',
  dialect: 'postgres',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    const run = (text: string) => sql.raw(text).execute(db);
    for (const text of eventListIndexStatements((column) => `lower(${column})`)) await run(text);

    await run(`create table event_facet_counts (
      facet text not null, value text not null, review_status text not null, category text not null,
      n integer not null, primary key (facet, value, review_status, category))`);

    await run(addEvent);
    await run(addPerpetrator);
    await run(addStoredEvent);

    await run(triggerFunction('event_facets_incident_insert', `perform event_facets_add_stored(new.id, 1);`));
    await run(triggerFunction('event_facets_incident_delete', `perform event_facets_add_stored(old.id, -1);`));
    await run(
      triggerFunction(
        'event_facets_incident_update',
        `perform event_facets_add_stored(old.id, -1); perform event_facets_add_stored(new.id, 1);`,
      ),
    );
    await run(
      triggerFunction(
        'event_facets_event_delete',
        `if ${listed('old.id')} then perform event_facets_add(old, -1); end if;`,
        'old',
      ),
    );
    await run(
      triggerFunction(
        'event_facets_event_update',
        `if ${listed('new.id')} then perform event_facets_add(old, -1); perform event_facets_add(new, 1); end if;`,
      ),
    );
    await run(
      triggerFunction(
        'event_facets_perpetrator_insert',
        `perform event_facets_add_perpetrator(new.event_id, new.entity_id, 1);`,
      ),
    );
    await run(
      triggerFunction(
        'event_facets_perpetrator_delete',
        `perform event_facets_add_perpetrator(old.event_id, old.entity_id, -1);`,
      ),
    );
    await run(
      triggerFunction(
        'event_facets_perpetrator_update',
        `perform event_facets_add_perpetrator(old.event_id, old.entity_id, -1);
         perform event_facets_add_perpetrator(new.event_id, new.entity_id, 1);`,
      ),
    );

    const trigger = (name: string, when: string, table: string) =>
      run(`create trigger ${name} ${when} on ${table} for each row execute function ${name}()`);
    await trigger('event_facets_incident_insert', 'after insert', 'incidents');
    await trigger('event_facets_incident_delete', 'after delete', 'incidents');
    await trigger('event_facets_incident_update', 'after update of id', 'incidents');
    await trigger('event_facets_event_delete', 'before delete', 'events');
    await trigger(
      'event_facets_event_update',
      'after update of date_start, category, subtype, location_admin1, location_country, attribution, review_status',
      'events',
    );
    await trigger('event_facets_perpetrator_insert', 'after insert', 'event_perpetrators');
    await trigger('event_facets_perpetrator_delete', 'after delete', 'event_perpetrators');
    await trigger('event_facets_perpetrator_update', 'after update of event_id, entity_id', 'event_perpetrators');
  },
};
