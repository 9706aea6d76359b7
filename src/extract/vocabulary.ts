import type { TargetType, WeaponType } from '../model/index.js';

/**
 * General cue words of the field, kept next to each other so every stage reads the same lists.
 * Nothing here names a particular group, person or place.
 *
 * @example
 * ORG_HEAD_NOUNS.has('brigade') // true
 */

/** Heads that name state bodies or media rather than armed groups (still organizations). */
const NON_ARMED_HEAD_WORDS = [
  'committee',
  'guard',
  'service',
  'services',
  'agency',
  'foundation',
  'institute',
  'center',
  'centre',
  'department',
  'nations',
];
export const NON_ARMED_HEADS = new Set(NON_ARMED_HEAD_WORDS);

/** Words that end (or head) the name of an organization: "Riyad-us Saliheen Brigade", "Caucasus Emirate". */
export const ORG_HEAD_NOUNS = new Set([
  'group',
  'front',
  'army',
  'brigade',
  'brigades',
  'emirate',
  'state',
  'province',
  'jamaat',
  'movement',
  'party',
  'battalion',
  'battalions',
  'caliphate',
  'organization',
  'organisation',
  'network',
  'council',
  'legion',
  'militia',
  'unit',
  'wing',
  'union',
  'alliance',
  'coalition',
  ...NON_ARMED_HEAD_WORDS,
]);

/** Heads that make an organization only with a qualifier on each side: "Chechen Republic of Ichkeria". */
export const HEADS_BEFORE_OF = new Set(['republic']);

/** Capitalized function words that open sentences and never begin an organization's name. */
export const LEADING_FUNCTION_WORDS = new Set(
  'The A An In On At By For From To Under After Before During Since Until While When Although However Further Starting Most Many Some All Both His Her Its Their This That These Those One Two Three Four Five Six Seven Eight Nine Ten Several No Suspected Alleged Unidentified Unknown'.split(
    ' ',
  ),
);

/**
 * Legal labels governments give groups ("designated a Foreign Terrorist Organization"): shaped like an
 * organization's name, never one.
 */
export const DESIGNATION_LABELS =
  /^(?:Foreign Terrorist Organi[sz]ation|Specially Designated Global Terrorists?|Specially Designated Terrorist Organi[sz]ation|Proscribed Terrorist Organi[sz]ation|Terrorist Organi[sz]ation)$/;

/** Words that open an organization's name in Arabic-derived or regional usage: "Jaish al-…", "Vilayat Dagestan". */
export const ORG_LEAD_WORDS = new Set([
  'vilayat',
  'wilayat',
  'wilayah',
  'velayat',
  'jaish',
  'jaysh',
  'jamaat',
  'jabhat',
  'harakat',
  'hizb',
  'liwa',
  'katibat',
  'ansar',
  'tehrik',
  'tehreek',
  'lashkar',
  "jama'atu",
  "jama'at",
  'jamaatu',
  'jamaat-ul',
  'ahlu',
  'ahl',
  'hay’at',
  "hay'at",
  'tahrir',
  'jund',
  'ansaru',
]);

/** English for the lead words of Arabic and Urdu names: "Jabhat al-Nusra" is also "the Nusra Front". */
export const LEAD_WORD_TRANSLATIONS: Readonly<Record<string, string>> = {
  jabhat: 'Front',
  jaish: 'Army',
  jaysh: 'Army',
  harakat: 'Movement',
  liwa: 'Brigade',
  katibat: 'Battalion',
  hizb: 'Party',
  tehrik: 'Movement',
  lashkar: 'Army',
};

/** Words for a territorial sub-unit of a group; a name led by one is a branch ("Vilayat Dagestan"). */
export const BRANCH_LEAD_WORDS = new Set(['vilayat', 'wilayat', 'wilayah', 'velayat', 'province', 'sector']);

/** Capitalized words that start sentences or label things but never begin a personal name. */
export const NOT_NAME_WORDS = new Set(
  (
    'The A An In On At By For From To Of And Or But After Before During Under Over Since Until While When Where ' +
    'Although However Further Starting Background History Organization Designation Attacks Succession Split Decline ' +
    'Overview Leadership Ideology Relationships Sources Summary Outlook Update Police Officials Investigators ' +
    'Worshippers Residents Relatives ' +
    'Two Three Four Five Six Seven Eight Nine Ten One Several Many Most Some All Both Each His Her Its Their This ' +
    'That These Those It He She They We Our Barely Insurgents Insurgent Militants Gunmen Formed Disbanded ' +
    'First Last Estimated Areas Profile Executive Major Also Known Sunday Monday ' +
    'Tuesday Wednesday Thursday Friday Saturday January February March April May June July August September ' +
    'Suspected Alleged Unidentified No Foreign Designated Terrorist ' +
    'October November December New Year Eve Eid Forgiveness Senior Lieutenant Emir Sheikh Father Mr Mrs Dr ' +
    'President Prime Minister General Colonel Captain Sergeant Governor Mayor King Queen Prince Chairman ' +
    'Constable Detective Inspector Chief Superintendent Senator Judge'
  ).split(' '),
);

/** Month names, for telling dates from names. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Weapon cue words by GTD weapon type; stems match word starts ("knife", "knives"). */
export const WEAPON_CUES: Readonly<Record<Exclude<WeaponType, 'unknown'>, RegExp>> = {
  firearms:
    /\b(?:gun(?:man|men|fire|s)?|shot|shoot(?:ing|-out|out)?|rifles?|pistols?|kalashnikov|shotgun|automatic weapons|opened fire|opening fire|fired on|fire on|machine gun|firearms?)\b/i,
  explosives:
    /\b(?:bomb(?:s|ing|ings|er|ers)?|explosives?|explosive belt|suicide belt|grenades?|blast|detonat\w*|blew (?:himself|herself|themselves) up|ied|vehicle bombs?|set off)\b/i,
  melee: /\b(?:knife|knives|knife-wielding|stabbed|stabbing|hatchets?|axes?|throat cut|melee)\b/i,
  incendiary: /\b(?:petrol bombs?|molotov|set (?:\w+ )?ablaze|arson|incendiary|set fire)\b/i,
};

/** Target cue words by GTD target type. */
export const TARGET_CUES: Readonly<Record<Exclude<TargetType, 'unknown'>, RegExp>> = {
  police: /\b(?:police(?:man|men)?|policemen|officers?|checkpoint|traffic police|law enforcement|patrol)\b/i,
  military: /\b(?:military|army|soldiers?|servicemen|base|national guard|troops)\b/i,
  religious_institution: /\b(?:church(?:es)?|synagogues?|mosques?|cathedral|sheikh|priest|worshippers|pilgrims?)\b/i,
  government:
    /\b(?:government|ministry|officials?|(?:security|intelligence|interior) (?:service )?(?:offices|headquarters)|administration|parliament)\b/i,
  private_citizens:
    /\b(?:civilians?|passengers?|trains?|metro|airport|arrivals hall|railway station|trolleybus|bus|crowd(?:ed)?|people)\b/i,
  business: /\b(?:shop|market|bank|hotel|restaurant|business)\b/i,
};

/** Verbs and nouns that mark a violent incident by a non-state actor. */
export const ATTACK_CUES =
  /\b(?:attack(?:ed|s|ing)?|assault(?:ed)?|bomb(?:s|ed|ing|ings)?|(?:was|were|being) shot|shot (?:several|multiple|\w+) times|blew (?:himself|herself|themselves) up|suicide bombing|opened fire|open(?:ing)? fire|fired on|shot dead|shot at|stormed|struck|exploded|detonated|set off|stabbed|ambush(?:ed)?|killing|derailed|drove into|run down|went at|break into|shot at|detonating|kidnapp(?:ed|ing)|abduct(?:ed|ing)|seized \d+|took \w+ hostage|massacred?|beheaded)\b/i;

/** People a toll counts, one each after "a", "an", "another", "one" ("a parishioner", "another worshipper"). */
export const PERSON_NOUNS =
  '(?:officers?|policem[ae]n|servicem[ae]n|soldiers?|civilians?|worshippers?|parishioners?|m[ae]n|wom[ae]n|child(?:ren)?|(?:body)?guards?|bombers?|attackers?|gunm[ae]n|drivers?|passers?-by|colleagues?|members?|visitors?|priests?|pilgrims?|boys?|girls?|persons?|people|residents?|militants?|assailants?|shooters?|traffic policem[ae]n|sheikh|imam|cleric|(?:farm |aid )?workers?|farmers?|labou?rers?|students?|pupils?|schoolgirls?|schoolchildren|villagers?|herders?|fishermen|traders?|inmates?|prisoners?|guests?|tourists?|shoppers?|fans?|spectators?|journalists?|peacekeepers?)';

/** Cues that state forces acted against militants: raids, operations, detentions. */
export const SECURITY_CUES =
  /\b(?:security (?:forces|services)|special (?:forces|police)|commandos|counter-terrorist operation|(?:security|extensive|special|military) operation|an operation|operation launched|raid on|trying to (?:detain|arrest)|(?:were|was) (?:detained|arrested)|(?:air|drone) ?strikes?|(?:police|forces|troops|agents|officers|detectives|soldiers|army|military|gendarmes) (?:\w+ )?(?:arrested|detained|captured|raided))\b/i;

/** State forces by their general head nouns, with a qualifier before them: "FSB special forces", "Nigerian troops". */
export const STATE_FORCE_PATTERN =
  /(?:\b(?!(?:The|A|An|In|On|At|By|When|While|Before|After)\b)\p{Lu}[\p{L}-]*\s+|\b(?:local|federal)\s+)?\b(?:special forces|security forces|security services|special police|armed forces|commandos|police|troops|soldiers|[Aa]rmy|gendarmerie|National Guard)\b/gu;

/** Cues that an organization acted as an organization: pledge, defection, formation, statement. */
export const ORGANIZATIONAL_CUES = {
  pledge:
    /\b(?:pledged allegiance|pledges? of allegiance|swore (?:allegiance|loyalty)|sworn allegiance|pledged loyalty|declared (?:his|her|their) loyalty|swore loyalty)\b/i,
  defection:
    /\b(?:defected|switched sides|switching (?:their|his) allegiance|transferred (?:their|his) allegiance|gone over to|broke away|split from|left the (?:alliance|coalition|movement|group)|cut (?:its|their) ties)\b/i,
  formation:
    /\b(?:proclaimed|announced (?:the )?(?:group's formation|the creation|its own)|announced its(?! dissolution| disbanding)|formed|founded|established|declared (?:the|an?) (?:emirate|caliphate|state|republic|province|wilayah?)|merged (?:with [^.;]{1,200}? )?to form|merged into a new|renamed itself)\b/i,
  leadership_change:
    /\b(?:appointed|chosen (?:him )?as emir|named (?:him|[\w'-]+(?: [\w'-]+){0,3}) (?:as )?(?:(?:the|its|their) )?(?:new )?(?:emir|leader|head|commander|chief)|elected|recognized as emir|became leaderless|succeeded|died in|took over as (?:\w+ )?(?:leader|emir|head|commander)|became (?:its |the group's )?(?:\w+ )?(?:leader|emir))\b/i,
  statement:
    /\b(?:released (?:an? )?(?:audio|video|statement)|audio message|in a video|statement|(?:declared|announced|called) (?:an? |its )?(?:(?:permanent|unilateral|indefinite|general) )?(?:ceasefire|truce))\b/i,
  dissolution:
    /\b(?:dissolved|disbanded|ceased to (?:function|exist)|announced (?:its|the group's) dissolution|dismantled all its)\b/i,
} as const;

/** How the text says who did it: claim, hedged suspicion, contradiction, official attribution. */
export const ATTRIBUTION_CUES = {
  claimed:
    /\bclaim(?:ed|ing|s)?\b|\bcalled him one of its\b|\bon (?:his|their) orders\b|\bpresented themselves as\b|\btook credit\b|\bsaid it (?:had )?carried out\b|\badmitted (?:responsibility|carrying out)\b/i,
  suspected:
    /\b(?:suspected|allegedly|probably responsible|linked it to|alleged|hallmarks of|blamed (?:it )?on|(?:main|primary) line of inquiry)\b|\b(?:believed?|believes|thought) (?:that )?(?:the )?[^.;]{0,50}\b(?:was|were) responsible\b/i,
  disputed:
    /\b(?:dismissed|denied any role|denied (?:involvement|responsibility)|disowned|not genuine|no evidence (?:of|that)|gas leak|first claimed|competing claims?)\b/i,
  unclaimed:
    /\b(?:no (?:immediate )?claim|never claimed|no (?:group|one|organi[sz]ation) (?:has )?(?:formally |yet )?claimed)\b/i,
} as const;
