import { api } from '../api-client.js';
import { Link } from '../components/link.js';
import { Status } from '../components/status.js';
import { formatEdtf } from '../format.js';
import { entityPath } from '../paths.js';
import { useApi } from '../use-api.js';
import { useTitle } from '../use-title.js';

/**
 * Every organization in the knowledge base, by name, with its other names.
 *
 * @example
 * <OrganizationsPage />
 */
export function OrganizationsPage() {
  useTitle('Organizations');
  const { data, error, loading } = useApi('organizations', (signal) => api.organizations(signal));
  return (
    <section className="page">
      <h1>Organizations</h1>
      {!data ? (
        <Status loading={loading} error={error} what="organizations" />
      ) : (
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Also known as</th>
                <th scope="col">Region</th>
                <th scope="col">Founded</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((org) => (
                <tr key={org.id}>
                  <td>
                    <Link href={entityPath({ id: org.id, type: org.kind })}>{org.name}</Link>
                  </td>
                  <td className="aliases" dir="auto">
                    {org.aliases.join(' · ') || '—'}
                  </td>
                  <td>{org.region ?? '—'}</td>
                  <td>{formatEdtf(org.founded)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
