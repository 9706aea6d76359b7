import type { Extraction, Organization, Person, Relation } from '../model/index.js';
import { closeOpenInterval, parseDateline, findDates } from './dates.js';
import { detectFormat, readDocument } from './document-reader.js';
import { extractEntities } from './entities.js';
import { readLifespans, type Lifespan } from './entity-lifespan.js';
import type { EntityRecord } from './entity-registry.js';
import { readRoles } from './entity-roles.js';
import { extractEvents } from './events.js';
import { loadGazetteer, type Gazetteer } from './gazetteer.js';
import { findPlaces } from './geocode.js';
import { findCounts } from './counts.js';
import { parseReferences } from './references.js';
import { extractRelations } from './relations.js';
import { dateProvinceBranches } from './relation-structure.js';
import { splitSentences } from './sentences.js';
import type { CountMention, DateMention, DocumentFormat, PlaceMention, ReadDocument, Sentence } from './types.js';
import { NON_ARMED_HEADS } from './vocabulary.js';
import { memoizeByWord } from './word-memo.js';
import { flatMap } from './flat-map.js';

/** One document to extract. */
export interface ExtractInput {
  id: string;
  raw: string;
  format?: DocumentFormat;
  fileName?: string;
  title?: string;
}

/** What extraction may be given instead of its defaults. */
export interface ExtractOptions {
  gazetteer?: Gazetteer;
}

const defaults = (): Required<ExtractOptions> => ({ gazetteer: loadGazetteer() });

// A document names the same places again and again (and the entity stage asks about every name with a
// space): each name is looked up once per document. Answers are shared, hence read-only.
function lookupOncePerName(gazetteer: Gazetteer): Gazetteer {
  return {
    lookup: memoizeByWord((name) => gazetteer.lookup(name)),
    hasKey: (key) => gazetteer.hasKey(key),
    districtRegions: memoizeByWord((name) => gazetteer.districtRegions(name)),
    admin1: (code) => gazetteer.admin1(code),
  };
}

// The dateline of a dispatch ("GROZNY, 25 March 2017 — "): its date anchors weekdays, its place is a last resort.
interface Dateline {
  date: string;
  end: number;
}

function datelines(doc: ReadDocument): Map<number, Dateline> {
  const found = new Map<number, Dateline>();
  doc.body.forEach((line, paragraph) => {
    const date = parseDateline(line.text);
    const dash = line.text.search(/\s[—–-]\s/);
    if (date && dash > 0) found.set(paragraph, { date, end: line.start + dash + 2 });
  });
  return found;
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

function readDates(sentences: Sentence[], lines: Map<number, Dateline>): Map<Sentence, DateMention[]> {
  const out = new Map<Sentence, DateMention[]>();
  let previous: string | undefined;
  let previousParagraph = -1;
  for (const sentence of sentences) {
    const dateline = lines.get(sentence.paragraph);
    const found = findDates(sentence.text, sentence.start, { anchor: dateline?.date, previous });
    const dates = dateline ? found.filter((d) => d.start >= dateline.end) : found;
    out.set(sentence, dates);
    const full = dates.findLast((d) => FULL_DAY.test(d.edtf));
    // "the New IRA, formed in 2012, …. Detectives arrested two men the following day": a coarser date told in
    // passing does not replace the day the paragraph is about.
    const keepDay = sentence.paragraph === previousParagraph && FULL_DAY.test(previous ?? '');
    previous = full?.edtf ?? (keepDay ? previous : (dates[dates.length - 1]?.edtf ?? previous));
    previousParagraph = sentence.paragraph;
  }
  sentences.forEach((sentence, i) => {
    const next = sentences[i + 1];
    if (next?.paragraph === sentence.paragraph)
      out.set(sentence, closeOpenInterval(sentence, out.get(sentence)!, next, out.get(next)!));
  });
  return out;
}

// The places a dispatch's dateline names ("MAIDUGURI, Nigeria, 7 June 2021 — ").
function datelinePlaces(doc: ReadDocument, lines: Map<number, Dateline>, gazetteer: Gazetteer): PlaceMention[] {
  return flatMap([...lines.entries()], ([paragraph, dateline]) => {
    const line = doc.body[paragraph];
    return line ? findPlaces(line.text.slice(0, dateline.end - line.start), line.start, gazetteer) : [];
  });
}

// Sticky: tried right after a place's name, without a slice of the rest of the sentence.
const ACTOR_AFTER =
  /\s(?:air|drone)\s?strikes?|\s(?:forces|troops|soldiers|military|army|navy|officials|authorities|embassy|government|special forces)\b/y;

function actorAfter(sentence: Sentence, place: PlaceMention): boolean {
  ACTOR_AFTER.lastIndex = place.end - sentence.start;
  return ACTOR_AFTER.test(sentence.text);
}

function readPlaces(
  sentences: Sentence[],
  lines: Map<number, Dateline>,
  gazetteer: Gazetteer,
): Map<Sentence, PlaceMention[]> {
  const out = new Map<Sentence, PlaceMention[]>();
  const countries: string[] = [];
  const admin1: string[] = [];
  // Paragraphs where an earlier sentence already kept a place: one set instead of a scan per sentence.
  const placed = new Set<number>();
  for (const sentence of sentences) {
    const all = findPlaces(sentence.text, sentence.start, gazetteer, { countries, admin1 });
    // Most sentences name no place (and the finder's empty list is a new one each time).
    if (all.length === 0) {
      out.set(sentence, all);
      continue;
    }
    const dateline = lines.get(sentence.paragraph);
    // "a U.S. airstrike", "Kenyan troops": a country named as the actor's adjective is not where it happened.
    const own = all.filter((p) => !actorAfter(sentence, p));
    const body = own.filter((p) => !dateline || p.start >= dateline.end);
    // A dispatch that names no other place happened where it was filed.
    const kept = body.length || placed.has(sentence.paragraph) ? body : own;
    out.set(sentence, kept);
    if (kept.length) placed.add(sentence.paragraph);
    for (const p of all) {
      if (!countries.includes(p.country)) countries.push(p.country);
      if (p.admin1 && !admin1.includes(p.admin1)) admin1.push(p.admin1);
    }
  }
  return out;
}

// The broad region the document is about ("North Caucasus"): where events without a named place happened. The
// places of the datelines (`framing`) are the last resort: "MAIDUGURI, Nigeria, …" says the digest is about Nigeria.
function documentRegion(
  places: PlaceMention[],
  gazetteer: Gazetteer,
  titleEnd: number,
  home?: string,
  framing: PlaceMention[] = [],
): PlaceMention | undefined {
  // Where the document's own group is said to be active comes first.
  const own = home && places.find((p) => p.name === home || p.text === home);
  if (own) return own;
  const regions = places.filter((p) => gazetteer.lookup(p.name)[0]?.kind === 'region');
  // A region the title names counts thrice: it is what the document is about. "the Caucasus" also counts
  // for "North Caucasus" when both are named: the specific form is the one the document means.
  const times = (p: PlaceMention) =>
    regions
      .filter((r) => r.name === p.name || p.name.endsWith(` ${r.name}`))
      .reduce((n, r) => n + (r.start < titleEnd ? 3 : 1), 0);
  const best = [...regions].sort((a, b) => times(b) - times(a) || b.name.length - a.name.length)[0];
  return best ?? places.find((p) => p.precision === 'country') ?? framing.find((p) => p.precision === 'country');
}

// Asked of every organization mentioned in every sentence with a place: once per name.
const isStateBody = memoizeByWord((name) => name.split(/\s+/).some((w) => NON_ARMED_HEADS.has(w.toLowerCase())));

// The place a group is located in, by its first located_in relation.
function homeOf(record: EntityRecord, relations: Relation[]): string | undefined {
  return relations.find((r) => r.type === 'located_in' && r.subject === record.name)?.object;
}

function organizationOut(record: EntityRecord, relations: Relation[], lifespan: Lifespan = {}): Organization {
  const parent = relations.find((r) => r.type === 'branch_of' && r.subject === record.name)?.object;
  const region = homeOf(record, relations);
  return {
    id: record.id,
    name: record.name,
    aliases: record.aliases,
    names: record.names.map(({ text, lang, script, romanized_from }) => ({ text, lang, script, romanized_from })),
    ...(parent ? { parent } : {}),
    ...lifespan,
    ...(region ? { region } : {}),
    explanation: record.explanation,
  };
}

function personOut(record: EntityRecord, roles: string[] = []): Person {
  return {
    id: record.id,
    name: record.name,
    aliases: record.aliases,
    roles: [...new Set([...record.roles, ...roles])],
    explanation: record.explanation,
  };
}

/**
 * Extracts one document into the codebook's extraction JSON: entities with every name, relations,
 * events and sources, each fact with its evidence span into the read text and the stage and rule that
 * made it. Pure: no I/O, no clock.
 *
 * @example
 * const extraction = extract({ id: 'is-cp', raw: text, fileName: 'is-cp.txt' });
 * extraction.events[0].date // '2015-09-02'
 */
export function extract(input: ExtractInput, options: ExtractOptions = {}): Extraction {
  const gazetteer = lookupOncePerName(options.gazetteer ?? defaults().gazetteer);
  const doc = readDocument(input.raw, input.format ?? detectFormat(input.fileName ?? `${input.id}.txt`, input.raw));
  const sentences = splitSentences(doc);
  const lines = datelines(doc);
  const dates = readDates(sentences, lines);
  const places = readPlaces(sentences, lines, gazetteer);
  const datesOf = (s: Sentence) => dates.get(s) ?? [];
  const placesOf = (s: Sentence) => places.get(s) ?? [];
  // Incidents share sentences: each sentence's counts are read once.
  const counts = new Map<Sentence, CountMention[]>();
  const isPlace = (name: string) => name.includes(' ') && gazetteer.lookup(name).length > 0;
  const { registry, main } = extractEntities(doc, sentences, { isPlace });
  const relations = extractRelations({ doc, sentences, registry, main, datesOf, placesOf });
  // "the Islamic State of Iraq": a place inside an armed group's name is no place where an event happened
  // (a state body's, "Police Service of Northern Ireland", is where it works).
  const eventPlacesOf = (s: Sentence) => {
    const places = placesOf(s);
    // A sentence without places needs no search for the names around them.
    if (places.length === 0) return [];
    const orgs = registry
      .mentionsIn(s.text, s.start)
      .filter((m) => m.entity.kind === 'organization' && !isStateBody(m.entity.name));
    return places.filter((p) => !orgs.some((m) => m.start <= p.start && p.end <= m.end));
  };
  const related = (type: Relation['type'], subject: EntityRecord) =>
    registry.find(relations.find((r) => r.type === type && r.subject === subject.name)?.object ?? '');
  const events = extractEvents({
    doc,
    sentences,
    registry,
    actors: {
      topic: main,
      parentOf: (org) => related('branch_of', org),
      ledBy: (person) =>
        relations
          .filter((r) => r.type === 'leader_of' && r.subject === person.name)
          .flatMap((r) => registry.find(r.object) ?? []),
      source: doc.text,
    },
    datesOf,
    placesOf: eventPlacesOf,
    countsOf: (s) => counts.get(s) ?? counts.set(s, findCounts(s.text, s.start)).get(s)!,
    region: documentRegion(
      flatMap(sentences, eventPlacesOf),
      gazetteer,
      doc.body[2]?.start ?? doc.text.length,
      main && homeOf(main, relations),
      datelinePlaces(doc, lines, gazetteer),
    ),
  });
  const lifespans = readLifespans({ sentences, registry, main, datesOf });
  dateProvinceBranches(relations, (name) => {
    const record = registry.find(name);
    return record && lifespans.get(record)?.founded;
  });
  const roles = readRoles(registry, relations, doc.text);
  return {
    document: { id: input.id, ...((input.title ?? doc.title) ? { title: input.title ?? doc.title } : {}) },
    organizations: registry.records
      .filter((r) => r.kind === 'organization')
      .map((r) => organizationOut(r, relations, lifespans.get(r))),
    people: registry.records.filter((r) => r.kind === 'person').map((r) => personOut(r, roles.get(r))),
    relations,
    events,
    sources: parseReferences(doc),
  };
}
