import { edtfOverlaps } from '../model/index.js';
import { detectIncident } from './event-detect.js';
import type { DateMention, Sentence } from './types.js';
import { allMatches } from './all-matches.js';

// Where one incident's clause may end and another's begin: "…, and on Thursday a bomb …", "…; a day later …",
// "… before it declared a ceasefire in October 2011".
const JOIN = /(?:,\s+(?:and|while|then)|;|\s+before)\s+/g;

/**
 * Splits a sentence that tells two incidents ("On Tuesday gunmen killed five villagers in Mopti, and on
 * Thursday a bomb killed two soldiers in Gao") into one clause per incident: each side of a ", and" or
 * ";" must have its own incident cue and its own date, and the dates must differ. Any other sentence
 * comes back whole. Clauses keep the sentence's paragraph and their own document offsets.
 *
 * @example
 * incidentClauses(sentence, datesOf).map((c) => c.text)
 * // ['On Tuesday gunmen killed five villagers in Mopti', 'on Thursday a bomb killed two soldiers in Gao.']
 */
export function incidentClauses(sentence: Sentence, datesOf: (sentence: Sentence) => DateMention[]): Sentence[] {
  const dates = datesOf(sentence);
  if (dates.length < 2) return [sentence];
  const clauses: Sentence[] = [];
  let from = 0;
  for (const m of allMatches(JOIN, sentence.text)) {
    const left = sentence.text.slice(from, m.index);
    const rest = sentence.text.slice(m.index + m[0].length);
    const datesIn = (start: number, end: number) =>
      dates.filter((d) => d.start >= sentence.start + start && d.end <= sentence.start + end);
    const leftDates = datesIn(from, m.index);
    const restDates = datesIn(m.index + m[0].length, sentence.text.length);
    const split =
      leftDates.length > 0 &&
      restDates.length > 0 &&
      !edtfOverlaps(leftDates[leftDates.length - 1]!.edtf, restDates[0]!.edtf) &&
      detectIncident(left) !== null &&
      detectIncident(rest) !== null;
    if (!split) continue;
    clauses.push({ ...sentence, text: left, start: sentence.start + from, end: sentence.start + m.index });
    from = m.index + m[0].length;
  }
  if (!clauses.length) return [sentence];
  clauses.push({ ...sentence, text: sentence.text.slice(from), start: sentence.start + from });
  return clauses;
}
