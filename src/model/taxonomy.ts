/**
 * Every taxonomy of the codebook, defined once. Zod schemas, SQL CHECK constraints,
 * API enums, UI labels and exports all read these lists.
 *
 * @example
 * EVENT_CATEGORIES.includes('attack') // true
 */

/** Event categories (codebook §5). */
export const EVENT_CATEGORIES = ['attack', 'security_operation', 'organizational'] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

/** Subtypes allowed for each category; attack subtypes follow GTD attack types. */
export const EVENT_SUBTYPES = {
  attack: [
    'assassination',
    'armed_assault',
    'bombing',
    'hijacking',
    'hostage_barricade',
    'kidnapping',
    'facility_attack',
    'unarmed_assault',
    'unknown',
  ],
  security_operation: ['raid', 'arrest', 'airstrike', 'unknown'],
  organizational: ['formation', 'pledge', 'defection', 'leadership_change', 'statement', 'dissolution'],
} as const satisfies Record<EventCategory, readonly string[]>;
export type EventSubtype = (typeof EVENT_SUBTYPES)[EventCategory][number];

/** Every subtype of every category, without repeats. */
export const ALL_EVENT_SUBTYPES = [...new Set(Object.values(EVENT_SUBTYPES).flat())] as EventSubtype[];

/** How the perpetrator of an event is known. */
export const ATTRIBUTIONS = ['confirmed', 'claimed', 'suspected', 'disputed', 'unknown'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

/**
 * Where a fact stands in human review: as extraction left it, or accepted, rejected or
 * edited by an editor. Rejected facts stay stored (and audited) but leave every listing.
 */
export const REVIEW_STATUSES = ['extracted', 'accepted', 'rejected', 'edited'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** GTD target types in snake case. */
export const TARGET_TYPES = [
  'police',
  'military',
  'religious_institution',
  'government',
  'private_citizens',
  'business',
  'unknown',
] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

/** GTD weapon types. */
export const WEAPON_TYPES = ['firearms', 'explosives', 'melee', 'incendiary', 'unknown'] as const;
export type WeaponType = (typeof WEAPON_TYPES)[number];

/** Precision of an event location, most to least specific. */
export const LOCATION_PRECISIONS = ['exact', 'district', 'admin1', 'country'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

/** Time-bounded relation types, with their direction and the label the graph draws. */
export const RELATION_TYPES = {
  leader_of: { subject: 'person', object: 'organization', label: 'leads' },
  member_of: { subject: 'person', object: 'organization', label: 'member of' },
  branch_of: { subject: 'organization', object: 'organization', label: 'branch of' },
  pledged_allegiance: { subject: 'actor', object: 'actor', label: 'pledged allegiance to' },
  defected_from: { subject: 'actor', object: 'organization', label: 'defected from' },
  spokesman_of: { subject: 'person', object: 'organization', label: 'spokesman of' },
  predecessor_of: { subject: 'organization', object: 'organization', label: 'predecessor of' },
  located_in: { subject: 'organization', object: 'place', label: 'located in' },
} as const;
export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

/** Kinds of entity the knowledge base holds. */
export const ENTITY_KINDS = ['organization', 'person'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Languages the names notes of the field use, by the word the text uses, as BCP-47 tags. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  english: 'en',
  arabic: 'ar',
  russian: 'ru',
  chechen: 'ce',
  georgian: 'ka',
  azerbaijani: 'az',
  armenian: 'hy',
  turkish: 'tr',
  persian: 'fa',
  farsi: 'fa',
  pashto: 'ps',
  urdu: 'ur',
  dari: 'prs',
  kurdish: 'ku',
  french: 'fr',
  spanish: 'es',
  german: 'de',
  somali: 'so',
  hausa: 'ha',
  swahili: 'sw',
  hebrew: 'he',
  ukrainian: 'uk',
  ingush: 'inh',
  avar: 'av',
  tamil: 'ta',
  bengali: 'bn',
  hindi: 'hi',
  indonesian: 'id',
  malay: 'ms',
  tagalog: 'tl',
  filipino: 'fil',
  amharic: 'am',
  tigrinya: 'ti',
  berber: 'ber',
  tamazight: 'zgh',
  chinese: 'zh',
  uyghur: 'ug',
  uzbek: 'uz',
  tajik: 'tg',
  kazakh: 'kk',
  kyrgyz: 'ky',
  greek: 'el',
  italian: 'it',
  portuguese: 'pt',
  irish: 'ga',
  basque: 'eu',
  catalan: 'ca',
  sinhala: 'si',
  burmese: 'my',
  thai: 'th',
};

/** ISO 15924 scripts Chronicle detects in names, with the Unicode script property that identifies them. */
export const SCRIPTS = {
  Latn: 'Latin',
  Cyrl: 'Cyrillic',
  Arab: 'Arabic',
  Geor: 'Georgian',
  Armn: 'Armenian',
  Hebr: 'Hebrew',
  Grek: 'Greek',
  Deva: 'Devanagari',
  Beng: 'Bengali',
  Taml: 'Tamil',
  Ethi: 'Ethiopic',
  Thai: 'Thai',
  Mymr: 'Myanmar',
  Sinh: 'Sinhala',
  Hani: 'Han',
  Tfng: 'Tifinagh',
} as const;
export type ScriptCode = keyof typeof SCRIPTS;
