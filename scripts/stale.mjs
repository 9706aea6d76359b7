// Plain JavaScript on purpose: the CLI's launcher and `npm start` ask this before anything is compiled.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The latest modification time (ms) of a file or of anything under a folder, folders
 * included: a folder's time changes when a file in it is added, renamed or removed. A path
 * that does not exist counts as 0.
 *
 * @example
 * newestChange(['src', 'web/index.html']) // 1764087780123.4
 */
export function newestChange(paths) {
  let newest = 0;
  const visit = (path) => {
    let info;
    try {
      info = statSync(path);
    } catch (error) {
      if (error.code === 'ENOENT') return;
      throw error;
    }
    newest = Math.max(newest, info.mtimeMs);
    if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  for (const path of paths) visit(path);
  return newest;
}

/**
 * Whether a build output is missing or older than any of its sources.
 *
 * @example
 * isStale('dist/.built', ['src']) // true after editing a file under src/
 */
export function isStale(output, sources) {
  const built = newestChange([output]);
  return built === 0 || newestChange(sources) > built;
}
