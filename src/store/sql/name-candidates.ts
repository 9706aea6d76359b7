import type { EntityKind } from '../../model/index.js';
import type { NameHit } from '../store.js';

/** Trigrams need three characters; shorter terms are found by key equality and prefix. */
const MIN_TRIGRAM = 3;

/**
 * What a name search looks for by trigrams in one key: the whole key and each of its words
 * long enough for trigrams.
 *
 * @example
 * trigramTerms('is cp kavkaz') // ['is cp kavkaz', 'kavkaz']
 */
export function trigramTerms(key: string): string[] {
  return [...new Set([key, ...key.split(' ')])].filter((t) => [...t].length >= MIN_TRIGRAM);
}

/**
 * The columns of a candidate name, over `names n` joined with `entities e`: the entity's
 * canonical name is the one its first ingested document gives it.
 */
export const CANDIDATE_COLUMNS = `n.entity_id, e.kind, (select m.name from entity_mentions m join documents d on d.id = m.document_id
    where m.entity_id = n.entity_id order by d.ingested_at, d.id limit 1) as entity_name, n.text, n.normalized, n.ascii_key`;

/** A row of `CANDIDATE_COLUMNS`. */
export interface CandidateRow {
  entity_id: string;
  kind: string;
  entity_name: string;
  text: string;
  normalized: string;
  ascii_key: string;
}

/**
 * The `[from, to)` range of ASCII keys that start with `ascii`: '~' sorts after every character
 * an ASCII key holds (in byte order). An empty key would be a prefix of everything, so it gets
 * the empty range instead.
 *
 * @example
 * prefixRange('kavkaz') // ['kavkaz', 'kavkaz~']
 */
export function prefixRange(ascii: string): [string, string] {
  return ascii === '' ? ['~', '~'] : [ascii, `${ascii}~`];
}

/**
 * Candidate rows as the store's name hits, in their order, each name of an entity once, at most `limit`.
 *
 * @example
 * nameHits([...byKey, ...byTrigram], 50)
 */
export function nameHits(rows: CandidateRow[], limit: number): NameHit[] {
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
}
