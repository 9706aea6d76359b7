import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/pipeline.js';

const triples = (text: string) =>
  extract({ id: 'test', raw: text, format: 'text' }).relations.map(
    (r) => `${r.type} ${r.subject} -> ${r.object}${r.start ? ` from ${r.start}` : ''}${r.end ? ` to ${r.end}` : ''}`,
  );

describe('extractRelations', () => {
  it('links a renamed group to its new name, and a merger to the group it formed', () => {
    const found = triples(
      'Harakat al-Wadi\n' +
        'Harakat al-Wadi is an armed group active in the Nafud region. It grew out of Jabhat al-Sahil, which renamed itself Jabhat Bab al-Sahil in 2015 and merged with smaller factions to form Harakat al-Wadi in 2018.\n' +
        'In 2014 the leaders of Jabhat al-Sahil met in the mountains. In July 2015 the group cut its ties with al-Qaeda and renamed itself Jabhat Bab al-Sahil.\n',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'predecessor_of Jabhat al-Sahil -> Jabhat Bab al-Sahil',
        'predecessor_of Jabhat Bab al-Sahil -> Harakat al-Wadi',
      ]),
    );
    expect(found).not.toContain('predecessor_of al-Qaeda -> Jabhat Bab al-Sahil');
  });

  it('reads "X, then led by P", "P became its general leader" and "P took over as leader in <date>"', () => {
    const found = triples(
      'Harakat al-Wadi\n' +
        'Harakat al-Wadi is an armed group active in the Nafud region. The Jabhat al-Sahil, then led by Omar Haddad, sent fighters south.\n' +
        'Ali Nasser became its general leader, with Omar Haddad as military commander; Omar Haddad took over as general leader in October 2017.\n',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'leader_of Omar Haddad -> Jabhat al-Sahil',
        'leader_of Ali Nasser -> Harakat al-Wadi',
        'leader_of Omar Haddad -> Harakat al-Wadi from 2017-10',
      ]),
    );
  });

  it('reads an appositive branch: "X (…), the Syrian branch of Y"', () => {
    expect(
      triples(
        'Jabhat al-Sahil (جبهة الساحل), the Syrian branch of al-Qaeda, attacked Latakia in 2013. Al-Qaeda leader Ayman Farouk praised it.\n',
      ),
    ).toEqual(expect.arrayContaining(['branch_of Jabhat al-Sahil -> Al-Qaeda', 'located_in Jabhat al-Sahil -> Syria']));
  });

  it('takes a group formed "from a merger of" another for its successor', () => {
    expect(
      triples(
        'Police said the Free Coast Front, formed in 2011 from a merger of the Coast Liberation Army with smaller groups, was behind it.\n',
      ),
    ).toContain('predecessor_of Coast Liberation Army -> Free Coast Front');
  });

  it('reads a faction that broke away or left the alliance as a defection, dated by its clause', () => {
    expect(
      triples(
        'Harakat al-Wadi\n' +
          'Harakat al-Wadi is an armed group active in the Nafud region. A faction of the movement broke away in March 2016 as Jamaat-ul-Furqan. The Hawk Brigade left the alliance in May 2019.\n',
      ),
    ).toEqual(
      expect.arrayContaining([
        'defected_from Jamaat-ul-Furqan -> Harakat al-Wadi from 2016-03',
        'defected_from Hawk Brigade -> Harakat al-Wadi from 2019-05',
      ]),
    );
  });

  it('reads a leader from a sentence that opens with "Its leader"', () => {
    expect(
      triples(
        'Katiba Sahel\nKatiba Sahel is an armed group active in Mali. Its leader Hamadou Diallo pledged allegiance to the Islamic State in 2019.\n',
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^leader_of Hamadou Diallo -> Katiba Sahel/)]));
  });

  it("starts a province's branch_of at its proclamation", () => {
    expect(
      triples(
        'Islamic State – Sahel Province\n' +
          'Islamic State – Sahel Province is a branch of the Islamic State. The Islamic State proclaimed the Sahel Province on 22 March 2019, and its fighters have since attacked army posts in Mali and Niger.\n',
      ),
    ).toContain('branch_of Islamic State – Sahel Province -> Islamic State from 2019-03-22');
  });

  it('reads a renaming as predecessor_of, whether the old name or "the movement" is its subject', () => {
    expect(
      triples(
        'Hill Brigades\nThe Hill Brigades is an armed group active in Kenya. In May 2012 the movement was renamed the Coast Liberation Army (CLA).\n',
      ),
    ).toContain('predecessor_of Hill Brigades -> Coast Liberation Army from 2012-05');
    expect(
      triples(
        'Katiba Sahel\nKatiba Sahel is an armed group active in Mali. In 2017 Katiba Sahel renamed itself Jamaat Sahel.\n',
      ),
    ).toContain('predecessor_of Katiba Sahel -> Jamaat Sahel from 2017');
  });

  it("makes a province named after a known group that group's branch", () => {
    expect(
      triples('Islamic State\nThe Islamic State named a new governor for its Islamic State Lake Province in 2021.\n'),
    ).toContain('branch_of Islamic State Lake Province -> Islamic State');
  });

  it('starts a role held "since" a year at that year', () => {
    expect(
      triples(
        'Katiba Sahel\nKatiba Sahel is an armed group active in Mali.\n- Hamadou Diallo: spokesman of Katiba Sahel since 2016.\n',
      ),
    ).toContain('spokesman_of Hamadou Diallo -> Katiba Sahel from 2016');
  });

  it('locates a group in every place of a list, not only the first', () => {
    const found = triples(
      'Katiba Sahel\nKatiba Sahel is an armed group active in Mali, Niger and Burkina Faso. The Liberation Front of the Hills waged a campaign of ambushes, raids and bombings in Kenya and Uganda.\n',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'located_in Katiba Sahel -> Mali',
        'located_in Katiba Sahel -> Niger',
        'located_in Katiba Sahel -> Burkina Faso',
        'located_in Liberation Front of the Hills -> Kenya',
        'located_in Liberation Front of the Hills -> Uganda',
      ]),
    );
  });

  it('reads a branch, its region and an appointed leader whose later killing ends his leadership', () => {
    const found = triples(
      'Islamic State – Caucasus Province\n' +
        'The Islamic State – Caucasus Province (IS-CP) is a branch of the militant Islamist group Islamic State (IS), that is active in the North Caucasus region of Russia. IS announced the group’s formation on 23 June 2015 and appointed Rustam Asildarov as its leader.\n' +
        'On 4 December 2016, Russian security services reported that they had killed Asildarov and four of his associates in a raid on a house in Makhachkala.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'branch_of Islamic State – Caucasus Province -> Islamic State from 2015-06-23',
        'located_in Islamic State – Caucasus Province -> North Caucasus',
        'leader_of Rustam Asildarov -> Islamic State – Caucasus Province from 2015-06-23 to 2016-12-04',
      ]),
    );
  });

  it('reads leaders and spokesmen named after their group', () => {
    const found = triples(
      'Starting in November 2014, commanders began switching their allegiance from Emirate leader Aliaskhab Kebekov to IS leader Abu Bakr al-Baghdadi, of the Caucasus Emirate and the Islamic State (IS).\n' +
        'On 23 June 2015, IS’s spokesman Abu Mohammad al-Adnani accepted these pledges.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'leader_of Abu Bakr al-Baghdadi -> Islamic State',
        'spokesman_of Abu Mohammad al-Adnani -> Islamic State',
      ]),
    );
  });

  it('reads pledges told actively, passively and on behalf of a group', () => {
    const found = triples(
      'Jaish al-Muhajireen wal-Ansar (JMA): A Syria-based formation of foreign fighters. In April 2014 its spokesman, Abdul-Khalim ash-Shishani, pledged allegiance to Kebekov on behalf of its fighters.\n' +
        'Further pledges of allegiance to Aliaskhab Kebekov occurred in June 2015 by Vilayat Nokhchicho leader Aslan Byutukayev.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'spokesman_of Abdul-Khalim ash-Shishani -> Jaish al-Muhajireen wal-Ansar',
        'pledged_allegiance Jaish al-Muhajireen wal-Ansar -> Aliaskhab Kebekov from 2014-04',
        'located_in Jaish al-Muhajireen wal-Ansar -> Syria',
        'pledged_allegiance Aslan Byutukayev -> Aliaskhab Kebekov from 2015-06',
        'leader_of Aslan Byutukayev -> Vilayat Nokhchicho',
      ]),
    );
  });

  it('reads branches listed under a group with their regions', () => {
    const found = triples(
      'The Caucasus Emirate was a Salafi-jihadist armed organization.\n' +
        'By February 2015, many commanders of the Emirate’s branches in Chechnya (Vilayat Nokhchicho) and Dagestan (Vilayat Dagestan) had defected.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'branch_of Vilayat Nokhchicho -> Caucasus Emirate',
        'located_in Vilayat Nokhchicho -> Chechnya',
        'branch_of Vilayat Dagestan -> Caucasus Emirate',
        'located_in Vilayat Dagestan -> Dagestan',
      ]),
    );
  });
});
