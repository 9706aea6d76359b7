import type { SqlConnection } from '../sql/connection.js';
import { CANDIDATE_COLUMNS, nameHits, prefixRange, trigramTerms, type CandidateRow } from '../sql/name-candidates.js';
import type { NameHit, NameSearchKeys } from '../store.js';

/** A `like` pattern that finds `term` anywhere, its wildcards taken literally. */
const containing = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Candidate names for a search, as SQLite's FTS5 search gives them: exact and prefix key
 * matches first, then names holding the key or one of its words in either column (pg_trgm's
 * GIN indexes serve the `ilike`), the most similar first. The kb ranks them.
 *
 * @example
 * (await postgresNameSearch(conn)({ normalized: 'is cp', ascii: 'is cp' }, 50))[0]?.name // 'IS-CP'
 */
export function postgresNameSearch(conn: SqlConnection) {
  // The prefix range compares in byte order (collate "C", indexed by migration 2) whatever
  // collation the database was created with.
  const byKey = conn.prepare<[string, string, string, number], CandidateRow>(
    `select ${CANDIDATE_COLUMNS} from names n join entities e on e.id = n.entity_id
     where (n.normalized = ? or (n.ascii_key collate "C" >= ? and n.ascii_key collate "C" < ?))
       and n.review_status <> 'rejected' order by length(n.ascii_key), n.id limit ?`,
  );
  // One statement text per number of terms in each column; the connection prepares each text once.
  const byTrigram = (normalizedTerms: number, asciiTerms: number) =>
    conn.prepare<(string | number)[], CandidateRow>(
      `select ${CANDIDATE_COLUMNS} from names n join entities e on e.id = n.entity_id
       where (${[
         ...Array.from({ length: normalizedTerms }, () => 'n.normalized ilike ?'),
         ...Array.from({ length: asciiTerms }, () => 'n.ascii_key ilike ?'),
       ].join(' or ')}) and n.review_status <> 'rejected'
       order by greatest(similarity(n.normalized, ?), similarity(n.ascii_key, ?)) desc, n.id limit ?`,
    );

  return async (keys: NameSearchKeys, limit: number): Promise<NameHit[]> => {
    if (keys.ascii === '' && keys.normalized === '') return [];
    const [from, to] = prefixRange(keys.ascii);
    const rows = await byKey.all(keys.normalized, from, to, limit);
    const [normalizedTerms, asciiTerms] = [trigramTerms(keys.normalized), trigramTerms(keys.ascii)];
    if (normalizedTerms.length + asciiTerms.length > 0 && rows.length < limit) {
      const patterns = [...normalizedTerms, ...asciiTerms].map(containing);
      const statement = byTrigram(normalizedTerms.length, asciiTerms.length);
      rows.push(...(await statement.all(...patterns, keys.normalized, keys.ascii, limit)));
    }
    return nameHits(rows, limit);
  };
}
