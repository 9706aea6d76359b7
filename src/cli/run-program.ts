import type { Command } from 'commander';
import { errorLine, exitCodeFor, usageLine } from './exit.js';

/**
 * Runs a commander program the Chronicle way: usage errors and failures become one line on
 * stderr and exit code 2 (bad input) or 1 (unexpected), help exits 0. Sets `process.exitCode`
 * instead of exiting, so pending output is flushed.
 *
 * @example
 * await runProgram(buildProgram(), process.argv);
 */
export async function runProgram(program: Command, argv: string[]): Promise<void> {
  configure(program);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const line = errorLine(error);
    if (line !== null) process.stderr.write(`${line}\n`);
    process.exitCode = exitCodeFor(error);
  }
}

function configure(command: Command): void {
  const path = commandPath(command);
  command.exitOverride().configureOutput({ outputError: (message, write) => write(usageLine(message, path)) });
  for (const sub of command.commands) configure(sub);
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}
