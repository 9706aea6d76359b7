import { normalizeName, type Name } from '../model/index.js';
import { readAcronymVariants, readDerivedNames, readHeadReferences, readSentenceAliases } from './entity-aliases.js';
import { EntityRegistry, type EntityRecord } from './entity-registry.js';
import { parseAliasList, parseNameBlock, parseNamesNote } from './names-note.js';
import { nameRuns } from './name-runs.js';
import { readTranslatedForms } from './entity-translations.js';
import { findOrgNames } from './org-names.js';
import { findPersonNames } from './person-names.js';
import type { Line, ReadDocument, Sentence, Span } from './types.js';
import { ORG_LEAD_WORDS } from './vocabulary.js';
import { flatMap } from './flat-map.js';

/** What the entity stage may consult besides the document. */
export interface EntityContext {
  /** True when a name is a known place (a gazetteer hit), so it is never taken for a person. */
  isPlace?: (name: string) => boolean;
}

/** The entity stage's result: the registry, and the organization the document is about (if any). */
export interface DocumentEntities {
  registry: EntityRegistry;
  main?: EntityRecord;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

// The names-note parser reads "Arabic: …, romanized: …"; a names note yields at least two names.
function noteNames(line: Line): Name[] {
  return parseNamesNote(line).map((n) => ({ ...n }));
}

// A title block of native names: other-script text near the top, with no sentence in it.
function isNameBlock(line: Line): boolean {
  const otherScript = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(line.text);
  return otherScript && !/[.!?](?:\s|$)/.test(line.text) && !/^[\p{L} ]{3,30}:/u.test(line.text);
}

// A profile's or article's title that is a bare name ("Al-Shabaab", "ETA") names the group it is about when
// the document says so: an "Also known as" line, a short description calling it a group, or a first
// sentence that opens with the name and calls it one.
const GROUP_WORDS =
  /\b(?:organi[sz]ation|group|movement|militia|insurgen\w*|separatist|jihadist|guerrilla|armed|faction|network)\b/i;
function titleOrganization(doc: ReadDocument, prose: Sentence[]): (Span & { text: string }) | undefined {
  const title = titleName(doc);
  if (!title || title.split(/\s+/).length > 5 || /[.:|,]/.test(title) || findOrgNames(title).length) return undefined;
  const line = doc.body.slice(0, 4).find((l) => l.text.trim() === title);
  if (!line) return undefined;
  const aka = doc.body.slice(0, 6).some((l) => /^Also known as:/i.test(l.text));
  const described = doc.body[0] !== line && GROUP_WORDS.test(doc.body[0]?.text ?? '');
  const first = prose.find((s) => s.start > line.end && s.text.startsWith(title));
  const opens = first && GROUP_WORDS.test(first.text.split(/\.\s/)[0] ?? '');
  if (!aka && !described && !opens) return undefined;
  const start = line.start + line.text.indexOf(title);
  return { text: title, start, end: start + title.length };
}

// "Tehrik-i-Taliban Pakistan (TTP)": a title's trailing abbreviation in parentheses is an alias, not part of the name.
const TITLE_ABBREVIATION = /\s\(([\p{Lu}\p{N}&.-]{2,10})\)$/u;
const titleName = (doc: ReadDocument) => doc.title?.trim().replace(TITLE_ABBREVIATION, '');

function mainOrganization(doc: ReadDocument, registry: EntityRegistry): EntityRecord | undefined {
  const name = titleName(doc);
  const titled = name ? registry.find(name) : undefined;
  const abbreviation = doc.title && TITLE_ABBREVIATION.exec(doc.title.trim())?.[1];
  if (titled?.kind === 'organization' && abbreviation) {
    const other = registry.find(abbreviation);
    if (other && other !== titled && other.kind === 'organization') registry.merge(titled, other);
    else if (!other) registry.addAlias(titled, abbreviation);
  }
  if (titled?.kind === 'organization') return titled;
  const heads = [doc.title ?? '', ...doc.body.slice(0, 3).map((l) => l.text)];
  for (const text of heads) {
    const named = findOrgNames(text)
      .map((o) => registry.find(o.text))
      .find(Boolean);
    if (named) return named;
  }
  return mostMentioned(doc, registry);
}

// A document whose title names no group is still about one when a single organization dominates it:
// named at least three times and at least twice as often as any other.
function mostMentioned(doc: ReadDocument, registry: EntityRegistry): EntityRecord | undefined {
  const tally = new Map<EntityRecord, number>();
  for (const m of registry.mentionsIn(doc.text, 0))
    if (m.entity.kind === 'organization') tally.set(m.entity, (tally.get(m.entity) ?? 0) + 1);
  const [first, second] = [...tally].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : undefined;
}

// Surname-only mentions ("Asildarov", "Adnani") of a person whose full name the text gives.
function addSurnames(registry: EntityRegistry, text: string): void {
  const people = registry.records.filter((r) => r.kind === 'person' && r.name.includes(' '));
  const lastNames = people.map((p) => p.name.slice(p.name.lastIndexOf(' ') + 1));
  const bearers = new Map<string, number>();
  for (const last of lastNames) bearers.set(last, (bearers.get(last) ?? 0) + 1);
  for (const [i, person] of people.entries()) {
    const last = lastNames[i]!;
    const shared = bearers.get(last)! > 1;
    for (const surname of new Set([last, last.replace(/^(?:al|as|ash|ad|el)-/i, '')])) {
      if (shared || surname.length < 3 || !new RegExp(`\\b${surname}\\b`).test(text)) continue;
      const known = registry.find(surname);
      if (!known) registry.addAlias(person, surname);
      else if (known.kind === 'person' && !known.name.includes(' ')) registry.merge(person, known);
    }
  }
}

// A reference quote that "named 'Abu Mohammad al-Qadari' the leader" gives the nom de guerre of the
// person the body says was named or appointed leader.
function addQuotedNoms(registry: EntityRegistry, doc: ReadDocument, sentences: Sentence[]): void {
  for (const line of doc.references) {
    const quoted = /named ['‘"]([^'’"]+)['’"] (?:as )?the (?:leader|emir|head)/.exec(line.text);
    if (!quoted?.[1] || registry.find(quoted[1])) continue;
    for (const sentence of sentences) {
      const appointed = /\b(?:named|appointed) ([^,.]+?) as\b/.exec(sentence.text);
      const person = appointed && registry.mentionsIn(appointed[1] ?? '').find((m) => m.entity.kind === 'person');
      if (person) {
        registry.addAlias(person.entity, quoted[1]);
        break;
      }
    }
  }
}

/**
 * Finds the organizations and people of a document with every name they go by: shapes of names in
 * the body, the title block's native names, the "Also known as" line, the names note, parentheses and
 * "known as" phrases, surname-only mentions and acronym variants.
 *
 * @example
 * const { registry, main } = extractEntities(doc, splitSentences(doc));
 * main?.aliases.includes('IS-CP') // true for the seed article
 */
export function extractEntities(
  doc: ReadDocument,
  sentences: Sentence[],
  context: EntityContext = {},
): DocumentEntities {
  const isPlace = context.isPlace ?? (() => false);
  const registry = new EntityRegistry();
  const blockLines = new Set<Line>();
  for (const line of doc.body.slice(0, 4))
    if (isNameBlock(line) && parseNameBlock(line).length > 0) blockLines.add(line);
  const prose = sentences.filter((s) => ![...blockLines].some((l) => overlaps(l, s)));

  const title = titleOrganization(doc, prose);
  if (title) registry.add('organization', title.text, title, 'org-title');
  // Every organization first, so a group named bare early on ("Boko Haram claimed") is not taken for a
  // person before a later sentence shows it is a group ("Boko Haram fighters").
  // Organizations and people are read from the same runs of capitalized words: scan each sentence once.
  const runsOf = new Map(prose.map((s) => [s, nameRuns(s.text, s.start)]));
  const orgsOf = new Map(
    prose.map((s) => [s, findOrgNames(s.text, s.start, runsOf.get(s)).filter((o) => !isPlace(o.text))]),
  );
  for (const orgs of orgsOf.values())
    for (const org of orgs) registry.add('organization', org.text, org, `org-${org.rule}`);
  for (const sentence of prose) {
    const orgs = orgsOf.get(sentence) ?? [];
    const isOther = (name: string) => Boolean(registry.find(name)) || isPlace(name);
    for (const person of findPersonNames(sentence.text, sentence.start, isOther, runsOf.get(sentence))) {
      if (orgs.some((o) => overlaps(o, person))) continue;
      registry.add('person', person.text, person, `person-${person.rule}`, person.rule === 'full-name' ? 0.6 : 0.5);
    }
  }
  for (const sentence of prose) readSentenceAliases(registry, sentence.text, sentence.start);

  const main = mainOrganization(doc, registry);
  if (main) {
    for (const line of blockLines) for (const name of parseNameBlock(line)) registry.addName(main, { ...name });
    for (const line of doc.body.slice(0, 6)) {
      const aka = /^Also known as:\s*/i.exec(line.text);
      if (!aka) continue;
      for (const alias of parseAliasList(line.text.slice(aka[0].length), line.start + aka[0].length)) {
        // A name the body also used on its own ("Harakat al-Shabaab al-Mujahideen") folds into the subject.
        const other = registry.find(alias.text);
        if (other && other !== registry.live(main) && other.kind === 'organization') registry.merge(main, other);
        registry.addName(main, { text: alias.text, lang: alias.lang, script: alias.script });
      }
    }
  }
  const noteTarget = noteOwner(doc, registry) ?? main;
  if (noteTarget)
    for (const line of doc.references) for (const name of noteNames(line)) registry.addName(noteTarget, name);

  readHeadReferences(
    registry,
    doc.text,
    flatMap([...runsOf.values()], (runs) => runs),
  );
  readAcronymVariants(registry, doc.references.map((l) => l.text).join('\n'));
  const proseText = prose.map((s) => s.text).join('\n');
  readDerivedNames(registry, proseText);
  addSurnames(registry, proseText);
  addQuotedNoms(registry, doc, prose);
  readTranslatedForms(registry, proseText);
  mergeShortForms(registry);
  return { registry, main: main && registry.live(main) };
}

// The entity named right before the first "[note 1]" marker owns the names note.
function noteOwner(doc: ReadDocument, registry: EntityRegistry): EntityRecord | undefined {
  const marker = doc.footnotes.find((f) => f.kind === 'note');
  if (!marker) return undefined;
  const lineStart = doc.text.lastIndexOf('\n', marker.start) + 1;
  const before = registry.mentionsIn(doc.text.slice(lineStart, marker.start), lineStart);
  return before[before.length - 1]?.entity;
}

const GENERIC_NAME_WORDS = new Set(
  'islamic national popular democratic revolutionary liberation united people peoples free new real patriotic armed socialist communist arab front army state movement'.split(
    ' ',
  ),
);

// "Vilayat Kavkaz" is the opening of "Vilayat Kavkaz Islamskogo gosudarstva"; "Caucasus Province" the
// end of "Islamic State – Caucasus Province": short forms of one organization merge into it.
function mergeShortForms(registry: EntityRegistry): void {
  const orgs = () => registry.records.filter((r) => r.kind === 'organization');
  // Every name is compared with every other: normalize each once.
  const normalized = new Map<string, string>();
  const norm = (name: string) => normalized.get(name) ?? normalized.set(name, normalizeName(name)).get(name)!;
  for (const short of orgs()) {
    const key = norm(short.name);
    if (!key.includes(' ')) continue;
    const firstWord = key.slice(0, key.indexOf(' '));
    // "the Zenki Movement" ends "Nour al-Din al-Zenki Movement"; "Liberation Front" ends too many names to say.
    const distinctive = !GENERIC_NAME_WORDS.has(firstWord);
    const leadWord = ORG_LEAD_WORDS.has(firstWord);
    const owners = orgs().filter(
      (o) =>
        o !== short &&
        [o.name, ...o.aliases].some((n) => {
          const k = norm(n);
          return (
            k !== key &&
            ((leadWord && k.startsWith(`${key} `)) ||
              (/ [–-] /.test(n) && k.endsWith(` ${key}`)) ||
              (distinctive && k.endsWith(` ${key}`)))
          );
        }),
    );
    if (owners.length === 1 && owners[0]) registry.merge(owners[0], short);
  }
}
