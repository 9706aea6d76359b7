import type { Profile } from '../api-client.js';

const BAR = 28;
const GAP = 6;
const HEIGHT = 120;

/**
 * Attacks per year as bars, with every year between the first and the last shown (a quiet
 * year is a fact too). A table of the same numbers follows for screen readers.
 *
 * @example
 * <AttacksChart perYear={profile.attacksPerYear} />
 */
export function AttacksChart({ perYear }: { perYear: Profile['attacksPerYear'] }) {
  if (perYear.length === 0) return <p className="muted">No attacks recorded.</p>;
  const counts = new Map(perYear.map((p) => [p.year, p.attacks]));
  const first = perYear[0]!.year;
  const years = Array.from({ length: perYear.at(-1)!.year - first + 1 }, (_, i) => first + i);
  const max = Math.max(...perYear.map((p) => p.attacks));
  const width = years.length * (BAR + GAP);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${HEIGHT + 36}`} width={width} height={HEIGHT + 36} aria-hidden="true">
        {years.map((year, i) => {
          const n = counts.get(year) ?? 0;
          const h = (n / max) * HEIGHT;
          const x = i * (BAR + GAP);
          return (
            <g key={year}>
              <rect x={x} y={HEIGHT - h + 14} width={BAR} height={h} className="bar" />
              {n > 0 && (
                <text x={x + BAR / 2} y={HEIGHT - h + 10} textAnchor="middle" className="bar-value">
                  {n}
                </text>
              )}
              <text x={x + BAR / 2} y={HEIGHT + 30} textAnchor="middle" className="axis">
                {`’${String(year).slice(2)}`}
              </text>
            </g>
          );
        })}
        <line x1={0} x2={width} y1={HEIGHT + 14} y2={HEIGHT + 14} className="baseline" />
      </svg>
      <table className="visually-hidden">
        <caption>Attacks per year</caption>
        <tbody>
          {perYear.map((p) => (
            <tr key={p.year}>
              <th scope="row">{p.year}</th>
              <td>{p.attacks}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
