import { describe, expect, it } from 'vitest';
import { detectFormat, readDocument } from '../../src/extract/document-reader.js';
import { corpusDocuments } from '../support/corpus.js';

const corpus = (id: string) => corpusDocuments().find((d) => d.id === id)!.text;

describe('readDocument: plain text', () => {
  it('keeps the text unchanged and every line span exact', () => {
    for (const { text } of corpusDocuments()) {
      const doc = readDocument(text, 'text');
      expect(doc.text).toBe(text);
      for (const line of [...doc.body, ...doc.references]) expect(text.slice(line.start, line.end)).toBe(line.text);
    }
  });

  it('tells the ^ reference list and its names note from the body', () => {
    const doc = readDocument(corpus('caucasus-emirate'), 'text');
    expect(doc.references).toHaveLength(11);
    expect(doc.references[0]!.text.startsWith('^Chechen: Имарат Кавказ')).toBe(true);
    expect(doc.body.some((l) => l.text.startsWith('^'))).toBe(false);
    expect(doc.title).toBe('Caucasus Emirate');
  });

  it('reads a numbered list under "Sources" as references, not body', () => {
    const doc = readDocument(corpus('caucasus-emirate-profile'), 'text');
    expect(doc.references.map((l) => l.text.slice(0, 4))).toEqual([
      '[1] ',
      '[2] ',
      '[3] ',
      '[4] ',
      '[5] ',
      '[6] ',
      '[7] ',
      '[8] ',
      '[9] ',
    ]);
    expect(doc.body.some((l) => l.text.startsWith('[1] "Rewards'))).toBe(false);
  });

  it('finds footnote markers: references, notes and [citation needed]', () => {
    const doc = readDocument(corpus('islamic-state-caucasus-province'), 'text');
    const text = doc.text;
    const labels = doc.footnotes.map((f) => f.label);
    expect(labels.slice(0, 3)).toEqual(['note 1', '1', '2']);
    expect(doc.footnotes.find((f) => f.kind === 'citation_needed')).toMatchObject({ label: 'citation needed' });
    for (const f of doc.footnotes) expect(text.slice(f.start, f.end)).toMatch(/^\[.+\]$/);
    expect(doc.title).toBe('Islamic State – Caucasus Province');
  });

  it('gives a digest of datelined dispatches no single published date', () => {
    expect(readDocument(corpus('north-caucasus-is-insurgency-2017-2024'), 'text').published).toBeUndefined();
  });

  it('takes the date of a "Published:" line at the top', () => {
    const text = 'Militants attack army base in Khyber\nPublished: 3 May 2011\nGunmen stormed a checkpoint on Sunday.';
    expect(readDocument(text, 'text').published).toBe('2011-05-03');
  });

  it('takes the date of a single dispatch', () => {
    const text =
      'Gunmen kill 12 in Borno\nMAIDUGURI, Nigeria, 14 April 2014 (Reuters) - Gunmen killed 12 villagers on Sunday.';
    const doc = readDocument(text, 'text');
    expect(doc.published).toBe('2014-04-14');
    expect(doc.title).toBe('Gunmen kill 12 in Borno');
  });
});

describe('readDocument: Markdown', () => {
  it('strips markup and turns footnotes into markers and a reference list', () => {
    const md =
      '# Caucasus Emirate\n\nThe **Caucasus Emirate** was proclaimed by [Dokka Umarov](https://example.org/umarov) on 7 October 2007.[^1]\n\n* March 29, 2010: Two women blew themselves up.\n\n[^1]: "Doku Umarov declares Islamic Caucasus Emirate". The Long War Journal. November 2007.';
    const doc = readDocument(md, 'markdown');
    expect(doc.title).toBe('Caucasus Emirate');
    expect(doc.body.map((l) => l.text)).toContain(
      'The Caucasus Emirate was proclaimed by Dokka Umarov on 7 October 2007.[1]',
    );
    expect(doc.body.map((l) => l.text)).toContain('- March 29, 2010: Two women blew themselves up.');
    expect(doc.footnotes.map((f) => f.label)).toEqual(['1']);
    expect(doc.references.map((l) => l.text)).toEqual([
      '[1] "Doku Umarov declares Islamic Caucasus Emirate". The Long War Journal. November 2007.',
    ]);
  });
});

describe('readDocument: HTML', () => {
  const html = `<!doctype html><html><head><title>x</title><script>var a = "<p>no</p>";</script></head><body>
    <nav><a href="/">Main page</a></nav>
    <h1>Caucasus Emirate<span class="mw-editsection">[edit]</span></h1>
    <p>The <b>Caucasus Emirate</b> was proclaimed on 7&nbsp;October 2007.<sup class="reference"><a href="#cite_note-1">[1]</a></sup> It fought Russian rule.</p>
    <ul><li>March 29, 2010: Two women blew themselves up &amp; killed 40.</li></ul>
    <h2>References</h2>
    <ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink">^</span> "Doku Umarov declares Islamic Caucasus Emirate". The Long War Journal. November 2007.</li></ol>
    </body></html>`;

  it('extracts readable lines, footnote markers and the references list', () => {
    const doc = readDocument(html, 'html');
    expect(doc.title).toBe('Caucasus Emirate');
    expect(doc.body.map((l) => l.text)).toEqual([
      'Caucasus Emirate',
      'The Caucasus Emirate was proclaimed on 7 October 2007.[1] It fought Russian rule.',
      '- March 29, 2010: Two women blew themselves up & killed 40.',
    ]);
    expect(doc.references.map((l) => l.text)).toEqual([
      '[1] "Doku Umarov declares Islamic Caucasus Emirate". The Long War Journal. November 2007.',
    ]);
    const marker = doc.footnotes[0]!;
    expect(doc.text.slice(marker.start, marker.end)).toBe('[1]');
  });

  it('files an encyclopedia names note as a ^ line and keeps reference numbers', () => {
    const page =
      '<p>The Caucasus Emirate<sup class="reference"><a href="#cite_note-note-1">[note 1]</a></sup> was proclaimed in 2007.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>' +
      '<h2>Notes</h2><ol class="references"><li id="cite_note-note-1">Chechen: Имарат Кавказ, romanized: Imarat Kavkaz</li></ol>' +
      '<h2>References</h2><ol class="references"><li id="cite_note-1">"Doku Umarov declares Islamic Caucasus Emirate". The Long War Journal. November 2007.</li></ol>';
    const doc = readDocument(page, 'html');
    expect(doc.footnotes.map((f) => f.label)).toEqual(['note 1', '1']);
    expect(doc.references.map((l) => l.text)).toEqual([
      '^Chechen: Имарат Кавказ, romanized: Imarat Kavkaz',
      '[1] "Doku Umarov declares Islamic Caucasus Emirate". The Long War Journal. November 2007.',
    ]);
  });

  it('finishes quickly on 100k characters of unbalanced tags and brackets', () => {
    const junk = '<div class="a"><p>[1] <<sup class="reference">[2]</sup> ولاية &#x41; <!-- '
      .repeat(1500)
      .slice(0, 100_000);
    const started = performance.now();
    expect(() => readDocument(junk, 'html')).not.toThrow();
    expect(() => readDocument(junk.replace(/</g, '['), 'markdown')).not.toThrow();
    expect(() => readDocument(junk, 'text')).not.toThrow();
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('detectFormat', () => {
  it('goes by extension, then sniffs', () => {
    expect(detectFormat('caucasus-emirate.txt', '<p>not html</p>')).toBe('text');
    expect(detectFormat('page.HTM', '')).toBe('html');
    expect(detectFormat('notes.markdown', '')).toBe('markdown');
    expect(detectFormat('saved', '<!DOCTYPE html><html>')).toBe('html');
    expect(detectFormat('saved', '# Caucasus Emirate\n\nText')).toBe('markdown');
    expect(detectFormat('saved', 'Caucasus Emirate\nText')).toBe('text');
  });
});
