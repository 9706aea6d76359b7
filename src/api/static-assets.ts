import { readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MiddlewareHandler } from 'hono';

/**
 * Where `npm run build:web` writes the web UI.
 *
 * @example
 * existsSync(join(WEB_DIST, 'index.html')) // true once the UI is built
 */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

// Paths the API owns: never answered with the UI, so a wrong API URL stays a JSON 404.
const API_PATH = /^\/(?:api(?:\/|$)|health(?:\/|$))/;

async function fileAt(path: string): Promise<string | null> {
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') {
      return null;
    }
    throw error;
  }
}

/**
 * Serves the built web UI: its files as they are (hashed `assets/` cached for a year), and
 * `index.html` for any other page path so links like `/organizations/org_x` open the app.
 * API paths and missing asset files fall through to the next handler; when the UI is not
 * built, everything does.
 *
 * @example
 * const app = new Hono().use(staticAssets()).route('/', createApp(store));
 */
export function staticAssets({ root = WEB_DIST }: { root?: string } = {}): MiddlewareHandler {
  const base = resolve(root);
  return async (c, next) => {
    const method = c.req.method;
    if ((method !== 'GET' && method !== 'HEAD') || API_PATH.test(c.req.path)) return next();
    let wanted: string;
    try {
      wanted = decodeURIComponent(c.req.path);
    } catch {
      // A malformed escape cannot name one of our files; let the app answer it.
      return next();
    }
    const target = resolve(base, `.${wanted}`);
    // `..` segments must not climb out of the UI's folder.
    const file = target.startsWith(base + sep) ? await fileAt(target) : null;
    // A path with an extension asks for a file; only extensionless page paths get the app.
    const page = file ?? (extname(wanted) === '' ? await fileAt(join(base, 'index.html')) : null);
    if (!page) return next();
    // HEAD answers carry no body; the server drops it.
    const body = new Uint8Array(await readFile(page));
    const immutable = page !== join(base, 'index.html') && relative(base, page).startsWith(`assets${sep}`);
    return c.body(body, 200, {
      'content-type': TYPES[extname(page)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
  };
}
