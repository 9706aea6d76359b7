import { edtfOverlaps, edtfRange } from '../model/index.js';
import { detectIncident, type IncidentCue } from './event-detect.js';
import type { DateMention, PlaceMention, Sentence } from './types.js';
import { allMatches } from './all-matches.js';

/** The sentences of one incident, with its date and place as first told. */
export interface IncidentDraft {
  cue: IncidentCue;
  sentences: Sentence[];
  date: string;
  place?: PlaceMention;
  /** The sentence that opened the incident summarizes several ("Three separate attacks…"). */
  summary: boolean;
  /** The opening sentence names several places ("in Dagestan, Chechnya, Ingushetia and …"). */
  scattered: boolean;
}

/** Per-sentence readings the segmenter needs. */
export interface SegmentInput {
  sentences: Sentence[];
  datesOf: (sentence: Sentence) => DateMention[];
  placesOf: (sentence: Sentence) => PlaceMention[];
}

const PRECISION_RANK = { exact: 0, district: 1, admin1: 2, country: 3 } as const;
const SUMMARY =
  /\b(?:separate|several|two|three|four|coordinated|series of|twin|double)\s(?:[\w-]+\s)?(?:attacks|bombings|cities|towns|sites)\b|\bin two\b|\btwice\b/i;
// A sentence that only reports a claim or an aftermath of the incident just told.
const ALL_OF_THEM = /\b(?:the|both) (?:series|attacks|bombings)\b|\bclaimed both\b/i;
// A claim with no act of violence of its own: "IS's Caucasus branch claimed the assault on Sunday".
const CLAIM_ONLY = /\bclaim(?:ed|s|ing)?\b/i;
const OWN_VIOLENCE =
  /\b(?:killed|killing|wounded|injured|died|dead|opened fire|shot|stormed|exploded|detonated|set off|stabbed)\b/i;
const NOUN_CUE = /^(?:attacks?|bombings?|assault)\b/i;
// Tolls, aftermaths and claims told after the incident, in the same dispatch.
const AFTERMATH =
  /\b(?:killed|died|dead|toll|wounded|wounding|injured|injuring|hurt|claim(?:ed|s)?|responsib\w+|blamed|assessment|suspect\w*|linked|investigators)\b/i;
const FOLLOW_UP =
  /\b(?:the|this|that|both) (?:attack|attacks|assault|raid|bombing|bombings|series|operation|explosions?|shooting)\b|\b(?:the|all)(?: of the)? (?:attackers?|assailants?|gunman|gunmen|bomber)\b/i;

/** The most specific place of a sentence (exact before district, admin-1, country), first told first. */
function mostSpecific(places: PlaceMention[]): PlaceMention | undefined {
  let best: PlaceMention | undefined;
  for (const p of places) {
    if (!best || (PRECISION_RANK[p.precision] - PRECISION_RANK[best.precision] || p.start - best.start) < 0) best = p;
  }
  return best;
}

/** The date told nearest to the trigger word, before or after it. */
function nearestDate(dates: DateMention[], sentence: Sentence, cue: IncidentCue): string | undefined {
  const at = sentence.start + cue.index;
  const distance = (d: DateMention) => (d.end <= at ? at - d.end : Math.max(0, d.start - at));
  // "claimed the bombing … two days later": a date counted from the act, told after it, is not the act's date;
  // "A year later it announced …" opens with the act's own date.
  const own = dates.filter((d) => !(/\blater\b/i.test(d.text) && d.start >= at));
  // "the leader in the 1990s; police arrested him … on 3 October 2004": a date past a semicolon tells
  // another clause, and counts only when the trigger's clause has none.
  const between = (d: DateMention) =>
    sentence.text.slice(Math.min(d.end, at) - sentence.start, Math.max(d.start, at) - sentence.start);
  const clause = own.filter((d) => !between(d).includes(';'));
  return [...(clause.length ? clause : own)].sort((a, b) => distance(a) - distance(b))[0]?.edtf;
}

const PRECISION = { year: 0, month: 1, day: 2 } as const;
function finer(a: string, b: string): boolean {
  const [ra, rb] = [edtfRange(a), edtfRange(b)];
  return Boolean(ra && rb && PRECISION[ra.precision] > PRECISION[rb.precision]);
}

function yearsBefore(earlier: string, later: string): number {
  const a = edtfRange(earlier)?.end;
  const b = edtfRange(later)?.start;
  return a && b ? (Date.parse(b) - Date.parse(a)) / (365.25 * 86_400_000) : 0;
}

// Days between the starts of two dates; Infinity when either is open.
function daysApart(a: string, b: string): number {
  const [ra, rb] = [edtfRange(a)?.start, edtfRange(b)?.start];
  return ra && rb ? Math.abs(Date.parse(ra) - Date.parse(rb)) / 86_400_000 : Infinity;
}

// Two or three capitalized words in a row, as a person's name is written ("John Caldwell").
const PERSON_NAME = /\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}\b/gu;
// How long after an attack a claim told apart from it may still be its claim.
const CLAIM_WINDOW_DAYS = 60;

/**
 * "On 20 May, JNIM claimed the attack on the Djibo post": a claim told in a later paragraph than the act
 * joins the latest attack of the weeks before it at the place it names, or, naming none, the latest one
 * when it refers to "the attack".
 */
function claimedEarlier(
  incidents: IncidentDraft[],
  sentence: Sentence,
  dates: DateMention[],
  place: PlaceMention | undefined,
): IncidentDraft[] {
  const told = edtfRange(dates[0]?.edtf ?? '');
  const attacks = incidents.filter((incident) => {
    if (incident.cue.category !== 'attack') return false;
    if (!told?.end) return true;
    const act = edtfRange(incident.date);
    return Boolean(
      act?.start && act.start <= told.end && daysApart(incident.date, dates[0]!.edtf) <= CLAIM_WINDOW_DAYS,
    );
  });
  // "A message claiming the shooting of John Caldwell …": the attack on the person the claim names.
  const people = allMatches(PERSON_NAME, sentence.text).map((m) => m[0]);
  const onPerson = attacks.filter((i) => people.some((p) => i.sentences.some((s) => s.text.includes(p))));
  if (onPerson.length) return onPerson.slice(-1);
  const named = place
    ? attacks.filter((i) => i.place && (i.place.name === place.name || i.place.admin1 === place.name))
    : FOLLOW_UP.test(sentence.text)
      ? attacks
      : [];
  return named.slice(-1);
}

function samePlace(a?: PlaceMention, b?: PlaceMention): boolean {
  if (!a || !b) return true;
  return (
    a.name === b.name ||
    a.admin1 === b.name ||
    b.admin1 === a.name ||
    a.precision === 'country' ||
    b.precision === 'country'
  );
}

/**
 * Groups sentences into incidents: a sentence with an incident cue opens one unless it continues the
 * open incident of its paragraph (no date of its own or the same date, the same place, or a claim or
 * aftermath of "the attack"); a summary sentence ("Three separate attacks…") is refined by the first
 * specific place and then split by the next ones. Sentences without a date inherit the paragraph's.
 *
 * @example
 * segmentIncidents({ sentences, datesOf, placesOf }).map((i) => i.date) // ['2015-09-02', '2016-12-04', …]
 */
export function segmentIncidents(input: SegmentInput): IncidentDraft[] {
  const incidents: IncidentDraft[] = [];
  let open: IncidentDraft | undefined;
  let group: IncidentDraft[] = [];
  let paragraph = -1;
  let paragraphDate: string | undefined;
  let following = false;
  // A bullet's heading ("Chirkey, 28 August 2012.") dates and places the incident told after it.
  let paragraphPlace: PlaceMention | undefined;
  for (const sentence of input.sentences) {
    const dates = input.datesOf(sentence);
    const cue = detectIncident(sentence.text);
    const places = input.placesOf(sentence);
    const place = mostSpecific(places);
    // A claim or aftermath of "the attacks" belongs to every incident of the dispatch it follows.
    const newParagraph = sentence.paragraph !== paragraph;
    const toAll =
      !dates.length && !place && group.length > 0 && (ALL_OF_THEM.test(sentence.text) || (following && !newParagraph));
    // "Officials blamed the ISGS for both attacks": no act of its own, whatever noun it uses.
    if (toAll && (!cue || CLAIM_ONLY.test(sentence.text) || !OWN_VIOLENCE.test(sentence.text))) {
      for (const incident of group) incident.sentences.push(sentence);
      following = following || newParagraph;
      paragraph = sentence.paragraph;
      continue;
    }
    if (newParagraph) {
      paragraph = sentence.paragraph;
      open = undefined;
      group = [];
      paragraphDate = undefined;
      paragraphPlace = undefined;
      following = false;
    }
    // "Twenty-five years after the Omagh bombing, …": the paragraph's first place frames what it goes on to tell.
    paragraphPlace ??= place;
    if (!cue) {
      if (open && (FOLLOW_UP.test(sentence.text) || AFTERMATH.test(sentence.text))) open.sentences.push(sentence);
      paragraphDate = dates[dates.length - 1]?.edtf ?? paragraphDate;
      continue;
    }
    // A claim told apart from the act ("claiming both Volgograd bombings", "claimed the assault on Sunday").
    if (CLAIM_ONLY.test(sentence.text) && !OWN_VIOLENCE.test(sentence.text) && cue.category === 'attack') {
      const claimed = /\bboth\b/i.test(sentence.text)
        ? incidents.slice(-2)
        : open
          ? [open]
          : claimedEarlier(incidents, sentence, dates, place);
      for (const incident of claimed) incident.sentences.push(sentence);
      if (claimed.length) continue;
    }
    // "Russian leaders linked it to the network behind the Moscow bombings": a noun looking back, not a new act.
    if (open && !dates.length && NOUN_CUE.test(sentence.text.slice(cue.index)) && !OWN_VIOLENCE.test(sentence.text)) {
      open.sentences.push(sentence);
      continue;
    }
    const own = nearestDate(dates, sentence, cue);
    // Inherited from an interval ("2015 – August 17, 2016"), a date is the interval's last point.
    const date = own ?? open?.date ?? paragraphDate?.split('/').pop();
    paragraphDate = dates[dates.length - 1]?.edtf ?? paragraphDate;
    if (!date || !edtfRange(date)) continue;
    // "Byutukayev, who had … defected to IS in June 2015, died together with his group": a date years before
    // the incident in progress is background to it, not a new incident.
    if (open && own && yearsBefore(own, open.date) > 2 && AFTERMATH.test(sentence.text)) {
      open.sentences.push(sentence);
      continue;
    }
    const sameDay = !own || (open !== undefined && edtfOverlaps(own, open.date));
    // "The next morning a blast …, again including the bomber" is a new incident; "IS claimed the attack" on a
    // later day is not.
    const followUp = FOLLOW_UP.test(sentence.text) && !place && (sameDay || CLAIM_ONLY.test(sentence.text));
    if (
      open &&
      (followUp || (sameDay && samePlace(open.place, place) && !(open.summary && place && open.sentences.length > 1)))
    ) {
      if (open.summary && place && open.sentences.length === 1) open.place = place;
      // "Volgograd was bombed twice … at the end of 2013. On 29 December …": the first detail dates the summary.
      if (open.summary && own && open.sentences.length === 1 && finer(own, open.date)) open.date = own;
      open.sentences.push(sentence);
      continue;
    }
    const category = open && open.summary && sameDay ? open.cue : cue;
    // "a trolleybus in the city": an incident told without a place happened where the dispatch's last one did,
    // when it followed within days; one years later ("was arrested … in May 2019") may have happened anywhere.
    const nearby = open && own && daysApart(own, open.date) <= 7 ? open.place : undefined;
    const where = place ?? (own && cue.category !== 'organizational' ? (nearby ?? paragraphPlace) : paragraphPlace);
    const scattered = new Set(places.map((p) => p.name)).size > 1;
    const incident = {
      cue: category,
      sentences: [sentence],
      date,
      place: where,
      summary: SUMMARY.test(sentence.text),
      scattered,
    };
    incidents.push(incident);
    // An organizational aside ("Byutukayev, who had … defected to IS in June 2015, died together with his
    // group; Kadyrov put the number … at six") also tells the toll of the incident in progress.
    if (cue.category === 'organizational' && open && open.cue.category !== 'organizational') {
      if (AFTERMATH.test(sentence.text)) open.sentences.push(sentence);
      continue;
    }
    open = incident;
    group.push(open);
  }
  return incidents;
}
