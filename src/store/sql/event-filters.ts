import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { edtfRange, InputError, REVIEW_STATUSES } from '../../model/index.js';
import type { StoreDialect } from '../migrations/index.js';
import { SHOWN_BY_DEFAULT, type EventFilter } from '../store.js';
import { dialectSql } from './dialect.js';
import { spansYears } from './event-spans.js';
import type { KbDatabase } from './schema.js';

/** The listed events as queries see them: each event row `e` joined with its incident `i`. */
export type ListedEventTables = KbDatabase & { e: KbDatabase['events']; i: KbDatabase['incidents'] };

/** The day bound of an EDTF filter value, or an `InputError` naming the option. */
function dayBound(option: 'from' | 'to', value: string): string | null {
  const range = edtfRange(value);
  if (!range)
    throw new InputError(`invalid ${option}: "${value}" is not an EDTF date (e.g. 2015, 2015-06, 2015-06-23)`, {
      where: option,
    });
  return option === 'from' ? range.start : range.end;
}

/** The place columns a place filter matches, by the kind of place each holds. */
const PLACE_COLUMNS = [
  ['name', 'location_name'],
  ['admin1', 'location_admin1'],
  ['country', 'location_country'],
] as const;

/** How the store's own queries narrow a filter further. */
export interface EventFilterOptions {
  /** Leave out the events whose region (or country) is the place: those are counted apart. */
  placeBesides?: 'admin1' | 'country';
  /** Only the events that may span years (see `spansYears`): the others are counted by year. */
  spanningOnly?: boolean;
}

/**
 * The condition an `EventFilter` puts on listed events (`events as e` joined with `incidents as i`).
 * Date filters compare EDTF bounds: an event is kept when the days it may fall on reach into
 * `[from, to]`, so "2015-09" overlaps a filter from 2015-09-15. Casualty thresholds read the
 * incident's combined lower bound; `place` matches the place's name, any alias, its admin-1
 * region or its country, whole and regardless of case (`placeBesides` drops one kind).
 *
 * @example
 * db.selectFrom('events as e').innerJoin('incidents as i', 'i.id', 'e.id').where(eventFilterWhere({ category: 'attack' }, 'sqlite'))
 */
export function eventFilterWhere(filter: EventFilter, dialect: StoreDialect, options: EventFilterOptions = {}) {
  const from = filter.from === undefined ? null : dayBound('from', filter.from);
  const to = filter.to === undefined ? null : dayBound('to', filter.to);
  const entityIds = [...(filter.entityId === undefined ? [] : [filter.entityId]), ...(filter.entityIds ?? [])];
  const statuses = filter.reviewStatuses ?? SHOWN_BY_DEFAULT;
  return (eb: ExpressionBuilder<ListedEventTables, 'e' | 'i'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [];
    if (statuses.length < REVIEW_STATUSES.length) conditions.push(eb('e.review_status', 'in', [...statuses]));
    if (filter.category !== undefined) conditions.push(eb('e.category', '=', filter.category));
    if (filter.subtype !== undefined) conditions.push(eb('e.subtype', '=', filter.subtype));
    if (filter.attribution !== undefined) conditions.push(eb('e.attribution', '=', filter.attribution));
    // A document or a perpetrator selects the incidents any of whose reports it gave or names.
    if (filter.documentId !== undefined)
      conditions.push(sql<SqlBool>`e.id in (select incident_id from events where document_id = ${filter.documentId})`);
    if (from !== null) conditions.push(eb.or([eb('e.date_end', 'is', null), eb('e.date_end', '>=', from)]));
    // The same as "no start or a start on or before `to`", in the form the list's date index seeks on.
    if (to !== null) conditions.push(sql<SqlBool>`coalesce(e.date_start, '') <= ${to}`);
    if (filter.killedMin !== undefined) conditions.push(eb('i.killed_min', '>=', filter.killedMin));
    if (filter.injuredMin !== undefined) conditions.push(eb('i.injured_min', '>=', filter.injuredMin));
    // Each branch of the union reads its own index, so a place narrows the list before it is sorted.
    if (filter.place !== undefined) {
      const place = filter.place;
      const is = (column: string) => dialectSql(dialect).equalsIgnoringCase(column, place);
      const branches = PLACE_COLUMNS.filter(([kind]) => kind !== options.placeBesides).map(
        ([, column]) => sql`select id from events where ${is(column)}`,
      );
      conditions.push(
        sql<SqlBool>`e.id in (${sql.join(branches, sql` union `)}
          union select event_id from event_location_aliases where ${is('alias')})`,
      );
      if (options.placeBesides !== undefined) {
        const column = sql.ref(`e.location_${options.placeBesides}`);
        conditions.push(sql<SqlBool>`(${column} is null or not ${is(`e.location_${options.placeBesides}`)})`);
      }
    }
    if (options.spanningOnly) conditions.push(sql<SqlBool>`e.id in (select id from events where ${spansYears()})`);
    for (const entityId of entityIds) conditions.push(sql<SqlBool>`e.id in (${incidentsNaming([entityId])})`);
    return eb.and(conditions);
  };
}

/**
 * The incidents any report of which names one of the entities as a perpetrator, as a subquery
 * of ids. Most reports are their own incident; the others are found through migration 11's
 * index of merged reports rather than by reading every report's row.
 *
 * @example
 * sql`e.id in (${incidentsNaming(['org_islamic-state-caucasus-province'])})`
 */
export function incidentsNaming(entityIds: readonly string[]) {
  const ids = sql.join(entityIds.map((id) => sql`${id}`));
  return sql`select event_id from event_perpetrators where entity_id in (${ids})
    union all select r.incident_id from event_perpetrators p join events r on r.id = p.event_id
    where p.entity_id in (${ids}) and r.incident_id <> r.id`;
}

/**
 * A date filter's list split in two parts that together hold it exactly, each read by its own
 * index: events that start in or after the year of `from` (a seek of the list order), and the
 * few that may span years and start before it (migration 11's partial index). Every other event
 * that reaches into `[from, …]` ends, and so starts, in `from`'s year or later. Null when
 * `from` sets no lower bound.
 *
 * @example
 * dateParts({ from: '2016-05' }) // [starts on or after 2016-01-01, spans years and starts before]
 */
export function dateParts(filter: EventFilter) {
  const from = filter.from === undefined ? null : dayBound('from', filter.from);
  if (from === null) return null;
  const yearStart = `${from.slice(0, 4)}-01-01`;
  const key = sql`coalesce(e.date_start, '')`;
  return [
    sql<SqlBool>`${key} >= ${yearStart}`,
    sql<SqlBool>`e.id in (select id from events where ${spansYears()} and coalesce(date_start, '') < ${yearStart})`,
  ];
}

/**
 * The first and last year a date filter covers whole (null for an open side), or null when it
 * has no date bound or cuts a year: only then do the counts per year answer it.
 *
 * @example
 * wholeYears({ from: '2016', to: '2018' }) // { first: '2016', last: '2018' }
 * wholeYears({ from: '2016-06' }) // null
 */
export function wholeYears(filter: EventFilter): { first: string | null; last: string | null } | null {
  const from = filter.from === undefined ? null : dayBound('from', filter.from);
  const to = filter.to === undefined ? null : dayBound('to', filter.to);
  if (from === null && to === null) return null;
  if ((from !== null && !from.endsWith('-01-01')) || (to !== null && !to.endsWith('-12-31'))) return null;
  return { first: from?.slice(0, 4) ?? null, last: to?.slice(0, 4) ?? null };
}

/**
 * Whether the precomputed facet counts answer a filter: they are kept per review status and
 * category, so any other filter means counting the matching events.
 *
 * @example
 * precomputedFacetsAnswer({ category: 'attack', reviewStatuses: ['accepted'] }) // true
 */
export function precomputedFacetsAnswer(filter: EventFilter): boolean {
  return Object.entries(filter).every(
    ([key, value]) =>
      ['reviewStatuses', 'category', 'limit'].includes(key) ||
      value === undefined ||
      (Array.isArray(value) && value.length === 0),
  );
}
