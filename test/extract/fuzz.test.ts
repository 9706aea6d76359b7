import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../../src/model/index.js';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { extract } from '../../src/extract/pipeline.js';
import type { DocumentFormat } from '../../src/extract/types.js';
import { corpusDocuments } from '../support/corpus.js';
import { seededRandom } from '../support/seeded-random.js';

type Random = () => number;
const pick = <T>(rand: Random, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const int = (rand: Random, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

// Real prose, so the noise lands among names, dates and places the stages do recognize.
const SENTENCES = corpusDocuments().flatMap((d) => d.text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20));
const WORDS = SENTENCES.flatMap((s) => s.split(/\s+/)).filter(Boolean);
const SCRIPTS = [
  'Вилаят Кавказ',
  'ولاية القوقاز',
  'Ічкерія',
  'דאעש',
  '伊斯兰国',
  'Şeyh Said',
  'ﷲ',
  '𝔄𝔩𝔭𝔥𝔞',
  '\u200f',
  '\u0301',
];
const CAPITALS = ['Emir', 'Province', 'Front', 'Brigade', 'Al', 'Abu', 'North', 'Republic', 'Of', 'The', 'Jamaat'];
const CAPITALS_AND_WORDS = [...CAPITALS, ...WORDS];

/** Text builders, each aimed at one way a stage could go quadratic or throw. */
const GENERATORS: Record<string, (rand: Random) => string> = {
  'long runs of digits': (rand) =>
    `${pick(rand, SENTENCES)} ${'9'.repeat(int(rand, 1, 4000))}${pick(rand, ['', ',000', ' killed', '-', '/2017'])}`,
  'brackets and footnote markers': (rand) =>
    `${pick(rand, SENTENCES)}${pick(rand, ['[1]', '[', ']', '[[[', '[note 3]', '[citation needed]', '[a][b][c]'])}`,
  'mixed scripts': (rand) =>
    Array.from({ length: int(rand, 3, 20) }, () => (rand() < 0.5 ? pick(rand, SCRIPTS) : pick(rand, WORDS))).join(' ') +
    '.',
  'one huge line': (rand) => `${pick(rand, WORDS)} ${pick(rand, WORDS)},`,
  'many capitalized words': (rand) =>
    Array.from({ length: int(rand, 5, 60) }, () => pick(rand, CAPITALS_AND_WORDS)).join(' ') + '.',
  'nested parentheses': (rand) => {
    const depth = int(rand, 1, 200);
    return `${'('.repeat(depth)}${pick(rand, SENTENCES)}${')'.repeat(int(rand, 0, depth))}`;
  },
  'unmatched quotes': (rand) =>
    `${pick(rand, ['"', '“', '«', "'", '‘'])}${pick(rand, SENTENCES)} ${pick(rand, ['', '"', '”', '»'])}`,
  'corpus words shuffled': (rand) =>
    Array.from({ length: int(rand, 4, 40) }, () => pick(rand, WORDS)).join(rand() < 0.2 ? '\n' : ' '),
};

// Joins pieces up to `bytes`; "one huge line" gets no line breaks at all.
function build(name: string, seed: number, bytes: number): string {
  const rand = seededRandom(seed);
  const make = GENERATORS[name]!;
  const parts: string[] = [`Fuzz document ${seed}`];
  let size = parts[0]!.length;
  while (size < bytes) {
    const piece = make(rand);
    parts.push(piece);
    size += piece.length + 1;
  }
  return parts.join(name === 'one huge line' ? ' ' : pick(rand, ['\n', '\n\n', ' ']));
}

function asMarkup(text: string, format: DocumentFormat): string {
  if (format === 'html') return `<html><body><p>${text.replace(/\n+/g, '</p><p><b>')}</body>`;
  if (format === 'markdown') return text.replace(/\n+/g, (_, i: number) => (i % 3 ? '\n\n## ' : '\n- **'));
  return text;
}

// Generous (typical runs take under 1.6 s): a quadratic stage takes minutes on 100 KB. The process's CPU time,
// not the wall clock, because other suites share the machine's cores.
const BOUND_MS = 5000;
const gazetteer = loadGazetteer();

function run(id: string, raw: string, format: DocumentFormat) {
  const started = process.cpuUsage();
  const extraction = extract({ id, raw, format }, { gazetteer });
  const { user, system } = process.cpuUsage(started);
  return { ms: (user + system) / 1000, extraction };
}

describe('extraction of random and adversarial text', () => {
  for (const [index, name] of Object.keys(GENERATORS).entries()) {
    it(`finishes a 100 KB document of ${name} within ${BOUND_MS} ms with valid output`, () => {
      const { ms, extraction } = run(`fuzz-${index}`, build(name, 1000 + index, 100 * 1024), 'text');
      expect(ExtractionSchema.safeParse(extraction).error).toBeUndefined();
      expect(ms).toBeLessThan(BOUND_MS);
    });
  }

  for (const format of ['markdown', 'html'] as const) {
    it(`reads 40 KB of broken ${format} of every kind within ${BOUND_MS} ms with valid output`, () => {
      const raw = Object.keys(GENERATORS)
        .map((name, i) => asMarkup(build(name, 2000 + i, 5 * 1024), format))
        .join('\n\n');
      const { ms, extraction } = run(`fuzz-${format}`, raw, format);
      expect(ExtractionSchema.safeParse(extraction).error).toBeUndefined();
      expect(ms).toBeLessThan(BOUND_MS);
    });
  }

  it('extracts the same JSON twice from the same seed', () => {
    const raw = build('corpus words shuffled', 7, 20 * 1024);
    expect(run('again', raw, 'text').extraction).toEqual(run('again', raw, 'text').extraction);
  });
});
