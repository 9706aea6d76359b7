import type { EntityKind } from '../../model/index.js';
import type { SqlConnection } from '../sql/connection.js';
import type { NameHit, NameSearchKeys } from '../store.js';

/** Trigrams need three characters; shorter terms are found by key equality and prefix. */
const MIN_TRIGRAM = 3;

/** An FTS5 string literal: double quotes doubled. */
const phrase = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The FTS5 query for a search: the whole key as a substring, or any of its words of three
 * letters or more, in the normalized (own script) or the ASCII column.
 *
 * @example
 * ftsQuery({ normalized: 'вилаят кавказ', ascii: 'vilayat kavkaz' })
 * // 'normalized : ("вилаят кавказ" OR "вилаят" OR "кавказ") OR ascii_key : ("vilayat kavkaz" OR …)'
 */
function ftsQuery(keys: NameSearchKeys): string | null {
  const column = (name: string, key: string) => {
    const terms = [...new Set([key, ...key.split(' ')])].filter((t) => [...t].length >= MIN_TRIGRAM);
    return terms.length === 0 ? null : `${name} : (${terms.map(phrase).join(' OR ')})`;
  };
  const parts = [column('normalized', keys.normalized), column('ascii_key', keys.ascii)].filter((p) => p !== null);
  return parts.length === 0 ? null : parts.join(' OR ');
}

interface Row {
  entity_id: string;
  kind: string;
  entity_name: string;
  text: string;
  normalized: string;
  ascii_key: string;
}

/**
 * Candidate names for a search, unranked beyond FTS5's own order: exact and prefix key
 * matches first, then trigram matches. The kb ranks them.
 *
 * @example
 * (await sqliteNameSearch(conn)({ normalized: 'is cp', ascii: 'is cp' }, 50))[0]?.name // 'IS-CP'
 */
export function sqliteNameSearch(conn: SqlConnection) {
  const canonical = `(select m.name from entity_mentions m join documents d on d.id = m.document_id
    where m.entity_id = n.entity_id order by d.ingested_at, d.id limit 1)`;
  const columns = `n.entity_id, e.kind, ${canonical} as entity_name, n.text, n.normalized, n.ascii_key`;
  // '~' sorts after every character an ASCII key holds, so [key, key~) is the prefix range.
  const byKey = conn.prepare<[string, string, string, number], Row>(
    `select ${columns} from names n join entities e on e.id = n.entity_id
     where (n.normalized = ? or (n.ascii_key >= ? and n.ascii_key < ?)) and n.review_status <> 'rejected' order by length(n.ascii_key) limit ?`,
  );
  const byTrigram = conn.prepare<[string, number], Row>(
    `select ${columns} from names_fts f join names n on n.id = f.rowid join entities e on e.id = n.entity_id
     where names_fts match ? and n.review_status <> 'rejected' order by f.rank limit ?`,
  );

  return async (keys: NameSearchKeys, limit: number): Promise<NameHit[]> => {
    if (keys.ascii === '' && keys.normalized === '') return [];
    // An empty ASCII key would be a prefix of everything: give it the empty range instead.
    const [from, to] = keys.ascii === '' ? ['~', '~'] : [keys.ascii, `${keys.ascii}~`];
    const rows = await byKey.all(keys.normalized, from, to, limit);
    const query = ftsQuery(keys);
    if (query !== null && rows.length < limit) rows.push(...(await byTrigram.all(query, limit)));
    const seen = new Set<string>();
    const hits: NameHit[] = [];
    for (const r of rows) {
      const key = `${r.entity_id}\u0000${r.text}`;
      if (seen.has(key) || hits.length >= limit) continue;
      seen.add(key);
      hits.push({
        entityId: r.entity_id,
        kind: r.kind as EntityKind,
        entityName: r.entity_name,
        name: r.text,
        normalized: r.normalized,
        ascii: r.ascii_key,
      });
    }
    return hits;
  };
}
