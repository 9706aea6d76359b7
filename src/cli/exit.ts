import { CommanderError } from 'commander';
import { ChronicleError } from '../model/errors.js';

/**
 * The CLI's exit codes: scripts can tell a bad input from a bug.
 *
 * @example
 * process.exitCode = EXIT.usage; // 2
 */
export const EXIT = Object.freeze({ ok: 0, failure: 1, usage: 2 });

// Commander signals help and version output through errors too; those are successes.
const COMMANDER_SUCCESS = new Set(['commander.helpDisplayed', 'commander.version']);

/**
 * The exit code for an error that reached the top of the CLI: 2 for anything the user can fix
 * (a bad file, flag, name or a locked database), 1 for an unexpected failure.
 *
 * @example
 * exitCodeFor(new InputError('missing.txt: no such file')) // 2
 */
export function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return COMMANDER_SUCCESS.has(error.code) ? EXIT.ok : EXIT.usage;
  if (error instanceof ChronicleError) return EXIT.usage;
  return EXIT.failure;
}

/**
 * The line the CLI prints on stderr for an error, or null when commander already said it.
 * Unexpected failures say so; `CHRONICLE_DEBUG=1` adds the stack for a bug report.
 *
 * @example
 * errorLine(new InputError('missing.txt: no such file')) // 'chronicle: missing.txt: no such file'
 */
export function errorLine(error: unknown, env: NodeJS.ProcessEnv = process.env): string | null {
  if (error instanceof CommanderError) return null;
  if (error instanceof ChronicleError) return `chronicle: ${oneLine(error.message)}`;
  const message = error instanceof Error ? error.message : String(error);
  const line = `chronicle: unexpected failure: ${oneLine(message)} (set CHRONICLE_DEBUG=1 for details)`;
  return env.CHRONICLE_DEBUG && error instanceof Error && error.stack ? `${line}\n${error.stack}` : line;
}

/**
 * Formats commander's own usage errors as the CLI's one line, pointing at the right help.
 *
 * @example
 * usageLine("error: unknown option '--x'", 'chronicle extract') // "chronicle: unknown option '--x' (see 'chronicle extract --help')\n"
 */
export function usageLine(commanderMessage: string, commandPath: string): string {
  return `chronicle: ${oneLine(commanderMessage.replace(/^error:\s*/, ''))} (see '${commandPath} --help')\n`;
}

const MAX_LINE = 400;

// Messages may span lines (commander's suggestion, a compiler's detail); joined, the error stays one line.
function oneLine(text: string): string {
  const line = text.trim().replace(/\s*\n\s*/g, ' ');
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line;
}
