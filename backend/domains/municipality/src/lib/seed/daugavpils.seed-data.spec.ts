import { SLUG_PATTERN } from '../dto/municipality-slug.params';
import { DAUGAVPILS_SEED } from './daugavpils.seed-data';

describe('Daugavpils reference data', () => {
  const list = DAUGAVPILS_SEED.neighbourhoods;

  it('has the 25 apkaimes with unique, URL-safe slugs', () => {
    expect(list).toHaveLength(25);
    expect(new Set(list.map((n) => n.slug)).size).toBe(25);
    expect(list.filter((n) => !SLUG_PATTERN.test(n.slug))).toEqual([]);
  });

  it('names every apkaime in lv, ru and en, using the Latvian name in English', () => {
    for (const { name } of list) {
      expect(name.lv.trim()).not.toBe('');
      expect(name.ru).toMatch(/[А-Яа-яЁё]/);
      expect(name.en).toBe(name.lv);
    }
  });

  it('invents nothing: points come in pairs or not at all, no bank is guessed', () => {
    expect(list.filter((n) => (n.lat === null) !== (n.lng === null))).toEqual([]);
    expect(list.filter((n) => n.bank !== null)).toEqual([]);
    // Only the four CSP figures the source publishes.
    expect(list.filter((n) => n.population !== null).map((n) => n.slug).sort()).toEqual([
      'jaunbuve',
      'jaunstropi',
      'kimija',
      'liginiski',
    ]);
  });
});
