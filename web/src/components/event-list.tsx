import type { EventRecord } from '../api-client.js';
import { formatEdtf } from '../format.js';
import { eventPath } from '../paths.js';
import { Link } from './link.js';

/**
 * A compact list of events: the date as precise as known, a note (type or place), the summary
 * linking to the event.
 *
 * @example
 * <EventList events={recent} note={(e) => e.location.name} />
 */
export function EventList({ events, note }: { events: EventRecord[]; note: (e: EventRecord) => string }) {
  return (
    <ul className="event-list">
      {events.map((e) => (
        <li key={e.id}>
          <span className="date">{formatEdtf(e.date)}</span>
          <span className={`category cat-${e.category}`}>{note(e)}</span>
          <Link href={eventPath(e.id)} className="summary">
            {e.summary}
          </Link>
        </li>
      ))}
    </ul>
  );
}
