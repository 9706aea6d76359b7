import { LEADING_FUNCTION_WORDS, STATE_FORCE_PATTERN } from './vocabulary.js';
import { allMatches } from './all-matches.js';

// "Alpha Group", "Vympel Group": a unit named "X Group" in a sentence about a state operation.
const NAMED_UNIT = /\b(?:\p{Lu}[\p{L}-]+ )+(?:Group|Unit|Squad|Battalion|Regiment|Brigade|Division|Task Force)\b/gu;
// "a U.S. airstrike", "a Turkish drone strike": the state whose forces struck.
const STRIKE_BY = /\b(\p{Lu}[\p{L}.]*)\s(?:air|drone)\s?strikes?\b/gu;
// Who took part: "an operation involving Alpha Group, local police and Rosgvardia".
const TAKING_PART =
  /\b(?:involving|including|conducted by|carried out by|led by|backed by|with the help of)\s+([^.;:()]+)/g;
// A capitalized name or acronym in such a list ("Rosgvardia", "FSB", "SWAT"), with an optional qualifier.
const LISTED_FORCE =
  /^(?:the\s)?(?:(?:local|federal|regional|national)\s)?(?:\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*|[a-z]+ (?:police|forces|troops|army))$/u;

/**
 * The state forces a security-operation sentence names, in text order: a force by its general head noun
 * with its qualifier ("FSB special forces", "Chechen special police", "Nigerian troops", "the army",
 * "National Guard"), a unit named "X Group" ("Alpha Group"), and the capitalized members of a
 * "involving …" list ("Rosgvardia"). `isArmedGroup` keeps
 * militant groups named there out, and so does "against" before a name.
 *
 * @example
 * stateForces('in an extensive operation involving Alpha Group, local police and Rosgvardia', () => false)
 * // ['Alpha Group', 'local police', 'Rosgvardia']
 */
export function stateForces(text: string, isArmedGroup: (name: string) => boolean): string[] {
  const found: { at: number; name: string }[] = [];
  const add = (at: number, name: string) => {
    // "Three police officers were killed": a counted or sentence-opening word is no qualifier.
    const words = name.trim().split(/\s+/);
    const clean = (LEADING_FUNCTION_WORDS.has(words[0] ?? '') ? words.slice(1) : words)
      .join(' ')
      .replace(/^the\s/i, '');
    // "an operation against the Abu Sayyaf Group": the target of the operation, not its actor.
    const target = /\b(?:against|targeting|on|of|from|into)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, at - 14), at));
    if (/^police$/i.test(clean) || target || isArmedGroup(clean)) return;
    if (found.some((f) => f.name === clean || (at >= f.at && at < f.at + f.name.length))) return;
    found.push({ at, name: clean });
  };
  for (const m of allMatches(STATE_FORCE_PATTERN, text)) add(m.index, m[0]);
  for (const m of allMatches(NAMED_UNIT, text)) add(m.index, m[0]);
  for (const m of allMatches(STRIKE_BY, text)) add(m.index, `${m[1]} forces`);
  for (const m of allMatches(TAKING_PART, text)) {
    let cursor = m.index;
    for (const item of (m[1] ?? '').split(/,\s*|\s+and\s+/)) {
      cursor = text.indexOf(item, cursor);
      if (LISTED_FORCE.test(item.trim())) add(cursor, item);
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}
