import type { SqlConnection } from '../sql/connection.js';
import { CANDIDATE_COLUMNS, nameHits, prefixRange, trigramTerms, type CandidateRow } from '../sql/name-candidates.js';
import type { NameHit, NameSearchKeys } from '../store.js';

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
    const terms = trigramTerms(key);
    return terms.length === 0 ? null : `${name} : (${terms.map(phrase).join(' OR ')})`;
  };
  const parts = [column('normalized', keys.normalized), column('ascii_key', keys.ascii)].filter((p) => p !== null);
  return parts.length === 0 ? null : parts.join(' OR ');
}

/**
 * Candidate names for a search, unranked beyond FTS5's own order: exact and prefix key
 * matches first, then trigram matches. The kb ranks them.
 *
 * @example
 * (await sqliteNameSearch(conn)({ normalized: 'is cp', ascii: 'is cp' }, 50))[0]?.name // 'IS-CP'
 */
export function sqliteNameSearch(conn: SqlConnection) {
  const byKey = conn.prepare<[string, string, string, number], CandidateRow>(
    `select ${CANDIDATE_COLUMNS} from names n join entities e on e.id = n.entity_id
     where (n.normalized = ? or (n.ascii_key >= ? and n.ascii_key < ?)) and n.review_status <> 'rejected' order by length(n.ascii_key) limit ?`,
  );
  const byTrigram = conn.prepare<[string, number], CandidateRow>(
    `select ${CANDIDATE_COLUMNS} from names_fts f join names n on n.id = f.rowid join entities e on e.id = n.entity_id
     where names_fts match ? and n.review_status <> 'rejected' order by f.rank limit ?`,
  );

  return async (keys: NameSearchKeys, limit: number): Promise<NameHit[]> => {
    if (keys.ascii === '' && keys.normalized === '') return [];
    const [from, to] = prefixRange(keys.ascii);
    const rows = await byKey.all(keys.normalized, from, to, limit);
    const query = ftsQuery(keys);
    if (query !== null && rows.length < limit) rows.push(...(await byTrigram.all(query, limit)));
    return nameHits(rows, limit);
  };
}
