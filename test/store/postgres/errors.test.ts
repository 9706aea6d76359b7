import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../src/model/index.js';
import { postgresStoreError } from '../../../src/store/postgres/errors.js';
import { postgresWhere } from '../../../src/store/postgres/url.js';

const WHERE = 'postgres://analyst@db.example:5432/chronicle';

/** A failure as pg builds it from the server's error message. */
function serverError(code: string, message: string, detail?: string): pg.DatabaseError {
  const error = new pg.DatabaseError(message, message.length, 'error');
  error.code = code;
  error.detail = detail;
  return error;
}

describe('PostgreSQL failures as StoreErrors', () => {
  it.each([
    [
      '40001',
      'could not serialize access due to concurrent update',
      'another transaction changed the same facts at the same time; try again',
    ],
    [
      '40P01',
      'deadlock detected',
      'two transactions waited on each other (deadlock) and this one was stopped; try again',
    ],
    [
      '53100',
      'could not extend file "base/16384/2619": No space left on device',
      "the server's disk is full; free space on it",
    ],
    [
      '28P01',
      'password authentication failed for user "analyst"',
      'authentication failed; check the user name and password in the URL',
    ],
    [
      '3D000',
      'database "chronicle" does not exist',
      'the database does not exist; create it (createdb) or fix its name in the URL',
    ],
  ])("says what SQLSTATE %s means, with the server's words", (code, message, meaning) => {
    const error = postgresStoreError(serverError(code, message), WHERE);
    expect(error).toBeInstanceOf(StoreError);
    expect(error?.message).toBe(`${WHERE}: ${meaning} (${message})`);
    expect(error?.where).toBe(WHERE);
  });

  it('names the broken rule of a constraint violation, with its detail and what was being done', () => {
    const error = serverError(
      '23505',
      'duplicate key value violates unique constraint "names_pkey"',
      'Key (id)=(1) already exists.',
    );
    expect(postgresStoreError(error, WHERE, 'ingest of "a" undone, nothing written')?.message).toBe(
      `${WHERE}: ingest of "a" undone, nothing written: a fact breaks a rule of the schema (duplicate key value violates unique constraint "names_pkey": Key (id)=(1) already exists.)`,
    );
  });

  it('tells a network failure and a timeout apart, and leaves other errors alone', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' });
    expect(postgresStoreError(refused, WHERE)?.message).toMatch(/no PostgreSQL server answers there/);
    const unknownHost = Object.assign(new Error('getaddrinfo ENOTFOUND db.example'), { code: 'ENOTFOUND' });
    expect(postgresStoreError(unknownHost, WHERE)?.message).toMatch(/the host name is unknown/);
    const timeout = new Error('Connection terminated due to connection timeout');
    expect(postgresStoreError(timeout, WHERE)?.message).toMatch(/did not answer in time/);
    expect(postgresStoreError(new TypeError('x is not a function'), WHERE)).toBeNull();
  });
});

describe('a PostgreSQL URL as shown to people', () => {
  it('leaves out the password, in the user part or the query string', () => {
    expect(postgresWhere('postgres://analyst:hunter2@db.example:5432/chronicle')).toBe(WHERE);
    expect(postgresWhere('postgresql://analyst@db.example/chronicle?password=hunter2&sslmode=require')).toBe(
      'postgresql://analyst@db.example/chronicle?sslmode=require',
    );
  });
});
