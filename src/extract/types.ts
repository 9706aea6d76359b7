import type { Count, Explanation, LocationPrecision } from '../model/index.js';

/**
 * The shapes that pass between extraction stages. Every mention carries its character
 * span in the document text (`ReadDocument.text`), so provenance lives in the data.
 */

/** A span of the document text. */
export interface Span {
  start: number;
  end: number;
}

/** The input formats the reader understands. */
export const DOCUMENT_FORMATS = ['text', 'markdown', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** A footnote marker in the body: `[12]` → label "12", `[note 1]` → "note 1", `[citation needed]`. */
export interface FootnoteMarker extends Span {
  label: string;
  kind: 'reference' | 'note' | 'citation_needed';
}

/** A line of the document with its span; `text === doc.text.slice(start, end)`. */
export interface Line extends Span {
  text: string;
}

/** A document reduced to the text offsets refer to, with its parts told apart. */
export interface ReadDocument {
  /** The text every offset in the extraction refers to (for plain text: the input itself). */
  text: string;
  title?: string;
  /** The lines of the body (prose, headings, bullets), in order. */
  body: Line[];
  /** Lines of the reference list / notes list (`^…`, `[1] …`, `1. …` under a Sources heading). */
  references: Line[];
  /** Footnote markers found in the body. */
  footnotes: FootnoteMarker[];
  /** A dateline date found at the top of a dispatch (EDTF), when the whole document has one. */
  published?: string;
}

/** A sentence with its span and the index of the body line (paragraph) it stands in. */
export interface Sentence extends Span {
  text: string;
  paragraph: number;
}

/** A date expression found in text, normalized to EDTF without invented precision. */
export interface DateMention extends Span {
  text: string;
  edtf: string;
  /** How it was resolved: an absolute date, or relative to an anchor (dateline, previous event). */
  relative: boolean;
}

/** What the date finder may resolve relative expressions against. */
export interface DateContext {
  /** EDTF day of the dispatch's dateline ("GROZNY, 25 March 2017 —"). */
  anchor?: string;
  /** The most recent full date seen before this text, for "the following day". */
  previous?: string;
}

/** A number expression found in text ("at least 7", "four or five", "dozens"). */
export interface CountMention extends Span {
  text: string;
  count: Count;
}

/** A place found in text and resolved in the gazetteer. */
export interface PlaceMention extends Span {
  text: string;
  /** The name to report: the place itself, or the admin-1 region for "southern Dagestan". */
  name: string;
  admin1?: string;
  country: string;
  precision: LocationPrecision;
  lat?: number;
  lon?: number;
  /** Other names the place is known by (spellings of it and of its admin-1). */
  aliases: string[];
}

/** What the geocoder may use to pick between homonyms. */
export interface GeoContext {
  /** ISO country codes already mentioned in the document, most frequent first. */
  countries?: string[];
  /** Admin-1 names already mentioned. */
  admin1?: string[];
}

/** Any fact a stage emits carries how it was made, for `extract --explain`. */
export type Explained<T> = T & { explanation: Explanation };
