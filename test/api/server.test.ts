import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/api/server.js';
import { InputError } from '../../src/model/errors.js';

describe('startServer', () => {
  it('shows a loopback address as localhost and refuses a port in use, naming it', async () => {
    const app = new Hono().get('/', (c) => c.text('Chronicle'));
    const first = await startServer(app, { port: 0, host: '127.0.0.1' });
    try {
      expect(first.url).toBe(`http://localhost:${first.port}`);
      expect(await (await fetch(first.url)).text()).toBe('Chronicle');
      const second = startServer(app, { port: first.port, host: '127.0.0.1' });
      await expect(second).rejects.toBeInstanceOf(InputError);
      await expect(second).rejects.toThrow(`port ${first.port} is already in use; choose another with --port or PORT`);
    } finally {
      await first.close();
    }
  });
});
