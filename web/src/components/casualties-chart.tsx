import { countBounds, type Count } from '../../../src/model/count.js';
import type { Profile } from '../api-client.js';
import { formatCasualties } from '../format.js';

const BAR = 13;
const GAP = 8;
const HEIGHT = 120;
const SERIES = [
  { key: 'killed', label: 'killed' },
  { key: 'injured', label: 'injured' },
] as const;

/**
 * Killed and injured per year as paired bars, every year from the first to the last shown. A
 * range draws its lower bound solid and the rest up to its upper bound pale; an open count
 * ("7+") ends in a pale arrowhead. A table of the same figures follows for screen readers.
 *
 * @example
 * <CasualtiesChart perYear={profile.attacksPerYear} />
 */
export function CasualtiesChart({ perYear }: { perYear: Profile['attacksPerYear'] }) {
  const counted = perYear.filter((p) => p.killed !== null || p.injured !== null);
  if (counted.length === 0) return <p className="muted">No attack states a count of the dead or wounded.</p>;
  const byYear = new Map(perYear.map((p) => [p.year, p]));
  const first = perYear[0]!.year;
  const years = Array.from({ length: perYear.at(-1)!.year - first + 1 }, (_, i) => first + i);
  const top = (c: Count | null) => (c === null ? 0 : (countBounds(c)[1] ?? countBounds(c)[0]));
  const max = Math.max(1, ...perYear.flatMap((p) => [top(p.killed), top(p.injured)]));
  const step = 2 * BAR + GAP;
  const width = years.length * step;
  const y = (n: number) => 14 + HEIGHT - (n / max) * HEIGHT;
  return (
    <figure className="chart casualties-chart">
      <svg viewBox={`0 0 ${width} ${HEIGHT + 36}`} width={width} height={HEIGHT + 36} aria-hidden="true">
        {years.map((year, i) => (
          <g key={year}>
            {SERIES.map(({ key, label }, j) => {
              const count = byYear.get(year)?.[key] ?? null;
              if (count === null) return null;
              const [low, high] = countBounds(count);
              const x = i * step + j * BAR;
              return (
                <g key={key} className={`series-${key}`}>
                  <title>{`${year}: ${formatCasualties(count)} ${label}`}</title>
                  <rect x={x} y={y(low)} width={BAR - 1} height={y(0) - y(low)} className="bar" />
                  {high !== low && (
                    <rect
                      x={x}
                      y={y(high ?? low) - (high === null ? 6 : 0)}
                      width={BAR - 1}
                      height={y(low) - y(high ?? low) + (high === null ? 6 : 0)}
                      className={high === null ? 'bar open' : 'bar range'}
                    />
                  )}
                </g>
              );
            })}
            <text x={i * step + BAR} y={HEIGHT + 30} textAnchor="middle" className="axis">
              {`’${String(year).slice(2)}`}
            </text>
          </g>
        ))}
        <line x1={0} x2={width} y1={HEIGHT + 14} y2={HEIGHT + 14} className="baseline" />
      </svg>
      <figcaption className="legend">
        {SERIES.map(({ key, label }) => (
          <span key={key} className={`series-${key}`}>
            <svg width="12" height="12" aria-hidden="true">
              <rect width="12" height="12" className="bar" />
            </svg>
            {label}
          </span>
        ))}
        <span className="muted">pale: the upper end of a range · most per year: {max}</span>
      </figcaption>
      <table className="visually-hidden">
        <caption>Killed and injured in attacks per year</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Killed</th>
            <th scope="col">Injured</th>
          </tr>
        </thead>
        <tbody>
          {counted.map((p) => (
            <tr key={p.year} data-year={p.year}>
              <th scope="row">{p.year}</th>
              <td>{formatCasualties(p.killed)}</td>
              <td>{formatCasualties(p.injured)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
