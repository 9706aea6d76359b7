import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * Whether an event row (alias `row`, or none for the bare table) may span more than one
 * calendar year: an open date, or a start and an end in different years. Every other event
 * starts in the year it ends, so a date filter from day D finds it by seeking from D's year.
 * Migration 10 indexes the spanning events apart under exactly this predicate, which a query
 * must repeat word for word for SQLite to read that partial index.
 *
 * @example
 * db.selectFrom('events').select('id').where(spansYears()) // the few events an interval or open date spans
 */
export function spansYears(row?: string): RawBuilder<SqlBool> {
  const column = (name: string) => sql.ref(row === undefined ? name : `${row}.${name}`);
  return sql<SqlBool>`(${column('date_start')} is null or ${column('date_end')} is null or substr(${column('date_start')}, 1, 4) <> substr(${column('date_end')}, 1, 4))`;
}
