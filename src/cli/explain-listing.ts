import type { Evidence, Explanation, Extraction } from '../model/extraction.js';

interface Fact {
  label: string;
  explanation?: Explanation;
  evidence?: Evidence;
}

// A listing is read in a terminal: long evidence and alias lists are cut, the JSON keeps them whole.
const EXCERPT_CHARS = 100;
const ALIAS_CHARS = 40;
const MAX_ALIASES = 6;

/**
 * Renders an extraction as a readable listing of its facts, each with the stage and rule that
 * produced it, its confidence and the evidence it stands on, for `chronicle extract --explain`.
 *
 * @example
 * renderExplanation(extraction)
 * // events (14)
 * //   2015-06-23 organizational/formation at North Caucasus
 * //     events/formation-announced · confidence 0.85
 * //     evidence 262–330: "IS announced the group's formation on 23 June 2015 …"
 */
export function renderExplanation(extraction: Extraction): string {
  const sections: [string, Fact[]][] = [
    ['organizations', extraction.organizations.map((o) => ({ ...o, label: withAliases(o.name, o.aliases) }))],
    ['people', extraction.people.map((p) => ({ ...p, label: withAliases(p.name, p.aliases) }))],
    [
      'relations',
      extraction.relations.map((r) => ({
        ...r,
        label: `${r.subject} ${r.type} ${r.object}${period(r.start, r.end)}`,
      })),
    ],
    [
      'events',
      extraction.events.map((e) => ({
        ...e,
        label: `${e.date} ${e.category}/${e.subtype} at ${e.location.name}`,
      })),
    ],
  ];
  const lines = [`document ${extraction.document.id}`];
  for (const [title, facts] of sections) {
    lines.push('', `${title} (${facts.length})`);
    for (const fact of facts) lines.push(...describe(fact));
  }
  const warnings = extraction.warnings ?? [];
  if (warnings.length > 0) lines.push('', `warnings (${warnings.length})`, ...warnings.map((w) => `  ${w}`));
  return `${lines.join('\n')}\n`;
}

function describe(fact: Fact): string[] {
  const how = fact.explanation
    ? `${fact.explanation.stage}/${fact.explanation.rule} · confidence ${fact.explanation.confidence.toFixed(2)}`
    : 'no explanation recorded';
  const lines = [`  ${fact.label}`, `    ${how}`];
  if (fact.evidence)
    lines.push(`    evidence ${fact.evidence.start}–${fact.evidence.end}: "${excerpt(fact.evidence.text)}"`);
  return lines;
}

function withAliases(name: string, aliases: string[]): string {
  if (aliases.length === 0) return name;
  const shown = aliases.slice(0, MAX_ALIASES).map((alias) => excerpt(alias, ALIAS_CHARS));
  const more = aliases.length > MAX_ALIASES ? ` and ${aliases.length - MAX_ALIASES} more` : '';
  return `${name} (also ${shown.join(', ')}${more})`;
}

function period(start?: string, end?: string): string {
  if (!start && !end) return '';
  return ` [${start ?? '..'} to ${end ?? '..'}]`;
}

function excerpt(text: string, max = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
