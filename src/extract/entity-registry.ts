import { asciiKey, normalizeName, type EntityKind, type Explanation, type Name } from '../model/index.js';
import type { Span } from './types.js';
import { isWordChar, occursAt, wordOccurrences } from './word-occurrences.js';
import { memoizeByWord } from './word-memo.js';

/** An organization or person as the entity stage assembles it, before it becomes extraction JSON. */
export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  names: Name[];
  roles: string[];
  /** Where the entity was first recognized. */
  first: Span;
  explanation: Explanation;
  parent?: string;
  founded?: string;
  dissolved?: string;
  region?: string;
}

/** A known surface form found in text. */
export interface EntityMention extends Span {
  text: string;
  entity: EntityRecord;
}

// Transliterations of the same lead word ("Vilayat", "Wilayat", "Wilayah", "Velayat") name the same unit.
const LEAD_VARIANTS = /^(?:vilayat|wilayat|wilayah|velayat|vilayet)\b/;
// "Al-Shabaab" opens a sentence, "blamed al-Shabaab" runs on: an Arabic article's case follows its place.
function addWithArticleCase(list: { surface: string; entity: EntityRecord }[], surface: string, entity: EntityRecord) {
  list.push({ surface, entity });
  const article = surface[0];
  if (surface[1] !== 'l' || surface[2] !== '-' || !article || !'AaEe'.includes(article)) return;
  const swapped = article === article.toUpperCase() ? article.toLowerCase() : article.toUpperCase();
  list.push({ surface: swapped + surface.slice(1), entity });
}
const keyOf = (surface: string) => asciiKey(surface).replace(LEAD_VARIANTS, 'vilayat');

// Stages look up every candidate name, and documents about one group repeat its names: each surface is
// transliterated and normalized once per process.
const keyOfSurface = memoizeByWord(keyOf);
const normalized = memoizeByWord(normalizeName);

/**
 * The document's entities with every surface form they go by, so later stages resolve
 * "Asildarov", "IS-CP" or "Вилаят Кавказ" to one record.
 *
 * @example
 * const reg = new EntityRegistry();
 * const org = reg.add('organization', 'Islamic State', { start: 0, end: 13 }, 'head-noun');
 * reg.addAlias(org, 'IS');
 * reg.find('is')?.name // 'Islamic State'
 */
export class EntityRegistry {
  /** The live records. Names change only through the registry's methods, which keep its lookups in step. */
  readonly records: EntityRecord[] = [];
  private readonly byKey = new Map<string, EntityRecord>();
  // Records folded into others point at their survivor, so a reference held across a merge stays good.
  private readonly mergedInto = new Map<EntityRecord, EntityRecord>();
  // The surfaces longest first, rebuilt only when a name changes (every change counts a revision).
  private revision = 0;
  private surfaces?: { revision: number; list: { surface: string; entity: EntityRecord }[] };
  // Stages ask about the same sentence and line many times: answers per offset and text, until a name changes.
  // Answers are shared, hence read-only.
  private readonly answers = new Map<number, Map<string, readonly EntityMention[]>>();

  /** The record that now stands for `record` (itself unless it was merged into another). */
  live(record: EntityRecord): EntityRecord {
    let current = record;
    while (this.mergedInto.has(current)) current = this.mergedInto.get(current)!;
    return current;
  }

  /** The record a surface form names, if any. */
  find(surface: string): EntityRecord | undefined {
    return this.byKey.get(this.keyOf(surface));
  }

  /** Adds an entity, or returns the one that already goes by this name. */
  add(kind: EntityKind, name: string, first: Span, rule: string, confidence = 0.7): EntityRecord {
    const known = this.find(name);
    // Another spelling of a known name ("Wilayat Kavkaz" for "Vilayat Kavkaz") is one more alias.
    if (known) return this.addAlias(known, name);
    const record: EntityRecord = {
      id: `${kind === 'organization' ? 'org' : 'per'}-${this.records.length + 1}`,
      kind,
      name,
      aliases: [],
      names: [],
      roles: [],
      first,
      explanation: { stage: 'entities', rule, confidence },
    };
    this.records.push(record);
    this.byKey.set(this.keyOf(name), record);
    this.revision++;
    return record;
  }

  /** Records another surface form; when it already names another entity, the two merge. */
  addAlias(target: EntityRecord, alias: string): EntityRecord {
    const record = this.live(target);
    const clean = alias.trim();
    if (!clean || !this.keyOf(clean)) return record;
    const other = this.find(clean);
    const owner = other && other !== record ? this.merge(record, other) : record;
    // Only a new surface changes what `mentionsIn` looks for: an alias told again keeps its answers.
    if (this.normalize(clean) !== this.normalize(owner.name) && !owner.aliases.includes(clean)) {
      owner.aliases.push(clean);
      this.revision++;
    }
    this.byKey.set(this.keyOf(clean), owner);
    return owner;
  }

  /** Adds a names[] entry (and its text as an alias). */
  addName(record: EntityRecord, name: Name): EntityRecord {
    const target = this.addAlias(this.live(record), name.text);
    if (!target.names.some((n) => n.text === name.text)) target.names.push(name);
    return target;
  }

  /** Folds `drop` into `keep`, which keeps its id and canonical name. */
  merge(survivor: EntityRecord, folded: EntityRecord): EntityRecord {
    const keep = this.live(survivor);
    const drop = this.live(folded);
    if (keep === drop) return keep;
    this.mergedInto.set(drop, keep);
    this.records.splice(this.records.indexOf(drop), 1);
    for (const surface of [drop.name, ...drop.aliases]) {
      this.byKey.set(this.keyOf(surface), keep);
      if (this.normalize(surface) !== this.normalize(keep.name) && !keep.aliases.includes(surface)) {
        keep.aliases.push(surface);
      }
    }
    for (const n of drop.names) if (!keep.names.some((k) => k.text === n.text)) keep.names.push(n);
    for (const r of drop.roles) if (!keep.roles.includes(r)) keep.roles.push(r);
    keep.parent ??= drop.parent;
    keep.founded ??= drop.founded;
    keep.region ??= drop.region;
    this.revision++;
    return keep;
  }

  /**
   * Every known surface form in `text` (at `offset` in the document), longest first and without overlaps.
   * Surfaces match on word boundaries and in their own case ("IS" never matches "is"). The answer is
   * shared with every later question about the same text, so it is read-only.
   */
  mentionsIn(text: string, offset = 0): readonly EntityMention[] {
    const surfaces = this.surfacesLongestFirst();
    const known = this.answers.get(offset)?.get(text);
    if (known) return known;
    const found: EntityMention[] = [];
    for (const { surface, entity } of surfaces) {
      for (const at of wordOccurrences(text, surface)) {
        const start = offset + at;
        const end = start + surface.length;
        // A longer surface found first keeps its span.
        if (found.some((f) => start < f.end && f.start < end)) continue;
        found.push({ start, end, text: surface, entity });
      }
    }
    found.sort((x, y) => x.start - y.start);
    const atOffset = this.answers.get(offset) ?? new Map<string, readonly EntityMention[]>();
    this.answers.set(offset, atOffset.set(text, found));
    return found;
  }

  /**
   * The first of `mentionsIn(text, offset)` when it starts within the text's first `within` characters. Lines
   * are asked whether they open with a name: the whole line is searched only when a surface occurs that early.
   */
  openingMention(text: string, offset: number, within: number): EntityMention | undefined {
    const known = this.answers.get(offset)?.get(text);
    const early = (mention: EntityMention | undefined) =>
      mention && mention.start - offset <= within ? mention : undefined;
    if (known) return early(known[0]);
    const surfaces = this.surfacesLongestFirst();
    for (let at = 0; at <= Math.min(within, text.length); at++) {
      // No whole word starts right after a letter or digit.
      if (at > 0 && isWordChar(text.codePointAt(at - 1))) continue;
      if (surfaces.some(({ surface }) => occursAt(text, at, surface))) return early(this.mentionsIn(text, offset)[0]);
    }
    return undefined;
  }

  private keyOf(surface: string): string {
    return keyOfSurface(surface);
  }

  private normalize(surface: string): string {
    return normalized(surface);
  }

  private surfacesLongestFirst(): { surface: string; entity: EntityRecord }[] {
    const known = this.surfaces;
    if (known?.revision === this.revision) return known.list;
    // Rebuilt after every new name while the entity stage reads aliases: plain loops keep that cheap.
    const list: { surface: string; entity: EntityRecord }[] = [];
    for (const entity of this.records) {
      addWithArticleCase(list, entity.name, entity);
      for (const alias of entity.aliases) addWithArticleCase(list, alias, entity);
    }
    list.sort((x, y) => y.surface.length - x.surface.length);
    this.surfaces = { revision: this.revision, list };
    this.answers.clear();
    return list;
  }
}
