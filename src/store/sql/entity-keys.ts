import { asciiKey, type EntityKind } from '../../model/index.js';
import type { KeyedName } from './entity-names.js';

/**
 * How a key was derived from a mention's names. Two mentions are linked by an equal key of
 * kinds that make sense together (see `linkKind`): a full name, an abbreviation, a one-word
 * person name (usually a surname), the surname of a full person name, or an organization's
 * name written under its parent (`Islamic State` + `Caucasus Province`). An organization's
 * stated parent and founding date are kept as keys too (as written), never matched: they are
 * the context a merge is checked against.
 */
export type KeyKind = 'name' | 'abbreviation' | 'single' | 'surname' | 'qualified' | 'skeleton' | 'parent' | 'founded';

/** A match key of one mention. */
export interface MentionKey {
  key: string;
  kind: KeyKind;
  /** The name the key was made from, for the merge reason. */
  text: string;
}

/** What an equal key says about two mentions: strong links merge, weak ones need context. */
export type LinkKind = 'name' | 'qualified' | 'abbreviation' | 'surname' | 'spelling';

// Letters and digits only, no lowercase, at most eight of them: `IS`, `ISIS`, `KBK`, `IS-K`.
const ABBREVIATION = /^[\p{Lu}\p{N}][\p{Lu}\p{N}.&-]*$/u;

/**
 * Whether an organization name is an abbreviation, which alone is weak evidence of identity
 * (`IS` names more than one group).
 *
 * @example
 * isAbbreviation('KBK') // true
 * isAbbreviation('Vilayat KBK') // false
 */
export function isAbbreviation(text: string): boolean {
  return ABBREVIATION.test(text) && text.replace(/[^\p{L}\p{N}]/gu, '').length <= 8;
}

/**
 * The consonant skeleton of a multi-word name's ASCII key, which transliteration variants
 * share (`vilayat galgaicho`, `velayat galgaycho` → `vlt glgch`); null when too short to mean
 * anything. A shared skeleton is only a hint: the words must also be spelled alike.
 *
 * @example
 * skeleton('dokka umarov') // 'dk umrv'
 */
export function skeleton(ascii: string): string | null {
  const words = ascii.split(' ');
  if (words.length < 2) return null;
  const key = words
    .map(
      (w) =>
        (w[0] ?? '') +
        w
          .slice(1)
          .replace(/[aeiouy]/g, '')
          .replace(/(.)\1+/g, '$1'),
    )
    .join(' ');
  return key.replace(/ /g, '').length >= 5 ? key : null;
}

/**
 * Every match key of a mention: both the normalized and the ASCII key of each name, by kind.
 *
 * @example
 * mentionKeys('person', entityNames({ id: 'p', name: 'Rustam Asildarov', aliases: ['Асильдаров'] }), null)
 * // [{ key: 'rustam asildarov', kind: 'name', … }, { key: 'asildarov', kind: 'surname', … }, { key: 'asildarov', kind: 'single', … }]
 */
export function mentionKeys(
  kind: EntityKind,
  names: Pick<KeyedName, 'text' | 'normalized' | 'ascii'>[],
  parent: string | null,
  founded: string | null = null,
): MentionKey[] {
  const keys = new Map<string, MentionKey>();
  const add = (key: string, keyKind: KeyKind, text: string) => {
    if (key !== '' && !keys.has(`${keyKind}|${key}`)) keys.set(`${keyKind}|${key}`, { key, kind: keyKind, text });
  };
  const parentKey = parent === null ? '' : asciiKey(parent);
  for (const name of names) {
    for (const key of new Set([name.normalized, name.ascii])) {
      const words = key.split(' ');
      if (kind === 'person') {
        if (words.length === 1) add(key, 'single', name.text);
        else {
          add(key, 'name', name.text);
          add(words[words.length - 1] as string, 'surname', name.text);
          add(skeleton(name.ascii) ?? '', 'skeleton', name.text);
        }
      } else if (isAbbreviation(name.text)) add(key, 'abbreviation', name.text);
      else {
        add(key, 'name', name.text);
        add(skeleton(name.ascii) ?? '', 'skeleton', name.text);
        if (parentKey !== '' && !key.startsWith(parentKey)) add(`${parentKey} ${key}`, 'qualified', name.text);
      }
    }
  }
  if (parent !== null) add(parent, 'parent', parent);
  if (founded !== null) add(founded, 'founded', founded);
  return [...keys.values()];
}

/**
 * The link an equal key makes between a new mention's key and a stored one, or null when the
 * two kinds say nothing together (two full names sharing only their surname).
 *
 * @example
 * linkKind('single', 'surname') // 'surname': `Asildarov` and `Rustam Asildarov`
 * linkKind('surname', 'surname') // null: `Khalil Khalilov` and `Rappani Khalilov`
 */
export function linkKind(mine: KeyKind, theirs: KeyKind): LinkKind | null {
  const pair = new Set([mine, theirs]);
  if (pair.has('parent') || pair.has('founded')) return null;
  if (pair.has('skeleton')) return pair.size === 1 ? 'spelling' : null;
  // Organizations only: person keys never meet organization keys.
  if (pair.has('abbreviation')) return 'abbreviation';
  if (mine === 'name' && theirs === 'name') return 'name';
  if (pair.has('qualified') && pair.has('name')) return 'qualified';
  if (pair.has('single') && (pair.size === 1 || pair.has('surname'))) return 'surname';
  return null;
}
