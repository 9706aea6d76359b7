/**
 * The event list's indexes of step 8, for either dialect: the date orders with the filter
 * columns riding along (so rows a filter drops are dropped without reading them), the killed and
 * injured orders, perpetrators by entity, and the place columns under the case-blind form the
 * dialect's place filter compares with (see src/store/sql/dialect.ts).
 *
 * @example
 * eventListIndexStatements((column) => `${column} collate nocase`) // SQLite's
 * eventListIndexStatements((column) => `lower(${column})`) // PostgreSQL's
 */
export function eventListIndexStatements(caseBlind: (column: string) => string): string[] {
  return [
    `create index events_list_date on events (coalesce(date_start, ''), id, date_end, review_status)`,
    `create index events_list_category_date on events (category, coalesce(date_start, ''), id, date_end, review_status)`,
    ...['location_name', 'location_admin1', 'location_country'].map(
      (column) => `create index events_place_${column} on events (${caseBlind(column)})`,
    ),
    `create index event_location_aliases_alias on event_location_aliases (${caseBlind('alias')})`,
    `create index incidents_list_killed on incidents (coalesce(killed_min, -1), id)`,
    `create index incidents_list_injured on incidents (coalesce(injured_min, -1), id)`,
    `create index event_perpetrators_entity_event on event_perpetrators (entity_id, event_id)`,
  ];
}
