import { join } from 'node:path';
import { pabulibFiles } from '../../testing/fixtures';
import { inputDigest } from '../result/digest';
import { readPbFile } from './read-file';
import { readPb } from './reader';
import { votesOfCount, writePb } from './writer';

describe('.pb round trip on real files', () => {
  // Every vote type, decimal costs, quoted META, extra voter columns, a withdrawn project.
  it.each([
    'France_Toulouse_2022_3_-_Les_Chalets_Bayard_Belfort_Saint_Aubin_Dupuy.pb',
    'Hungary_Budapest_2022_VIII_Jozsefvaros.pb',
    'Poland_Czestochowa_2025_Czestochowka_-_Parkitka.pb',
    'Poland_Krakow_2022_Nowa_Huta.pb',
    'Poland_Poznan_2024_8_-_Chartowo_Rataje_Zegrze__small.pb',
    'Poland_Wroclaw_2017_Rejon_nr_11_750.pb',
    'Switzerland_Zurich_S5D10.pb',
    'Worldwide_Mechanical_Turk_Ranking_value_8.pb',
  ])('reading %s, writing it back and reading again gives the same digest', async (file) => {
    const { setup, count, extras } = await readPbFile(join(pabulibFiles().dir, file));
    const again = readPb(writePb(setup, votesOfCount(setup, count), extras));
    expect(again.extras.meta).toEqual(extras.meta);
    expect(again.extras.projectRows).toEqual(extras.projectRows);
    expect(inputDigest(again.setup, again.count, 'greedy', 'file')).toBe(inputDigest(setup, count, 'greedy', 'file'));
  });
});
