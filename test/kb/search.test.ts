import { describe, expect, it } from 'vitest';
import { searchEntities } from '../../src/kb/search.js';
import { findEntity } from '../../src/kb/find-entity.js';
import { NotFoundError, type Extraction } from '../../src/model/index.js';
import { BACKENDS, useGoldStore } from '../store/backends.js';

const IS_CP = 'Islamic State – Caucasus Province';
const CASES: [query: string, name: string][] = [
  ['Вилаят Кавказ', IS_CP],
  ['vilayat kavkaz', IS_CP],
  ['IS-CP', IS_CP],
  ['Asildarov', 'Rustam Asildarov'],
  ['Асильдаров', 'Rustam Asildarov'],
  ['ISIS Caucasus', IS_CP],
];

/**
 * Thousands of organizations whose names reuse the corpus's own words ("Vilayat", "Caucasus",
 * "Islamic", "Province"…), so every query meets many near misses.
 */
function crowd(words: string[], size: number): Extraction {
  const organizations = Array.from({ length: size }, (_, i) => {
    const pick = (k: number) => words[(i * 7 + k * 13 + Math.floor(i / words.length)) % words.length] as string;
    return { id: `crowd-${i}`, name: `${pick(0)} ${pick(1)} ${pick(2)} ${i}`, aliases: [] };
  });
  return { document: { id: 'crowd' }, organizations, people: [], relations: [], events: [], sources: [] };
}

describe.each(BACKENDS)('$name: searching entities', (backend) => {
  const kb = useGoldStore(backend);

  it.each(CASES)('finds "%s" as %s first', async (query, name) => {
    const hits = await searchEntities(kb.store, query);
    expect(hits[0]?.name).toBe(name);
    for (const hit of hits) expect(hit.score).toBeGreaterThanOrEqual(0);
    for (const hit of hits) expect(hit.score).toBeLessThanOrEqual(1);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('ranks the branch above the parent whose alias the query uses', async () => {
    const hits = await searchEntities(kb.store, 'ISIS Caucasus');
    const names = hits.map((h) => h.name);
    expect(names.indexOf(IS_CP)).toBeLessThan(names.indexOf('Islamic State'));
    expect(names).toContain('Islamic State');
  });

  it('gives an exact name the full score and a partial one less', async () => {
    expect((await searchEntities(kb.store, 'Caucasus Emirate'))[0]).toMatchObject({
      name: 'Caucasus Emirate',
      score: 1,
      type: 'organization',
    });
    const [partial] = await searchEntities(kb.store, 'Asild');
    expect(partial?.name).toBe('Rustam Asildarov');
    expect(partial?.score).toBeLessThan(1);
  });

  it('finds nothing for punctuation alone', async () => {
    expect(await searchEntities(kb.store, ' – ')).toEqual([]);
  });

  it('resolves a name or an id to one entity, of the kind asked', async () => {
    const person = await findEntity(kb.store, 'Асильдаров', 'person');
    expect(person.name).toBe('Rustam Asildarov');
    expect((await findEntity(kb.store, person.id)).id).toBe(person.id);
    await expect(findEntity(kb.store, 'Асильдаров', 'organization')).rejects.toThrow(NotFoundError);
    await expect(findEntity(kb.store, 'xyzzy', 'organization')).rejects.toThrow(
      'no organization matches "xyzzy"; try `chronicle search xyzzy`',
    );
  });

  it('keeps every answer among three thousand look-alike organizations', async () => {
    const words = [...new Set((await kb.store.entities()).flatMap((e) => e.name.split(/\s+/)))].filter(
      (w) => w.length > 2,
    );
    const text = 'A crowd of names.';
    await kb.store.ingest({
      document: { id: 'crowd', format: 'text', text, contentHash: 'crowd' },
      extraction: crowd(words, 3000),
    });
    const started = performance.now();
    for (const [query, name] of CASES) expect((await searchEntities(kb.store, query))[0]?.name, query).toBe(name);
    // Generous for two shared cores: a search is a few index lookups, not a scan.
    expect((performance.now() - started) / CASES.length).toBeLessThan(250);
  });
});
