import type { ReactNode } from 'react';
import type { EventCategory, LocationPrecision } from '../../../src/model/taxonomy.js';
import type { EventPlace, EventRecord } from '../api-client.js';
import { formatCasualties, formatEdtf, humanize } from '../format.js';
import { eventPath } from '../paths.js';
import { navigate } from '../router.js';

/** Fill colours by event category, one for each in the codebook; the legend reads them too. */
export const CATEGORY_COLOURS: Record<EventCategory, string> = {
  attack: '#a8322a',
  security_operation: '#2f5d8a',
  organizational: '#8a6d1f',
};

/**
 * A mark's radius: it grows with the square root of the dead (area ∝ count); unknown counts get
 * the smallest mark.
 *
 * @example
 * markerRadius(event) // 10.6 for 7 killed
 */
export function markerRadius(e: EventRecord): number {
  const killed = e.killed === null ? 0 : typeof e.killed === 'number' ? e.killed : (e.killed.max ?? e.killed.min);
  return 4 + 2.5 * Math.sqrt(killed);
}

/**
 * One event on the map, a link to it: filled when the place is known, hollow and dashed when
 * only the region (or country) is. `scale` keeps strokes steady while zooming.
 *
 * @example
 * <EventMarker event={e} x={120} y={80} scale={1} />
 */
export function EventMarker({ event: e, x, y, scale }: { event: EventRecord; x: number; y: number; scale: number }) {
  const label = `${formatEdtf(e.date)}, ${e.location.name}: ${humanize(e.subtype)}, killed ${formatCasualties(e.killed)}`;
  return (
    <MarkLink
      href={eventPath(e.id)}
      label={label}
      className="marker"
      precision={e.location.precision}
      admin1={e.location.admin1}
      colour={CATEGORY_COLOURS[e.category]}
      radius={markerRadius(e)}
      x={x}
      y={y}
      scale={scale}
    />
  );
}

/**
 * A link drawn as a dot: filled when the place is known, hollow and dashed when only the region
 * (or country) is; `scale` keeps strokes steady while zooming. What it holds is drawn over it.
 */
function MarkLink({
  href,
  label,
  className,
  precision,
  admin1,
  colour,
  radius,
  x,
  y,
  scale,
  children,
}: {
  href: string;
  label: string;
  className: string;
  precision: LocationPrecision;
  admin1: string | null;
  colour: string;
  radius: number;
  x: number;
  y: number;
  scale: number;
  children?: ReactNode;
}) {
  const hollow = precision === 'admin1' || precision === 'country';
  const s = Math.sqrt(scale);
  return (
    <a
      href={href}
      aria-label={label}
      className={className}
      data-precision={precision}
      data-admin1={admin1 ?? undefined}
      onClick={(event) => {
        event.preventDefault();
        navigate(href);
      }}
    >
      <title>{label}</title>
      <circle
        cx={x}
        cy={y}
        r={radius / s}
        fill={hollow ? 'none' : colour}
        fillOpacity={0.75}
        stroke={colour}
        strokeWidth={(hollow ? 2 : 1) / s}
        strokeDasharray={hollow ? `${3 / s} ${2 / s}` : undefined}
      />
      {children}
    </a>
  );
}

/**
 * Several marks too close to tell apart at this zoom: how many events they hold, a button that
 * zooms in on them.
 *
 * @example
 * <ClusterMarker count={14} near="Nazran" admin1s={['Ingushetia']} x={120} y={80} scale={1} onZoom={() => zoomTo(120, 80)} />
 */
export function ClusterMarker({
  count,
  near,
  admin1s,
  x,
  y,
  scale,
  onZoom,
}: {
  count: number;
  near: string;
  admin1s: string[];
  x: number;
  y: number;
  scale: number;
  onZoom: () => void;
}) {
  const s = Math.sqrt(scale);
  const label = `${count} events near ${near}; zoom in`;
  return (
    <g
      className="cluster"
      role="button"
      tabIndex={0}
      aria-label={label}
      data-admin1={admin1s.join('|')}
      onClick={onZoom}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onZoom();
        }
      }}
    >
      <title>{label}</title>
      <circle cx={x} cy={y} r={(9 + 2 * Math.sqrt(count)) / s} />
      <text x={x} y={y} dy="0.35em" textAnchor="middle" style={{ fontSize: 11 / s }}>
        {count}
      </text>
    </g>
  );
}

/**
 * The events at one place, when a filter holds more than one page of them: a link to the events
 * table at that place, sized by the events, coloured by their most frequent category.
 *
 * @example
 * <PlaceMarker place={place} href="/events?place=Nazran" x={120} y={80} scale={1} />
 */
export function PlaceMarker({
  place,
  href,
  x,
  y,
  scale,
}: {
  place: EventPlace;
  href: string;
  x: number;
  y: number;
  scale: number;
}) {
  const counts = Object.entries(place.categories).filter(([, n]) => n > 0) as [EventCategory, number][];
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  const label = `${place.name}: ${counts.map(([c, n]) => `${n} ${humanize(c)}`).join(', ')}; ${place.killed} killed at most`;
  const s = Math.sqrt(scale);
  return (
    <MarkLink
      href={href}
      label={label}
      className="marker place"
      precision={place.precision}
      admin1={place.admin1}
      colour={CATEGORY_COLOURS[top?.[0] ?? 'attack']}
      radius={4 + 2 * Math.sqrt(place.events)}
      x={x}
      y={y}
      scale={scale}
    >
      {place.events > 1 && (
        <text x={x} y={y} dy="0.35em" textAnchor="middle" style={{ fontSize: 10 / s }}>
          {place.events}
        </text>
      )}
    </MarkLink>
  );
}
