import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import anyAscii from 'any-ascii';
import { detectFormat } from '../extract/document-reader.js';
import type { DocumentFormat } from '../extract/types.js';
import { InputError } from '../model/errors.js';

/** A document read and checked, ready for extraction or ingest. */
export interface DocumentInput {
  /** Stable id from the file name: `Islamic State (IS-CP).txt` → `islamic-state-is-cp`. */
  id: string;
  /** The text exactly as decoded (UTF-8, byte-order mark dropped); offsets refer to it. */
  raw: string;
  format: DocumentFormat;
  fileName: string;
  /** The path it was read from; absent for an upload. */
  path?: string;
}

/**
 * The largest document accepted; larger inputs are almost certainly not an article (a dump, an
 * archive) and would stall extraction.
 *
 * @example
 * if (file.size > MAX_DOCUMENT_BYTES) reject(file);
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/**
 * Reads a document from disk, refusing what is not a text article with an error that says
 * what and where.
 *
 * @example
 * const doc = await readDocumentFile('articles/vilayat-dagestan-brief.txt');
 * doc.id // 'vilayat-dagestan-brief'
 */
export async function readDocumentFile(path: string): Promise<DocumentInput> {
  const info = await stat(path).catch((error: unknown) => {
    throw fileError(path, error);
  });
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a document`, { where: path });
  if (!info.isFile()) throw new InputError(`${path}: is not a regular file`, { where: path });
  if (info.size > MAX_DOCUMENT_BYTES) throw tooLarge(path, info.size);
  const bytes = await readFile(path).catch((error: unknown) => {
    throw fileError(path, error);
  });
  return { ...checkDocument(basename(path), bytes, path), path };
}

/**
 * Checks an uploaded document the same way as a file on disk.
 *
 * @example
 * documentFromUpload('brief.md', new TextEncoder().encode('# Vilayat Dagestan\n…')).format // 'markdown'
 */
export function documentFromUpload(name: string, bytes: Uint8Array): DocumentInput {
  const fileName = basename(name.trim().replace(/\\/g, '/'));
  if (fileName === '') throw new InputError('upload: the document needs a file name', { where: 'upload' });
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw tooLarge(fileName, bytes.byteLength);
  return checkDocument(fileName, bytes, fileName);
}

/**
 * The document id a file name gives: its stem, transliterated to ASCII, lowercase, hyphenated.
 *
 * @example
 * documentIdFromFileName('Вилаят Дагестан.html') // 'vilayat-dagestan'
 */
export function documentIdFromFileName(fileName: string): string {
  const stem = basename(fileName, extname(fileName));
  const slug = anyAscii(stem)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'document';
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function checkDocument(fileName: string, bytes: Uint8Array, where: string): Omit<DocumentInput, 'path'> {
  if (bytes.includes(0)) {
    throw new InputError(`${where}: looks like a binary file (it contains NUL bytes), expected a text document`, {
      where,
    });
  }
  let raw: string;
  try {
    raw = UTF8.decode(bytes);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new InputError(`${where}: is not valid UTF-8 text (convert it to UTF-8 first)`, { where, cause: error });
  }
  if (raw.trim() === '') throw new InputError(`${where}: the document is empty`, { where });
  return { id: documentIdFromFileName(fileName), raw, format: detectFormat(fileName, raw), fileName };
}

function tooLarge(where: string, size: number): InputError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new InputError(
    `${where}: is too large for one document (${mb(size)}, the limit is ${mb(MAX_DOCUMENT_BYTES)})`,
    {
      where,
    },
  );
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'cannot be read (permission denied)',
  EPERM: 'cannot be read (operation not permitted)',
  EISDIR: 'is a directory, not a document',
  ENOTDIR: 'no such file (a part of the path is not a directory)',
  ELOOP: 'cannot be read (too many symbolic links)',
  ENAMETOOLONG: 'cannot be read (the path is too long)',
};

function fileError(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const what = code === undefined ? undefined : FILE_ERRORS[code];
  return what ? new InputError(`${path}: ${what}`, { where: path, cause: error }) : error;
}
