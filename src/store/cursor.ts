import { InputError } from '../model/errors.js';

/** The sort key of the last row of a page: the order it was sorted in, its key value, its id. */
export interface CursorKey {
  sort: string;
  key: string | number;
  id: string;
}

/**
 * Packs a page's last sort key into an opaque, URL-safe cursor.
 *
 * @example
 * encodeCursor({ sort: 'date', key: '2015-09-02', id: 'evt_a_e1' }) // 'WyJkYXRlIiwiMjAxNS0wOS0wMiIsImV2dF9hX2UxIl0'
 */
export function encodeCursor({ sort, key, id }: CursorKey): string {
  return Buffer.from(JSON.stringify([sort, key, id])).toString('base64url');
}

/**
 * Unpacks a cursor made by `encodeCursor` for the same sort order, or throws an `InputError`
 * naming the `cursor` parameter: a cursor is only valid with the sort it was made for.
 *
 * @example
 * decodeCursor(page.next, 'date').key // '2015-09-02'
 */
export function decodeCursor(cursor: string, sort: string): CursorKey {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
  }
  if (
    Array.isArray(parts) &&
    parts.length === 3 &&
    typeof parts[0] === 'string' &&
    (typeof parts[1] === 'string' || typeof parts[1] === 'number') &&
    typeof parts[2] === 'string'
  ) {
    if (parts[0] !== sort) {
      throw new InputError(`invalid cursor: it continues a list sorted by ${parts[0]}, not by ${sort}`, {
        where: 'cursor',
      });
    }
    return { sort, key: parts[1], id: parts[2] };
  }
  throw new InputError('invalid cursor: pass the `next` of a previous page unchanged, or leave it out', {
    where: 'cursor',
  });
}
