import { describe, expect, it } from 'vitest';
import { renderEvents } from '../../src/cli/event-listing.js';
import type { Event } from '../../src/model/extraction.js';
import type { EventRecord } from '../../src/store/store.js';
import { corpusDocuments } from '../support/corpus.js';

const seed = corpusDocuments().find((d) => d.folder === 'seed')!;
const goldEvents = (seed.gold as { events: Event[] }).events;

// The stored form of a gold event, as the store hands it to the CLI.
function record(e: Event): EventRecord {
  const id = `evt_${e.id}`;
  const killed = e.killed ?? null;
  const injured = e.injured ?? null;
  return {
    id,
    incidentId: id,
    reviewStatus: 'extracted',
    reports: [
      {
        eventId: id,
        documentId: seed.id,
        date: e.date,
        killed,
        killedPerpetrators: e.killed_perpetrators ?? null,
        injured,
        attribution: e.attribution,
        evidence: e.evidence,
        citations: e.citations,
      },
    ],
    documentId: seed.id,
    date: e.date,
    dateStart: null,
    dateEnd: null,
    category: e.category,
    subtype: e.subtype,
    summary: e.summary,
    location: {
      ...e.location,
      admin1: e.location.admin1 ?? null,
      lat: 43.85,
      lon: 46.71,
      aliases: e.location.aliases ?? [],
    },
    killed,
    killedPerpetrators: e.killed_perpetrators ?? null,
    injured,
    perpetrators: e.perpetrators.map((name) => ({ name, entityId: null })),
    attribution: e.attribution,
    targets: e.targets,
    weapons: e.weapons,
    evidence: e.evidence,
    citations: e.citations,
    citationNeeded: false,
  };
}

const kizlyar = record(goldEvents.find((e) => e.location.name === 'Kizlyar')!);

describe('renderEvents', () => {
  it('writes the Kizlyar church shooting as one CSV row with GTD counts and quoted text', () => {
    const [header, row, end] = renderEvents([kizlyar], 'csv').split('\r\n');
    expect(header).toBe(
      'id,date,category,subtype,location,admin1,country,precision,lat,lon,killed,killed_perpetrators,injured,' +
        'perpetrators,attribution,targets,weapons,summary,citations,document',
    );
    expect(row).toMatch(
      /^evt_ev-\d+,2018-02-18,attack,armed_assault,Kizlyar,Dagestan,RU,exact,43\.85,46\.71,6,1,5,Islamic State; Islamic State – Caucasus Province,claimed,religious_institution,firearms,"A 22-year-old gunman opens fire on a church in Kizlyar, killing 5 and injuring 5; .*",17,islamic-state-caucasus-province$/,
    );
    expect(end).toBe('');
  });

  it('keeps text that a spreadsheet would run as a formula inert, but not negative numbers', () => {
    const [, row] = renderEvents(
      [{ ...kizlyar, summary: '=HYPERLINK("x")', location: { ...kizlyar.location, lon: -3.5 } }],
      'csv',
    ).split('\r\n');
    expect(row).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(row).toContain(',-3.5,');
  });

  it('shows open-ended ranges in the table as 7+ and missing counts as -', () => {
    const table = renderEvents(
      [
        { ...kizlyar, killed: { min: 7, max: null } },
        { ...kizlyar, id: 'evt_2', killed: null, perpetrators: [] },
      ],
      'table',
    ).split('\n');
    expect(table[0]).toMatch(/^DATE +TYPE +PLACE +KILLED +ATTRIBUTION +PERPETRATORS +ID$/);
    expect(table[1]).toMatch(
      /^2018-02-18 +attack\/armed_assault +Kizlyar, RU +7\+ +claimed +Islamic State; .* +evt_ev-\d+$/,
    );
    expect(table[2]).toMatch(/^2018-02-18 +attack\/armed_assault +Kizlyar, RU +- +claimed +- +evt_2$/);
  });
});
