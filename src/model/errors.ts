/**
 * Typed errors that speak to people. Each says what went wrong and where, and keeps
 * its cause; the CLI and the API translate them into exit codes and problem documents.
 *
 * @example
 * throw new InputError('article.txt: the file is empty', { where: 'article.txt' })
 */
export class ChronicleError extends Error {
  /** Where the problem is: a file, a line, a flag, a field. */
  readonly where?: string;

  constructor(message: string, options: { where?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.where = options.where;
  }
}

/** The input is wrong: a missing or unreadable file, a bad flag, a malformed request. */
export class InputError extends ChronicleError {}

/** Something asked for does not exist. */
export class NotFoundError extends ChronicleError {}

/** The database refused: locked, corrupt, or from a newer schema version. */
export class StoreError extends ChronicleError {}
