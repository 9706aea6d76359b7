import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { errorLine, exitCodeFor, usageLine } from '../../src/cli/exit.js';
import { InputError, NotFoundError, StoreError } from '../../src/model/errors.js';

describe('exit codes and error lines', () => {
  it('gives 2 for what the user can fix and 1 for a bug', () => {
    expect(exitCodeFor(new InputError('missing.txt: no such file'))).toBe(2);
    expect(exitCodeFor(new NotFoundError('no organization matches "Zzyzx"'))).toBe(2);
    expect(exitCodeFor(new StoreError('kb.db: the database is locked by another process'))).toBe(2);
    expect(exitCodeFor(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'"))).toBe(2);
    expect(exitCodeFor(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'))).toBe(0);
    expect(exitCodeFor(new TypeError("Cannot read properties of undefined (reading 'name')"))).toBe(1);
  });

  it('prints Chronicle errors as they are and marks a bug as unexpected, on one line', () => {
    expect(errorLine(new InputError('missing.txt: no such file'), {})).toBe('chronicle: missing.txt: no such file');
    const bug = new Error(
      'Transform failed with 1 error:\nsrc/x.ts:3:6: ERROR: The symbol "Q" has already been declared',
    );
    expect(errorLine(bug, {})).toBe(
      'chronicle: unexpected failure: Transform failed with 1 error: src/x.ts:3:6: ERROR: The symbol "Q" has already been declared (set CHRONICLE_DEBUG=1 for details)',
    );
    expect(errorLine(bug, { CHRONICLE_DEBUG: '1' })).toMatch(/\nError: Transform failed/);
    expect(errorLine(new CommanderError(1, 'commander.unknownOption', 'already printed'), {})).toBeNull();
  });

  it("rewrites commander's usage error as one line pointing at the command's help", () => {
    expect(usageLine("error: unknown option '--fromm'\n(Did you mean --from?)\n", 'chronicle events')).toBe(
      "chronicle: unknown option '--fromm' (Did you mean --from?) (see 'chronicle events --help')\n",
    );
  });
});
