import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { InputError } from '../model/errors.js';

/** A listening server: where to reach it and how to stop it. */
export interface RunningServer {
  /** The address to open, e.g. `http://localhost:8080`. */
  url: string;
  /** The port bound (the one the system chose when asked for port 0). */
  port: number;
  close(): Promise<void>;
}

// Addresses that mean "this machine" are shown as localhost, the name a person types.
const LOCAL_HOSTS = new Set(['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost']);

// Failures to listen that the user fixes by choosing another port or address.
const LISTEN_ERRORS: Record<string, (port: number, host: string) => string> = {
  EADDRINUSE: (port) => `port ${port} is already in use; choose another with --port or PORT`,
  EACCES: (port) => `port ${port} needs privileges; choose one above 1023 with --port or PORT`,
  EADDRNOTAVAIL: (_port, host) =>
    `cannot listen on "${host}"; set --host or CHRONICLE_HOST to an address of this machine`,
  ENOTFOUND: (_port, host) =>
    `cannot listen on "${host}": no such host; set --host or CHRONICLE_HOST to an address of this machine`,
};

/**
 * Serves an app over HTTP and resolves once it listens. A port in use or a host that cannot be
 * bound is an InputError naming it (the user can pick another).
 *
 * @example
 * const server = await startServer(createApp(store), { port: 0, host: '127.0.0.1' });
 * await fetch(`${server.url}/health`);
 * await server.close();
 */
export function startServer(app: Hono, { port, host }: { port: number; host: string }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      server.off('error', onError);
      const shown = LOCAL_HOSTS.has(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive connections from browsers would hold close() open; they carry no unfinished work.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    const onError = (error: NodeJS.ErrnoException) => {
      const explain = error.code === undefined ? undefined : LISTEN_ERRORS[error.code];
      reject(explain ? new InputError(explain(port, host), { where: `${host}:${port}`, cause: error }) : error);
    };
    server.once('error', onError);
  });
}
