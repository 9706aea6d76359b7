import type { SqlConnection } from './connection.js';
import { inListQuery } from './in-list.js';

/**
 * The names entities are shown by: the one an editor chose, else the name of the entity's
 * mention in its earliest-ingested document. Ids without an entity are left out. A caller that
 * has read the entities' mentions already passes their first names, and they are not read again.
 *
 * @example
 * const displayNames = displayNameReader(conn);
 * (await displayNames(['org_imarat-kavkaz'])).get('org_imarat-kavkaz') // 'Caucasus Emirate'
 */
export function displayNameReader(
  conn: SqlConnection,
): (ids: readonly string[], firstMentionNames?: ReadonlyMap<string, string>) => Promise<Map<string, string>> {
  const mentionNames = inListQuery<{ entity_id: string; name: string }>(
    conn,
    (list) => `select m.entity_id, m.name from entity_mentions m join documents d on d.id = m.document_id
               where m.entity_id in ${list} order by d.ingested_at desc, d.id desc`,
  );
  const chosenNames = inListQuery<{ entity_id: string; name: string }>(
    conn,
    (list) => `select entity_id, name from entity_display_names where entity_id in ${list}`,
  );
  return async (ids, firstMentionNames) => {
    // Later rows overwrite earlier ones: the earliest-ingested mention wins, and an editor's choice over it.
    const first = firstMentionNames ?? new Map((await mentionNames(ids)).map((r) => [r.entity_id, r.name]));
    return new Map([...first, ...(await chosenNames(ids)).map((r) => [r.entity_id, r.name] as const)]);
  };
}

/**
 * Sets, or clears with null, the name an editor chose for an entity.
 *
 * @example
 * await displayNameWriter(conn)('org_imarat-kavkaz', 'Caucasus Emirate');
 */
export function displayNameWriter(conn: SqlConnection): (id: string, name: string | null) => Promise<void> {
  const put = conn.prepare<[string, string]>(
    `insert into entity_display_names (entity_id, name) values (?, ?)
     on conflict (entity_id) do update set name = excluded.name`,
  );
  const clear = conn.prepare<[string]>('delete from entity_display_names where entity_id = ?');
  return async (id, name) => {
    if (name === null) await clear.run(id);
    else await put.run(id, name);
  };
}

/**
 * When entity `from` goes into `to`: `to` keeps a name an editor chose for it, else takes the
 * one chosen for `from`; `from`'s choice is dropped with it.
 *
 * @example
 * await displayNameMover(conn)('org_imarat-kavkaz', 'org_caucasus-emirate');
 */
export function displayNameMover(conn: SqlConnection): (to: string, from: string) => Promise<void> {
  // The cast gives PostgreSQL the type of a parameter it would otherwise have to guess.
  const carry = conn.prepare<[string, string]>(
    `insert into entity_display_names (entity_id, name)
     select cast(? as text), name from entity_display_names where entity_id = ? on conflict do nothing`,
  );
  const drop = conn.prepare<[string]>('delete from entity_display_names where entity_id = ?');
  return async (to, from) => {
    await carry.run(to, from);
    await drop.run(from);
  };
}
