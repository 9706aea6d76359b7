import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from '../src/config.js';
import { InputError } from '../src/model/errors.js';

describe('resolveConfig', () => {
  it('uses the defaults when neither flags nor environment say anything', () => {
    expect(resolveConfig({}, {})).toEqual({
      db: './data/chronicle.db',
      port: 8080,
      host: '127.0.0.1',
      busyTimeoutMs: 5000,
    });
  });

  it('takes the environment over the defaults and flags over the environment', () => {
    const env = { CHRONICLE_DB: '/srv/kb.db', PORT: '9000', CHRONICLE_HOST: '0.0.0.0' };
    expect(resolveConfig({}, env)).toMatchObject({ db: '/srv/kb.db', port: 9000, host: '0.0.0.0' });
    expect(resolveConfig({ db: 'mine.db', port: '0' }, env)).toMatchObject({ db: 'mine.db', port: 0, host: '0.0.0.0' });
  });

  it('ignores empty environment variables, as shells leave them', () => {
    expect(resolveConfig({}, { PORT: '', CHRONICLE_DB: '' })).toEqual(DEFAULT_CONFIG);
  });

  it('names the source and the value of a bad port', () => {
    expect(() => resolveConfig({}, { PORT: 'http' })).toThrow(
      new InputError('PORT: invalid port "http" (expected a whole number from 0 to 65535)', { where: 'PORT' }),
    );
    expect(() => resolveConfig({ port: '70000' }, {})).toThrow(/^--port: invalid port "70000"/);
    expect(() => resolveConfig({ db: ' ' }, {})).toThrow('--db: must not be empty');
  });

  it('waits for a locked database as long as CHRONICLE_BUSY_TIMEOUT_MS says, and refuses a non-number', () => {
    expect(resolveConfig({}, { CHRONICLE_BUSY_TIMEOUT_MS: '200' }).busyTimeoutMs).toBe(200);
    expect(resolveConfig({}, { CHRONICLE_BUSY_TIMEOUT_MS: '0' }).busyTimeoutMs).toBe(0);
    expect(() => resolveConfig({}, { CHRONICLE_BUSY_TIMEOUT_MS: '5s' })).toThrow(
      'CHRONICLE_BUSY_TIMEOUT_MS: invalid duration "5s" (expected a whole number of milliseconds)',
    );
  });

  it('returns a frozen object', () => {
    const config = resolveConfig({}, {});
    expect(Object.isFrozen(config)).toBe(true);
  });
});
