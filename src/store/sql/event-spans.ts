import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * The SQL text of `spansYears` over a row alias (or the bare table), for trigger bodies and
 * index definitions, which take no parameters.
 *
 * @example
 * spansYearsSql('new') // "(new.date_start is null or new.date_end is null or substr(new.date_start, 1, 4) <> …)"
 */
export function spansYearsSql(row?: string): string {
  const column = (name: string) => (row === undefined ? name : `${row}.${name}`);
  const [start, end] = [column('date_start'), column('date_end')];
  return `(${start} is null or ${end} is null or substr(${start}, 1, 4) <> substr(${end}, 1, 4))`;
}

/**
 * Whether an event row (alias `row`, or none for the bare table) may span more than one
 * calendar year: an open date, or a start and an end in different years. Every other event
 * starts in the year it ends, so a date filter from day D finds it by seeking from D's year,
 * and whole years count it by its year. Migration 11 indexes the spanning events apart under
 * exactly this predicate, which a query must repeat word for word for SQLite to read that
 * partial index.
 *
 * @example
 * db.selectFrom('events').select('id').where(spansYears()) // the few events an interval or open date spans
 */
export function spansYears(row?: string): RawBuilder<SqlBool> {
  return sql.raw<SqlBool>(spansYearsSql(row));
}
