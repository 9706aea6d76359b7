import type { RelationType } from '../model/index.js';
import type { EntityMention, EntityRecord, EntityRegistry } from './entity-registry.js';
import type { DateMention, PlaceMention, Sentence } from './types.js';

/** What a relation rule reads: one sentence, its entity mentions, dates and places. */
export interface SentenceFacts {
  sentence: Sentence;
  mentions: readonly EntityMention[];
  dates: DateMention[];
  places: PlaceMention[];
  /** The organization a bare "its" or "the group" refers to here (the paragraph's or document's subject). */
  topic?: EntityRecord;
  /** The organization the whole document is about. */
  main?: EntityRecord;
  /** The person a bullet line opens with ("Aslan Byutukayev (Emir Khamzat): commander of …"). */
  lineSubject?: EntityMention;
  /** Organizations the previous sentences named as subjects, latest first: who "the group" was a sentence ago. */
  recentGroups?: readonly EntityRecord[];
  registry: EntityRegistry;
}

/** A relation before it is written out: entities, or a place name for `located_in`. */
export interface RelationDraft {
  type: RelationType;
  subject: EntityRecord;
  object: EntityRecord | string;
  start?: string;
  end?: string;
  rule: string;
  confidence: number;
}

/** Mentions of one kind, in order. */
export function mentionsOf(facts: SentenceFacts, kind: EntityRecord['kind']): EntityMention[] {
  return facts.mentions.filter((m) => m.entity.kind === kind);
}

/** The last mention of `kind` ending before document offset `at`. */
export function mentionBefore(
  facts: SentenceFacts,
  at: number,
  kind?: EntityRecord['kind'],
): EntityMention | undefined {
  // A plain loop: the rules call this dozens of times each, and a filtered copy per call cost more than the search.
  const mentions = facts.mentions;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end <= at && (!kind || m.entity.kind === kind)) return m;
  }
  return undefined;
}

/** The first mention of `kind` starting at or after document offset `at`. */
export function mentionAfter(facts: SentenceFacts, at: number, kind?: EntityRecord['kind']): EntityMention | undefined {
  for (const m of facts.mentions) if (m.start >= at && (!kind || m.entity.kind === kind)) return m;
  return undefined;
}

/** The first date of the sentence, as EDTF. */
export function firstDate(facts: SentenceFacts): string | undefined {
  return facts.dates[0]?.edtf;
}

/** Document offset of a regex match inside the sentence. */
export function at(facts: SentenceFacts, index: number): number {
  return facts.sentence.start + index;
}

/** "the vilayat's emir", "the group's leader", "its spokesman": the topic organization, when the words fit it. */
export function topicReference(facts: SentenceFacts, phrase: string): EntityRecord | undefined {
  const topic = facts.topic;
  if (!topic) return undefined;
  if (/^its$/i.test(phrase)) return topic;
  const head = /^the (\w+)(?:'s|’s)?$/i.exec(phrase)?.[1]?.toLowerCase();
  if (!head) return undefined;
  const words = [topic.name, ...topic.aliases].join(' ').toLowerCase();
  return head === 'group' || head === 'organization' || words.includes(head) ? topic : undefined;
}

// A name right after one of these words is the object of a clause ("ties with al-Qaeda", "merged into a new X"),
// not the group the clause is about.
const OBJECT_BEFORE = /\b(?:with|from|to|into|of|against|by|for|under)\s(?:(?:the|a|an|new|its|their)\s){0,2}$/i;

/**
 * Whether a mention stands as a clause's subject, not after a preposition.
 *
 * @example
 * isSubjectMention(sentence, alQaedaIn('cut its ties with al-Qaeda')) // false
 */
export function isSubjectMention(sentence: Sentence, mention: EntityMention): boolean {
  const from = mention.start - sentence.start;
  return !OBJECT_BEFORE.test(sentence.text.slice(Math.max(0, from - 30), from));
}
