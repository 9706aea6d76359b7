import {
  addCounts,
  countBounds,
  edtfOverlaps,
  edtfRange,
  type Count,
  type Event,
  type Location,
} from '../model/index.js';
import { citationsIn } from './citations.js';
import type { EntityRegistry } from './entity-registry.js';
import { readActors, type ActorContext } from './event-attribution.js';
import { mayTellCasualties, readCasualties, type Casualties } from './event-casualties.js';
import { incidentClauses } from './event-clauses.js';
import { typeAttack } from './event-classify.js';
import { segmentIncidents, type IncidentDraft } from './event-segment.js';
import type { CountMention, DateMention, Explained, PlaceMention, ReadDocument, Sentence, Span } from './types.js';
import { flatMap } from './flat-map.js';

/** What the event stage reads besides the sentences. */
export interface EventInput {
  doc: ReadDocument;
  sentences: Sentence[];
  registry: EntityRegistry;
  actors: ActorContext;
  datesOf: (sentence: Sentence) => DateMention[];
  placesOf: (sentence: Sentence) => PlaceMention[];
  countsOf: (sentence: Sentence) => CountMention[];
  /** Where events without a named place happened: the document's region ("North Caucasus"). */
  region?: PlaceMention;
}

// A group's own account of the toll ("IS said … wounded several people") is not the toll: a claim verb
// right after an organization's name.
const CLAIMED_TOLL = /^[^.;]{0,25}\b(?:said|claimed)\b[^.;]*\b(?:killed|wounded|injured)\b/;
const SUICIDE_BOMBERS = /\b(\w+)\s(?:female\s)?suicide bombers\b|\b(\w+) (?:women|men) blew themselves up\b/i;
const NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4 };

const REVISION = /\b(?:later put|revised|update[ds]?|raised the toll|rose to)\b/i;
const larger = (a: Count, b: Count): Count => (countBounds(b)[0] > countBounds(a)[0] ? b : a);

// What one sentence tells of the toll; undefined when it is a group's own account of it.
function sentenceCasualties(input: EventInput, sentence: Sentence): Casualties | undefined {
  // Only a sentence with a claim verb in it may be a group's own account: most have none, and are not sliced.
  const claims = sentence.text.includes('said') || sentence.text.includes('claimed');
  const ownAccount =
    claims &&
    input.registry
      .mentionsIn(sentence.text, sentence.start)
      .some((m) => m.entity.kind === 'organization' && CLAIMED_TOLL.test(sentence.text.slice(m.end - sentence.start)));
  if (ownAccount) return undefined;
  // Most sentences of an incident tell no toll: their counts are never looked for.
  return mayTellCasualties(sentence.text)
    ? readCasualties(sentence.text, input.countsOf(sentence), sentence.start)
    : {};
}

function casualtiesOf(incident: IncidentDraft, readingOf: (sentence: Sentence) => Casualties | undefined): Casualties {
  const merged: Casualties = {};
  for (const sentence of incident.sentences) {
    const read = readingOf(sentence);
    if (!read) continue;
    const additive = /\balso\b/.test(sentence.text);
    for (const field of ['killed', 'killedPerpetrators', 'injured'] as const) {
      const value = read[field];
      if (value === undefined) continue;
      // A later figure revises an earlier one when the text says so ("officials later put the toll at 22");
      // it adds to it with "also"; otherwise the larger account stands.
      const known = merged[field];
      if (known === undefined || REVISION.test(sentence.text)) merged[field] = value;
      else merged[field] = additive ? addCounts(known, value) : larger(known, value);
    }
    merged.includesPerpetrators ||= read.includesPerpetrators;
  }
  return merged;
}

function tolls(
  casualties: Casualties,
  text: string,
  bombing: boolean,
): Pick<Event, 'killed' | 'killed_perpetrators' | 'injured'> {
  let perpetrators = casualties.killedPerpetrators;
  if (perpetrators === undefined && bombing && /\bsuicide\b|blew (?:himself|herself|themselves) up/i.test(text)) {
    const many = SUICIDE_BOMBERS.exec(text);
    // "Female suicide bombers struck …" without a number: at least two.
    const plural = /\bsuicide bombers\b/i.test(text) ? { min: 2, max: null } : 1;
    perpetrators = many ? (NUMBER_WORDS[(many[1] ?? many[2] ?? '').toLowerCase()] ?? plural) : plural;
  }
  let killed: Count | undefined = casualties.killed;
  if (perpetrators !== undefined && !casualties.includesPerpetrators) {
    killed = killed === undefined ? perpetrators : addCounts(killed, perpetrators);
  }
  const out: Pick<Event, 'killed' | 'killed_perpetrators' | 'injured'> = {};
  if (killed !== undefined) out.killed = killed;
  if (perpetrators !== undefined) out.killed_perpetrators = perpetrators;
  if (casualties.injured !== undefined) out.injured = casualties.injured;
  return out;
}

function locationOf(place: PlaceMention | undefined, region: PlaceMention | undefined): Location {
  const chosen = place ?? region;
  if (!chosen) return { name: 'unknown', country: 'XX', precision: 'country' };
  const location: Location = { name: chosen.name, country: chosen.country, precision: chosen.precision };
  if (chosen.admin1) location.admin1 = chosen.admin1;
  // The map needs a point: the gazetteer's own, or its region's or country's representative point.
  if (chosen.lat !== undefined && chosen.lon !== undefined)
    Object.assign(location, { lat: chosen.lat, lon: chosen.lon });
  const aliases = chosen.aliases.filter((a) => a !== chosen.name);
  if (place && region && region.name !== chosen.name) aliases.push(region.name);
  if (aliases.length) location.aliases = [...new Set(aliases)];
  return location;
}

const SUMMARY_LENGTH = 240;

/** The opening sentence without footnote markers, cut at a word with an ellipsis when long. */
function summarize(sentence: string): string {
  const text = sentence.replace(/\[[^\]]{1,20}\]/g, '');
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_LENGTH / 2)).trimEnd()}…`;
}

function evidenceOf(doc: ReadDocument, incident: IncidentDraft): Event['evidence'] {
  const first = incident.sentences[0]!;
  const contiguous = incident.sentences.filter((s) => s.paragraph === first.paragraph);
  const last = contiguous[contiguous.length - 1] ?? first;
  return { text: doc.text.slice(first.start, last.end), start: first.start, end: last.end };
}

function toEvent(
  input: EventInput,
  incident: IncidentDraft,
  index: number,
  readingOf: (sentence: Sentence) => Casualties | undefined,
): Explained<Event> {
  const text = incident.sentences.map((s) => s.text).join(' ');
  const mentions = flatMap(incident.sentences, (s) => input.registry.mentionsIn(s.text, s.start));
  const category = incident.cue.category;
  const typing = category === 'attack' ? typeAttack(text) : undefined;
  const subtype = typing?.subtype ?? incident.cue.subtype ?? 'unknown';
  const evidence = evidenceOf(input.doc, incident);
  const { citations, citationNeeded } = citationsIn(input.doc, evidence);
  const violent = category !== 'organizational';
  const event: Explained<Event> = {
    id: `ev-${index + 1}`,
    date: incident.date,
    category,
    subtype,
    summary: summarize(incident.sentences[0]!.text),
    // An organizational act told over several places happened across the region.
    location: locationOf(
      category === 'organizational' && incident.scattered ? undefined : incident.place,
      input.region,
    ),
    ...(violent ? tolls(casualtiesOf(incident, readingOf), text, typing?.weapons.includes('explosives') ?? false) : {}),
    ...readActors(category, text, mentions, input.actors),
    targets: typing?.targets ?? [],
    weapons: typing?.weapons ?? [],
    evidence,
    citations,
    explanation: { stage: 'events', rule: incident.cue.rule, confidence: violent ? 0.7 : 0.5 },
  };
  if (category === 'security_operation') {
    delete event.killed_perpetrators;
    // "Arakansky was killed in a security operation …, together with the Emirate's new emir": one, or two.
    if (event.killed === undefined && /\bkilled\b/i.test(text)) event.killed = /\btogether with\b/.test(text) ? 2 : 1;
  }
  if (citationNeeded) event.citation_needed = true;
  return event;
}

// A group is founded or dissolved once: told twice, the one telling names all the actors of the other
// (it may add the group the other left to "it"). Pledges, defections, statements and leadership changes
// recur, often with the same parent group as their only actor, so each telling stands.
const ONCE = new Set<Event['subtype']>(['formation', 'dissolution']);

function sameActors(a: Event, b: Event): boolean {
  const [fewer, more] = a.perpetrators.length <= b.perpetrators.length ? [a, b] : [b, a];
  return fewer.perpetrators.length > 0 && fewer.perpetrators.every((p) => more.perpetrators.includes(p));
}

// "Last Attack: December 4, 2014 …" and the "December 4, 2014: …" bullet tell one incident; "It was founded
// by X in December 2011" and, in the history, "X founded the group in December 2011" one formation.
// The dates are compared last: they are parsed, the rest is read as it stands.
function sameIncident(a: Event, b: Event): boolean {
  if (a.category !== b.category) return false;
  const alike =
    a.category === 'organizational'
      ? a.subtype === b.subtype && ONCE.has(a.subtype) && sameActors(a, b)
      : a.location.name === b.location.name;
  return alike && edtfOverlaps(a.date, b.date);
}

// The input with every two-incident sentence split into its clauses, each reading its share of the dates and places.
function byIncidentClause(input: EventInput): EventInput {
  const parentOf = new Map<Sentence, Sentence>();
  const sentences = flatMap(input.sentences, (sentence) => {
    const clauses = incidentClauses(sentence, input.datesOf);
    for (const clause of clauses) if (clause !== sentence) parentOf.set(clause, sentence);
    return clauses;
  });
  if (!parentOf.size) return input;
  const within =
    <T extends Span>(of: (sentence: Sentence) => T[]) =>
    (sentence: Sentence): T[] => {
      const parent = parentOf.get(sentence);
      return parent ? of(parent).filter((x) => x.start >= sentence.start && x.end <= sentence.end) : of(sentence);
    };
  return { ...input, sentences, datesOf: within(input.datesOf), placesOf: within(input.placesOf) };
}

/**
 * Events of the codebook (§5): incidents found and grouped by the segmenter, typed the GTD way,
 * dated, placed (the document's region when no place is named), with tolls, actors, attribution,
 * evidence and citations. Two accounts of one incident (same category, day and place) become one.
 *
 * @example
 * extractEvents(input).map((e) => `${e.date} ${e.location.name} ${e.subtype}`)
 * // ['2015-09-02 Dagestan unknown', '2016-12-04 Makhachkala raid', …]
 */
export function extractEvents(whole: EventInput): Explained<Event>[] {
  const input = byIncidentClause(whole);
  const events: Explained<Event>[] = [];
  // A sentence told for several incidents (a claim of "both attacks") is read once.
  const readings = new Map<Sentence, Casualties | undefined>();
  const readingOf = (sentence: Sentence) => {
    if (!readings.has(sentence)) readings.set(sentence, sentenceCasualties(input, sentence));
    return readings.get(sentence);
  };
  for (const [i, incident] of segmentIncidents(input).entries()) {
    const event = toEvent(input, incident, i, readingOf);
    const twin = events.find((e) => sameIncident(e, event));
    if (!twin) {
      events.push(event);
      continue;
    }
    for (const field of ['killed', 'killed_perpetrators', 'injured'] as const) twin[field] ??= event[field];
    // The second telling may name the group the first left to "it".
    if (twin.category === 'organizational')
      twin.perpetrators = [...new Set([...twin.perpetrators, ...event.perpetrators])];
    // The more precise date stands; an official or claimed attribution outranks a hedged one.
    if ((edtfRange(event.date)?.precision === 'day') > (edtfRange(twin.date)?.precision === 'day'))
      twin.date = event.date;
    if (['unknown', 'suspected'].includes(twin.attribution) && ['confirmed', 'claimed'].includes(event.attribution)) {
      Object.assign(twin, { attribution: event.attribution, perpetrators: event.perpetrators });
    } else if (twin.attribution === 'unknown') {
      Object.assign(twin, { attribution: event.attribution, perpetrators: event.perpetrators });
    }
  }
  // Numbered again once twins are merged; the events are this stage's own, so they are renumbered in place.
  events.forEach((e, i) => (e.id = `ev-${i + 1}`));
  return events;
}
