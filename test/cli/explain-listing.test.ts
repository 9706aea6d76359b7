import { describe, expect, it } from 'vitest';
import { renderExplanation } from '../../src/cli/explain-listing.js';
import { ExtractionSchema } from '../../src/model/extraction.js';
import { corpusDocuments } from '../support/corpus.js';

const seed = corpusDocuments().find((d) => d.folder === 'seed')!;
const gold = ExtractionSchema.parse(seed.gold);

describe('renderExplanation', () => {
  it('lists every fact by section with its count', () => {
    const listing = renderExplanation(gold);
    expect(listing).toContain(`organizations (${gold.organizations.length})`);
    expect(listing).toContain(`people (${gold.people.length})`);
    expect(listing).toContain(`relations (${gold.relations.length})`);
    expect(listing).toContain(`events (${gold.events.length})`);
  });

  it('shows the stage, rule and confidence of an explained event, and its evidence', () => {
    const event = gold.events.find((e) => e.location.name === 'Kizlyar')!;
    const explained = {
      ...gold,
      events: [{ ...event, explanation: { stage: 'events', rule: 'attack-verb', confidence: 0.8 } }],
    };
    const listing = renderExplanation(explained);
    expect(listing).toContain(
      '  2018-02-18 attack/armed_assault at Kizlyar\n    events/attack-verb · confidence 0.80\n',
    );
    expect(listing).toMatch(
      / {4}evidence \d+–\d+: "On 18 February 2018, a 22-year-old man opened fire on a church in Kizlyar, .*…"/,
    );
  });

  it('says when a fact carries no explanation rather than inventing one', () => {
    expect(renderExplanation(gold)).toContain('    no explanation recorded\n');
  });
});
