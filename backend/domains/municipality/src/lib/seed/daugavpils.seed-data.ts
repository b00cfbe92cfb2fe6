import type { MunicipalitySeed, NeighbourhoodSeed } from '../municipality.types';

/**
 * Daugavpils and its 25 apkaimes, copied from `../shared/seed-data/daugavpils-neighbourhoods.json`
 * (kept in the repo because production images do not carry ../shared). Provenance per row is in that
 * file: names from the ru.wikipedia list matching the city's 25-apkaime territorial plan; points are
 * Wikipedia infobox labels (CC BY-SA), not boundary centroids; populations are the four exact CSP
 * figures reported by LETA (c. 2024). Where the file has null we keep null — nothing is invented.
 * The file gives no English names, so English uses the Latvian proper name (as English texts do),
 * and no river bank per apkaime, so `bank` stays null until a source says.
 */
function n(
  slug: string,
  lv: string,
  ru: string,
  lat: number | null,
  lng: number | null,
  population: number | null,
): NeighbourhoodSeed {
  return { slug, name: { lv, ru, en: lv }, bank: null, lat, lng, population };
}

export const DAUGAVPILS_SEED: MunicipalitySeed = {
  slug: 'daugavpils',
  name: { lv: 'Daugavpils', ru: 'Даугавпилс', en: 'Daugavpils' },
  neighbourhoods: [
    n('centrs', 'Centrs', 'Центр', null, null, null),
    n('cietoksnis', 'Cietoksnis', 'Крепость', null, null, null),
    n('dzelzcelnieks', 'Dzelzceļnieks', 'Железнодорожник', null, null, null),
    n('dzintari', 'Dzintari', 'Дзинтари', null, null, null),
    n('esplanade', 'Esplanāde', 'Эспланада', 55.876515, 26.511726, null),
    n('gajoks', 'Gajoks', 'Гаёк', null, null, null),
    n('griva', 'Grīva', 'Грива', 55.859167, 26.520833, null),
    n('jauna-forstadte', 'Jaunā Forštadte', 'Новый Форштадт', 55.902222, 26.531389, null),
    n('jaunbuve', 'Jaunbūve', 'Новое Строение', 55.8825, 26.549444, 11083),
    n('jaunstropi', 'Jaunstropi', 'Новые Стропы', null, null, 20992),
    n('judovka', 'Judovka', 'Юдовка', null, null, null),
    n('kalkuni', 'Kalkūni', 'Калкуны', 55.840916, 26.493959, null),
    n('krizi', 'Križi', 'Крыжи', 55.943333, 26.590556, null),
    n('kimija', 'Ķīmija', 'Химия', 55.894759, 26.547539, 11459),
    n('liginiski', 'Liginišķi', 'Лигинишки', null, null, 55),
    n('mazstropi', 'Mazstropi', 'Малые Стропы', null, null, null),
    n('mezciems', 'Mežciems', 'Межциемс', 55.914722, 26.458611, null),
    n('niderkuni', 'Nīderkūni', 'Нидеркуны', 55.85361, 26.48889, null),
    n('rugeli', 'Ruģeļi', 'Ругели', null, null, null),
    n('vecforstadte', 'Vecā Forštadte', 'Старый Форштадт', null, null, null),
    n('vecstropi', 'Vecstropi', 'Старые Стропы', 55.894566, 26.59893, null),
    n('videja-pogulanka', 'Vidējā Pogulanka', 'Средняя Погулянка', null, null, null),
    n('vizbuli', 'Vizbuļi', 'Визбули', 55.906667, 26.479722, null),
    n('ezermala', 'Ezermala', 'Эзермала', null, null, null),
    n('cerepova', 'Čerepova', 'Черепово', null, null, null),
  ],
};
