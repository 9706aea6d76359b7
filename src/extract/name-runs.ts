import type { Span } from './types.js';
import { allMatches } from './all-matches.js';

/** A run of capitalized words (with the particles names carry) found in text. */
export interface NameRun extends Span {
  text: string;
  /** The run's words, in order. */
  words: string[];
}

// A capitalized word ("Byutukayev", "IS-CP", "U.S.", "Riyad-us") or an Arabic-article form ("al-Qaeda", "ash-Shishani").
// A possessive "'s" and a sentence's full stop stay outside the word, except the last dot of an initialism ("U.S.").
const INNER = String.raw`(?:[\p{L}\p{M}-]|['’](?=\p{L})(?!s(?!\p{L}))|\.(?=\p{Lu}))`;
const WORD = String.raw`(?:(?:\p{Lu}\.){2,}(?![\p{L}])|\p{Lu}${INNER}*|(?:al|as|ash|ad|ar|at|az|an|wal|el|ibn|bin)-\p{L}${INNER}*)`;
// Lowercase links inside a name: "Brigade of Martyrs", "Institute for the Study of War", "Kabarda, Balkaria and Karachay".
const LINK = String.raw`(?:[ \t]+(?:(?:of|for)(?:[ \t]+the)?|and|de|da|ibn|bin|us|ul)[ \t]+|[ \t]+[–-][ \t]+|,[ \t]+(?=\p{Lu}[\p{L}-]*(?:,|[ \t]+and[ \t])))`;
const RUN = new RegExp(String.raw`${WORD}(?:(?:${LINK}|[ \t]+)${WORD})*`, 'gu');

/**
 * Runs of capitalized words: the raw material of organization and person names.
 * Links ("of", "and", dashes) are kept only between capitalized words.
 *
 * @example
 * nameRuns('commander of the Riyad-us Saliheen Brigade of Martyrs, the CE').map((r) => r.text)
 * // ['Riyad-us Saliheen Brigade of Martyrs', 'CE']
 */
export function nameRuns(text: string, offset = 0): NameRun[] {
  return allMatches(RUN, text).map((m) => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    text: m[0],
    // Most runs are one word: only a run with a space or comma has links to split off.
    words: /[ \t,]/.test(m[0])
      ? m[0].split(/[ \t]+|,[ \t]*/).filter((w) => w !== '' && w !== '–' && w !== '-')
      : [m[0]],
  }));
}

/** The sub-run from word `from` to word `to` (exclusive), with its exact span. */
export function subRun(run: NameRun, from: number, to: number): NameRun | null {
  if (from >= to) return null;
  let cursor = 0;
  const spans: Span[] = [];
  for (const word of run.words) {
    const at = run.text.indexOf(word, cursor);
    spans.push({ start: at, end: at + word.length });
    cursor = at + word.length;
  }
  const first = spans[from];
  const last = spans[to - 1];
  if (!first || !last) return null;
  const text = run.text.slice(first.start, last.end);
  return { start: run.start + first.start, end: run.start + last.end, text, words: run.words.slice(from, to) };
}
