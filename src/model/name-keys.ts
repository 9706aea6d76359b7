import anyAscii from 'any-ascii';

/**
 * Keys for matching names across scripts and spellings. `normalizeName` is the
 * scorer's comparison (NFKD, no diacritics, lowercase, punctuation folded, no leading
 * "the"); `asciiKey` also transliterates any script to Latin, so `Вилаят Кавказ` and
 * `vilayat kavkaz` meet.
 *
 * @example
 * normalizeName('The Islamic State – Caucasus Province') // 'islamic state caucasus province'
 * asciiKey('Асильдаров') // 'asildarov'
 */
export function normalizeName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the (?=.)/, '');
}

// Transliteration writes soft and hard signs and ayn/hamza as apostrophes (Асильдаров → Asil'darov);
// press spellings drop them, so the key does too.
const APOSTROPHES = /['’ʼʹ`]/g;

/** The normalized name transliterated to ASCII letters and digits. */
export function asciiKey(value: string): string {
  return normalizeName(anyAscii(value.replace(APOSTROPHES, '')).replace(APOSTROPHES, ''));
}
