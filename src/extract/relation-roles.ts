import type { EntityRecord } from './entity-registry.js';
import {
  at,
  firstDate,
  mentionAfter,
  mentionBefore,
  topicReference,
  type RelationDraft,
  type SentenceFacts,
} from './relation-context.js';
import { allMatches } from './all-matches.js';

const LEADER = String.raw`(?:founding |new |former |last |overall |then )?(?:leader|emir|amir|head|chief|commander|president)`;
// Built once: these patterns run on every sentence (allMatches leaves each at rest, so sharing them is safe).
const ITS_ROLE = new RegExp(String.raw`\b[Ii]ts (${LEADER}|spokesman|spokesperson),? (?=\p{Lu})`, 'gu');
const ORG_ROLE = new RegExp(String.raw`(?:'s|’s)?,? (?:${LEADER}|spokesman|spokesperson),? (?=\p{Lu})`, 'gu');
const ROLE_OF = new RegExp(
  String.raw`(?:,|:|\bwho (?:until then )?had been|\bby then)\s(?:(?:the|an?|then the|its)\s)?(?:[a-z-]+\s){0,2}?(${LEADER}|spokesman)\s(?:of|for)\s((?:the\s)?(?:[a-z]+\s)?)`,
  'gu',
);
const TOPIC_ROLE = new RegExp(String.raw`, (?:then )?(the \w+|its)(?:'s|’s)? (${LEADER}|spokesman)\b`, 'gu');
const ROLE_TYPE = (role: string): 'leader_of' | 'spokesman_of' => (/spokes/.test(role) ? 'spokesman_of' : 'leader_of');

function draft(
  type: RelationDraft['type'],
  subject: EntityRecord,
  object: EntityRecord,
  rule: string,
  extra: Partial<RelationDraft> = {},
): RelationDraft {
  return { type, subject, object, rule, confidence: 0.7, ...extra };
}

/**
 * Leadership and spokesman relations: "IS leader Abu Bakr al-Baghdadi", "IS's spokesman Abu Mohammad
 * al-Adnani", "Suleiman Zaylanabidov, an emir of the Aukh jamaat", "appointed Rustam Asildarov as its
 * leader", "Vagabov was appointed emir of the vilayat in July 2010", and leadership bullets
 * ("Doku Umarov (Dokka Abu Usman): founding emir, October 7, 2007 – September 2013").
 *
 * @example
 * roleRelations(facts) // [{ type: 'leader_of', subject: Kebekov, object: Caucasus Emirate, … }]
 */
export function roleRelations(facts: SentenceFacts): RelationDraft[] {
  const out: RelationDraft[] = [];
  // Every form below names its leader or spokesman in the sentence: most sentences name no one.
  if (!facts.mentions.some((m) => m.entity.kind === 'person')) return out;
  const text = facts.sentence.text;
  // "its spokesman, Abdul-Khalim ash-Shishani": a role of the topic organization.
  for (const m of allMatches(ITS_ROLE, text)) {
    const person = mentionAfter(facts, at(facts, m.index + m[0].length), 'person');
    if (person && facts.topic && person.start === at(facts, m.index + m[0].length)) {
      out.push(draft(ROLE_TYPE(m[1] ?? ''), person.entity, facts.topic, 'its-role-person'));
    }
  }
  // ORG('s) ROLE PERSON: "Emirate leader Aliaskhab Kebekov", "IS's spokesman Abu Mohammad al-Adnani".
  for (const m of allMatches(ORG_ROLE, text)) {
    const org = mentionBefore(facts, at(facts, m.index + 1));
    const person = mentionAfter(facts, at(facts, m.index + m[0].length), 'person');
    if (org?.entity.kind !== 'organization' || !person) continue;
    if (org.end !== at(facts, m.index) || person.start !== at(facts, m.index + m[0].length)) continue;
    out.push(draft(ROLE_TYPE(m[0]), person.entity, org.entity, 'org-role-person'));
  }
  // PERSON, (the|an) ROLE of ORG: "Suleiman Zaylanabidov, an emir of the Aukh jamaat".
  for (const m of allMatches(ROLE_OF, text)) {
    const person = mentionBefore(facts, at(facts, m.index + 1), 'person');
    const after = at(facts, m.index + m[0].length);
    const org = mentionAfter(facts, after, 'organization');
    const object = org && org.start === after ? org.entity : topicReference(facts, (m[2] ?? '').trim());
    if (!person || !object) continue;
    const ended = /until then|then the|former/.test(m[0]) ? { end: firstDate(facts) } : {};
    // "spokesman of al-Shabaab since 2009": the role's start.
    const since = facts.dates.find((d) => /\bsince\s+$/i.test(text.slice(0, d.start - facts.sentence.start)));
    const started = since ? { start: since.edtf.split('/')[0] } : {};
    out.push(draft(ROLE_TYPE(m[1] ?? ''), person.entity, object, 'person-role-of-org', { ...ended, ...started }));
  }
  // "then the vilayat's emir": a possessive topic reference before the role.
  for (const m of allMatches(TOPIC_ROLE, text)) {
    const person = mentionBefore(facts, at(facts, m.index + 1), 'person');
    const object = topicReference(facts, m[1] ?? '');
    if (!person || !object) continue;
    const ended = /then/.test(m[0]) ? { end: firstDate(facts) } : {};
    out.push(draft(ROLE_TYPE(m[2] ?? ''), person.entity, object, 'person-topic-role', ended));
  }
  // "appointed X as its leader", "X was appointed emir of the vilayat", "recognized as emir".
  for (const m of allMatches(
    /\b(?:appointed|named|chosen|recognized|elected)\s(?:([^,.;]{1,60}?)\s)?as\s(its|the \w+(?:'s)?)?\s?(?:the\s|its\snew\s)?(leader|emir|head)\b|\bwas appointed (leader|emir|head) of (the \w+|its)/gu,
    text,
  )) {
    const start = firstDate(facts);
    const inside = m[1]
      ? facts.mentions.find((x) => x.entity.kind === 'person' && x.start >= at(facts, m.index))
      : undefined;
    const person = inside ?? mentionBefore(facts, at(facts, m.index), 'person');
    const named = mentionAfter(facts, at(facts, m.index + m[0].length), 'organization');
    const ofOrg = named && /^ of /.test(text.slice(m.index + m[0].length)) ? named.entity : undefined;
    const object = ofOrg ?? topicReference(facts, m[2] ?? m[5] ?? 'its');
    if (
      !person ||
      !object ||
      /this area|this region/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))
    )
      continue;
    out.push(draft('leader_of', person.entity, object, 'appointed-as-leader', { start }));
  }
  // "The Islamic State of Iraq, then led by Abu Bakr al-Baghdadi": a group led by the person right after.
  for (const m of allMatches(/,? (?:then |later |now )?led by /gu, text)) {
    const org = mentionBefore(facts, at(facts, m.index), 'organization');
    const person = mentionAfter(facts, at(facts, m.index + m[0].length), 'person');
    if (!org || !person || person.start !== at(facts, m.index + m[0].length)) continue;
    if (at(facts, m.index) - org.end > 2) continue;
    out.push(draft('leader_of', person.entity, org.entity, 'led-by'));
  }
  // "X became its general leader", "X took over as general leader in October 2017": the topic's new leader.
  for (const m of allMatches(
    /\b(?:became (?:its|the group's) |took over as (?:its |the )?)(?:[a-z]+ )?(?:leader|emir|head)\b/gu,
    text,
  )) {
    const person = mentionBefore(facts, at(facts, m.index), 'person');
    if (!person || !facts.topic || at(facts, m.index) - person.end > 2) continue;
    const rest = text.slice(m.index + m[0].length);
    const clause = rest.slice(0, (rest.search(/[;,.]/) + 1 || rest.length + 1) - 1);
    const start = facts.dates.find(
      (d) => d.start >= at(facts, m.index) && d.end <= at(facts, m.index + m[0].length + clause.length),
    )?.edtf;
    out.push(draft('leader_of', person.entity, facts.topic, 'became-leader', start ? { start } : {}));
  }
  // Leadership bullet: "PERSON (alias): founding emir, October 7, 2007 – September 2013."
  const bullet = /^[-•*]?\s*[^:]{3,80}:\s(?:founding |overall )?(emir|leader|commander)\b(?!\s+of)/u.exec(text);
  const bulletPerson = bullet && facts.mentions.find((x) => x.entity.kind === 'person');
  if (bullet && bulletPerson && facts.topic) {
    const [from, to] = facts.dates;
    // "emir, 2008 – September 1, 2014" reads as one interval: its ends are the term's.
    const [start, end] = to ? [from?.edtf, to.edtf] : (from?.edtf.split('/') ?? []);
    out.push(
      draft('leader_of', bulletPerson.entity, facts.topic, 'leadership-bullet', { start, end: end || undefined }),
    );
  }
  return out;
}

/**
 * Membership: "Aslan Byutukayev and five other IS militants were killed" (member of IS, ended on
 * that date when the sentence says they were killed).
 *
 * @example
 * memberRelations(facts) // [{ type: 'member_of', subject: Byutukayev, object: Islamic State, end: '2021-01-21' }]
 */
export function memberRelations(facts: SentenceFacts): RelationDraft[] {
  const out: RelationDraft[] = [];
  if (!facts.mentions.some((m) => m.entity.kind === 'person')) return out;
  const text = facts.sentence.text;
  for (const m of allMatches(/\band (?:\w+ )?other (?=\S+ (?:militants|members|fighters|commanders)\b)/gu, text)) {
    const person = mentionBefore(facts, at(facts, m.index + 1), 'person');
    const org = mentionAfter(facts, at(facts, m.index + m[0].length), 'organization');
    if (!person || !org || org.start !== at(facts, m.index + m[0].length)) continue;
    const killed = /\b(?:were|was) killed\b/.test(text) ? { end: firstDate(facts) } : {};
    out.push(draft('member_of', person.entity, org.entity, 'and-other-members', killed));
  }
  return out;
}
