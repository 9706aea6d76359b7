import { demonym } from './demonyms.js';
import { nameRuns, subRun, type NameRun } from './name-runs.js';
import {
  DESIGNATION_LABELS,
  HEADS_BEFORE_OF,
  LEADING_FUNCTION_WORDS,
  MONTHS,
  NOT_NAME_WORDS,
  ORG_HEAD_NOUNS,
  ORG_LEAD_WORDS,
} from './vocabulary.js';

/** An organization name found by its shape, with the rule that recognized it. */
export interface OrgName extends NameRun {
  rule: 'head-noun' | 'lead-word' | 'lowercase-head' | 'article-form' | 'described-as-group' | 'abbreviated-in-name';
}

const lower = (w: string) => w.toLowerCase();
// Lowercase heads that follow a proper name in running text ("the Aukh jamaat").
// "al-Qaeda leader …", "al-Qaeda's Caucasus affiliate": an article form that has leaders and branches is a group.
const ARTICLE_ORG_CONTEXT =
  /^(?:'s|’s)?\s(?:\p{Lu}\p{L}+\s)?(?:leader|emir|chief|affiliate|branch|franchise|sanctions)\b/u;
// "the Boko Haram group", "suspected Boko Haram fighters": a name its members or a group noun follow.
const GROUP_NOUN_AFTER =
  /^[ \t]+(?:group|militia|movement|insurgency|fighters|militants|insurgents|jihadists|loyalists|guerrillas|commanders)\b/;
// "ETA[note 1] (Euskadi Ta Askatasuna, …) was a Basque nationalist and separatist armed organization".
const IS_A_GROUP =
  /^(?:\[[^\]\n]{1,20}\])*(?:[ \t]*\([^()\n]*\))?,?[ \t]+(?:is|was|are|were)[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,6}?(?:group|organi[sz]ation|movement|militia|insurgency|network)\b/;
const CLAIMED_BY = /\bclaimed\s(?:responsibility\s)?by\s(?:the\s)?$/;
// "The Real IRA claimed responsibility", "the Continuity IRA said it carried out the killing": a name with an
// article that claims or disowns an attack is a group (a person takes no article and is "he", not "it").
const CLAIMS_AS_GROUP =
  /^[ \t]+(?:(?:has|have|had)[ \t]+)?(?:claimed[ \t]+(?:responsibility|that[ \t]+it|the|it)|said[ \t]+it|denied[ \t]+(?:involvement|responsibility))\b/;
const THE_BEFORE = /\bthe[ \t]+$/i;
const LINKED_LEAD = /^(\p{L}+)-(?:ul|ut|us|ud|e|i|al|il)-\p{L}{3,}$/u;
const LOWERCASE_HEAD = /^[ \t]+(jamaat|brigade|battalion)\b/;

function dropLeadingFunctionWords(run: NameRun): NameRun | null {
  let from = 0;
  while (from < run.words.length && LEADING_FUNCTION_WORDS.has(run.words[from] ?? '')) from += 1;
  // "Branch of Islamic State": a common noun before "of" is not part of the name that follows.
  const ofAt = run.text.search(/[ \t]of[ \t]/);
  if (ofAt > 0) {
    const before = run.words.slice(from, run.text.slice(0, ofAt).split(/[ \t]+/).length);
    const lastBefore = (before[before.length - 1] ?? '').toLowerCase();
    const isHead = ORG_HEAD_NOUNS.has(lastBefore) || HEADS_BEFORE_OF.has(lastBefore) || ORG_LEAD_WORDS.has(lastBefore);
    if (before.length === 1 && !isHead && !before.some((w) => ORG_LEAD_WORDS.has(w.toLowerCase()))) from += 2;
  }
  return subRun(run, from, run.words.length);
}

function classify(run: NameRun, text: string, offset: number): OrgName | null {
  if (DESIGNATION_LABELS.test(run.text)) return null;
  const words = run.words.map(lower);
  const last = words[words.length - 1] ?? '';
  const leadAt = words.findIndex((w) => ORG_LEAD_WORDS.has(w));
  if (leadAt >= 0 && words.length > leadAt + 1) return { ...run, rule: 'lead-word' };
  if (words.length >= 2 && ORG_HEAD_NOUNS.has(last)) return { ...run, rule: 'head-noun' };
  // "Jamaat-ul-Ahrar", "Tehrik-i-Taliban Pakistan": a lead word joined to the rest of the name by a linking particle.
  const joinedLead = LINKED_LEAD.exec(words[0] ?? '');
  if (joinedLead && ORG_LEAD_WORDS.has(joinedLead[1] ?? '')) return { ...run, rule: 'lead-word' };
  // "Riyad-us Saliheen Brigade of Martyrs", "Institute for the Study of War": a head noun followed by of/for.
  const headAt = words.findIndex((w) => ORG_HEAD_NOUNS.has(w));
  if (headAt >= 0 && headAt < words.length - 1) {
    const after = run.text.slice(run.text.indexOf(run.words[headAt] ?? '') + (run.words[headAt] ?? '').length);
    if (/^[ \t]+(?:of|for)[ \t]/.test(after)) return { ...run, rule: 'head-noun' };
  }
  const ofHeadAt = words.findIndex((w) => HEADS_BEFORE_OF.has(w));
  if (ofHeadAt > 0 && words.length > ofHeadAt + 1) return { ...run, rule: 'head-noun' };
  if (
    words.length === 1 &&
    /^al-\p{L}/u.test(words[0] ?? '') &&
    ARTICLE_ORG_CONTEXT.test(text.slice(run.end - offset))
  ) {
    return { ...run, rule: 'article-form' };
  }
  const after = text.slice(run.end - offset);
  // The words are judged only for a run whose context already says "group": most runs have none.
  const proper = () =>
    run.words.every((w) => !NOT_NAME_WORDS.has(w) && !demonym(w)) && !MONTHS.includes(words[0] ?? '');
  // "the Boko Haram group", "Al-Shabaab is an armed group in Somalia": a name a group noun describes.
  if ((GROUP_NOUN_AFTER.test(after) || IS_A_GROUP.test(after)) && proper())
    return { ...run, rule: 'described-as-group' };
  // "was later claimed by Ansarul Islam": who claims an attack is a group.
  if (
    words.length <= 4 &&
    CLAIMED_BY.test(text.slice(Math.max(0, run.start - offset - 40), run.start - offset)) &&
    proper()
  )
    return { ...run, rule: 'described-as-group' };
  // "The New IRA has claimed …": a qualifier that never opens a person's name ("New") may open a group's.
  if (
    words.length <= 4 &&
    CLAIMS_AS_GROUP.test(after) &&
    THE_BEFORE.test(text.slice(Math.max(0, run.start - offset - 8), run.start - offset)) &&
    !NOT_NAME_WORDS.has(run.words[run.words.length - 1] ?? '') &&
    !demonym(last) &&
    !words.some((w) => MONTHS.includes(w))
  )
    return { ...run, rule: 'described-as-group' };
  const tail = LOWERCASE_HEAD.exec(after);
  if (tail && words.length <= 3) {
    const end = run.end + tail[0].length;
    const full = text.slice(run.start - offset, end - offset);
    return { start: run.start, end, text: full, words: [...run.words, tail[1] ?? ''], rule: 'lowercase-head' };
  }
  return null;
}

// "Boko Haram and Islamic State West Africa Province", "Jabhat Ansar al-Din and Jaysh al-Sunna": two groups
// when what follows "and" is a whole name of its own; "Kabarda, Balkaria and Karachay" stays one name.
function splitPair(run: NameRun, text: string, offset: number): OrgName[] | undefined {
  const at = run.words.lastIndexOf('and');
  const after = subRun(run, at + 1, run.words.length);
  const second = after && after.words.length >= 2 ? classify(after, text, offset) : null;
  if (!second || (second.rule !== 'head-noun' && second.rule !== 'lead-word')) return undefined;
  const before = subRun(run, 0, at);
  const first = before && classify(before, text.slice(0, before.end - offset) + text.slice(run.end - offset), offset);
  return first ? [first, second] : [second];
}

// Initials of a name's capitalized words; an Arabic article counts or not ("AQIM" and "QIM" for al-Qaeda in the Islamic Maghreb).
const initialsOf = (words: string[], article: boolean) =>
  words
    .filter((w) => w !== 'The' && (/^\p{Lu}/u.test(w) || /^al-\p{L}/iu.test(w)))
    .map((w) => (/^al-/i.test(w) ? `${article ? 'A' : ''}${w[3]}` : w[0])!.toUpperCase())
    .join('');

// "Islamic State in the Greater Sahara (ISGS)", "al-Qaeda in the Islamic Maghreb (AQIM)": a group's name that goes
// on with "in (the) …" is one name when the abbreviation after it spells the initials of both parts.
function joinedInName(a: NameRun, b: NameRun | undefined, text: string, offset: number): NameRun | null {
  if (!b || !/^ in (?:the )?$/.test(text.slice(a.end - offset, b.start - offset))) return null;
  const acronym = /^\s*\(([A-Z]{3,8})\)/.exec(text.slice(b.end - offset))?.[1];
  const words = [...a.words, ...b.words];
  if (!acronym || (initialsOf(words, true) !== acronym && initialsOf(words, false) !== acronym)) return null;
  return dropLeadingFunctionWords({
    start: a.start,
    end: b.end,
    text: text.slice(a.start - offset, b.end - offset),
    words,
  });
}

// "Islamic State of Iraq and the Levant": a head-noun name that ends "of <Place>" goes on with "and the <Region>".
function joinedRegion(a: NameRun, b: NameRun | undefined, text: string, offset: number): OrgName | null {
  if (!b || b.words.length !== 1 || text.slice(a.end - offset, b.start - offset) !== ' and the ') return null;
  if (!/ of \p{Lu}\p{L}+$/u.test(a.text) || classify(a, text, offset)?.rule !== 'head-noun') return null;
  return {
    start: a.start,
    end: b.end,
    text: text.slice(a.start - offset, b.end - offset),
    words: [...a.words, 'and', 'the', ...b.words],
    rule: 'head-noun',
  };
}

/**
 * Organization names recognized by their shape: a head noun ("Caucasus Emirate", "Islamic State –
 * Caucasus Province"), a lead word ("Vilayat Dagestan", "Jaish al-Muhajireen wal-Ansar") or a lowercase
 * head after a proper name ("Aukh jamaat"). A head noun alone ("the Emirate") is a reference, not a name.
 * A caller that already holds the text's `nameRuns` passes them as `runs`.
 *
 * @example
 * findOrgNames('a suicide-bomber unit, the Riyad-us Saliheen Brigade of Martyrs').map((o) => o.text)
 * // ['Riyad-us Saliheen Brigade of Martyrs']
 */
export function findOrgNames(text: string, offset = 0, runs = nameRuns(text, offset)): OrgName[] {
  const found: OrgName[] = [];
  for (let i = 0; i < runs.length; i++) {
    const raw = runs[i]!;
    const run = dropLeadingFunctionWords(raw);
    const joined = joinedInName(raw, runs[i + 1], text, offset);
    if (joined) {
      found.push({ ...joined, rule: 'abbreviated-in-name' });
      i++;
      continue;
    }
    if (!run) continue;
    const region = joinedRegion(run, runs[i + 1], text, offset);
    if (region) {
      found.push(region);
      i++;
      continue;
    }
    const org = classify(run, text, offset);
    const parts = org && run.words.includes('and') ? splitPair(run, text, offset) : undefined;
    if (parts) found.push(...parts);
    else if (org) found.push(org);
  }
  return found;
}
