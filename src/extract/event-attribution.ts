import type { Attribution, EventCategory } from '../model/index.js';
import type { EntityMention, EntityRecord } from './entity-registry.js';
import { stateForces } from './event-state-forces.js';
import { ATTRIBUTION_CUES, NON_ARMED_HEADS } from './vocabulary.js';
import { memoizeByWord } from './word-memo.js';

/** Who carried an event out, and how the text knows. */
export interface EventActors {
  perpetrators: string[];
  attribution: Attribution;
}

/** What attribution may consult about the document's organizations. */
export interface ActorContext {
  /** The organization "the group" refers to. */
  topic?: EntityRecord;
  /** Parent of an organization (from branch_of), so a branch's attack lists its parent too. */
  parentOf: (org: EntityRecord) => EntityRecord | undefined;
  /** The organization a person leads (from leader_of): "Umarov claimed" names the Emirate. */
  ledBy: (person: EntityRecord) => EntityRecord[];
  /** The document text mention offsets point into. */
  source: string;
}

const ASSESSMENT = /\b(?:our |the )?assessment:\s*(disputed|suspected|confirmed|claimed)\b/i;
const OFFICIAL =
  /\b(?:officials?|authorities|investigators|committee|prosecutors?|police) (?:later )?(?:said|held|named|alleged|described|blamed)\b/i;
const TOPIC_AS_ACTOR =
  /\bthe (?:group|organi[sz]ation|movement) (?:later |also |then |quickly )?(?:claimed|carried out|staged|attacked|launched|took (?:credit|responsibility))\b|\bits (?:first|latest|deadliest|last) (?:attack|operation|bombing|assault)\b/i;
const OPENING_PARTICIPLE =
  /^(?:Founded|Formed|Established|Created|Set up)\b[^.;]*?,\s+(?:it|the (?:group|organi[sz]ation|movement))\b/i;
const PROFILE_ATTACK_LINE = /^(?:First|Last|Deadliest|Most recent|Latest) (?:major )?attack:/i;
// Every mention of a group asks again: each name's answer is kept.
const isArmedName = memoizeByWord((name) => !NON_ARMED_HEADS.has(name.split(/\s+/).pop()?.toLowerCase() ?? ''));
const isArmed = (org: EntityRecord) => isArmedName(org.name);

// "the group", "the vilayat's door": a common noun from the topic's own name refers to it.
function topicReference(topic: EntityRecord | undefined): RegExp {
  const topicWords = (topic?.name.toLowerCase().split(/\s+/) ?? []).filter((w) => w.length > 3);
  return new RegExp(`\\bthe (?:group|${topicWords.join('|') || 'group'})\\b|\\bits (?:first|latest)\\b`);
}

// Every event of a document asks about the same topic: its pattern is built once, and again only when the
// topic's name is no longer the one it was built from. Weak keys: the topic is kept only while it is in use.
const topicReferences = new WeakMap<EntityRecord, { name: string; pattern: RegExp }>();
const NO_TOPIC = topicReference(undefined);

function refersToTopic(topic: EntityRecord | undefined, text: string): boolean {
  if (!topic) return NO_TOPIC.test(text);
  let known = topicReferences.get(topic);
  if (known?.name !== topic.name)
    topicReferences.set(topic, (known = { name: topic.name, pattern: topicReference(topic) }));
  return known.pattern.test(text);
}

function armedGroups(mentions: readonly EntityMention[], context: ActorContext, text: string): EntityRecord[] {
  const groups: EntityRecord[] = [];
  // A group named again is already listed: it is not read a second time.
  const push = (org?: EntityRecord) => org && !groups.includes(org) && isArmed(org) && groups.push(org);
  // "The group claimed responsibility for its first attack": in a profile of one group the anaphor names
  // the subject of the document, whatever group was named last ("IS supporters" in the next sentence).
  if (TOPIC_AS_ACTOR.test(text)) push(context.topic);
  for (const m of mentions) {
    if (m.entity.kind === 'organization') push(m.entity);
    else if (
      ATTRIBUTION_CUES.claimed.test(context.source.slice(m.end, m.end + 40)) ||
      /\b(?:under|on) (?:\w+ )?$/.test(context.source.slice(Math.max(0, m.start - 20), m.start))
    ) {
      for (const org of context.ledBy(m.entity)) push(org);
    }
  }
  if (!groups.length && refersToTopic(context.topic, text)) push(context.topic);
  for (const g of [...groups]) push(context.parentOf(g));
  // A profile of a branch tells what its parent claimed there as the branch's own history ("the
  // Islamic State claimed responsibility" in an article on its Caucasus province): list the branch too.
  const topicParent = context.topic && context.parentOf(context.topic);
  if (topicParent && groups.includes(topicParent)) push(context.topic);
  return groups;
}

/**
 * The perpetrators and attribution of an event from the text of its sentences. Attacks name the
 * armed groups the text ties to them (a branch and its parent); security operations name the state
 * forces ("FSB special forces", "Alpha Group"); a brief's own "Our assessment: disputed" wins.
 *
 * @example
 * readActors('attack', 'suspected IS gunmen attacked a Russian police patrol', mentions, context)
 * // { perpetrators: ['Islamic State', 'Islamic State – Caucasus Province'], attribution: 'suspected' }
 */
export function readActors(
  category: EventCategory,
  text: string,
  mentions: readonly EntityMention[],
  context: ActorContext,
): EventActors {
  if (category === 'security_operation') {
    // The group the document is about, and its parent, are the side the operation was against.
    const militant = [context.topic, context.topic && context.parentOf(context.topic)].flatMap((o) => (o ? [o] : []));
    const forces = stateForces(text, (name) => militant.some((o) => o.name === name || o.aliases.includes(name)));
    return { perpetrators: forces, attribution: forces.length ? 'confirmed' : 'unknown' };
  }
  const groups = armedGroups(mentions, context, text).map((g) => g.name);
  if (category === 'organizational') {
    // "Founded in 1959 by students unhappy with the X Party, it …": the opening participle tells of the main
    // clause's subject, the group the text is about, not of the groups named inside it.
    if (context.topic && OPENING_PARTICIPLE.test(text))
      return { perpetrators: [context.topic.name], attribution: 'claimed' };
    const people = mentions.filter((m) => m.entity.kind === 'person').map((m) => m.entity.name);
    const actors = [...new Set([...groups, ...people])];
    const topic = actors.length ? actors : context.topic ? [context.topic.name] : [];
    return {
      perpetrators: topic,
      attribution: /\bdissol|disband|ceased|leaderless\b/i.test(text) ? 'unknown' : 'claimed',
    };
  }
  const assessed = ASSESSMENT.exec(text)?.[1]?.toLowerCase() as Attribution | undefined;
  if (assessed) return { perpetrators: groups, attribution: assessed };
  // In a profile of one group, an attack officials or analysts lay at nobody else's door is laid at its,
  // and so is the attack its "First Attack:" line tells.
  // Each cue is read once here; the branches below consult them in turn.
  const suspected = ATTRIBUTION_CUES.suspected.test(text);
  const official = OFFICIAL.test(text);
  const laidAtTopic = suspected || official || PROFILE_ATTACK_LINE.test(text);
  if (!groups.length && context.topic && laidAtTopic) {
    groups.push(context.topic.name);
  }
  if (!groups.length) return { perpetrators: [], attribution: 'unknown' };
  if (ATTRIBUTION_CUES.unclaimed.test(text)) {
    // Unclaimed: a hedged blame ("bore the hallmarks of") is a suspicion; officials who lay it at a group's
    // door ("officials blamed al-Shabaab") attribute it, as the codebook's `confirmed` says.
    if (suspected) return { perpetrators: groups, attribution: 'suspected' };
    return official ? { perpetrators: groups, attribution: 'confirmed' } : { perpetrators: [], attribution: 'unknown' };
  }
  // "The government blamed X; his spokesman denied any role": an attribution the accused deny is disputed.
  if (suspected && !/\bclaimed\b/.test(text))
    return { perpetrators: groups, attribution: ATTRIBUTION_CUES.disputed.test(text) ? 'disputed' : 'suspected' };
  if (ATTRIBUTION_CUES.claimed.test(text))
    return { perpetrators: groups, attribution: ATTRIBUTION_CUES.disputed.test(text) ? 'disputed' : 'claimed' };
  if (official) return { perpetrators: groups, attribution: 'confirmed' };
  return { perpetrators: groups, attribution: ATTRIBUTION_CUES.disputed.test(text) ? 'disputed' : 'suspected' };
}
