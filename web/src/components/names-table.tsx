import type { Profile } from '../api-client.js';
import { languageName, scriptName } from '../format.js';

/**
 * An entity's names by language and script, each in its own direction and language so
 * screen readers and fonts treat Arabic, Georgian or Armenian properly.
 *
 * @example
 * <NamesTable names={profile.names} />
 */
export function NamesTable({ names }: { names: Profile['names'] }) {
  return (
    <div className="table-scroll">
      <table className="data names">
        <thead>
          <tr>
            <th scope="col">Language</th>
            <th scope="col">Script</th>
            <th scope="col">Name</th>
            <th scope="col">Romanization of</th>
          </tr>
        </thead>
        <tbody>
          {names.flatMap((group) =>
            group.names.map((name) => (
              <tr key={`${group.lang}|${group.script}|${name.text}`} data-script={group.script ?? ''}>
                <td className="language">{languageName(group.lang)}</td>
                <td className="script">{scriptName(group.script)}</td>
                <td className="name" lang={group.lang ?? undefined} dir="auto">
                  {name.text}
                </td>
                <td className="romanized muted" dir="auto">
                  {name.romanizedFrom ?? ''}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
