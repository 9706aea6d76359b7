import { z } from 'zod';
import { ALL_EVENT_SUBTYPES, ATTRIBUTIONS, EVENT_CATEGORIES, REVIEW_STATUSES } from '../model/taxonomy.js';
import type { EventFilter, Store } from '../store/store.js';
import { entityParams } from './entity-param.js';
import { EdtfParam } from './params.js';

/**
 * `?review=`: the review statuses to list, comma-separated, or `all`; rejected facts are
 * hidden when it is not given.
 *
 * @example
 * ReviewParam.parse('accepted,edited') // ['accepted', 'edited']
 */
export const ReviewParam = z
  .string()
  .describe(
    `review statuses to include, comma-separated (${REVIEW_STATUSES.join(', ')}) or "all"; default: all but rejected`,
  )
  .transform((value) => (value === 'all' ? [...REVIEW_STATUSES] : value.split(',').map((s) => s.trim())))
  .pipe(z.array(z.enum(REVIEW_STATUSES)).min(1));

/** `?group=` and `?person=`: an entity by id or by any name. */
export const EntityFilterParams = {
  group: z.string().trim().min(1).optional().describe('an organization, by id or any of its names'),
  person: z.string().trim().min(1).optional().describe('a person, by id or any of their names'),
};

/**
 * The filters the event list and the facets share.
 *
 * @example
 * z.strictObject(EventFilterParams).parse({ killed_min: '5', category: 'attack' })
 */
export const EventFilterParams = {
  ...EntityFilterParams,
  from: EdtfParam.optional().describe('EDTF date: events that may fall on or after it (2015, 2015-06, 2015-06-23)'),
  to: EdtfParam.optional().describe('EDTF date: events that may fall on or before it'),
  place: z.string().trim().min(1).optional().describe("a place's name or alias, an admin-1 region or a country code"),
  category: z.enum(EVENT_CATEGORIES).optional(),
  subtype: z.enum(ALL_EVENT_SUBTYPES as [string, ...string[]]).optional(),
  attribution: z.enum(ATTRIBUTIONS).optional(),
  killed_min: z.coerce.number().int().min(0).optional().describe('at least this many killed (all reports agree)'),
  injured_min: z.coerce.number().int().min(0).optional().describe('at least this many injured (all reports agree)'),
  review: ReviewParam.optional(),
  document: z.string().trim().min(1).optional().describe('a document id: events any report of which it holds'),
};

type EventFilterInput = z.output<z.ZodObject<typeof EventFilterParams>>;

/**
 * The store's filter for parsed event parameters: names resolved to entity ids.
 *
 * @example
 * await eventFilter(store, { group: 'IS-CP', killed_min: 1 }) // { entityIds: ['org_…'], killedMin: 1 }
 */
export async function eventFilter(store: Store, params: EventFilterInput): Promise<EventFilter> {
  return {
    entityIds: await entityParams(store, params),
    from: params.from,
    to: params.to,
    place: params.place,
    category: params.category,
    subtype: params.subtype,
    attribution: params.attribution,
    killedMin: params.killed_min,
    injuredMin: params.injured_min,
    reviewStatuses: params.review,
    documentId: params.document,
  };
}
