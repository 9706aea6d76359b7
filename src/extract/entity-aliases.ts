import { LANGUAGE_NAMES } from '../model/index.js';
import type { EntityRecord, EntityRegistry } from './entity-registry.js';
import { nameRuns, type NameRun } from './name-runs.js';
import { detectScript } from './script.js';
import { ORG_HEAD_NOUNS } from './vocabulary.js';
import { allMatches } from './all-matches.js';

const FOOTNOTES = /^(?:\[[^\]\n]{1,20}\])*/;
const ACRONYM = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)?$/;
const LANGUAGE_NAME = /^(?:,|\s+and)?\s+in (\p{L}+) ([^()\n]+?)\s?\(([^()]+)\)/u;
const LANGUAGE = new RegExp(`\\b(${Object.keys(LANGUAGE_NAMES).join('|')})\\b`, 'i');

// Every form read below needs a parenthesis, "known as" (or "formally", "officially", "formerly called", "… birth
// name") or "the former": most sentences have none, and are not searched for names at all.
const MAY_GIVE_ALIAS = /\(|known as|formally|officially|formerly called|\sname\s|\sformer\s/;

function languageOf(word: string): string | undefined {
  return LANGUAGE_NAMES[word.toLowerCase()];
}

// One part of a parenthesis after a name: "IS-CP", "after its Chechen name Imarat Kavkaz", "also called the Caucasian Emirate".
function aliasesInPart(part: string): { text: string; lang?: string }[] {
  const text = part.trim();
  const lead = /^([A-Z][A-Z0-9-]{1,7}),\s*(.*)$/.exec(text);
  if (lead) return [{ text: lead[1] ?? '' }, ...aliasesInPart(lead[2] ?? '')];
  if (ACRONYM.test(text)) return [{ text }];
  // "Euskadi Ta Askatasuna, "Basque Homeland and Liberty"": a native name and its quoted English gloss.
  const glossed = /^([^,"“”]+),\s*["“]([^"“”]+)["”]$/.exec(text);
  if (glossed) return [...aliasesInPart(glossed[1] ?? ''), { text: (glossed[2] ?? '').trim(), lang: 'en' }];
  // "Jabhat Fatah al-Sham ("Front for the Conquest of the Levant")": a quoted English rendering alone.
  const gloss =
    /^["“]((?:\p{Lu}[\p{L}'’-]*|of|for|the|and|in)(?: (?:\p{Lu}[\p{L}'’-]*|of|for|the|and|in)){1,8})["”]$/u.exec(text);
  if (gloss) return [{ text: gloss[1] ?? '', lang: 'en' }];
  const named = /\b(?:its|their|the) (\p{L}+) name (.+)$/iu.exec(text);
  if (named) return [{ text: (named[2] ?? '').trim(), lang: languageOf(named[1] ?? '') }];
  const called = /\b(?:also called|also known as|known as|or) (?:the )?(.+)$/i.exec(text);
  if (called) return [{ text: (called[1] ?? '').trim() }];
  // A bare name: capitalized Latin, or another script; never a lowercase gloss ("sector Ingushetia").
  if (/^[\p{Lu}]/u.test(text) && !/\d/.test(text) && text.split(/\s+/).length <= 6) return [{ text }];
  if (detectScript(text) && detectScript(text) !== 'Latn') return [{ text }];
  return [];
}

/**
 * Reads the aliases a sentence gives for the entities it mentions: a parenthesis after the name
 * ("(IS-CP)", "(Emir Khamzat)", "(Вилайят Дагестан)"), "known as X", "the former X", and
 * "in Arabic ولاية القوقاز (Wilayat al-Qawqaz)".
 *
 * @example
 * // "Aslan Byutukayev (Emir Khamzat), the emir of Vilayat Nokhchicho" → alias "Emir Khamzat"
 * readSentenceAliases(registry, sentence.text, sentence.start)
 */
export function readSentenceAliases(registry: EntityRegistry, text: string, offset: number): void {
  if (!MAY_GIVE_ALIAS.test(text)) return;
  for (const mention of registry.mentionsIn(text, offset)) {
    let entity = mention.entity;
    const rest = text.slice(mention.end - offset).replace(FOOTNOTES, '');
    // "Al-Shabaab (Harakat al-Shabaab al-Mujahideen)": the name before a parenthesized group name is the group's.
    const before = text.slice(0, mention.start - offset);
    const outer =
      /\(\s*$/.test(before) && /^\s*\)/.test(rest) ? nameRuns(before.replace(/\s*\(\s*$/, '')).pop() : undefined;
    const head = before.replace(/\s*\(\s*$/, '');
    // Only a sentence's subject: "branches in Chechnya (Vilayat Nokhchicho)" names a place, not the branch.
    const subject = outer && /^(?:the\s)?$/i.test(head.slice(0, head.length - outer.text.length).trim());
    if (outer && subject && entity.kind === 'organization' && head.endsWith(outer.text)) {
      if (!registry.find(outer.text)) entity = registry.addAlias(entity, outer.text);
    }
    const paren = /^\s*\(([^()]+)\)/.exec(rest);
    if (paren) {
      for (const part of (paren[1] ?? '').split(';')) {
        for (const alias of aliasesInPart(part)) {
          if (entity.kind === 'person' && ACRONYM.test(alias.text)) continue;
          // "ETA (Euskadi Ta Askatasuna, …)": a group's other name, taken for a person before, is the group's.
          const taken = registry.find(alias.text);
          if (taken && taken !== entity && taken.kind === 'person' && entity.kind === 'organization')
            entity = registry.merge(entity, taken);
          entity = registry.addName(entity, { text: alias.text, lang: alias.lang, script: detectScript(alias.text) });
        }
      }
    }
    const known =
      /^,\s(?:(?:an?|the)\s[^,.;()]{0,60}?\s)?(?:(?:also\s)?known as|formally|officially|formerly called|(?:now\s)?(?:using|under)\s(?:his|her)\s(?:birth|real|legal)\sname)\s(?:the\s)?/.exec(
        rest,
      );
    const knownRun = known && nameRuns(rest.slice(known[0].length))[0];
    if (knownRun && knownRun.start === 0) registry.addAlias(entity, knownRun.text);
    const former = /^,\s(?:the|its)\sformer\s/.exec(rest);
    const formerRun = former && nameRuns(rest.slice(former[0].length))[0];
    if (formerRun && formerRun.start === 0) registry.addAlias(entity, formerRun.text);
    // "(IS-CP), in Arabic ولاية القوقاز (Wilayat al-Qawqaz) and in Russian …": a chain right after the name.
    let chain = rest.slice(paren?.[0].length ?? 0);
    for (let m = LANGUAGE_NAME.exec(chain); m; chain = chain.slice(m[0].length), m = LANGUAGE_NAME.exec(chain)) {
      const lang = languageOf(m[1] ?? '');
      if (!lang || !LANGUAGE.test(m[1] ?? '')) break;
      const native = (m[2] ?? '').trim();
      registry.addName(entity, { text: native, lang, script: detectScript(native) });
      registry.addName(entity, { text: (m[3] ?? '').trim(), lang, script: 'Latn', romanized_from: native });
    }
  }
}

/**
 * "the Emirate", "the Guard": a head noun alone refers to the one organization whose name ends in it.
 * `runs` are the body's runs of capitalized words, at their offsets in `text`.
 *
 * @example
 * // with "Caucasus Emirate" known: "Kebekov and senior loyalists within the Emirate" → alias "Emirate"
 * readHeadReferences(registry, doc.text, nameRuns(doc.text))
 */
export function readHeadReferences(registry: EntityRegistry, text: string, runs: Iterable<NameRun>): void {
  for (const run of runs) {
    const words = run.words.filter((w) => w !== 'The');
    const head = words[0];
    // "People's Party": a head after a possessive belongs to that other name.
    if (/['’]s\s$/.test(text.slice(Math.max(0, run.start - 3), run.start))) continue;
    // "a new Wilayah, or Province": only a definite "the Emirate" refers back to one known name.
    const definite = run.words[0] === 'The' || /\bthe\s$/i.test(text.slice(Math.max(0, run.start - 4), run.start));
    if (!definite || words.length !== 1 || !head || !ORG_HEAD_NOUNS.has(head.toLowerCase())) continue;
    const owners = registry.records.filter(
      (r) => r.kind === 'organization' && [r.name, ...r.aliases].some((n) => n.endsWith(` ${head}`)),
    );
    if (owners.length === 1 && owners[0]) registry.addAlias(owners[0], head);
  }
}

/**
 * An acronym of a known name's initials ("IS" for Islamic State) or an adjective of one of its words with
 * a lowercase head ("the Ichkerian republic", "its Kabardino-Balkarian wing") names that organization.
 *
 * @example
 * // with "Chechen Republic of Ichkeria" known: "abolishing the Ichkerian republic" → alias "Ichkerian republic"
 * readDerivedNames(registry, bodyText)
 */
export function readDerivedNames(registry: EntityRegistry, text: string): void {
  const orgs = () => registry.records.filter((r) => r.kind === 'organization');
  // Names do not change here (a merge keeps the survivor's): each organization's initials are spelled once.
  const initialsOf = new Map<EntityRecord, string>();
  const spelled = (o: EntityRecord) => initialsOf.get(o) ?? initialsOf.set(o, initials(o.name)).get(o)!;
  for (const m of allMatches(/\b[A-Z]{2,5}\b/g, text)) {
    if (registry.find(m[0])) continue;
    const owners = orgs().filter((o) => spelled(o) === m[0]);
    if (owners.length === 1 && owners[0]) registry.addAlias(owners[0], m[0]);
  }
  for (const m of allMatches(
    /\b(\p{Lu}[\p{L}-]+?)(?:ian|an|i) (republic|wing|branch|emirate|state|movement|jamaat)\b/gu,
    text,
  )) {
    const stems = (m[1] ?? '')
      .toLowerCase()
      .split('-')
      .map((p) => p.slice(0, 5))
      .filter((p) => p.length === 5);
    if (!stems.length) continue;
    const owners = orgs().filter((o) => {
      const words = o.name.toLowerCase().split(/[\s,]+/);
      return stems.every((stem) => words.some((w) => w.startsWith(stem)));
    });
    if (owners.length === 1 && owners[0]) registry.addAlias(owners[0], m[0]);
  }
}

const initials = (name: string) =>
  name
    .split(/[\s–-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/**
 * Acronyms that extend a known one ("ISIS" where "IS" is known) name the same organization.
 *
 * @example
 * // with "IS" an alias of Islamic State: "ISIS's spokesman" → alias "ISIS"
 * readAcronymVariants(registry, referencesText)
 */
export function readAcronymVariants(registry: EntityRegistry, text: string): void {
  for (const m of allMatches(/\b[A-Z]{3,6}\b/g, text)) {
    const token = m[0];
    if (registry.find(token)) continue;
    const owners = registry.records.filter(
      (r) =>
        r.kind === 'organization' && r.aliases.some((a) => ACRONYM.test(a) && a.length >= 2 && token.startsWith(a)),
    );
    if (owners.length === 1 && owners[0]) registry.addAlias(owners[0], token);
  }
}
