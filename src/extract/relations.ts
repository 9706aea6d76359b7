import type { Relation } from '../model/index.js';
import { citationsIn } from './citations.js';
import type { EntityMention, EntityRecord, EntityRegistry } from './entity-registry.js';
import { allegianceRelations } from './relation-allegiance.js';
import { isSubjectMention, type RelationDraft, type SentenceFacts } from './relation-context.js';
import { memberRelations, roleRelations } from './relation-roles.js';
import { structureRelations } from './relation-structure.js';
import { successionRelations } from './relation-succession.js';
import type { DateMention, Explained, Line, PlaceMention, ReadDocument, Sentence } from './types.js';
import { flatMap } from './flat-map.js';

/** What the relation stage reads besides the sentences. */
export interface RelationInput {
  doc: ReadDocument;
  sentences: Sentence[];
  registry: EntityRegistry;
  main?: EntityRecord;
  datesOf: (sentence: Sentence) => DateMention[];
  placesOf: (sentence: Sentence) => PlaceMention[];
}

const RULES = [roleRelations, memberRelations, structureRelations, successionRelations, allegianceRelations];
const ENDING = /\b(?:was|were) killed\b|\bkilled\b|\bdied\b/;

// A bullet or a line that opens with "Name:" or "Name (ABBR):" is about that organization.
function lineTopic(registry: EntityRegistry, line: Line): EntityRecord | undefined {
  const label = /^[-•*]?\s*([^:]{2,80}):/.exec(line.text);
  if (!label?.[1]) return undefined;
  const named = registry.mentionsIn(label[1])[0];
  return named?.entity.kind === 'organization' ? named.entity : undefined;
}

// "Boko Haram, formally …, has fought … In March 2015 its leader …": a paragraph that opens with a group's
// name is about that group, whatever the document's title names.
function paragraphSubject(registry: EntityRegistry, line: Line): EntityRecord | undefined {
  const first = registry.openingMention(line.text, line.start, 'the '.length);
  const opens = first && /^(?:the\s)?$/i.test(line.text.slice(0, first.start - line.start));
  return opens && first.entity.kind === 'organization' ? first.entity : undefined;
}

// A line that opens with a person's name ("- Aslan Byutukayev (Emir Khamzat): …") is about that person.
function lineSubject(registry: EntityRegistry, line: Line): EntityMention | undefined {
  const first = registry.openingMention(line.text, line.start, /^[-•*\s]*/.exec(line.text)![0].length);
  const opens = first && /^[-•*\s]*$/.test(line.text.slice(0, first.start - line.start));
  return opens && first.entity.kind === 'person' ? first : undefined;
}

// What a body line says it is about, read once for all the sentences of the line.
interface LineSubjects {
  topic?: EntityRecord;
  person?: EntityMention;
}

function lineSubjects(input: RelationInput): (sentence: Sentence) => LineSubjects {
  const read = new Map<number, LineSubjects>();
  return (sentence) => {
    let subjects = read.get(sentence.paragraph);
    if (!subjects) {
      const line = input.doc.body[sentence.paragraph];
      subjects = line
        ? {
            topic: lineTopic(input.registry, line) ?? paragraphSubject(input.registry, line),
            person: lineSubject(input.registry, line),
          }
        : {};
      read.set(sentence.paragraph, subjects);
    }
    return subjects;
  };
}

// The date of each person's death told anywhere in the document ("killed Asildarov … On 4 December 2016"): the
// first sentence that tells a death, names the person and gives a date. One pass for every leader.
function deathDates(input: RelationInput): Map<EntityRecord, string> {
  const dates = new Map<EntityRecord, string>();
  for (const sentence of input.sentences) {
    const cue = ENDING.exec(sentence.text);
    if (!cue) continue;
    const told = input.datesOf(sentence);
    const cueAt = sentence.start + cue.index;
    const nearest = told.find((d) => d.start >= cueAt) ?? told.filter((d) => d.end <= cueAt).pop();
    if (!nearest) continue;
    for (const m of input.registry.mentionsIn(sentence.text, sentence.start))
      if (!dates.has(m.entity)) dates.set(m.entity, nearest.edtf);
  }
  return dates;
}

const keyOf = (d: RelationDraft) =>
  `${d.type}|${d.subject.id}|${typeof d.object === 'string' ? d.object.toLowerCase() : d.object.id}`;

/**
 * Time-bounded relations between the document's entities (codebook §3), each with its evidence
 * sentence and the rule that made it. A leader killed later in the text ends his leadership then.
 *
 * @example
 * extractRelations({ doc, sentences, registry, main, datesOf, placesOf })
 * // [{ type: 'branch_of', subject: 'Islamic State – Caucasus Province', object: 'Islamic State', … }]
 */
export function extractRelations(input: RelationInput): Explained<Relation>[] {
  const found = new Map<string, { draft: RelationDraft; sentence: Sentence }>();
  let previous: RelationDraft[] = [];
  let recentGroups: EntityRecord[] = [];
  const subjectsOf = lineSubjects(input);
  for (const sentence of input.sentences) {
    const line = subjectsOf(sentence);
    const mentions = input.registry.mentionsIn(sentence.text, sentence.start);
    const facts: SentenceFacts = {
      sentence,
      mentions,
      dates: input.datesOf(sentence),
      places: input.placesOf(sentence),
      topic: line.topic ?? input.main,
      main: input.main,
      lineSubject: line.person,
      recentGroups,
      registry: input.registry,
    };
    const drafts = flatMap(RULES, (rule) => rule(facts));
    // "he was followed by X": X did what the previous sentence told.
    const follower = /\bfollowed by\b/.exec(sentence.text);
    const next =
      follower && facts.mentions.find((m) => m.entity.kind === 'person' && m.start > sentence.start + follower.index);
    if (next) {
      for (const d of previous.filter((p) => p.type === 'pledged_allegiance')) {
        drafts.push({ ...d, subject: next.entity, start: facts.dates[0]?.edtf ?? d.start, rule: 'followed-by' });
        if (input.main && input.main !== d.object) {
          drafts.push({
            ...d,
            type: 'defected_from',
            subject: next.entity,
            object: input.main,
            start: facts.dates[0]?.edtf,
            rule: 'followed-by',
          });
        }
      }
    }
    for (const d of drafts) {
      if (d.subject === d.object) continue;
      const known = found.get(keyOf(d));
      if (known) {
        known.draft.start ??= d.start;
        known.draft.end ??= d.end;
      } else found.set(keyOf(d), { draft: d, sentence });
    }
    if (drafts.length) previous = drafts;
    const subjects = mentions.filter((m) => m.entity.kind === 'organization' && isSubjectMention(sentence, m));
    if (subjects.length) recentGroups = [...new Set([...subjects.map((m) => m.entity).reverse(), ...recentGroups])];
  }
  let deaths: Map<EntityRecord, string> | undefined;
  return [...found.values()].map(({ draft, sentence }) => {
    if (draft.type === 'leader_of' && !draft.end) draft.end = (deaths ??= deathDates(input)).get(draft.subject);
    const { citations } = citationsIn(input.doc, sentence);
    const relation: Explained<Relation> = {
      type: draft.type,
      subject: draft.subject.name,
      object: typeof draft.object === 'string' ? draft.object : draft.object.name,
      evidence: { text: sentence.text, start: sentence.start, end: sentence.end },
      citations,
      explanation: { stage: 'relations', rule: draft.rule, confidence: draft.confidence },
    };
    if (draft.start) relation.start = draft.start;
    if (draft.end && (!draft.start || draft.end >= draft.start)) relation.end = draft.end;
    return relation;
  });
}
