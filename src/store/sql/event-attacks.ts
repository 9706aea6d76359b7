import { sql } from 'kysely';
import { countFromBounds, type Count } from '../../model/index.js';
import { SHOWN_BY_DEFAULT, type AttackSummary } from '../store.js';
import { incidentsNaming } from './event-filters.js';
import type { SqlConnection } from './connection.js';

/** The combined sums of one casualty column: a range, open when any count is, null when none. */
function summed(counted: number, min: number | null, bounded: number, max: number | null): Count | null {
  return counted === 0 ? null : countFromBounds(min ?? 0, bounded < counted ? null : (max ?? 0));
}

/**
 * The attacks any of the entities carried out (each incident once, as listed): the first by the
 * earliest day it may fall on, the last by the latest, and per year of that earliest day the
 * number of attacks with their killed and injured summed as ranges, all counted in SQL over
 * every attack however many there are. Undated attacks count in the totals only.
 *
 * @example
 * const { perYear, killed } = await attackSummarizer(conn)(['org_islamic-state-caucasus-province']);
 */
export function attackSummarizer(conn: SqlConnection) {
  const { db } = conn;
  return async (entityIds: readonly string[]): Promise<AttackSummary> => {
    if (entityIds.length === 0)
      return { firstAttackId: null, lastAttackId: null, perYear: [], killed: null, injured: null };
    // The attacks are read once into a materialized table; years, first and last come from it.
    const years = await db
      .with(
        (cte) => cte('attacks').materialized(),
        (q) =>
          q
            .selectFrom('events as e')
            .innerJoin('incidents as i', 'i.id', 'e.id')
            .where('e.category', '=', 'attack')
            .where('e.review_status', 'in', [...SHOWN_BY_DEFAULT])
            .where(sql<boolean>`e.id in (${incidentsNaming(entityIds)})`)
            .select([
              'e.id',
              sql<string | null>`coalesce(e.date_start, e.date_end)`.as('earliest'),
              sql<string | null>`coalesce(e.date_end, e.date_start)`.as('latest'),
              'i.killed_min',
              'i.killed_max',
              'i.injured_min',
              'i.injured_max',
            ]),
      )
      .selectFrom('attacks')
      .select([
        sql<string | null>`substr(earliest, 1, 4)`.as('year'),
        (eb) => eb.fn.countAll<number>().as('attacks'),
        (eb) => eb.fn.count<number>('killed_min').as('killed_counted'),
        (eb) => eb.fn.sum<number | null>('killed_min').as('killed_min'),
        (eb) => eb.fn.count<number>('killed_max').as('killed_bounded'),
        (eb) => eb.fn.sum<number | null>('killed_max').as('killed_max'),
        (eb) => eb.fn.count<number>('injured_min').as('injured_counted'),
        (eb) => eb.fn.sum<number | null>('injured_min').as('injured_min'),
        (eb) => eb.fn.count<number>('injured_max').as('injured_bounded'),
        (eb) => eb.fn.sum<number | null>('injured_max').as('injured_max'),
        sql<string>`(select id from attacks order by coalesce(earliest, '9999'), id limit 1)`.as('first_id'),
        sql<string>`(select id from attacks
          order by coalesce(latest, '0000') desc, coalesce(earliest, '9999') desc, id desc limit 1)`.as('last_id'),
      ])
      .groupBy(sql.lit(1))
      .orderBy(sql.lit(1))
      .execute();
    const total = (key: 'killed' | 'injured') =>
      summed(
        ...((['counted', 'min', 'bounded', 'max'] as const).map((part) =>
          years.reduce<number>((n, y) => n + Number(y[`${key}_${part}`] ?? 0), 0),
        ) as [number, number, number, number]),
      );
    return {
      firstAttackId: years[0]?.first_id ?? null,
      lastAttackId: years[0]?.last_id ?? null,
      perYear: years.flatMap((y) =>
        y.year === null
          ? []
          : [
              {
                year: Number(y.year),
                attacks: y.attacks,
                killed: summed(y.killed_counted, y.killed_min, y.killed_bounded, y.killed_max),
                injured: summed(y.injured_counted, y.injured_min, y.injured_bounded, y.injured_max),
              },
            ],
      ),
      killed: total('killed'),
      injured: total('injured'),
    };
  };
}
