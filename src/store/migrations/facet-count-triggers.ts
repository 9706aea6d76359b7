import { FACET_SQL, type ColumnFacet } from '../sql/event-facet-columns.js';
import type { StoreDialect } from './migration.js';

const COLUMN_FACETS = Object.keys(FACET_SQL) as ColumnFacet[];
/** The column facets as the rows of a derived table of one column, `facet`. */
const FACET_ROWS = COLUMN_FACETS.map((facet) => `select '${facet}' as facet`).join(' union all ');
/** The event columns the facets read. */
const WATCHED = [
  'date_start',
  'category',
  'subtype',
  'location_admin1',
  'location_country',
  'attribution',
  'review_status',
];

/**
 * A slice of the listed events that a count table counts on its own: the key columns it adds
 * and their SQL over an event row alias. A row whose key is null is outside every slice.
 */
export interface FacetScope {
  columns: string[];
  values: (row: string) => string[];
}

/** What a set of counting triggers keeps: its table, its trigger name prefix, its slices. */
export interface FacetCounts {
  table: string;
  prefix: string;
  /** No scopes: one count over all listed events. */
  scopes?: FacetScope[];
  /** Event columns the scopes read besides the facets, whose updates move counts too. */
  watch?: string[];
}

/** One trigger as both dialects need it: when it fires, on what, under which condition, doing what. */
interface Trigger {
  name: string;
  /** `after insert`, `before delete`, `after update of id`, … */
  timing: string;
  table: string;
  when?: string;
  body: string;
}

/**
 * A trigger in the dialect's words: SQLite's takes its condition and body inline; PostgreSQL's
 * calls a function (a `when` there cannot hold a subquery, so the function tests it), and a
 * `before` trigger's function hands back the row, or the write would not happen.
 */
function triggerStatements({ name, timing, table, when, body }: Trigger, dialect: StoreDialect): string[] {
  if (dialect === 'sqlite')
    return [`create trigger ${name} ${timing} on ${table}${when ? ` when ${when}` : ''} begin ${body} end`];
  const returned = timing.startsWith('before') ? 'old' : 'null';
  return [
    `create function ${name}() returns trigger language plpgsql as $$ begin
      ${when ? `if ${when} then ${body} end if;` : body} return ${returned}; end $$`,
    `create trigger ${name} ${timing} on ${table} for each row execute function ${name}()`,
  ];
}

/**
 * The statements that create a facet count table and the triggers that keep it exact: how
 * many listed events (those with an `incidents` row) have each facet value, per review status
 * and category (and per scope), on every write to events, incidents and perpetrators, whoever
 * makes it (ingest, resolution, review). A cascade deletes the event before its children, so
 * the event's own delete trigger takes its counts away and the children's triggers act only
 * while the event row still exists. The last statements fill the table from the stored rows.
 *
 * @example
 * for (const text of facetCountStatements({ table: 'event_facet_counts', prefix: 'event_facets' })) await sql.raw(text).execute(db);
 */
export function facetCountStatements(
  { table, prefix, scopes, watch = [] }: FacetCounts,
  dialect: StoreDialect = 'sqlite',
): string[] {
  const slices: (FacetScope | null)[] = scopes ?? [null];
  const keyColumns = slices[0]?.columns ?? [];
  const columns = [...keyColumns, 'facet', 'value', 'review_status', 'category'];
  const upsert = `on conflict (${columns.join(', ')}) do update set n = ${table}.n + excluded.n`;
  // Every column but the count: one upsert may not touch a row twice on PostgreSQL, so rows that
  // would (an event naming one perpetrator twice) are summed first.
  const byKey = `group by ${columns.map((_, i) => i + 1).join(', ')}`;
  const insert = `insert into ${table} (${[...columns, 'n'].join(', ')})`;
  /** The key values and their guard for a slice over the row alias `row`. */
  const key = (slice: FacetScope | null, row: string) => {
    const values = slice?.values(row) ?? [];
    return {
      select: values.map((v) => `${v}, `).join(''),
      guard: values.map((v) => ` and ${v} is not null`).join(''),
      group: values.map((_, i) => `${i + 1}, `).join(''),
    };
  };

  /**
   * Adds `sign` to every column facet of the event row `row` (`new`, `old` or a joined `e`):
   * one statement per slice, the facets as rows of a small derived table, so a trigger runs a
   * few statements (and reads a stored event once per slice) rather than one per facet.
   */
  const bumpColumns = (row: string, sign: 1 | -1, from = '') =>
    slices
      .map((slice) => {
        const k = key(slice, row);
        const value = `case f.facet ${COLUMN_FACETS.map((facet) => `when '${facet}' then ${FACET_SQL[facet](row)}`).join(' ')} end`;
        return `${insert} select ${k.select}f.facet, ${value}, ${row}.review_status, ${row}.category, ${sign}
          from (${FACET_ROWS}) f${from ? `, ${from.replace(/^from /, '')}` : ' where true'}${k.guard} ${upsert};`;
      })
      .join('\n');

  /** Adds `sign` for every resolved perpetrator of the event row `row` (`new`, `old`). */
  const bumpPerpetrators = (row: string, sign: 1 | -1) =>
    slices
      .map((slice) => {
        const k = key(slice, row);
        return `${insert} select ${k.select}'perpetrator', p.entity_id, ${row}.review_status, ${row}.category, ${sign} * count(*) from event_perpetrators p
          where p.event_id = ${row}.id and p.entity_id is not null${k.guard} ${byKey} ${upsert};`;
      })
      .join('\n');

  /** Adds `sign` for a listed event's whole facet set, read from the stored rows. */
  const bumpStoredEvent = (eventId: string, sign: 1 | -1) =>
    `${bumpColumns('e', sign, `from events e where e.id = ${eventId}`)}\n` +
    slices
      .map((slice) => {
        const k = key(slice, 'e');
        return `${insert} select ${k.select}'perpetrator', p.entity_id, e.review_status, e.category, ${sign} * count(*) from event_perpetrators p join events e on e.id = p.event_id
          where p.event_id = ${eventId} and p.entity_id is not null${k.guard} ${byKey} ${upsert};`;
      })
      .join('\n');

  /** Adds `sign` for one perpetrator row `row` (`new`, `old`) of a listed event. */
  const bumpPerpetrator = (row: string, sign: 1 | -1) =>
    slices
      .map((slice) => {
        const k = key(slice, 'e');
        return `${insert} select ${k.select}'perpetrator', ${row}.entity_id, e.review_status, e.category, ${sign} from events e
          where e.id = ${row}.event_id and ${row}.entity_id is not null and ${listed('e.id')}${k.guard} ${upsert};`;
      })
      .join('\n');

  const listed = (eventId: string) => `exists (select 1 from incidents where id = ${eventId})`;
  const stored = (eventId: string) => `exists (select 1 from events where id = ${eventId})`;

  const fill = slices.flatMap((slice) => {
    const k = key(slice, 'e');
    return [
      `${insert} select ${k.select}'perpetrator', p.entity_id, e.review_status, e.category, count(*) from event_perpetrators p
        join events e on e.id = p.event_id join incidents i on i.id = e.id
        where p.entity_id is not null${k.guard} group by ${k.group}${columns.length - 3}, ${columns.length - 2}, ${columns.length - 1}, ${columns.length}`,
      ...COLUMN_FACETS.map(
        (
          facet,
        ) => `${insert} select ${k.select}'${facet}', ${FACET_SQL[facet]('e')}, e.review_status, e.category, count(*) from events e
          join incidents i on i.id = e.id where true${k.guard} group by ${k.group}${columns.length - 3}, ${columns.length - 2}, ${columns.length - 1}, ${columns.length}`,
      ),
    ];
  });

  const triggers: Trigger[] = [
    {
      name: `${prefix}_incident_insert`,
      timing: 'after insert',
      table: 'incidents',
      when: stored('new.id'),
      body: bumpStoredEvent('new.id', 1),
    },
    {
      name: `${prefix}_incident_delete`,
      timing: 'after delete',
      table: 'incidents',
      when: stored('old.id'),
      body: bumpStoredEvent('old.id', -1),
    },
    {
      name: `${prefix}_incident_update`,
      timing: 'after update of id',
      table: 'incidents',
      body: `${bumpStoredEvent('old.id', -1)} ${bumpStoredEvent('new.id', 1)}`,
    },
    {
      name: `${prefix}_event_delete`,
      timing: 'before delete',
      table: 'events',
      when: listed('old.id'),
      body: `${bumpColumns('old', -1)} ${bumpPerpetrators('old', -1)}`,
    },
    {
      name: `${prefix}_event_update`,
      timing: `after update of ${[...WATCHED, ...watch].join(', ')}`,
      table: 'events',
      when: listed('new.id'),
      body: `${bumpColumns('old', -1)} ${bumpColumns('new', 1)}
        ${bumpPerpetrators('old', -1)} ${bumpPerpetrators('new', 1)}`,
    },
    {
      name: `${prefix}_perpetrator_insert`,
      timing: 'after insert',
      table: 'event_perpetrators',
      body: bumpPerpetrator('new', 1),
    },
    {
      name: `${prefix}_perpetrator_delete`,
      timing: 'after delete',
      table: 'event_perpetrators',
      body: bumpPerpetrator('old', -1),
    },
    {
      name: `${prefix}_perpetrator_update`,
      timing: 'after update of event_id, entity_id',
      table: 'event_perpetrators',
      body: `${bumpPerpetrator('old', -1)} ${bumpPerpetrator('new', 1)}`,
    },
  ];

  return [
    `create table ${table} (${keyColumns.map((c) => `${c} text not null, `).join('')}
      facet text not null, value text not null, review_status text not null, category text not null,
      n integer not null, primary key (${columns.join(', ')}))${dialect === 'sqlite' ? ' without rowid' : ''}`,
    ...triggers.flatMap((trigger) => triggerStatements(trigger, dialect)),
    ...fill,
  ];
}
