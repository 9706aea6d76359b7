import { describe, expect, it } from 'vitest';
import { detectScript } from '../../src/extract/script.js';

describe('detectScript', () => {
  it('names the script most letters are written in', () => {
    expect(detectScript('Вилаят Кавказ Исламского государства')).toBe('Cyrl');
    expect(detectScript('الدولة الإسلامية - ولاية القوقاز')).toBe('Arab');
    expect(detectScript('ისლამური სახელმწიფო')).toBe('Geor');
    expect(detectScript('«Իսլամական պետություն» – Կովկասյան նահանգ')).toBe('Armn');
    expect(detectScript('İslam Dövləti - Qafqaz Vilayəti')).toBe('Latn');
    expect(detectScript('ad-Dawlah al-Islāmiyah')).toBe('Latn');
  });

  it('ignores digits and punctuation, and gives nothing without letters', () => {
    expect(detectScript('2015 – 2016 (IS-CP)')).toBe('Latn');
    expect(detectScript('2015 – [12]')).toBeUndefined();
  });
});
