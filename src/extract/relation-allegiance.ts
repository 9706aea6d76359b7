import type { EntityMention, EntityRecord } from './entity-registry.js';
import {
  at,
  firstDate,
  mentionAfter,
  mentionBefore,
  type RelationDraft,
  type SentenceFacts,
} from './relation-context.js';
import { BRANCH_LEAD_WORDS } from './vocabulary.js';
import { allMatches } from './all-matches.js';

const PLEDGE =
  /\b(?:pledged|pledging|swore|sworn|swear|declared (?:his|her|their)|pledges of|transferred (?:his|her|their))\s(?:allegiance|loyalty)\s(?:to\s)?/gu;
const DEFECT = /\b(?:defected|switched sides|switching (?:their|his|her) allegiance|defector,)/gu;

// "to al-Qaeda leader Ayman al-Zawahiri": the person named after a role word is the one pledged to.
function pledgeObject(facts: SentenceFacts, from: number): EntityMention | undefined {
  const first = mentionAfter(facts, from);
  if (!first) return undefined;
  const between = facts.sentence.text.slice(first.end - facts.sentence.start);
  const next = mentionAfter(facts, first.end, 'person');
  if (first.entity.kind === 'organization' && next && /^(?:'s)? (?:leader|emir) /.test(between)) return next;
  return first;
}

// A group pledges only as the clause's own subject ("JMA pledged …"), not as the group of "commanders of the
// Caucasus Emirate … had transferred their allegiance" or of "supporters of the group … a masked man pledged".
function groupSubject(facts: SentenceFacts, verbAt: number): EntityMention | undefined {
  const org = mentionBefore(facts, verbAt, 'organization');
  if (!org) return undefined;
  const between = facts.sentence.text.slice(org.end - facts.sentence.start, verbAt - facts.sentence.start);
  const before = facts.sentence.text.slice(0, org.start - facts.sentence.start);
  return between.length <= 25 && !/[,;]/.test(between) && !/\b(?:of|from|in|for) (?:the )?$/.test(before)
    ? org
    : undefined;
}

const isBranch = (org: EntityRecord) => BRANCH_LEAD_WORDS.has(org.name.split(/\s+/)[0]?.toLowerCase() ?? '');

/**
 * Pledges and defections: "Aslan Byutukayev … pledged allegiance to Abu Bakr al-Baghdadi", "pledges of
 * allegiance to al-Baghdadi occurred in June 2015 by … Aslan Byutukayev", "declared his loyalty to
 * al-Qaeda leader Ayman al-Zawahiri", "its spokesman … pledged allegiance to Kebekov on behalf of its
 * fighters" (the group pledged), "defected", "switched sides", "the most senior defector, X".
 *
 * @example
 * allegianceRelations(facts) // [{ type: 'pledged_allegiance', subject: Byutukayev, object: al-Baghdadi, start: '2015-06' }]
 */
export function allegianceRelations(facts: SentenceFacts): RelationDraft[] {
  const out: RelationDraft[] = [];
  const text = facts.sentence.text;
  const start = firstDate(facts);
  for (const m of allMatches(PLEDGE, text)) {
    const object = pledgeObject(facts, at(facts, m.index + m[0].length));
    const by = /\bby\s(?:[\w\s-]{0,40}?\s)?(?=\p{Lu})/u.exec(text.slice(m.index + m[0].length));
    const after = by && mentionAfter(facts, at(facts, m.index + m[0].length + by.index + by[0].length), 'person');
    const subject = m[0].startsWith('pledges of')
      ? after
      : (mentionBefore(facts, at(facts, m.index), 'person') ?? groupSubject(facts, at(facts, m.index)));
    if (!object || !subject || object.entity === subject.entity) continue;
    out.push({
      type: 'pledged_allegiance',
      subject: subject.entity,
      object: object.entity,
      start,
      rule: 'pledged-to',
      confidence: 0.75,
    });
    const onBehalf = /\bon behalf of (?:its|their)\b/.test(text) && /\bits (?:spokesman|leader|emir)\b/.test(text);
    if (onBehalf && facts.topic && facts.topic !== object.entity) {
      out.push({
        type: 'pledged_allegiance',
        subject: facts.topic,
        object: object.entity,
        start,
        rule: 'pledged-on-behalf',
        confidence: 0.6,
      });
    }
  }
  for (const m of allMatches(DEFECT, text)) {
    // "Defected to IS in June 2015." in a person's bullet: the bullet's person defected.
    const bulletPerson = m.index === 0 ? facts.mentions.find((x) => x.entity.kind === 'person') : undefined;
    const subject = /defector,/.test(m[0])
      ? mentionAfter(facts, at(facts, m.index + m[0].length), 'person')
      : (mentionBefore(facts, at(facts, m.index), 'person') ?? bulletPerson ?? facts.lineSubject);
    if (!subject) continue;
    const destination = /^\s+to\s/.test(text.slice(m.index + m[0].length))
      ? mentionAfter(facts, at(facts, m.index + m[0].length), 'organization')
      : undefined;
    const from = /\bfrom\s/.exec(text.slice(m.index + m[0].length));
    const explicit =
      from && mentionAfter(facts, at(facts, m.index + m[0].length + from.index + from[0].length), 'organization');
    const inSentence = facts.mentions.find(
      (x) =>
        x.entity.kind === 'organization' &&
        x.start < at(facts, m.index) &&
        x.entity !== destination?.entity &&
        !isBranch(x.entity) &&
        x.entity !== subject.entity,
    );
    const left = explicit?.entity ?? inSentence?.entity ?? facts.main;
    if (!left || left === destination?.entity) continue;
    out.push({
      type: 'defected_from',
      subject: subject.entity,
      object: left,
      start,
      rule: 'defected',
      confidence: 0.6,
    });
  }
  return out;
}
