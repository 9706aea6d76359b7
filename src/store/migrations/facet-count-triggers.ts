import { FACET_SQL, type ColumnFacet } from '../sql/event-facet-columns.js';

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
export function facetCountStatements({ table, prefix, scopes, watch = [] }: FacetCounts): string[] {
  const slices: (FacetScope | null)[] = scopes ?? [null];
  const keyColumns = slices[0]?.columns ?? [];
  const columns = [...keyColumns, 'facet', 'value', 'review_status', 'category'];
  const upsert = `on conflict (${columns.join(', ')}) do update set n = n + excluded.n`;
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
        return `${insert} select ${k.select}'perpetrator', p.entity_id, ${row}.review_status, ${row}.category, ${sign} from event_perpetrators p
          where p.event_id = ${row}.id and p.entity_id is not null${k.guard} ${upsert};`;
      })
      .join('\n');

  /** Adds `sign` for a listed event's whole facet set, read from the stored rows. */
  const bumpStoredEvent = (eventId: string, sign: 1 | -1) =>
    `${bumpColumns('e', sign, `from events e where e.id = ${eventId}`)}\n` +
    slices
      .map((slice) => {
        const k = key(slice, 'e');
        return `${insert} select ${k.select}'perpetrator', p.entity_id, e.review_status, e.category, ${sign} from event_perpetrators p join events e on e.id = p.event_id
          where p.event_id = ${eventId} and p.entity_id is not null${k.guard} ${upsert};`;
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

  return [
    `create table ${table} (${keyColumns.map((c) => `${c} text not null, `).join('')}
      facet text not null, value text not null, review_status text not null, category text not null,
      n integer not null, primary key (${columns.join(', ')})) without rowid`,
    `create trigger ${prefix}_incident_insert after insert on incidents
      when ${stored('new.id')} begin ${bumpStoredEvent('new.id', 1)} end`,
    `create trigger ${prefix}_incident_delete after delete on incidents
      when ${stored('old.id')} begin ${bumpStoredEvent('old.id', -1)} end`,
    `create trigger ${prefix}_incident_update after update of id on incidents begin
      ${bumpStoredEvent('old.id', -1)} ${bumpStoredEvent('new.id', 1)} end`,
    `create trigger ${prefix}_event_delete before delete on events
      when ${listed('old.id')} begin ${bumpColumns('old', -1)} ${bumpPerpetrators('old', -1)} end`,
    `create trigger ${prefix}_event_update
      after update of ${[...WATCHED, ...watch].join(', ')} on events
      when ${listed('new.id')} begin
        ${bumpColumns('old', -1)} ${bumpColumns('new', 1)}
        ${bumpPerpetrators('old', -1)} ${bumpPerpetrators('new', 1)}
      end`,
    `create trigger ${prefix}_perpetrator_insert after insert on event_perpetrators begin
      ${bumpPerpetrator('new', 1)} end`,
    `create trigger ${prefix}_perpetrator_delete after delete on event_perpetrators begin
      ${bumpPerpetrator('old', -1)} end`,
    `create trigger ${prefix}_perpetrator_update after update of event_id, entity_id on event_perpetrators begin
      ${bumpPerpetrator('old', -1)} ${bumpPerpetrator('new', 1)} end`,
    ...fill,
  ];
}
