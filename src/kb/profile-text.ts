import { formatCount } from '../model/index.js';
import type { EventRecord } from '../store/store.js';
import type { EntityRef, Profile } from './profile.js';

const span = (start: string | null, end: string | null) => `${start ?? '?'} – ${end ?? '?'}`;
const ref = (r: EntityRef) => (r.id ? `${r.name} (${r.id})` : r.name);
const event = (e: EventRecord) => `${e.date} ${e.location.name}: ${e.summary}`;

/**
 * A profile as readable text for `chronicle show`: one heading per part, parts without
 * facts left out, every count a range.
 *
 * @example
 * console.log(renderProfileText(await buildProfile(store, id)));
 * // Islamic State – Caucasus Province (organization, org_islamic-state-caucasus-province)
 * // Status: unknown — last recorded event 2017-03-24 (…)
 */
export function renderProfileText(profile: Profile): string {
  const lines = [
    `${profile.name} (${profile.kind}, ${profile.id})`,
    `Status: ${profile.status.value} — ${profile.status.evidence.join('; ') || 'no evidence'}`,
  ];
  const section = (title: string, body: string[]) => {
    if (body.length > 0) lines.push('', `${title}:`, ...body.map((line) => `  ${line}`));
  };
  const facts = [
    profile.founded && `Founded: ${profile.founded}`,
    profile.dissolved && `Dissolved: ${profile.dissolved}`,
    profile.parent && `Parent: ${ref(profile.parent)}`,
  ].filter((f): f is string => Boolean(f));
  if (facts.length > 0) lines.push(...facts);
  section(
    'Names',
    profile.names.flatMap((g) => [
      `${g.lang ?? 'language not given'}${g.script ? ` (${g.script})` : ''}:`,
      ...g.names.map((n) => `  ${n.text}${n.romanizedFrom ? ` [from ${n.romanizedFrom}]` : ''}`),
    ]),
  );
  section('Roles', profile.roles);
  section('Branches', profile.branches.map(ref));
  section(
    'Leaders',
    profile.leaders.map((l) => `${ref(l)}: ${span(l.start, l.end)}`),
  );
  section(
    'Relations',
    profile.relations.map((r) => {
      const dates = r.start || r.end ? ` (${span(r.start, r.end)})` : '';
      return r.direction === 'out' ? `${r.label} ${ref(r.other)}${dates}` : `${ref(r.other)} ${r.label} this${dates}`;
    }),
  );
  const attacks = [
    profile.firstAttack && `First attack: ${event(profile.firstAttack)}`,
    profile.lastAttack && `Last attack: ${event(profile.lastAttack)}`,
    profile.attacksPerYear.length > 0 &&
      `Per year: ${profile.attacksPerYear.map((y) => `${y.year}: ${y.attacks}`).join(', ')}`,
    profile.killed && `Killed: ${formatCount(profile.killed)}`,
    profile.injured && `Injured: ${formatCount(profile.injured)}`,
  ].filter((a): a is string => Boolean(a));
  section('Attacks', attacks);
  section(
    'Sources',
    profile.sources.flatMap((s) => [
      `${s.title ?? s.documentId} (${s.documentId})`,
      ...s.references.map((r) => `  [${r.label}] ${[r.title, r.publisher, r.date].filter(Boolean).join('. ')}`),
    ]),
  );
  return `${lines.join('\n')}\n`;
}
