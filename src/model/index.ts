/** The codebook: taxonomies, dates, counts and the extraction JSON, defined once. */
export * from './taxonomy.js';
export * from './edtf.js';
export * from './count.js';
export * from './extraction.js';
export * from './errors.js';
export * from './name-keys.js';
