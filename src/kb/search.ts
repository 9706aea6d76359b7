import { asciiKey, normalizeName, type EntityKind } from '../model/index.js';
import type { NameHit, Store } from '../store/store.js';
import { nameSimilarity } from './name-similarity.js';

/** One entity found by a search, best first; `score` is 0..1 (1: a name of it is the query). */
export interface SearchHit {
  id: string;
  type: EntityKind;
  name: string;
  score: number;
}

/** How a search is run. */
export interface SearchOptions {
  /** How many entities to return (default 10). */
  limit?: number;
}

/** Candidate names fetched per lookup; ranking happens here, so the store only narrows. */
const CANDIDATES = 200;

/**
 * Finds entities by any name, in any script or spelling: `Вилаят Кавказ`, `vilayat kavkaz`,
 * `IS-CP`, `Асильдаров`. Candidates come from the store (key prefix and trigrams); they
 * are ranked by `nameSimilarity` on ASCII keys. A query word that is itself a name of an
 * entity ("ISIS" in "ISIS Caucasus") also matches that entity's other names, so the
 * branch whose name contains "Islamic State" and "Caucasus" ranks first.
 *
 * @example
 * (await searchEntities(store, 'ISIS Caucasus'))[0]?.name // 'Islamic State – Caucasus Province'
 */
export async function searchEntities(store: Store, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const limit = options.limit ?? 10;
  const ascii = asciiKey(query);
  const normalized = normalizeName(query);
  if (ascii === '' && normalized === '') return [];
  const { expansions, rewritten } = await aliasExpansions(store, ascii);
  const hits: NameHit[] = (await store.searchNames({ normalized, ascii }, CANDIDATES)).concat(
    ...(await Promise.all(rewritten.map((key) => store.searchNames({ normalized: key, ascii: key }, CANDIDATES)))),
  );

  const best = new Map<string, { hit: SearchHit; strong: number }>();
  for (const h of hits) {
    const score = h.normalized === normalized ? 1 : nameSimilarity(ascii, h.ascii, expansions);
    const entry = best.get(h.entityId);
    const strong = score >= 0.9 ? 1 : 0;
    if (!entry) best.set(h.entityId, { hit: { id: h.entityId, type: h.kind, name: h.entityName, score }, strong });
    else {
      entry.hit.score = Math.max(entry.hit.score, score);
      entry.strong += strong;
    }
  }
  return [...best.values()]
    .sort((a, b) => b.hit.score - a.hit.score || b.strong - a.strong || a.hit.name.localeCompare(b.hit.name))
    .slice(0, limit)
    .map(({ hit }) => ({ ...hit, score: Math.round(hit.score * 1000) / 1000 }));
}

/**
 * For each word of a several-word query that is exactly a name of some entity, the word
 * lists of that entity's names (`isis` → [['islamic', 'state'], ['is'], …]), and the query
 * rewritten with that entity's canonical name, to fetch the candidates it implies.
 */
async function aliasExpansions(store: Store, ascii: string) {
  const words = ascii.split(' ');
  const expansions = new Map<string, string[][]>();
  const rewritten: string[] = [];
  if (words.length < 2) return { expansions, rewritten };
  for (const word of new Set(words)) {
    const exact = (await store.searchNames({ normalized: word, ascii: word }, CANDIDATES)).filter(
      (h) => h.ascii === word || h.normalized === word,
    );
    const phrases = new Map<string, string[]>();
    for (const entityId of new Set(exact.map((h) => h.entityId))) {
      const entity = await store.entity(entityId);
      if (!entity) continue;
      for (const n of entity.names) {
        const key = asciiKey(n.text);
        if (key !== word && key !== '') phrases.set(key, key.split(' '));
      }
      rewritten.push(words.map((w) => (w === word ? asciiKey(entity.name) : w)).join(' '));
    }
    if (phrases.size > 0) expansions.set(word, [...phrases.values()]);
  }
  return { expansions, rewritten };
}
