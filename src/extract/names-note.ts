import { LANGUAGE_NAMES, type Evidence, type Name, type ScriptCode } from '../model/index.js';
import { detectScript } from './script.js';
import type { Line } from './types.js';
import { allMatches } from './all-matches.js';

/** A name read from a names note, title block or alias list, with where it stands in the document. */
export type NoteName = Name & { evidence: Evidence };

// "Arabic: …", "romanized:…", "; Russian: …": a label is a word or two before a colon, at the start
// or after a comma or semicolon. Bounded quantifiers keep the scan linear.
const LABEL = /(^\^?\s{0,2}|[,;]\s{0,3})(\p{L}[\p{L} .-]{0,30}?)\s{0,2}:\s{0,3}/gu;
// A gloss after a name ("…, lit. People of the Sunna", "; meaning …") is not a name.
const GLOSS = /[,;]\s{0,3}(?:lit\.|literally|meaning|transl(?:\.|ation)|pronounced|IPA)[\s:]/i;
const ROMANIZED = /^(?:romani[sz]ed|transliterated|translit\.?|transcribed|latin)$/i;

/**
 * The names of a multilingual note (`^Arabic: الدولة …, romanized: ad-Dawlah …, Russian: Вилаят …`):
 * one name per text, with its BCP-47 language, ISO 15924 script and, for a romanization, the text it
 * romanizes (its language is the romanized language, its script Latin). Labels the note uses that are
 * not languages ("lit.", "pronounced") end the previous name and yield nothing.
 *
 * @example
 * parseNamesNote({ text: '^Chechen: Имарат Кавказ, romanized: Imarat Kavkaz', start: 0, end: 48 })
 * // [{ text: 'Имарат Кавказ', lang: 'ce', script: 'Cyrl', evidence: … },
 * //  { text: 'Imarat Kavkaz', lang: 'ce', script: 'Latn', romanized_from: 'Имарат Кавказ', evidence: … }]
 */
export function parseNamesNote(line: Line): NoteName[] {
  const labels = allMatches(LABEL, line.text);
  const names: NoteName[] = [];
  let native: NoteName | undefined;
  labels.forEach((m, i) => {
    const valueStart = m.index! + m[0].length;
    const next = labels[i + 1];
    const labelEnd = next ? next.index! : line.text.length;
    const gloss = GLOSS.exec(line.text.slice(valueStart, labelEnd));
    const valueEnd = gloss ? valueStart + gloss.index : labelEnd;
    const label = m[2]!.trim().toLowerCase();
    const lang = LANGUAGE_NAMES[label.split(/\s+/).pop()!];
    const name = nameAt(line, valueStart, valueEnd);
    if (!name) return;
    if (ROMANIZED.test(label) && native) {
      names.push({ ...name, ...(native.lang && { lang: native.lang }), romanized_from: native.text });
    } else if (lang) {
      native = { ...name, lang };
      names.push(native);
    } else {
      native = undefined;
    }
  });
  return names;
}

/** Languages a script alone identifies well enough; Cyrillic is read as Russian unless a label says otherwise. */
const SCRIPT_LANGUAGES: Partial<Record<ScriptCode, string>> = {
  Arab: 'ar',
  Cyrl: 'ru',
  Geor: 'ka',
  Armn: 'hy',
  Hebr: 'he',
  Grek: 'el',
  Thai: 'th',
  Sinh: 'si',
  Mymr: 'my',
};

/**
 * The names of an encyclopedia title block: native names each followed by a romanization in
 * parentheses (`Имарат Кавказ (Imarat Kavkaz) إمارة القوقاز (Imārat al-Qawqāz)`), the language guessed
 * from the script where that is safe. A block with language labels is read as a names note.
 *
 * @example
 * parseNameBlock({ text: 'Имарат Кавказ (Imarat Kavkaz)', start: 0, end: 29 }).map((n) => [n.text, n.lang])
 * // [['Имарат Кавказ', 'ru'], ['Imarat Kavkaz', 'ru']]
 */
export function parseNameBlock(line: Line): NoteName[] {
  if (allMatches(LABEL, line.text).some((m) => LANGUAGE_NAMES[m[2]!.trim().toLowerCase()])) {
    return parseNamesNote(line);
  }
  const names: NoteName[] = [];
  let from = 0;
  for (const m of allMatches(/\(([^()]{1,300})\)/g, line.text)) {
    const native = nameAt(line, from, m.index!);
    const roman = nameAt(line, m.index! + 1, m.index! + 1 + m[1]!.length);
    from = m.index! + m[0].length;
    const lang = native?.script && native.script !== 'Latn' ? SCRIPT_LANGUAGES[native.script as ScriptCode] : undefined;
    if (native) names.push({ ...native, ...(lang && { lang }) });
    if (roman)
      names.push({
        ...roman,
        ...(lang && { lang }),
        ...(native && native.script !== 'Latn' && { romanized_from: native.text }),
      });
  }
  const tail = nameAt(line, from, line.text.length);
  if (tail) names.push(withScriptLanguage(tail));
  return names;
}

const ALIAS_LEAD =
  /^\s{0,4}(?:also\s+known\s+as|a\.?k\.?a\.?|other\s+names?|alternative\s+names?|known\s+as)\s{0,2}:?\s{0,4}/i;

/**
 * The names of an alias list (`Also known as: Imarat Kavkaz (IK); Caucasian Emirate; Кавказский Эмират`),
 * split on semicolons (or commas and "or" when there are none), an abbreviation in parentheses kept
 * as a name of its own. `offset` is where `text` starts in the document.
 *
 * @example
 * parseAliasList('a.k.a. Boko Haram, JAS or Jama’atu Ahlis Sunna', 0).map((n) => n.text)
 * // ['Boko Haram', 'JAS', 'Jama’atu Ahlis Sunna']
 */
export function parseAliasList(text: string, offset: number): NoteName[] {
  const line: Line = { text, start: offset, end: offset + text.length };
  const lead = ALIAS_LEAD.exec(text)?.[0].length ?? 0;
  const separator = text.includes(';') ? /;/g : /,|\s(?:or|and)\s/g;
  const names: NoteName[] = [];
  let from = lead;
  const cuts = allMatches(separator, text.slice(lead)).map((m) => [lead + m.index!, lead + m.index! + m[0].length]);
  for (const [cut, next] of [...cuts, [text.length, text.length]] as [number, number][]) {
    const paren = /\(([^()]{1,100})\)\s{0,3}$/.exec(text.slice(from, cut).replace(/[.\s]+$/, ''));
    // "تحریک طالبان پاکستان (Urdu)": a language in parentheses says what the name is, it is no name itself.
    const language = paren && LANGUAGE_NAMES[paren[1]!.trim().toLowerCase()];
    if (paren && language) {
      const head = nameAt(line, from, from + paren.index);
      if (head) names.push({ ...head, lang: language });
    } else if (paren) {
      const head = nameAt(line, from, from + paren.index);
      const abbr = nameAt(line, from + paren.index + 1, from + paren.index + 1 + paren[1]!.length);
      if (head) names.push(withScriptLanguage(head));
      if (abbr) names.push(withScriptLanguage(abbr));
    } else {
      const name = nameAt(line, from, cut);
      if (name) names.push(withScriptLanguage(name));
    }
    from = next;
  }
  return names;
}

function withScriptLanguage(name: NoteName): NoteName {
  const lang = name.script && name.script !== 'Latn' ? SCRIPT_LANGUAGES[name.script as ScriptCode] : undefined;
  return lang ? { ...name, lang } : name;
}

/** The trimmed text of `line` between two indexes as a name, or undefined when nothing but punctuation is left. */
function nameAt(line: Line, from: number, to: number): NoteName | undefined {
  const slice = line.text.slice(from, to);
  const lead = slice.length - slice.replace(/^[\s^,;:.]+/, '').length;
  const text = slice
    .slice(lead)
    .replace(/[\s,;:]+$/, '')
    .replace(/(?<!\p{Lu})\.$/u, '');
  if (!/\p{L}/u.test(text)) return undefined;
  const start = line.start + from + lead;
  const script = detectScript(text);
  return { text, ...(script && { script }), evidence: { text, start, end: start + text.length } };
}
