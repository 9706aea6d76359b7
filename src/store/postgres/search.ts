import type { EntityKind } from '../../model/index.js';
import type { SqlConnection } from '../sql/connection.js';
import type { NameHit, NameSearchKeys } from '../store.js';

/** Trigrams need three characters; shorter terms are found by key equality and prefix. */
const MIN_TRIGRAM = 3;

/** The whole key and each of its words long enough for trigrams, as SQLite's FTS5 query takes them. */
const termsOf = (key: string) => [...new Set([key, ...key.split(' ')])].filter((t) => [...t].length >= MIN_TRIGRAM);

/** A `like` pattern that finds `term` anywhere, its wildcards taken literally. */
const containing = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

interface Row {
  entity_id: string;
  kind: string;
  entity_name: string;
  text: string;
  normalized: string;
  ascii_key: string;
}

/**
 * Candidate names for a search, as SQLite's FTS5 search gives them: exact and prefix key
 * matches first, then names holding the key or one of its words in either column (pg_trgm's
 * GIN indexes serve the `ilike`), the most similar first. The kb ranks them.
 *
 * @example
 * await postgresNameSearch(conn)({ normalized: 'is cp', ascii: 'is cp' }, 50) // [{ name: 'IS-CP', … }, …]
 */
export function postgresNameSearch(conn: SqlConnection) {
  const canonical = `(select m.name from entity_mentions m join documents d on d.id = m.document_id
    where m.entity_id = n.entity_id order by d.ingested_at, d.id limit 1)`;
  const columns = `n.entity_id, e.kind, ${canonical} as entity_name, n.text, n.normalized, n.ascii_key`;
  // '~' sorts after every character an ASCII key holds, in byte order (collate "C") whatever
  // the database's collation, so [key, key~) is the prefix range.
  const byKey = conn.prepare<[string, string, string, number], Row>(
    `select ${columns} from names n join entities e on e.id = n.entity_id
     where (n.normalized = ? or (n.ascii_key collate "C" >= ? and n.ascii_key collate "C" < ?))
       and n.review_status <> 'rejected' order by length(n.ascii_key), n.id limit ?`,
  );
  const byTrigram = (normalizedTerms: string[], asciiTerms: string[]) =>
    conn.prepare<(string | number)[], Row>(
      `select ${columns} from names n join entities e on e.id = n.entity_id
       where (${[
         ...normalizedTerms.map(() => `n.normalized ilike ?`),
         ...asciiTerms.map(() => `n.ascii_key ilike ?`),
       ].join(' or ')}) and n.review_status <> 'rejected'
       order by greatest(similarity(n.normalized, ?), similarity(n.ascii_key, ?)) desc, n.id limit ?`,
    );

  return async (keys: NameSearchKeys, limit: number): Promise<NameHit[]> => {
    if (keys.ascii === '' && keys.normalized === '') return [];
    // An empty ASCII key would be a prefix of everything: give it the empty range instead.
    const [from, to] = keys.ascii === '' ? ['~', '~'] : [keys.ascii, `${keys.ascii}~`];
    const rows = await byKey.all(keys.normalized, from, to, limit);
    const [normalizedTerms, asciiTerms] = [termsOf(keys.normalized), termsOf(keys.ascii)];
    if (normalizedTerms.length + asciiTerms.length > 0 && rows.length < limit) {
      const patterns = [...normalizedTerms, ...asciiTerms].map(containing);
      rows.push(...(await byTrigram(normalizedTerms, asciiTerms).all(...patterns, keys.normalized, keys.ascii, limit)));
    }
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
