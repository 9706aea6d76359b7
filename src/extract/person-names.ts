import { nameRuns, subRun, type NameRun } from './name-runs.js';
import { demonym } from './demonyms.js';
import { MONTHS, NOT_NAME_WORDS, ORG_HEAD_NOUNS, ORG_LEAD_WORDS } from './vocabulary.js';
import { memoizeByWord } from './word-memo.js';

/** A personal name found in a sentence, with the rule that recognized it. */
export interface PersonName extends NameRun {
  rule: 'full-name' | 'role-context';
}

// Words that name places, buildings, vehicles, laws or publications, never people ("Park Kultury", "Press House",
// "Nevsky Express", "Liaquat Bagh", "Terrorism Act").
const PLACE_WORDS = new Set(
  'north south east west northern southern eastern western central upper lower greater saint st park house express metro airport station street square church cathedral mosque river mount lake republic oblast krai district region united ministry holy designated global university college school academy hospital hotel mall market stadium prison camp barracks club restaurant cup championship games olympics bridge road highway bagh garden gardens manor estate complex compound governorate act programme program encyclopedia organizations terrorist'.split(
    ' ',
  ),
);
const PARTICLES = /^(?:al|as|ash|ad|ar|at|az|an|el|ibn|bin|abu|abd|umm)\b/i;
// "the village of Tongo Tongo", "the villages of Tchoma Bangou and Zaroumdareye": a settlement the gazetteer lacks.
const PLACE_BEFORE =
  /\b(?:villages?|towns?|cit(?:y|ies)|districts?|provinces?|regions?|settlements?|camps?)\sof\s(?:[\p{Lu}][\p{L}-]*\s(?:and|or)\s|[\p{Lu}][\p{L}-]*,\s)*$/u;
// One capitalized surname alone counts as a person only when a personal verb follows it ("Umarov claimed").
const PERSONAL_VERB =
  /^[ \t]+(?:claimed|said|says|pledged|declared|swore|died|was killed|named|presented|revived|condemned|accepted|called|put|asserted|spoke|headed|had been|appointed|replaced|proclaimed)\b/;

// Every capitalized word of every sentence is judged, and documents repeat their words: each is judged once.
const usableWord = memoizeByWord((word: string): boolean => {
  const lower = word.toLowerCase();
  if (NOT_NAME_WORDS.has(word) || MONTHS.includes(lower) || PLACE_WORDS.has(lower) || demonym(word)) return false;
  if (ORG_HEAD_NOUNS.has(lower) || ORG_LEAD_WORDS.has(lower)) return false;
  if (word.length > 1 && word === word.toUpperCase()) return false;
  return /^\p{Lu}/u.test(word) || PARTICLES.test(word);
});

// Splits "Suleimanov and Kamil Saidov" at its links; a person's name has none.
function pieces(run: NameRun): NameRun[] {
  const out: NameRun[] = [];
  let from = 0;
  run.words.forEach((word, i) => {
    if (/^(?:and|of|for|the|de|da|us|ul)$/.test(word)) {
      const piece = subRun(run, from, i);
      if (piece) out.push(piece);
      from = i + 1;
    }
  });
  const last = subRun(run, from, run.words.length);
  if (last) out.push(last);
  return out;
}

// "Government Girls Secondary School", "Garissa University College", "Public Order Act": a facility's, a law's or a
// publication's name, not a person's.
const FACILITY =
  /^(?:university|college|school|academy|hospital|hotel|mall|market|stadium|prison|camp|barracks|club|restaurant|cup|championship|games|olympics|bridge|road|highway|street|square|station|airport|church|cathedral|mosque|act|programme|program|encyclopedia|organizations|manor|estate|bagh|gardens?|complex|compound|governorate)$/i;

// Latin letters (with marks), spaces, apostrophes, dots and hyphens; plain ASCII is told apart without the
// script table.
const isLatin = (text: string) => /^[A-Za-z\s'’.-]+$/.test(text) || /^[\p{Script=Latin}\p{M}\s'’.-]+$/u.test(text);

function trimToUsable(run: NameRun): NameRun | null {
  if (FACILITY.test(run.words[run.words.length - 1] ?? '')) return null;
  // Each word is judged once: the trims from both ends and the check of what stays read the same answers.
  const usable = run.words.map(usableWord);
  let from = 0;
  let to = run.words.length;
  while (from < to && !usable[from]) from += 1;
  while (to > from && !usable[to - 1]) to -= 1;
  const inner = run.words.slice(from, to).join(' ');
  if (usable.slice(from, to).includes(false) || /,/.test(run.text) || !isLatin(inner)) {
    return null;
  }
  return subRun(run, from, to);
}

/**
 * Personal names in a sentence: two to five capitalized words (with particles such as al-, Abu, ibn)
 * that are not places, months, group heads or acronyms, or a single surname followed by a personal
 * verb ("Umarov claimed"). `isOther` rejects names already known as places or organizations. A caller that
 * already holds the text's `nameRuns` passes them as `runs`.
 *
 * @example
 * findPersonNames('Kebekov condemned the defection and named Said Arakansky in his place.').map((p) => p.text)
 * // ['Kebekov', 'Said Arakansky']
 */
export function findPersonNames(
  text: string,
  offset = 0,
  isOther: (name: string) => boolean = () => false,
  runs = nameRuns(text, offset),
): PersonName[] {
  const found: PersonName[] = [];
  for (const run of runs) {
    for (const piece of pieces(run)) {
      const name = trimToUsable(piece);
      if (!name) continue;
      // The shape first: the checks against known names and the words before cost more.
      const count = name.words.length;
      const rule: PersonName['rule'] | undefined =
        count >= 2 && count <= 5
          ? 'full-name'
          : count === 1 && PERSONAL_VERB.test(text.slice(name.end - offset))
            ? 'role-context'
            : undefined;
      if (
        !rule ||
        isOther(name.text) ||
        PLACE_BEFORE.test(text.slice(Math.max(0, name.start - offset - 80), name.start - offset))
      )
        continue;
      found.push({ ...name, rule });
    }
  }
  return found;
}
