/**
 * General vocabulary the place finder reads around a name: prepositions that put a name
 * in a place role, settlement and unit nouns, compass adjectives, facility words, and
 * capitalized words that are never places in running text. All lower case.
 *
 * @example
 * LOCATIVE_CUES.has('near') // true
 */
export const LOCATIVE_CUES = new Set([
  'in',
  'near',
  'at',
  'outside',
  'from',
  'to',
  'into',
  'towards',
  'toward',
  'across',
  'around',
  'inside',
  'of',
  'between',
  'throughout',
  'within',
  'through',
  'via',
  'off',
  'nearby',
  'north',
  'south',
  'east',
  'west',
]);

/** Words that may stand between a cue and the name ("near the village of Gimry"). */
export const CUE_FILLERS = new Set([
  'the',
  'a',
  'village',
  'town',
  'city',
  'settlement',
  'stanitsa',
  'aul',
  'hamlet',
  'township',
  'locality',
  'capital',
  'outskirts',
  'suburb',
  'suburbs',
  'centre',
  'center',
  'republic',
  'region',
  'province',
  'state',
  'governorate',
  'of',
  'on',
  'in',
]);

/** Nouns that announce a settlement's name: "the village of Mara-Ayagy". */
export const SETTLEMENT_NOUNS = new Set([
  'village',
  'villages',
  'town',
  'towns',
  'settlement',
  'stanitsa',
  'aul',
  'hamlet',
  'township',
  'locality',
  'city',
  'selo',
  'khutor',
  'kishlak',
]);

/** Lower-case nouns of natural features after a name the gazetteer lacks: "in the Sambisa forest". */
export const FEATURE_NOUNS = new Set([
  'forest',
  'forests',
  'mountains',
  'hills',
  'desert',
  'valley',
  'swamps',
  'marshes',
]);

/** Words after a name that make it a district: "the Untsukul district", "Kursky District". */
export const DISTRICT_WORDS = new Set(['district', 'raion', 'rayon', 'municipality', 'county', 'tehsil', 'lga']);

/** Compass adjectives before a name that keep the name's precision: "southern Dagestan". */
export const COMPASS_WORDS = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north-eastern',
  'north-western',
  'south-eastern',
  'south-western',
  'upper',
  'lower',
]);

/** Capitalized words after a name that make the whole a facility in that place. */
export const FACILITY_WORDS = new Set([
  'airport',
  'metro',
  'station',
  'railway',
  'square',
  'street',
  'avenue',
  'bridge',
  'market',
  'bazaar',
  'mall',
  'stadium',
  'hotel',
  'theatre',
  'theater',
  'hospital',
  'prison',
  'port',
  'harbour',
  'harbor',
  'dam',
  'highway',
  'road',
  'checkpoint',
]);

/**
 * Capitalized words that GeoNames also has as tiny towns but that running text uses as
 * ordinary words, titles, calendar names or parts of organization names.
 */
export const NEVER_PLACES = new Set([
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october'],
  ...['november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['police', 'church', 'mosque', 'eid', 'army', 'state', 'province', 'republic', 'president', 'general'],
  ...['colonel', 'major', 'captain', 'minister', 'emir', 'sheikh', 'imam', 'islam', 'islamic', 'god', 'allah'],
  ...['christmas', 'easter', 'ramadan', 'union', 'federal', 'national', 'security', 'service', 'group', 'front'],
  ...['university', 'college', 'ministry', 'council', 'committee', 'court', 'parliament', 'government'],
  ...['media', 'news', 'online', 'express', 'post', 'times', 'guardian', 'reuters', 'interfax', 'tass'],
  ...['he', 'she', 'it', 'we', 'they', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'there'],
  ...['a', 'an', 'the', 'in', 'on', 'at', 'by', 'for', 'of', 'to', 'as', 'after', 'before', 'during', 'when'],
  ...['while', 'since', 'until', 'both', 'all', 'some', 'many', 'most', 'several', 'one', 'two', 'three', 'later'],
  ...['also', 'however', 'although', 'but', 'and', 'or', 'if', 'then', 'there', 'here', 'what', 'who', 'which'],
  ...['capital', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central'],
  ...['background', 'history', 'overview', 'aftermath', 'reactions', 'references', 'notes', 'see', 'external'],
]);

/** Verbs after a bare name that make it a speaker, not a place: "Jackson said", "Moscow denied". */
export const SPEECH_VERBS = new Set([
  'said',
  'says',
  'told',
  'added',
  'stated',
  'wrote',
  'claimed',
  'announced',
  'denied',
  'warned',
  'insisted',
  'argued',
  'noted',
  'replied',
  'tweeted',
]);

/** Capitalized words before a name that do not make it part of a longer proper name. */
export const OPENERS = new Set([...NEVER_PLACES, ...LOCATIVE_CUES, ...COMPASS_WORDS, 'with', 'near']);
