import { demonym } from './demonyms.js';
import { normalizeName, type Relation } from '../model/index.js';
import type { EntityRecord } from './entity-registry.js';
import {
  at,
  firstDate,
  mentionAfter,
  mentionBefore,
  mentionsOf,
  topicReference,
  type RelationDraft,
  type SentenceFacts,
} from './relation-context.js';
import { BRANCH_LEAD_WORDS } from './vocabulary.js';
import { allMatches } from './all-matches.js';

// "Dagestani", "Afghan-based": the region a descriptive word names.
function demonymIn(words: string): string | undefined {
  const word = /\b(\p{Lu}\p{L}+)/u.exec(words)?.[1];
  return word ? demonym(word)?.place : undefined;
}

// The words every unit rule below reads ("a branch of", "the CE's suicide-operations unit", "its Caucasus
// province"): a sentence without one skips those rules.
const UNIT_WORD = /branch|command|wing|affiliate|unit|province|cell/;

const isRegionalUnit = (org: EntityRecord) => /\b(?:province|wing|vilayat|wilayat|wilayah)\b/i.test(org.name);

/**
 * A province or vilayat is proclaimed by the group it belongs to, so it is that group's branch from its
 * founding: a branch_of without a start of its own starts then. Other branches (a group that joined
 * later, a brigade) keep no start.
 *
 * @example
 * dateProvinceBranches(relations, (name) => (name === 'Islamic State – Sahel Province' ? '2019-03' : undefined))
 * // branch_of Islamic State – Sahel Province -> Islamic State now starts 2019-03
 */
export function dateProvinceBranches(relations: Relation[], foundedOf: (name: string) => string | undefined): void {
  for (const relation of relations) {
    if (relation.type !== 'branch_of' || relation.start) continue;
    if (!/\b(?:province|vilayat|wilayat|wilayah)\b/i.test(relation.subject)) continue;
    const founded = foundedOf(relation.subject);
    if (founded) relation.start = founded;
  }
}

const isBranchName = (org: EntityRecord) =>
  BRANCH_LEAD_WORDS.has(org.name.split(/\s+/)[0]?.toLowerCase() ?? '') || /\bVilayat\b/i.test(org.name);

function draft(
  type: RelationDraft['type'],
  subject: EntityRecord,
  object: EntityRecord | string,
  rule: string,
): RelationDraft {
  return { type, subject, object, rule, confidence: 0.65 };
}

// The matches of a global pattern, or none when a cheap check already rules the pattern out.
const matchesIf = (possible: boolean, text: string, pattern: RegExp): Iterable<RegExpExecArray> =>
  possible ? allMatches(pattern, text) : [];

/** A place named at document offset `from` (gazetteer first, then a capitalized name, then a demonym). */
function placeAt(facts: SentenceFacts, from: number): { name: string; end: number } | undefined {
  const place = facts.places.find((p) => p.start >= from && p.start - from <= 12);
  if (place) return { name: place.name, end: place.end };
  const rest = facts.sentence.text.slice(from - facts.sentence.start);
  const name =
    /^(?:the\s(?:whole\s)?)?((?:North|South|East|West)(?:ern)?\s\p{Lu}\p{L}+|\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)?)/u.exec(
      rest,
    );
  return name?.[1] ? { name: demonym(name[1])?.place ?? name[1], end: from + name[0].length } : undefined;
}

/**
 * The places of a list that starts at document offset `from`: "Mali, Niger and Burkina Faso", "Spain and
 * France". The list goes on only where a comma or "and" leads straight to the next place.
 */
function placeListAt(facts: SentenceFacts, from: number): string[] {
  const names: string[] = [];
  for (let place = placeAt(facts, from); place;) {
    names.push(place.name);
    const link = /^(?:,\s(?:and\s)?|\sand\s)/.exec(facts.sentence.text.slice(place.end - facts.sentence.start));
    const next = link ? facts.places.find((p) => p.start === place!.end + link[0].length) : undefined;
    place = next && !names.includes(next.name) ? { name: next.name, end: next.end } : undefined;
  }
  return names;
}

/**
 * Structure of groups: branch_of ("is a branch of", "the Emirate's branches in Chechnya (Vilayat
 * Nokhchicho)", "announced its Caucasus branch", "the Dagestani command of", "the CE's suicide-operations
 * unit", a list of vilayats under the group), located_in ("active in the North Caucasus region", "a
 * Syria-based formation", "Vilayat X in Chechnya") and predecessor_of ("the CE's predecessor", "the former X").
 *
 * @example
 * structureRelations(facts) // [{ type: 'branch_of', subject: IS-CP, object: Islamic State, … }]
 */
export function structureRelations(facts: SentenceFacts): RelationDraft[] {
  const out: RelationDraft[] = [];
  const text = facts.sentence.text;
  const orgs = mentionsOf(facts, 'organization');
  const units = UNIT_WORD.test(text);

  // X is a branch / the Dagestani command / an affiliate of Y; "X (…), the Syrian branch of Y".
  for (const m of matchesIf(
    units,
    text,
    /(?:\b(?:is|was|as) (?:a|an|the)|, the) ((?:[\w-]+ ){0,2})(?:branch|command|wing|affiliate|unit|province) of (?:the )?/gu,
  )) {
    const child = mentionBefore(facts, at(facts, m.index), 'organization');
    const parent = mentionAfter(facts, at(facts, m.index + m[0].length), 'organization');
    if (child && parent && child.entity !== parent.entity) {
      out.push(draft('branch_of', child.entity, parent.entity, 'branch-of'));
      const region = demonymIn(m[1] ?? '');
      if (region) out.push(draft('located_in', child.entity, region, 'branch-of'));
    }
  }
  // "an "Ansar al-Sunna" unit of the vilayat": a unit of a named group or of the topic.
  for (const m of matchesIf(units, text, /["”]? (?:unit|wing|cell|branch) of (the \w+|its)\b/gu)) {
    const child = mentionBefore(facts, at(facts, m.index + 1), 'organization');
    const parent = topicReference(facts, m[1] ?? '');
    if (child && parent && child.entity !== parent && at(facts, m.index) - child.end <= 2) {
      out.push(draft('branch_of', child.entity, parent, 'unit-of'));
    }
  }
  // "Riyad-us Saliheen Brigade of Martyrs, a suicide-bomber unit": an appositive unit of the topic.
  for (const m of matchesIf(units, text, /, an? [\w-]+ (?:unit|wing|branch|cell)\b/gu)) {
    const child = mentionBefore(facts, at(facts, m.index + 1), 'organization');
    if (child && facts.topic && child.entity !== facts.topic && child.end === at(facts, m.index)) {
      out.push(draft('branch_of', child.entity, facts.topic, 'appositive-unit'));
    }
  }
  // "IS proclaimed its own Caucasus Province", "IS's Caucasus Province": a possessed province or wing.
  for (const m of allMatches(/(?:'s|’s|\bits own|\bits) (?=\p{Lu})/gu, text)) {
    const child = mentionAfter(facts, at(facts, m.index + m[0].length), 'organization');
    if (!child || child.start !== at(facts, m.index + m[0].length) || !isRegionalUnit(child.entity)) continue;
    const owner = m[0].startsWith('its')
      ? mentionBefore(facts, at(facts, m.index), 'organization')
      : mentionBefore(facts, at(facts, m.index + 1), 'organization');
    if (owner && owner.entity !== child.entity)
      out.push(draft('branch_of', child.entity, owner.entity, 'possessed-unit'));
  }
  // X, the Y's Dagestani branch / suicide-operations unit.
  for (const m of matchesIf(units, text, /,? (?:the|its) /gu)) {
    const named = mentionAfter(facts, at(facts, m.index + m[0].length), 'organization');
    const group = /^group(?='s|’s)/.test(text.slice(m.index + m[0].length)) && facts.topic;
    const possessor =
      named && named.start === at(facts, m.index + m[0].length)
        ? named
        : group
          ? { entity: group, end: at(facts, m.index + m[0].length + 5) }
          : undefined;
    if (!possessor) continue;
    const tail = text.slice(possessor.end - facts.sentence.start);
    const branch = /^(?:'s|’s) ((?:[\w-]+ ){0,2})(?:branch|unit|wing|command)\b/.exec(tail);
    if (!branch) continue;
    const child = mentionBefore(facts, at(facts, m.index), 'organization');
    if (child && child.entity !== possessor.entity) {
      out.push(draft('branch_of', child.entity, possessor.entity, 'possessive-branch'));
      const region = demonymIn(branch[1] ?? '');
      if (region) out.push(draft('located_in', child.entity, region, 'possessive-branch'));
    }
  }
  // "the Emirate's branches in Chechnya (Vilayat Nokhchicho) and Dagestan (Vilayat Dagestan)".
  for (const m of matchesIf(units, text, /(?:'s|’s) branches in /gu)) {
    const parent = mentionBefore(facts, at(facts, m.index + 1), 'organization');
    for (const p of allMatches(/(\p{Lu}[\p{L}-]+) \(([^()]+)\)/gu, text.slice(m.index))) {
      const child = facts.registry.find(p[2] ?? '');
      if (!parent || !child || child === parent.entity) continue;
      out.push(
        draft('branch_of', child, parent.entity, 'branches-in'),
        draft('located_in', child, p[1] ?? '', 'branches-in'),
      );
    }
  }
  // "announced its Caucasus branch", "IS's Caucasus branch claimed": the organization named after that region.
  for (const m of matchesIf(units, text, /(?:\bits|'s|’s) (\p{Lu}\p{L}+) (?:branch|province|wing)\b/gu)) {
    const parent =
      mentionBefore(facts, at(facts, m.index + 1), 'organization') ?? (facts.topic && { entity: facts.topic });
    const region = normalizeName(m[1] ?? '');
    const child = facts.registry.records.find(
      (r) =>
        r.kind === 'organization' &&
        r !== parent?.entity &&
        normalizeName(r.name).split(' ').includes(region) &&
        /province|vilayat|wilayat/i.test(r.name),
    );
    if (parent && child) out.push(draft('branch_of', child, parent.entity, 'regional-branch'));
  }
  // A list of vilayats under one group: "divided into vilayats …: Vilayat Nokhchicho in Chechnya, …".
  if (/\b(?:vilayats|provinces|branches|wings)\b/i.test(text)) {
    const branches = orgs.filter((o) => isBranchName(o.entity));
    const parent = orgs.find((o) => !isBranchName(o.entity));
    for (const branch of parent ? branches : []) {
      out.push(draft('branch_of', branch.entity, parent!.entity, 'branch-list'));
      const placed = /^ in /.test(text.slice(branch.end - facts.sentence.start));
      const place = placed ? placeAt(facts, branch.end + 4)?.name : undefined;
      if (place) out.push(draft('located_in', branch.entity, place, 'branch-list'));
    }
  }
  // Where a group is active: "active in the North Caucasus", "fought … in the North Caucasus", "spanning the whole North Caucasus".
  // A list of places is read whole: "active in Mali, Niger and Burkina Faso"; "waged a campaign of bombings in
  // Spain and France" too.
  for (const m of allMatches(
    /\b(?:active|operating|operates|based|fought [\w\s]{0,30}?|waged [\w\s,]{0,60}?\sin|spanning)\s(?:in\s)?(?:the\s(?:whole\s)?)?/gu,
    text,
  )) {
    // The group the clause is about is the sentence's subject ("X … is a branch of Y, that is active in …").
    const org = orgs.find((o) => o.end <= at(facts, m.index)) ?? (facts.topic && { entity: facts.topic });
    const places = org ? placeListAt(facts, at(facts, m.index + m[0].length)) : [];
    for (const place of places) out.push(draft('located_in', org!.entity, place, 'active-in'));
  }
  // "a Syria-based formation", "Afghan-based branch".
  for (const m of matchesIf(text.includes('-based'), text, /\b(\p{Lu}\p{L}+)-based\b/gu)) {
    const org =
      orgs.find((o) => o.end <= at(facts, m.index)) ?? mentionAfter(facts, at(facts, m.index), 'organization');
    const word = m[1] ?? '';
    if (org) out.push(draft('located_in', org.entity, demonym(word)?.place ?? word, 'place-based'));
  }
  // "Vilayat Dagestan": a branch named after a known region is located there.
  for (const org of orgs) {
    if (!isBranchName(org.entity)) continue;
    const region = /^\S+\s(\p{Lu}[\p{L}-]+)$/u.exec(org.entity.name)?.[1];
    const key = region && normalizeName(region);
    const place = key && facts.places.find((p) => normalizeName(p.text) === key || normalizeName(p.name) === key);
    if (place) out.push(draft('located_in', org.entity, place.name, 'named-after-region'));
  }
  // "Islamic State West Africa Province": a province named with a known group's name first is that group's branch.
  for (const province of orgs.filter((o) => / Province$/.test(o.entity.name))) {
    const name = province.entity.name;
    const parent = facts.registry.records.find(
      (r) => r.kind === 'organization' && r !== province.entity && name.startsWith(`${r.name} `),
    );
    if (parent) out.push(draft('branch_of', province.entity, parent, 'province-of'));
  }
  // Renaming: "X was renamed Y", "the movement was renamed Y", "X renamed itself Y", "X changed its name to Y";
  // the sentence's date is when the new name began.
  for (const m of matchesIf(
    /renamed|its name/.test(text),
    text,
    /\b(?:was |were )?(?:renamed (?:itself |themselves )?(?:as |to )?|changed its name to )/gu,
  )) {
    const successor = mentionAfter(facts, at(facts, m.index + m[0].length), 'organization');
    if (!successor || successor.start - at(facts, m.index + m[0].length) > 4) continue;
    const lead = text.slice(0, m.index);
    const anaphor = /\b(the \w+|it)\s*$/i.exec(lead)?.[1] ?? '';
    const named = mentionBefore(facts, at(facts, m.index), 'organization');
    const former =
      (named && at(facts, m.index) - named.end <= 2 ? named.entity : undefined) ??
      (/^it$/i.test(anaphor) ? facts.topic : topicReference(facts, anaphor)) ??
      (/^the (?:movement|network|front|insurgency)$/i.test(anaphor) ? facts.topic : undefined);
    if (former && former !== successor.entity)
      out.push({ ...draft('predecessor_of', former, successor.entity, 'renamed'), start: firstDate(facts) });
  }
  // Predecessors: "Chechen Republic of Ichkeria: The CE's predecessor", "X, the former Y".
  for (const m of allMatches(/(?:'s|’s) predecessor\b/gu, text)) {
    const successor = mentionBefore(facts, at(facts, m.index + 1), 'organization');
    const former = orgs.find((o) => o.entity !== successor?.entity);
    if (successor && former) out.push(draft('predecessor_of', former.entity, successor.entity, 'predecessor'));
  }
  return out;
}
