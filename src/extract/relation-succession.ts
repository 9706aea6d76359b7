import type { EntityRecord } from './entity-registry.js';
import { at, isSubjectMention, mentionAfter, type RelationDraft, type SentenceFacts } from './relation-context.js';
import { allMatches } from './all-matches.js';

function draft(type: RelationDraft['type'], subject: EntityRecord, object: EntityRecord, rule: string, start?: string) {
  const out: RelationDraft = { type, subject, object, rule, confidence: 0.65 };
  if (start) out.start = start;
  return out;
}

// "It grew out of X, which renamed itself Y": the group something grew out of is the one the clause goes on about.
const ORIGIN_BEFORE = /\b(?:grew|emerged|came) (?:out of|from)\s(?:the\s)?$/;
const textBefore = (facts: SentenceFacts, at: number) =>
  facts.sentence.text.slice(Math.max(0, at - facts.sentence.start - 30), at - facts.sentence.start);

/**
 * The group a clause at document offset `cue` is about: the last organization standing as a subject before it in
 * the sentence, else the last one the previous sentences named as a subject ("the group … renamed itself").
 */
function actingGroup(facts: SentenceFacts, cue: number, other?: EntityRecord): EntityRecord | undefined {
  const inSentence = facts.mentions
    .filter(
      (m) =>
        m.end <= cue &&
        m.entity.kind === 'organization' &&
        m.entity !== other &&
        (isSubjectMention(facts.sentence, m) || ORIGIN_BEFORE.test(textBefore(facts, m.start))),
    )
    .pop();
  return inSentence?.entity ?? facts.recentGroups?.find((g) => g !== other);
}

/** The date told after offset `from` in the same clause ("took over … in October 2017"). */
function dateInClause(facts: SentenceFacts, from: number): string | undefined {
  const rest = facts.sentence.text.slice(from - facts.sentence.start);
  const stop = from + (rest.search(/[;.]|, (?!\d)/) + 1 || rest.length + 1) - 1;
  return facts.dates.find((d) => d.start >= from && d.start < stop)?.edtf;
}

/**
 * Succession and splits between groups: predecessor_of from a renaming ("X renamed itself Y"), a merger
 * ("X merged with … to form Y", "Y, formed in 2012 from a merger of X with …"), and defected_from for a
 * faction that breaks away ("a faction … broke away in August 2014 as Y", "Y left the alliance in July 2017",
 * "Y split from X").
 *
 * @example
 * successionRelations(facts) // [{ type: 'predecessor_of', subject: Jabhat al-Nusra, object: Jabhat Fatah al-Sham, … }]
 */
export function successionRelations(facts: SentenceFacts): RelationDraft[] {
  const out: RelationDraft[] = [];
  const text = facts.sentence.text;
  if (!/renamed|name to|rebranded|merge|broke away|split|left the/.test(text)) return out;
  // "renamed itself Y", "was renamed Y", "changed its name to Y", "merged with … to form Y".
  for (const m of allMatches(
    /\b(?:renamed (?:itself )?|changed its name to |rebranded (?:itself )?as |merged (?:with [^.;]{1,200}? )?to form )(?:the )?/gu,
    text,
  )) {
    const next = mentionAfter(facts, at(facts, m.index + m[0].length), 'organization');
    if (!next || next.start !== at(facts, m.index + m[0].length)) continue;
    const former = actingGroup(facts, at(facts, m.index), next.entity);
    if (former)
      out.push(draft('predecessor_of', former, next.entity, m[0].startsWith('merged') ? 'merged-to-form' : 'renamed'));
  }
  // "Y, formed in 2012 from a merger of X with …".
  for (const m of allMatches(/\bfrom (?:a|the) merger of (?:the )?/gu, text)) {
    const former = mentionAfter(facts, at(facts, m.index + m[0].length), 'organization');
    const formed = facts.mentions.filter((x) => x.end <= at(facts, m.index) && x.entity.kind === 'organization').pop();
    if (former && formed && former.start === at(facts, m.index + m[0].length) && former.entity !== formed.entity) {
      out.push(draft('predecessor_of', former.entity, formed.entity, 'formed-from-merger'));
    }
  }
  // "A faction of the movement broke away in August 2014 as Y"; "Y broke away from X"; "Y left the alliance".
  for (const m of allMatches(
    /\b(?:broke away|split(?: off)?|left the (?:alliance|group|movement|coalition|organi[sz]ation|network))\b/gu,
    text,
  )) {
    const cue = at(facts, m.index);
    const tail = text.slice(m.index + m[0].length);
    const asName = /^[^.;]{0,40}? as (?:the )?/.exec(tail);
    const fromName = /^(?: from| with) (?:the )?/.exec(tail);
    const named = asName && mentionAfter(facts, cue + m[0].length + asName[0].length, 'organization');
    // "broke away … as Y" names the faction; when Y is no group the registry knows, the clause says nothing usable.
    if (asName && named?.start !== cue + m[0].length + asName[0].length) continue;
    const faction = named ? named.entity : actingGroup(facts, cue, facts.topic);
    const left = fromName
      ? mentionAfter(facts, cue + m[0].length + fromName[0].length, 'organization')?.entity
      : /^left/.test(m[0]) ||
          /\bof (?:the|its) (?:movement|group|organi[sz]ation|alliance)\b/.test(text.slice(0, m.index))
        ? facts.topic
        : undefined;
    if (faction && left && faction !== left) {
      out.push(draft('defected_from', faction, left, 'broke-away', dateInClause(facts, cue)));
    }
  }
  return out;
}
