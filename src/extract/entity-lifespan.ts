import type { EntityMention, EntityRecord, EntityRegistry } from './entity-registry.js';
import type { DateMention, Sentence } from './types.js';
import { allMatches } from './all-matches.js';

/** When an organization began and ended, as EDTF. */
export interface Lifespan {
  founded?: string;
  dissolved?: string;
}

/** What the lifespan reader needs besides the sentences. */
export interface LifespanInput {
  sentences: Sentence[];
  registry: EntityRegistry;
  /** The organization the document is about: the referent of "it", "the group" and of label lines. */
  main?: EntityRecord;
  datesOf: (sentence: Sentence) => DateMention[];
}

type Edge = keyof Lifespan;

// Profile label lines: "Formed: October 7, 2007", "Disbanded: August 2016 (…)".
const LABELS: Readonly<Record<Edge, RegExp>> = {
  founded: /^(?:formed|founded|established|created|date formed|founding date)\s*:/i,
  dissolved: /^(?:disbanded|dissolved|defunct|ceased operations|active until|date dissolved)\s*:/i,
};
// Verbs and nouns of a beginning or an end; the noun forms name their owner by a possessive or "of".
const VERBS: Readonly<Record<Edge, RegExp>> = {
  founded:
    /\b(?:founded|formed|established|proclaimed|created|set up)\b|\b(?:formation|creation|founding|establishment)\b/gi,
  dissolved:
    /\b(?:dissolved|disbanded|ceased to (?:function|exist|operate)|dismantled)\b|\b(?:dissolution|disbanding)\b/gi,
};
const ANAPHOR = /^(?:it|its|the (?:group|organi[sz]ation|movement|network))$/i;
// What may stand between a verb and the name it acts on: "proclaimed its own Caucasus Province".
const OBJECT_LEAD = /^\s+(?:(?:its own|the new|the|a new|its)\s+)?/i;
// An intransitive or passive use names its subject before the verb: "it ceased to function", "was proclaimed".
const INTRANSITIVE_NEXT = /^\s*(?:[,.;:)]|$|(?:in|on|by|after|inside|at|when|during|around|as|to)\b)/i;

function anaphorAt(words: string, main: EntityRecord | undefined): EntityRecord | undefined {
  return main && ANAPHOR.test(words.trim().replace(/(?:'s|’s)$/, '')) ? main : undefined;
}

// The organization right after the verb ("proclaimed it", "proclaimed its own X", "the formation of X").
function objectOf(text: string, mentions: readonly EntityMention[], offset: number, input: LifespanInput) {
  const lead = OBJECT_LEAD.exec(text)?.[0] ?? '';
  const named = mentions.find((m) => m.entity.kind === 'organization' && m.start === offset + lead.length);
  if (named) return named.entity;
  const of = /^\s+of\s+(?:the\s+)?/.exec(text);
  if (of) return mentions.find((m) => m.entity.kind === 'organization' && m.start === offset + of[0].length)?.entity;
  return anaphorAt(/^\s+(it|its|the \w+)\b/i.exec(text)?.[1] ?? '', input.main);
}

// The organization the clause before the verb is about ("it ceased", "the group's formation", "X was founded").
function subjectOf(before: string, mentions: readonly EntityMention[], offset: number, input: LifespanInput) {
  const possessed = /(\b(?:it|the \w+|\S+))(?:'s|’s)\s+$/.exec(before);
  const near = /\b(it|the \w+)\s+(?:(?:was|were|had|has|been|later|also|then|formally|officially)\s+)*$/i.exec(before);
  const pronoun = anaphorAt(possessed?.[1] ?? near?.[1] ?? '', input.main);
  if (pronoun) return pronoun;
  const last = mentions.filter((m) => m.entity.kind === 'organization' && m.end <= offset + before.length).pop();
  return last && offset + before.length - last.end <= 25 ? last.entity : undefined;
}

// "Founded on 31 July 1959 by students …, it killed …": an opening participle describes the main clause's
// subject, here an anaphor for the document's group.
function openingSubject(text: string, input: LifespanInput): EntityRecord | undefined {
  return /,\s(?:it|the (?:group|organi[sz]ation|movement))\s/i.test(text) ? input.main : undefined;
}

function dateAfter(dates: DateMention[], at: number): string | undefined {
  return (dates.find((d) => d.start >= at) ?? dates[dates.length - 1])?.edtf;
}

/**
 * Reads when organizations were founded and dissolved: the profile's label lines ("Formed: October 7,
 * 2007", "Disbanded: August 2016") for the document's subject, then sentences ("IS announced the
 * group's formation on 23 June 2015", "proclaimed it on 7 October 2007", "it ceased to function
 * inside Russia in 2016"). The first reading of each edge stands.
 *
 * @example
 * readLifespans({ sentences, registry, main, datesOf }).get(main) // { founded: '2007-10-07', dissolved: '2016' }
 */
export function readLifespans(input: LifespanInput): Map<EntityRecord, Lifespan> {
  const out = new Map<EntityRecord, Lifespan>();
  const set = (org: EntityRecord | undefined, edge: Edge, date: string | undefined) => {
    if (!org || !date || org.kind !== 'organization') return;
    const span = out.get(org) ?? {};
    span[edge] ??= date;
    out.set(org, span);
  };
  for (const sentence of input.sentences) {
    const dates = input.datesOf(sentence);
    for (const edge of ['founded', 'dissolved'] as const) {
      // "Formed: 2006": a label line's bare year is a date, though prose rarely lets one stand alone.
      const year = /:\s*((?:1[6-9]|20)\d\d)\b/.exec(sentence.text)?.[1];
      if (LABELS[edge].test(sentence.text)) set(input.main, edge, dates[0]?.edtf ?? year);
    }
  }
  for (const sentence of input.sentences) {
    const dates = input.datesOf(sentence);
    if (!dates.length || Object.values(LABELS).some((l) => l.test(sentence.text))) continue;
    const mentions = input.registry.mentionsIn(sentence.text, sentence.start);
    for (const edge of ['founded', 'dissolved'] as const) {
      for (const m of allMatches(VERBS[edge], sentence.text)) {
        const after = sentence.text.slice(m.index + m[0].length);
        const before = sentence.text.slice(0, m.index);
        const object = objectOf(after, mentions, sentence.start + m.index + m[0].length, input);
        const org =
          object ??
          (m.index === 0 ? openingSubject(sentence.text, input) : undefined) ??
          (INTRANSITIVE_NEXT.test(after) ? subjectOf(before, mentions, sentence.start, input) : undefined);
        set(org, edge, dateAfter(dates, sentence.start + m.index));
      }
    }
  }
  return out;
}
