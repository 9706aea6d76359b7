import type { EventFilter, EventRecord, Page } from '../api-client.js';
import { withQuery } from '../router.js';
import { Link } from './link.js';

/**
 * A note under a view drawn from one page of events when the filter holds more, pointing to
 * the events table, which reads them all; nothing when the page is the whole list.
 *
 * @example
 * <PartialNote page={data} filter={filter} /> // "Drawn from the first 1000 events; all of them are in the events table."
 */
export function PartialNote({ page, filter }: { page: Page<EventRecord>; filter: EventFilter }) {
  if (page.next === null) return null;
  return (
    <p className="muted partial-note">
      Drawn from the first {page.items.length} events; narrow the filters, or see{' '}
      <Link href={withQuery('/events', { ...filter })}>all of them in the events table</Link>.
    </p>
  );
}
