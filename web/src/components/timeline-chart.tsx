import { edtfRange } from '../../../src/model/edtf.js';
import type { EventRecord } from '../api-client.js';
import { formatEdtf, formatTerm, humanize } from '../format.js';
import { eventPath } from '../paths.js';
import { navigate } from '../router.js';
import { CATEGORY_COLOURS } from './map-marker.js';

/** A period to draw as a bar: a leader's term, a branch's allegiance. */
export interface Period {
  label: string;
  start: string | null;
  end: string | null;
}

const LANE = 34;
const RIGHT = 16;
const AXIS = 28;
const DAY = 86_400_000;

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const yearStart = (year: number) => Date.UTC(year, 0, 1);

/** How many events a year holds, counted over all of them. */
export interface YearCount {
  year: number;
  count: number;
}

/**
 * Events and relation periods on a time axis between two years: a first lane of bars counting
 * the events of each year (when given), then exact days as dots, vaguer dates (a month, a year, an interval)
 * as spans over every day they may mean, open ends faded to the edge. One lane per event
 * category, one per period.
 *
 * @example
 * <TimelineChart events={events} perYear={[{ year: 2015, count: 4 }]} periods={[{ label: 'Asildarov leads', start: '2015-06-23', end: '2016-12-04' }]} from={2014} to={2025} width={1200} />
 */
export function TimelineChart({
  events,
  perYear,
  periods,
  from,
  to,
  width,
}: {
  events: EventRecord[];
  /** Counts per year for a first lane; none, no lane. */
  perYear?: YearCount[];
  periods: Period[];
  from: number;
  to: number;
  width: number;
}) {
  // Lane labels take a share of a narrow screen, at most 150 px.
  const LEFT = Math.min(150, Math.round(width * 0.28));
  const chars = Math.floor(LEFT / 6.5);
  const categories = Object.keys(CATEGORY_COLOURS).filter((c) => events.some((e) => e.category === c));
  const counts = perYear ? ['Events per year'] : [];
  const lanes = [...counts, ...categories.map((c) => humanize(c)), ...periods.map((p) => p.label)];
  const most = Math.max(1, ...(perYear ?? []).map((y) => y.count));
  const height = AXIS + lanes.length * LANE + 8;
  const [t0, t1] = [yearStart(from), yearStart(to + 1)];
  const x = (t: number) => LEFT + ((Math.min(Math.max(t, t0), t1) - t0) / (t1 - t0)) * (width - LEFT - RIGHT);
  const laneY = (i: number) => AXIS + i * LANE;
  const years = Array.from({ length: to - from + 2 }, (_, i) => from + i);
  const every = Math.ceil(years.length / Math.max(2, Math.floor((width - LEFT) / 56)));

  return (
    <svg className="timeline" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="group">
      {years.map((year, i) => (
        <g key={year} className="tick">
          <line x1={x(yearStart(year))} x2={x(yearStart(year))} y1={AXIS - 6} y2={height - 8} />
          {i % every === 0 && year <= to && (
            <text x={x(yearStart(year)) + 3} y={AXIS - 10}>
              {year}
            </text>
          )}
        </g>
      ))}
      {lanes.map((label, i) => (
        <g key={label + i}>
          <rect x={0} y={laneY(i)} width={width} height={LANE} className={i % 2 ? 'lane odd' : 'lane'} />
          <text x={8} y={laneY(i) + LANE / 2 + 4} className="lane-label">
            {label.length > chars ? `${label.slice(0, chars - 1)}…` : label}
            <title>{label}</title>
          </text>
        </g>
      ))}
      {(perYear ?? [])
        .filter((y) => y.year >= from && y.year <= to)
        .map(({ year, count }) => {
          const tall = Math.max(2, ((LANE - 8) * count) / most);
          return (
            <rect
              key={year}
              className="year-count"
              x={x(yearStart(year)) + 1}
              y={laneY(0) + LANE - 4 - tall}
              width={Math.max(2, x(yearStart(year + 1)) - x(yearStart(year)) - 2)}
              height={tall}
            >
              <title>{`${year}: ${count} event${count === 1 ? '' : 's'}`}</title>
            </rect>
          );
        })}
      {events.map((e) => {
        const lane = counts.length + categories.indexOf(e.category);
        const colour = CATEGORY_COLOURS[e.category] ?? '#555';
        const y = laneY(lane) + LANE / 2;
        const start = e.dateStart ? time(e.dateStart) : t0;
        const end = e.dateEnd ? time(e.dateEnd) + DAY : t1;
        const label = `${formatEdtf(e.date)}: ${humanize(e.subtype)}, ${e.location.name}`;
        const exact = e.dateStart !== null && e.dateStart === e.dateEnd;
        const open = (ev: { preventDefault(): void }) => {
          ev.preventDefault();
          navigate(eventPath(e.id));
        };
        return (
          <a key={e.id} href={eventPath(e.id)} aria-label={label} onClick={open} className="mark">
            <title>{label}</title>
            {exact ? (
              <circle cx={x(start)} cy={y} r={5} fill={colour} />
            ) : (
              <rect
                x={x(start)}
                y={y - 5}
                width={Math.max(3, x(end) - x(start))}
                height={10}
                rx={2}
                fill={colour}
                fillOpacity={0.35}
                stroke={colour}
                strokeDasharray={e.dateStart && e.dateEnd ? undefined : '3 2'}
              />
            )}
          </a>
        );
      })}
      {periods.map((p, i) => {
        const y = laneY(counts.length + categories.length + i) + LANE / 2;
        // A term runs from the first day its start may mean to the last day its end may mean.
        const first = p.start ? edtfRange(p.start)?.start : null;
        const last = p.end ? edtfRange(p.end)?.end : null;
        const start = first ? time(first) : t0;
        const end = last ? time(last) + DAY : t1;
        return (
          <rect key={i} x={x(start)} y={y - 6} width={Math.max(3, x(end) - x(start))} height={12} className="period">
            <title>{`${p.label}: ${formatTerm(p.start, p.end)}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}
