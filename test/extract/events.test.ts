import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/pipeline.js';
import { corpusDocuments } from '../support/corpus.js';

const eventsOf = (text: string) => extract({ id: 'test', raw: text, format: 'text' }).events;

describe('extractEvents', () => {
  it("places no event in a country that only a group's name holds", () => {
    const events = eventsOf(
      'Jabhat al-Wadi\nJabhat al-Wadi is an armed group in Syria. The Islamic State of Iraq sent its envoy to the group in 2011. Jabhat al-Wadi announced its formation in a video released on 23 January 2012.\n',
    );
    expect(events.find((e) => e.date === '2012-01-23')?.location.name).toBe('Syria');
  });

  it('reads how the text knows who did it: "said it carried out", "believe … was responsible", a denied blame, a disowned claim', () => {
    const attributionOf = (sentence: string) =>
      eventsOf(`MOPTI, 4 May 2021 — ${sentence}\n`).map((e) => [e.perpetrators[0], e.attribution]);
    expect(
      attributionOf(
        'A soldier was shot dead on Monday night in Mopti. The Free Valley Front said it carried out the killing.',
      ),
    ).toEqual([['Free Valley Front', 'claimed']]);
    expect(
      attributionOf(
        'A teacher was shot dead late on Monday in Mopti. Detectives believe the Free Valley Front was responsible.',
      ),
    ).toEqual([['Free Valley Front', 'suspected']]);
    expect(
      attributionOf(
        'A bomb killed the governor in Mopti on Monday. The government blamed the Free Valley Front; its spokesman denied any role.',
      ),
    ).toEqual([['Free Valley Front', 'disputed']]);
    expect(
      attributionOf(
        'Gunmen attacked a school in Mopti on Monday, killing 4. A Free Valley Front commander claimed the attack, but the movement disowned it.',
      ),
    ).toEqual([['Free Valley Front', 'disputed']]);
  });

  it('takes "was shot several times" and parcel bombs a group claims for attacks', () => {
    const events = eventsOf(
      'MOPTI, 5 May 2021 — A judge was in a critical condition after being shot several times last night in Mopti.\n' +
        'BAMAKO, 9 May 2021 — The Free Valley Front has claimed that it sent the parcel bombs found on 2 May in Bamako.\n',
    );
    expect(events.map((e) => [e.date, e.category, e.subtype])).toEqual([
      ['2021-05-04', 'attack', 'armed_assault'],
      ['2021-05-02', 'attack', 'bombing'],
    ]);
  });

  it('places an earlier attack told without a place where its paragraph opened', () => {
    const events = eventsOf(
      'BAMAKO, 3 June 2021 — Ten years after the Mopti bombing, relatives laid flowers at the memorial. The car bomb left in the town centre on 3 June 2011 killed 14 people.\n',
    );
    expect(events.find((e) => e.date === '2011-06-03')?.location.name).toBe('Mopti');
  });

  it('dates "the following day" from the day the paragraph is about, not a year told in passing', () => {
    const events = eventsOf(
      'DIGEST\n\nGAO, 20.01.2019 — A car bomb exploded outside the courthouse in Gao on Saturday. ' +
        'Police said the Free Valley Front, formed in 2012 from a merger of smaller groups, was its main line of inquiry. ' +
        'Detectives arrested two men in Gao the following day.\n',
    );
    expect(events.filter((e) => e.category !== 'organizational').map((e) => [e.date, e.subtype])).toEqual([
      ['2019-01-19', 'bombing'],
      ['2019-01-20', 'arrest'],
    ]);
  });

  it('joins a later claim to the attack on the person it names, though it was found elsewhere', () => {
    const events = eventsOf(
      'DIGEST\n\nMOPTI, 23.02.2023 — Judge Omar Haddad was in a critical condition after being shot several times last night in Mopti.\n\n' +
        'GAO, 27 February 2023 — A message claiming the shooting of Omar Haddad in the name of the Free Valley Front appeared on a wall in Gao.\n',
    );
    expect(events.map((e) => [e.date, e.location.name, e.perpetrators, e.attribution])).toEqual([
      ['2023-02-22', 'Mopti', ['Free Valley Front'], 'claimed'],
    ]);
  });

  it('adds the wounded of a following sentence that tells no act of its own to the incident', () => {
    const events = eventsOf(
      'GAO, 8 March 2021 — Two soldiers were shot dead late on Sunday outside the barracks in Gao. Gunmen in a car fired more than 60 rounds, wounding two other soldiers and two drivers.\n',
    );
    expect(events.map((e) => [e.date, e.killed, e.injured])).toEqual([['2021-03-07', 2, 4]]);
  });

  it('reads splits, mergers and a new leader as organizational acts', () => {
    const events = eventsOf(
      'Harakat al-Wadi\nHarakat al-Wadi is an armed group in Syria.\n' +
        'On 3 March 2014 Jabhat al-Sahil merged with two smaller factions to form Harakat al-Wadi.\n' +
        'A faction of the movement broke away in August 2015 as Jamaat-ul-Furqan.\n' +
        'The Hawk Brigade left the alliance in July 2016.\n' +
        'Omar Haddad took over as general leader in October 2017.\n',
    );
    expect(events.map((e) => [e.date, e.subtype])).toEqual([
      ['2014-03-03', 'formation'],
      ['2015-08', 'defection'],
      ['2016-07', 'defection'],
      ['2017-10', 'leadership_change'],
    ]);
  });

  it('splits a dispatch of three attacks and gives each the claim of the series', () => {
    const events = eventsOf(
      'Islamic State (IS) in Chechnya: a digest\n' +
        'GROZNY, 21 August 2018 — Three separate attacks on police shook Chechnya on Monday morning. In Shali, two men with knives tried to force their way into the district police department and wounded two officers before being shot dead. In the village of Mesker-Yurt, a young man carrying a backpack set off a bomb beside a police post; nobody else was hurt and the bomber survived with injuries. On the edge of Grozny, a driver tried to run down a traffic officer, then hit two more officers while fleeing and was killed when police opened fire on his car. IS claimed the series through Amaq.\n',
    );
    expect(events.map((e) => [e.date, e.location.name, e.subtype, e.attribution])).toEqual([
      ['2018-08-20', 'Shali', 'armed_assault', 'claimed'],
      ['2018-08-20', 'Mesker-Yurt', 'bombing', 'claimed'],
      ['2018-08-20', 'Grozny', 'unarmed_assault', 'claimed'],
    ]);
    expect(events.map((e) => [e.killed, e.killed_perpetrators, e.injured])).toEqual([
      [2, 2, 2],
      [0, 0, 1],
      [1, 1, 2],
    ]);
  });

  it('takes an unclaimed attack that officials blame on a group as confirmed, one only said to bear its hallmarks as suspected', () => {
    const events = eventsOf(
      'Liberation Front of the Hills\n' +
        'The Liberation Front of the Hills is an armed group active in Kenya.\n' +
        '- 3 March 2016: A car bomb exploded outside a bank in Eldoret (9 killed). No group claimed it; Kenyan officials blamed the Liberation Front of the Hills.\n' +
        '- 8 May 2017: A bomb exploded at a bus stop in Nakuru (4 killed). No group claimed it; officials said it bore the hallmarks of the Liberation Front of the Hills.\n',
    );
    expect(events.map((e) => [e.date, e.attribution, e.perpetrators])).toEqual([
      ['2016-03-03', 'confirmed', ['Liberation Front of the Hills']],
      ['2017-05-08', 'suspected', ['Liberation Front of the Hills']],
    ]);
  });

  it('frames an act with no place in a digest by the country of its datelines', () => {
    const events = eventsOf(
      'HILLS SECURITY DIGEST\n\n' +
        'ELDORET, Kenya, 9 March 2016 — The Coast Liberation Army said in a statement on Tuesday that its founder had died in February in the Kolbi forest.\n\n' +
        'In May 2016 the Coast Liberation Army named Otieno Mwangi as its new leader.\n',
    );
    expect(events.map((e) => [e.date, e.location.name, e.location.aliases ?? []])).toEqual([
      ['2016-02', 'Kolbi forest', ['Kenya']],
      ['2016-05', 'Kenya', []],
    ]);
  });

  it('reads a ceasefire declared after a founding in one sentence as a second act with its own date', () => {
    const events = eventsOf(
      'Liberation Front of the Hills\n' +
        'The Liberation Front of the Hills was an armed group. Founded on 4 May 1971 by exiled teachers, it fought for two decades before it declared a unilateral ceasefire in June 1994.\n',
    );
    expect(events.map((e) => [e.date, e.category, e.subtype])).toEqual([
      ['1971-05-04', 'organizational', 'formation'],
      ['1994-06', 'organizational', 'statement'],
    ]);
  });

  it('gives a founding told by an opening participle to the group of the main clause, not to a party named in it', () => {
    const events = eventsOf(
      'Liberation Front of the Hills\n' +
        'The Liberation Front of the Hills was an armed group. Founded on 4 May 1971 by teachers who had left the Hill Farmers Party, it fought for two decades.\n',
    );
    expect(events.map((e) => [e.date, e.subtype, e.perpetrators])).toEqual([
      ['1971-05-04', 'formation', ['Liberation Front of the Hills']],
    ]);
  });

  it('dates an act told with "A year later" by that shift, not by the sentence before', () => {
    const events = eventsOf(
      'The Front\n' +
        'On 2 March 2009 the Front handed the mediators a list of its arms depots. A year later it announced its dissolution.\n',
    );
    expect(events.find((e) => e.subtype === 'dissolution')?.date).toBe('2010');
  });

  it('does not place an arrest years after an attack where the attack happened', () => {
    const events = eventsOf(
      'The Front\n' +
        'The Front is an armed separatist group active in Spain. On 4 June 2001 the Front bombed a barracks in Bilbao, killing two soldiers. Its former chief was arrested in the mountains in May 2012.\n',
    );
    expect(events.map((e) => [e.date, e.category, e.location.name])).toEqual([
      ['2001-06-04', 'attack', 'Bilbao'],
      ['2012-05', 'security_operation', 'Spain'],
    ]);
  });

  it('splits two incidents told in one sentence, each with its own date, place and toll', () => {
    const events = eventsOf(
      'Sahel digest\nMOPTI, Mali, 3 March 2023 — On Tuesday gunmen killed five villagers in Mopti, and on Thursday a bomb killed two soldiers in Gao.\n',
    );
    expect(events.map((e) => [e.date, e.location.name, e.subtype, e.killed])).toEqual([
      ['2023-02-28', 'Mopti', 'armed_assault', 5],
      ['2023-03-02', 'Gao', 'bombing', 2],
    ]);
  });

  it('keeps one incident whose sentence goes on to a later date without a new act', () => {
    const events = eventsOf(
      'Sahel digest\nMOPTI, Mali, 3 March 2023 — On Tuesday gunmen killed five villagers in Mopti, and on Thursday the army sent reinforcements.\n',
    );
    expect(events.map((e) => [e.date, e.location.name, e.killed])).toEqual([['2023-02-28', 'Mopti', 5]]);
  });

  it('takes a revised toll told in the next sentence for the incident', () => {
    const [event] = eventsOf(
      'Sahel digest\nMOPTI, Mali, 3 March 2023 — Gunmen killed dozens of villagers in a market near Mopti on Thursday. The death toll rose to 62 on Friday.\n',
    );
    expect(event).toMatchObject({ date: '2023-03-02', killed: 62 });
  });

  it('keeps the attacker killed and the later claim on the incident they follow', () => {
    const [event] = eventsOf(
      'History\n' +
        'On 18 February 2018, a 22-year-old man opened fire on a church in Kizlyar, killing 5 and injuring 5. The attacker was later killed by security forces, while the Islamic State also claimed responsibility.[17]\n',
    );
    expect(event).toMatchObject({
      date: '2018-02-18',
      category: 'attack',
      subtype: 'armed_assault',
      location: { name: 'Kizlyar' },
      killed: 6,
      killed_perpetrators: 1,
      injured: 5,
      attribution: 'claimed',
      perpetrators: ['Islamic State'],
      citations: ['17'],
    });
  });

  it('names the state forces of a security operation and counts the militants killed', () => {
    const [event] = eventsOf(
      'Decline\n' +
        'Kebekov was killed on 19 April 2015 when Russian special forces stormed a house in Buynaksk; five militants died in the raid, according to officials.\n',
    );
    expect(event).toMatchObject({
      date: '2015-04-19',
      category: 'security_operation',
      subtype: 'raid',
      killed: 5,
      perpetrators: ['Russian special forces'],
      attribution: 'confirmed',
    });
  });

  it('flags an event whose sentence needs a citation', () => {
    const [event] = eventsOf(
      'History\n' +
        'On 12 April 2019, in an extensive operation involving Alpha Group, local police and Rosgvardia, 2 heavily armed IS militants were killed in city of Tyumen.[citation needed]\n',
    );
    expect(event).toMatchObject({
      date: '2019-04-12',
      category: 'security_operation',
      subtype: 'unknown',
      killed: 2,
      citation_needed: true,
    });
  });

  it('lays "The group claimed … its first attack" at the article\'s subject, not at the group named last', () => {
    const seed = corpusDocuments().find((d) => d.folder === 'seed')!;
    const events = extract({ id: seed.id, raw: seed.text, fileName: `${seed.id}.txt` }).events;
    const first = events.find((e) => e.date === '2015-09-02');
    expect(first?.perpetrators[0]).toBe('Islamic State – Caucasus Province');
    expect(first?.attribution).toBe('claimed');
  });

  it('puts the gazetteer point on a known place and none on a village the gazetteer lacks', () => {
    const events = eventsOf(
      'History\n' +
        'On 18 February 2018, a 22-year-old man opened fire on a church in Kizlyar, killing 5 and injuring 5.\n' +
        'On 28 April 2024, suspected gunmen attacked a police post in the village of Mara-Ayagy of the Karachay-Cherkess Republic.\n',
    );
    expect(events[0]?.location).toMatchObject({ name: 'Kizlyar' });
    expect(events[0]?.location.lat).toBeCloseTo(43.85, 1);
    expect(events[0]?.location.lon).toBeCloseTo(46.71, 1);
    expect(events[1]?.location).toMatchObject({ name: 'Mara-Ayagy', precision: 'exact' });
    expect(events[1]?.location.lat).toBeUndefined();
  });

  it('keeps an attack whose gunmen security forces later killed an attack', () => {
    const [event] = eventsOf(
      'Major Attacks\n' +
        '- April 2, 2015: Gunmen attacked Garissa University College in Garissa, Kenya (148 killed; all 4 gunmen were killed by security forces).\n',
    );
    expect(event).toMatchObject({ category: 'attack', location: { name: 'Garissa' }, killed_perpetrators: 4 });
  });

  it('gives an attack the claim told paragraphs later, at the place it names, without a second event', () => {
    const events = eventsOf(
      'Sahel Attacks\n\n' +
        'On 12 May 2022, gunmen on motorbikes attacked an army post near Djibo in northern Burkina Faso, killing 11 soldiers.\n\n' +
        'Two days later, a roadside bomb struck a convoy near Dori, wounding four civilians.\n\n' +
        "On 20 May 2022, Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed responsibility for the attack on the Djibo post in a statement.\n",
    );
    expect(events.map((e) => [e.date, e.location.name, e.attribution, e.perpetrators])).toEqual([
      ['2022-05-12', 'Djibo', 'claimed', ["Jama'at Nusrat al-Islam wal-Muslimin"]],
      ['2022-05-14', 'Dori', 'unknown', []],
    ]);
  });

  it('keeps a claim months after any attack told its own event', () => {
    const events = eventsOf(
      'Sahel Attacks\n\n' +
        'On 12 May 2022, gunmen on motorbikes attacked an army post near Djibo in northern Burkina Faso, killing 11 soldiers.\n\n' +
        "On 3 November 2022, Jama'at Nusrat al-Islam wal-Muslimin claimed responsibility for the attack on a convoy near Djibo.\n",
    );
    expect(events.map((e) => [e.date, e.attribution])).toEqual([
      ['2022-05-12', 'unknown'],
      ['2022-11-03', 'claimed'],
    ]);
  });

  it('reads a founding told in the introduction and again in the history as one formation', () => {
    const events = eventsOf(
      'Ansar Dine\n\n' +
        'Ansar Dine is a jihadist group in Mali. It was founded by Iyad Ag Ghaly in December 2011.\n\n' +
        'History\n\n' +
        'Iyad Ag Ghaly founded Ansar Dine in December 2011 after he failed to take over the MNLA.\n',
    );
    const formations = events.filter((e) => e.subtype === 'formation');
    expect(formations.map((e) => [e.date, e.perpetrators])).toEqual([['2011-12', ['Iyad Ag Ghaly', 'Ansar Dine']]]);
  });

  it('keeps two groups founded the same month by different people apart', () => {
    const events = eventsOf(
      'Sahel Groups\n\n' +
        'Iyad Ag Ghaly founded Ansar Dine in December 2011.\n\n' +
        'Hamada Ould Mohamed Kheirou founded the Movement for Oneness and Jihad in West Africa in December 2011.\n',
    );
    expect(events.filter((e) => e.subtype === 'formation')).toHaveLength(2);
  });
});
