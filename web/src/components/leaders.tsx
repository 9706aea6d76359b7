import { edtfRange } from '../../../src/model/edtf.js';
import type { Profile } from '../api-client.js';
import { formatTerm } from '../format.js';
import { useWidth } from '../use-width.js';
import { EntityRef } from './entity-ref.js';
import { TimelineChart } from './timeline-chart.js';

const yearOf = (day: string | null | undefined) => (day ? Number(day.slice(0, 4)) : null);

/**
 * An organization's leaders: a table of who and when, and their terms drawn one lane each on a
 * time axis, so successions and gaps show at a glance. Open terms run to the last year the
 * profile knows of (its last attack, or the last dated term).
 *
 * @example
 * <Leaders profile={profile} />
 */
export function Leaders({ profile }: { profile: Profile }) {
  const [frame, width] = useWidth<HTMLDivElement>(900, 300);
  const { leaders } = profile;
  const years = [
    ...leaders.flatMap((l) => [yearOf(l.start && edtfRange(l.start)?.start), yearOf(l.end && edtfRange(l.end)?.end)]),
    yearOf(profile.lastAttack?.dateEnd ?? profile.lastAttack?.dateStart),
  ].filter((y): y is number => y !== null);
  return (
    <>
      <table className="data leaders">
        <thead>
          <tr>
            <th scope="col">Leader</th>
            <th scope="col">Term</th>
          </tr>
        </thead>
        <tbody>
          {leaders.map((l) => (
            <tr key={`${l.id ?? l.name}|${l.start}`}>
              <td>
                <EntityRef entity={l} />
              </td>
              <td>{formatTerm(l.start, l.end)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div ref={frame} className="leaders-chart">
        {years.length > 0 && (
          <TimelineChart
            events={[]}
            periods={leaders.map((l) => ({ label: l.name, start: l.start, end: l.end }))}
            from={Math.min(...years)}
            to={Math.max(...years)}
            width={width}
          />
        )}
      </div>
    </>
  );
}
