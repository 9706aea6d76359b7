import { InputError } from '../../model/index.js';

/**
 * A PostgreSQL URL as a person may see it: the password left out, everything else kept.
 * A string that is not a URL is refused with an `InputError` that names it (without a password).
 *
 * @example
 * postgresWhere('postgres://kb:secret@db.example:5432/chronicle') // 'postgres://kb@db.example:5432/chronicle'
 */
export function postgresWhere(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    const shown = url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1@');
    throw new InputError(`${shown}: not a PostgreSQL URL (postgres://user@host:5432/database)`, {
      where: shown,
      cause: error,
    });
  }
  parsed.password = '';
  // libpq also reads a password from the query string.
  parsed.searchParams.delete('password');
  return parsed.toString();
}
