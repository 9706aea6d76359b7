import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { StoreDialect } from '../migrations/index.js';

/** The SQL the dialects cannot share, one function per difference. */
export interface DialectSql {
  /** `column` equal to `value`, whatever the case of either: the place filter of the event list. */
  equalsIgnoringCase(column: string, value: string): RawBuilder<SqlBool>;
}

const DIALECT_SQL: Record<StoreDialect, DialectSql> = {
  // The same form as the `collate nocase` indexes of migration 8, which SQLite seeks on.
  sqlite: {
    equalsIgnoringCase: (column, value) => sql<SqlBool>`${sql.ref(column)} = ${value} collate nocase`,
  },
  postgres: {
    equalsIgnoringCase: (column, value) => sql<SqlBool>`lower(${sql.ref(column)}) = lower(${value})`,
  },
};

/**
 * The SQL of `dialect` where it differs from the portable SQL every other query is written in.
 *
 * @example
 * dialectSql('postgres').equalsIgnoringCase('location_name', 'Grozny') // lower("location_name") = lower($1)
 */
export function dialectSql(dialect: StoreDialect): DialectSql {
  return DIALECT_SQL[dialect];
}
