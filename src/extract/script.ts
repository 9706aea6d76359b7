import { SCRIPTS, type ScriptCode } from '../model/index.js';

/**
 * The ISO 15924 script of a name: the script most of its letters are written in.
 * Digits, punctuation and combining marks do not vote, so `«Իսլամական» – 2015` is still Armenian.
 *
 * @example
 * detectScript('Вилаят Кавказ') // 'Cyrl'
 * detectScript('ad-Dawlah al-Islāmiyah') // 'Latn'
 * detectScript('2015 – …') // undefined
 */
export function detectScript(text: string): ScriptCode | undefined {
  const votes = new Map<ScriptCode, number>();
  for (const char of text) {
    if (!LETTER.test(char)) continue;
    const code = SCRIPT_TESTS.find(([, test]) => test.test(char))?.[0];
    if (code) votes.set(code, (votes.get(code) ?? 0) + 1);
  }
  let best: ScriptCode | undefined;
  let most = 0;
  for (const [code, count] of votes) {
    if (count > most) [best, most] = [code, count];
  }
  return best;
}

const LETTER = /\p{L}/u;

// One Unicode script test per code of the model's list, built once from the list itself.
const SCRIPT_TESTS = (Object.entries(SCRIPTS) as [ScriptCode, string][]).map(
  ([code, unicodeName]) => [code, new RegExp(`\\p{Script=${unicodeName}}`, 'u')] as const,
);
