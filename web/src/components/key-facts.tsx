import type { EventRecord, Profile } from '../api-client.js';
import { formatCasualties, formatEdtf } from '../format.js';
import { eventPath } from '../paths.js';
import { Link } from './link.js';

/**
 * The facts an analyst reads first: founded, first and last attack (linked to the event),
 * casualty totals as ranges, status with what it rests on.
 *
 * @example
 * <KeyFacts profile={profile} />
 */
export function KeyFacts({ profile }: { profile: Profile }) {
  const attack = (e: EventRecord | null) =>
    e ? (
      <>
        <Link href={eventPath(e.id)}>{formatEdtf(e.date)}</Link>
        <span className="muted"> · {e.location.name}</span>
      </>
    ) : (
      '—'
    );
  const organization = profile.kind === 'organization';
  return (
    <>
      <dl className="facts key-facts">
        {organization && (
          <div>
            <dt>Founded</dt>
            <dd>{formatEdtf(profile.founded)}</dd>
          </div>
        )}
        {profile.dissolved && (
          <div>
            <dt>Dissolved</dt>
            <dd>{formatEdtf(profile.dissolved)}</dd>
          </div>
        )}
        {profile.roles.length > 0 && (
          <div>
            <dt>Roles</dt>
            <dd>{profile.roles.join(', ')}</dd>
          </div>
        )}
        {organization && (
          <>
            <div>
              <dt>First attack</dt>
              <dd data-fact="first-attack">{attack(profile.firstAttack)}</dd>
            </div>
            <div>
              <dt>Last attack</dt>
              <dd data-fact="last-attack">{attack(profile.lastAttack)}</dd>
            </div>
            <div>
              <dt>Casualties in attacks</dt>
              <dd>
                {formatCasualties(profile.killed)} killed · {formatCasualties(profile.injured)} injured
              </dd>
            </div>
          </>
        )}
        <div>
          <dt>Status</dt>
          <dd>
            <span className={`badge status-${profile.status.value}`}>{profile.status.value}</span>
          </dd>
        </div>
      </dl>
      {profile.status.evidence.length > 0 && (
        <p className="evidence-note">Status from: {profile.status.evidence.join('; ')}</p>
      )}
    </>
  );
}
