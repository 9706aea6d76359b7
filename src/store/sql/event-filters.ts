import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { edtfRange, InputError, REVIEW_STATUSES } from '../../model/index.js';
import type { StoreDialect } from '../migrations/index.js';
import { SHOWN_BY_DEFAULT, type EventFilter } from '../store.js';
import { dialectSql } from './dialect.js';
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

/**
 * The condition an `EventFilter` puts on listed events (`events as e` joined with `incidents as i`).
 * Date filters compare EDTF bounds: an event is kept when the days it may fall on reach into
 * `[from, to]`, so "2015-09" overlaps a filter from 2015-09-15. Casualty thresholds read the
 * incident's combined lower bound; `place` matches the place's name, any alias, its admin-1
 * region or its country, whole and regardless of case.
 *
 * @example
 * db.selectFrom('events as e').innerJoin('incidents as i', 'i.id', 'e.id').where(eventFilterWhere({ category: 'attack' }, 'sqlite'))
 */
export function eventFilterWhere(filter: EventFilter, dialect: StoreDialect) {
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
      const is = (column: string) => dialectSql(dialect).equalsIgnoringCase(column, filter.place as string);
      conditions.push(
        sql<SqlBool>`e.id in (
          select id from events where ${is('location_name')}
          union select id from events where ${is('location_admin1')}
          union select id from events where ${is('location_country')}
          union select event_id from event_location_aliases where ${is('alias')})`,
      );
    }
    for (const entityId of entityIds) {
      conditions.push(
        sql<SqlBool>`e.id in (select r.incident_id from event_perpetrators p join events r on r.id = p.event_id
          where p.entity_id = ${entityId})`,
      );
    }
    return eb.and(conditions);
  };
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
