import { chmodSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentFromUpload, documentIdFromFileName, readDocumentFile } from '../../src/kb/document-input.js';
import { InputError } from '../../src/model/errors.js';
import { corpusDocuments } from '../support/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'chronicle-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const brief = corpusDocuments().find((d) => d.id === 'vilayat-dagestan-brief')!;
const firstLine = brief.text.split('\n')[0]!;

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('readDocumentFile', () => {
  it('reads a corpus article with its id from the file name and its text unchanged', async () => {
    const doc = await readDocumentFile(brief.textPath);
    expect(doc).toMatchObject({ id: 'vilayat-dagestan-brief', fileName: 'vilayat-dagestan-brief.txt', format: 'text' });
    expect(doc.raw).toBe(brief.text);
    expect(doc.path).toBe(brief.textPath);
  });

  it('drops a UTF-8 byte-order mark so offsets start at the first letter', async () => {
    const path = write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(firstLine)]));
    expect((await readDocumentFile(path)).raw).toBe(firstLine);
  });

  it('says "no such file" for a missing file, naming it', async () => {
    const path = join(dir, 'missing.txt');
    expect((await inputError(readDocumentFile(path))).message).toBe(`${path}: no such file`);
  });

  it('refuses a directory', async () => {
    const path = join(dir, 'folder.txt');
    mkdirSync(path);
    expect((await inputError(readDocumentFile(path))).message).toMatch(/folder\.txt: is a directory/);
  });

  it('refuses a binary file with NUL bytes', async () => {
    const path = write('scan.pdf', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    expect((await inputError(readDocumentFile(path))).message).toMatch(/scan\.pdf: looks like a binary file/);
  });

  it('refuses text that is not UTF-8 (a Windows-1251 Cyrillic name)', async () => {
    // "Вилаят" in Windows-1251: single bytes above 0x7f that are not valid UTF-8 sequences.
    const path = write('cp1251.txt', Buffer.from([0xc2, 0xe8, 0xeb, 0xe0, 0xff, 0xf2]));
    expect((await inputError(readDocumentFile(path))).message).toMatch(/cp1251\.txt: is not valid UTF-8/);
  });

  it('refuses an empty document and one of only whitespace', async () => {
    for (const [name, content] of [
      ['empty.txt', ''],
      ['blank.md', ' \n\t\n'],
    ]) {
      const path = write(name!, content!);
      expect((await inputError(readDocumentFile(path))).message).toBe(`${path}: the document is empty`);
    }
  });

  it.skipIf(process.getuid?.() === 0)(
    'says a file it may not read cannot be read (skipped as root, who may read any file)',
    async () => {
      const path = write('secret.txt', firstLine);
      chmodSync(path, 0o000);
      expect((await inputError(readDocumentFile(path))).message).toMatch(/secret\.txt: cannot be read/);
    },
  );
});

describe('documentFromUpload', () => {
  it('applies the same checks to an upload and names it', () => {
    expect(() => documentFromUpload('empty.txt', new Uint8Array())).toThrow('empty.txt: the document is empty');
    expect(() => documentFromUpload('x.bin', new Uint8Array([65, 0, 66]))).toThrow(/x\.bin: looks like a binary file/);
  });

  it('keeps only the base name of an uploaded path', () => {
    const doc = documentFromUpload('C:\\Users\\me\\Vilayat Dagestan Brief.txt', new TextEncoder().encode(firstLine));
    expect(doc).toMatchObject({ id: 'vilayat-dagestan-brief', fileName: 'Vilayat Dagestan Brief.txt', raw: firstLine });
    expect(doc.path).toBeUndefined();
  });
});

describe('documentIdFromFileName', () => {
  it('transliterates, lowercases and hyphenates the stem', () => {
    expect(documentIdFromFileName('Вилаят Дагестан.html')).toBe('vilayat-dagestan');
    expect(documentIdFromFileName('Islamic State – Caucasus Province (IS-CP).md')).toBe(
      'islamic-state-caucasus-province-is-cp',
    );
    expect(documentIdFromFileName('...txt')).toBe('document');
  });
});
