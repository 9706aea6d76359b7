import { asciiKey } from '../model/name-keys.js';
import { memoizeByWord } from './word-memo.js';

/**
 * Matching keys for place names. The same town is written `Groznyy` by GeoNames, `Grozny`
 * by the press, `Sernovodsk` in one and `Sernovodskoye` in the other; the administrative
 * district `Achkhoy-Martanovskiy Rayon` is "the Achkhoy-Martan district" in an article.
 * Both sides of a lookup go through the same key, so the rules only need to fold
 * transliteration habits together, never to list places.
 */

// Abbreviations that newswire expands inconsistently ("St. Petersburg", "Saint Petersburg").
const WORD_EXPANSIONS: Record<string, string> = { st: 'saint', ste: 'sainte', ft: 'fort', mt: 'mount' };
const ABBREVIATION = /(?<![a-z0-9])(?:st|ste|ft|mt)(?= |$)/g;

// One pass over the key (start-up keys 135,000 names), each branch folding one habit:
// - word endings: Russian adjectival -skoye/-skaya/-skiy/-sky meet -sk (Sernovodskoye,
//   Sernovodsk); -yy/-iy/-ij are one letter (Groznyy, Grozny); -iya/-iia are English -ia
//   (Ingushetiya); a final -ye is -e in other systems (Bologoye, Bologoe);
// - y after a vowel is the second half of a diphthong (Buynaksk, Buinaksk; Chirkey, Chirkei);
// - kh, gh, dzh lose their h in French, German or older English spellings;
// - doubled letters come and go: consonants (Cherkessia, Cherkesia), and vowels where an orthography writes
//   long vowels double and the press does not (Somali Dhuusamarreeb, Dhusamareb; Garoowe, Garowe): the
//   first of a pair is dropped;
// - spaces go, so Katyr-Yurt and Katyryurt meet.
const FOLD =
  /(?:(sk)(?:oye|oe|aya|aja|iy|ij|ii|yy|y|oy|i)|yy|iy|ij|(i)[yi](a)|ye)(?= |$)|([aeou])y(?![aeiou])|kh|gh|dzh|([a-z])(?=\5)| /g;

function fold(whole: string, sk?: string, i?: string, a?: string, vowel?: string, doubled?: string): string {
  if (sk) return sk;
  if (i) return `${i}${a}`;
  if (vowel) return `${vowel}i`;
  if (doubled || whole === ' ') return '';
  if (whole === 'ye') return 'e';
  if (whole === 'dzh') return 'j';
  if (whole === 'kh' || whole === 'gh') return whole[0]!;
  return 'y';
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

// The model's asciiKey, with a fast path for plain ASCII (most GeoNames names), because
// the gazetteer keys 135,000 names at start-up.
function baseKey(name: string): string {
  let key = name;
  if (!PRINTABLE_ASCII.test(key)) {
    // Latin letters with accents (Vårdö, Suárez) only need their marks dropped.
    key = key.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    if (!PRINTABLE_ASCII.test(key)) return asciiKey(name);
  }
  key = key.toLowerCase();
  if (key.includes("'") || key.includes('`')) key = key.replace(/['`]/g, '');
  key = key.replace(/[^a-z0-9]+/g, ' ').trim();
  return key.startsWith('the ') && key.length > 4 ? key.slice(4) : key;
}

// Names recur across sentences and documents, so each key function remembers its answers (the keys are pure
// functions of the name, so an answer never goes stale).
/**
 * The name with case, accents, punctuation and abbreviations folded, but spelling kept:
 * the key of an exact match.
 *
 * @example
 * exactKey('St. Petersburg') === exactKey('Saint-Petersburg') // true
 */
export const exactKey = memoizeByWord((name) => expand(baseKey(name)));

function expand(key: string): string {
  // Every abbreviation ends in "t" or "te" before a space or the end: most keys are ruled out without the
  // pattern, whose opening lookbehind is tried at every position.
  const possible = key.includes('t ') || key.includes('te ') || key.endsWith('t') || key.endsWith('te');
  return possible ? key.replace(ABBREVIATION, (word) => WORD_EXPANSIONS[word] ?? word) : key;
}

/**
 * A loose key under which spelling variants of one name meet; words are joined, so
 * `Katyr-Yurt`, `Katyr Yurt` and `Katyryurt` meet too.
 *
 * @example
 * spellingKey('Groznyy') === spellingKey('Grozny') // true
 * spellingKey('Sernovodskoye') === spellingKey('Sernovodsk') // true
 * spellingKey('St. Petersburg') === spellingKey('Saint Petersburg') // true
 */
export const spellingKey = memoizeByWord((name) => expand(baseKey(name)).replace(FOLD, fold), 200_000);

// Words that name the kind of unit, not the unit: dropped before comparing district names.
const DISTRICT_WORDS = new Set([
  'district',
  'districts',
  'rayon',
  'raion',
  'region',
  'municipality',
  'municipal',
  'urban',
  'okrug',
  'gorodskoy',
  'gorod',
  'city',
  'county',
  'uchastok',
  'munitsipalnyy',
  'sub',
  'subdistrict',
  'tehsil',
  'lga',
  'local',
  'government',
  'area',
]);

/**
 * The key of a district name, with the kind word and the adjectival ending removed, so the
 * GeoNames form and the press form meet.
 *
 * @example
 * districtKey('Achkhoy-Martanovskiy Rayon') === districtKey('Achkhoy-Martan district') // true
 * districtKey('Nazranovskiy Rayon') === districtKey('Nazran district') // true
 */
export const districtKey = memoizeByWord((name) => {
  const words = baseKey(name)
    .split(' ')
    .filter((word) => word && !DISTRICT_WORDS.has(word));
  const last = words.pop();
  if (last === undefined) return '';
  const stem = last
    .replace(/(?:ov|ev|in|en|yn)?sk(?:iy|yy|y|ii|ij|oy|oye|aya|oe|ya|i|a)?$/, '')
    .replace(/[aeiouy]+$/, '');
  return spellingKey([...words, stem || last].join(' '));
}, 50_000);
