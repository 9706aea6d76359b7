import { describe, expect, it } from 'vitest';
import { closeOpenInterval, findDates, parseDateline } from '../../src/extract/dates.js';

const edtfs = (text: string, context = {}) => findDates(text, 0, context).map((d) => d.edtf);

describe('findDates', () => {
  it('keeps day precision for "On 23 June 2015"', () => {
    expect(edtfs("On 23 June 2015, IS's spokesman Abu Mohammad al-Adnani accepted these pledges")).toEqual([
      '2015-06-23',
    ]);
  });

  it('keeps month precision for "In April 2024"', () => {
    expect(edtfs('In April 2024, Vilayat Kavkaz (sector Ingushetia) released an audio message')).toEqual(['2024-04']);
  });

  it('reads the bare year of a profile label line, but not a bare number in prose', () => {
    expect(edtfs('Formed: 2011')).toEqual(['2011']);
    expect(edtfs('Founded: 1987 (as a student wing)')).toEqual(['1987']);
    expect(edtfs('The militia had 2011 rifles.')).toEqual([]);
    expect(edtfs('Strength: about 2000 fighters')).toEqual([]);
  });

  it('reads US and numeric forms only when unambiguous', () => {
    expect(edtfs('designated the group a terrorist organization on May 26, 2011,[1]')).toEqual(['2011-05-26']);
    expect(edtfs('raided on 22.03.2024 and again on 5/26/2011')).toEqual(['2024-03-22', '2011-05-26']);
    expect(edtfs('a report dated 05/06/2011')).toEqual([]);
  });

  it('marks "early January 2019" approximate and "by July 2015" open-started', () => {
    expect(edtfs('In early January 2019, the group claimed responsibility')).toEqual(['2019-01~']);
    expect(edtfs('had been publicly recognized as emir by Vilayat Dagestan by July 2015.[8]')).toEqual(['..2015-07']);
    expect(edtfs('Most of its fighters had gone over to the Islamic State by the end of 2015')).toEqual(['..2015']);
    expect(edtfs('From late 2014 the Emirate was torn apart; mid-2016 was quiet')).toEqual(['2014~', '2016~']);
  });

  it('reads decades as year intervals, their parts as approximate ones, and never a year inside "1990s-era"', () => {
    expect(edtfs('The movement took up arms in the 1990s and split in the early 2000s.')).toEqual([
      '1990/1999',
      '2000~/2003~',
    ]);
    expect(edtfs('Its founders first met in the mid-1980s, long before the 2012 rebellion.')).toEqual([
      '1983~/1986~',
      '2012',
    ]);
    expect(edtfs('Its cells had spread across the Sahel by the late 2010s.')).toEqual(['..2019~']);
    expect(edtfs('The militia bought 1990s-era rifles in 2003.')).toEqual(['2003']);
  });

  it('dates nothing after a decade by it: a day without a year stays unresolved', () => {
    expect(edtfs('Raids were frequent in the 1990s; on 5 March a convoy was hit.')).toEqual(['1990/1999']);
  });

  it('joins ranges into intervals', () => {
    expect(edtfs('Doku Umarov (Dokka Abu Usman): founding emir, October 7, 2007 – September 2013.')).toEqual([
      '2007-10-07/2013-09',
    ]);
    expect(edtfs('Between 2013 and 2016 the group lost four leaders in succession')).toEqual(['2013/2016']);
    expect(edtfs("some sources list him as the CE's last overall emir (2015 – August 17, 2016).")).toEqual([
      '2015/2016-08-17',
    ]);
    const text =
      'Starting in November 2014, mid-level commanders began publicly switching their allegiance.[6] By February 2015, many commanders had pledged.';
    const [range] = findDates(text, 10, {});
    expect(range).toMatchObject({ edtf: '2014-11/2015-02', start: 10, relative: false });
    expect(range!.text.startsWith('Starting in November 2014')).toBe(true);
  });

  it('resolves weekdays against the dispatch dateline', () => {
    const anchor = parseDateline('GROZNY, 25 March 2017 — Six National Guard servicemen died early on Friday');
    expect(anchor).toBe('2017-03-25');
    const [friday] = findDates('Six National Guard servicemen died early on Friday when gunmen', 0, { anchor });
    expect(friday).toMatchObject({ edtf: '2017-03-24', relative: true, text: 'Friday' });
    expect(edtfs("Islamic State has claimed Monday's attack in central Grozny", { anchor: '2021-01-01' })).toEqual([
      '2020-12-28',
    ]);
    expect(edtfs("On New Year's Eve two men drove into a traffic policeman", { anchor: '2020-01-02' })).toEqual([
      '2019-12-31',
    ]);
  });

  it('takes a missing year and "the next morning" from the dates before it', () => {
    const text =
      'Volgograd was bombed twice within 24 hours at the end of 2013. On 29 December a suicide bomber set off a device. The next morning a blast ripped apart a crowded trolleybus.';
    expect(edtfs(text)).toEqual(['2013~', '2013-12-29', '2013-12-30']);
    expect(
      edtfs('The group had been hunted since 27 March, when attackers shot at a checkpoint', { anchor: '2023-04-06' }),
    ).toEqual(['2023-03-27']);
  });

  it('gives a month without a year the dateline year nearer the dispatch', () => {
    const anchor = parseDateline('KANO, Nigeria, 15 April 2014 — Gunmen raided a market late on Monday.');
    expect(edtfs('The group claimed the raid in a video released in May.', { anchor })).toEqual(['2014-05']);
    expect(edtfs('The same cell had bombed a bus station in November.', { anchor })).toEqual(['2013-11']);
    expect(edtfs('Two men were detained on 29 December.', { anchor: '2020-01-02' })).toEqual(['2019-12-29']);
  });

  it('joins "Starting in November 2014 …" and the next sentence\'s "By February 2015" into one interval', () => {
    const first = { text: 'Starting in November 2014, local commanders began leaving the front.[3]', start: 100 };
    const next = { text: 'By February 2015, most units had gone over to the rival faction.', start: 172 };
    const dates = closeOpenInterval(
      first,
      findDates(first.text, first.start, {}),
      next,
      findDates(next.text, next.start, {}),
    );
    expect(dates).toEqual([
      { start: 100, end: 125, text: 'Starting in November 2014', edtf: '2014-11/2015-02', relative: false },
    ]);
    const plain = { text: 'In November 2014 local commanders began leaving.', start: 0 };
    expect(closeOpenInterval(plain, findDates(plain.text, 0, {}), next, findDates(next.text, next.start, {}))).toEqual(
      findDates(plain.text, 0, {}),
    );
  });

  it('resolves "a year later" and "a week later" against the date before them', () => {
    expect(edtfs('On 8 April 2017 the group surrendered its arms. A year later it announced its end.')).toEqual([
      '2017-04-08',
      '2018',
    ]);
    expect(edtfs('Gunmen attacked a church on 14 April 2014. A week later they struck a market.')).toEqual([
      '2014-04-14',
      '2014-04-21',
    ]);
  });

  it('reads day ranges and shifts by months and years', () => {
    expect(
      edtfs('an operation in the Untsukul district ran 10–11 August 2015, ending near the village of Gimry'),
    ).toEqual(['2015-08-10/2015-08-11']);
    expect(edtfs('Vagabov was appointed emir of the vilayat in July 2010. The following month he was killed.')).toEqual(
      ['2010-07', '2010-08'],
    );
    expect(edtfs('the group claimed the 2018 Magnitogorsk building collapse, and an attack the following day')).toEqual(
      ['2018'],
    );
  });

  it('counts bare years only when a cue makes them dates', () => {
    expect(edtfs('Estimated strength: 400 to 1,500 fighters (2010 estimate)')).toEqual([]);
    expect(edtfs('the attacker, a Chechen born in 1997, had used only a knife')).toEqual(['1997']);
    expect(edtfs('the group claimed responsibility for the 2018 Magnitogorsk building collapse')).toEqual(['2018']);
    expect(edtfs('Security forces deployed 2,000 troops; the flood reached in 2000 homes')).toEqual([]);
  });

  it('reads a Nigerian newswire dateline and its weekday', () => {
    const anchor = parseDateline(
      'MAIDUGURI, Nigeria, 14 April 2014 (Reuters) - Gunmen abducted schoolgirls late on Monday',
    );
    expect(anchor).toBe('2014-04-14');
    expect(edtfs('Gunmen abducted more than 200 schoolgirls late on Monday', { anchor })).toEqual(['2014-04-14']);
    expect(parseDateline('Moscow Metro, 29 March 2010. Umarov claimed the double suicide bombing')).toBeUndefined();
  });

  it('finishes quickly on 100k characters of digits, brackets and mixed scripts', () => {
    const junk = '12 31.12.2015 [1][ Вилаят 2015– May 5/5/ ابو between 1 and '.repeat(2000).slice(0, 100_000);
    const started = performance.now();
    expect(() => findDates(junk, 0, { anchor: '2020-01-01' })).not.toThrow();
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
