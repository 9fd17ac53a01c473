// The demo districts: Kabupaten Pati's 29 Puskesmas by name, with plausible (invented) figures: each
// serves 25.000–75.000 people in 7–29 villages, about 1,28 million people and 405 villages in all — the
// order of Pati's own (a kecamatan with two Puskesmas splits between them). Not official figures.
// Beside it, six of neighbouring Kabupaten Kudus' Puskesmas: a second district for every screen to
// keep apart from the first.

export interface DemoPuskesmas {
  code: string;
  name: string;
  /** The kecamatan it serves (part of, where a kecamatan has two Puskesmas). */
  kecamatan: string;
  /** Its district's name, for the profile's address. */
  district: string;
  /** In the district's town: people live closer together there. */
  town: boolean;
  rawatInap: boolean;
  /** People in its working area. */
  population: number;
  /** Desa and kelurahan in its working area. */
  villages: number;
}

const LIST: [name: string, rawatInap: boolean, population: number, villages: number][] = [
  ['Pati I', false, 54_200, 15],
  ['Pati II', false, 51_800, 14],
  ['Gabus I', true, 31_400, 12],
  ['Gabus II', false, 27_600, 12],
  ['Kayen', true, 74_300, 17],
  ['Sukolilo I', true, 52_100, 9],
  ['Sukolilo II', false, 44_700, 7],
  ['Tambakromo', true, 52_900, 18],
  ['Winong I', true, 29_800, 15],
  ['Winong II', false, 25_900, 15],
  ['Pucakwangi I', true, 25_600, 10],
  ['Pucakwangi II', false, 25_100, 10],
  ['Jaken', true, 45_300, 21],
  ['Batangan', true, 43_600, 18],
  ['Juwana', true, 74_800, 29],
  ['Jakenan', true, 42_900, 23],
  ['Margorejo', false, 62_700, 18],
  ['Gembong', true, 45_900, 11],
  ['Tlogowungu', true, 52_400, 15],
  ['Wedarijaksa I', true, 33_800, 10],
  ['Wedarijaksa II', false, 30_200, 8],
  ['Trangkil', true, 64_100, 16],
  ['Margoyoso I', true, 39_600, 11],
  ['Margoyoso II', false, 37_200, 11],
  ['Gunungwungkal', true, 37_700, 15],
  ['Cluwak', true, 45_800, 13],
  ['Tayu I', false, 33_900, 11],
  ['Tayu II', true, 34_600, 10],
  ['Dukuhseti', true, 60_800, 12],
];

export const DEMO_DISTRICT = {
  code: '3318',
  name: 'Kabupaten Pati',
  province: { code: '33', name: 'Jawa Tengah' },
};

export function demoPuskesmasList(): DemoPuskesmas[] {
  return LIST.map(([name, rawatInap, population, villages], i) => {
    const kecamatan = name.replace(/ I+$/, '');
    return {
      code: `P3318${String(i + 1).padStart(3, '0')}`,
      name: `Puskesmas ${name}`,
      kecamatan,
      district: DEMO_DISTRICT.name,
      town: kecamatan === 'Pati',
      rawatInap,
      population,
      villages,
    };
  });
}

/** The second demo district, in the same province as Pati. */
export const SECOND_DEMO_DISTRICT = {
  code: '3319',
  name: 'Kabupaten Kudus',
  province: DEMO_DISTRICT.province,
};

const SECOND_LIST: [
  name: string,
  kecamatan: string,
  rawatInap: boolean,
  population: number,
  villages: number,
][] = [
  ['Purwosari', 'Kota Kudus', false, 41_300, 9],
  ['Rendeng', 'Kota Kudus', false, 38_600, 8],
  ['Jati', 'Jati', true, 67_900, 14],
  ['Undaan', 'Undaan', true, 58_200, 16],
  ['Jekulo', 'Jekulo', true, 72_400, 12],
  ['Dawe', 'Dawe', true, 63_100, 18],
];

/** Kabupaten Kudus' six demo Puskesmas (P3319001–P3319006), in the order of their codes. */
export function secondDemoPuskesmasList(): DemoPuskesmas[] {
  return SECOND_LIST.map(([name, kecamatan, rawatInap, population, villages], i) => ({
    code: `P3319${String(i + 1).padStart(3, '0')}`,
    name: `Puskesmas ${name}`,
    kecamatan,
    district: SECOND_DEMO_DISTRICT.name,
    town: kecamatan === 'Kota Kudus',
    rawatInap,
    population,
    villages,
  }));
}
