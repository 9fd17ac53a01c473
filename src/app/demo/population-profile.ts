// A demo Puskesmas's population as a Dinkes profile states it (Bab II of the annual report): its
// villages with their people, and the target populations (sasaran) estimated from them with the shares
// such profiles use. Every demo sasaran is taken from here (demo-sasaran.ts), so the targets screen's
// "ambil dari profil" gives back exactly the number the demo stored.
import type { ProfileData, SasaranKey } from '../../shared/api/profile.schema.ts';
import type { DemoPuskesmas } from './puskesmas-list.ts';
import type { Random } from './random.ts';

/**
 * The shares behind the estimates, of the whole population unless said otherwise. Round figures of the
 * kind district health profiles publish (BPS age structure, Riskesdas prevalences); the demo assumes
 * them, it does not quote a source.
 */
export const DEMO_SHARES = {
  /** Crude birth rate; each Puskesmas varies it with its age structure (`youth`). */
  liveBirths: 0.014,
  /** Pregnant women: 1,1 × live births (losses and stillbirths included). */
  pregnantPerBirth: 1.1,
  /** Women giving birth: 1,05 × live births. */
  deliveriesPerBirth: 1.05,
  /** Infants: live births less those who die before their first birthday. */
  infantSurvival: 0.984,
  underFive: 0.075,
  /** Children 0–14, the rest of the young: the productive age is what is left below 60. */
  underFifteen: 0.22,
  /** Primary-school age, 7–15. */
  schoolAge: 0.15,
  /** 60 and over. */
  elderly: 0.13,
  /** Women of childbearing age, 15–49. */
  wus: 0.25,
  /** Girls of secondary-school age, whom the iron-tablet programme reaches. */
  adolescentGirls: 0.055,
  /** Of those aged 15 and over: hypertension by measurement, diabetes by diagnosis. */
  hypertension: 0.376,
  diabetes: 0.021,
  /** Households with a person with severe mental illness (per household); people per household. */
  severeMentalIllnessPerHousehold: 0.009,
  peoplePerHousehold: 3.3,
  /** Expected TB cases (incidence per person), and presumptive cases examined per expected case. */
  tbIncidence: 354 / 100_000,
  presumptivesPerTbCase: 10,
  /** People at risk of HIV besides pregnant women and TB patients (key populations, IMS). */
  hivKeyPopulations: 0.0015,
  /** Pilgrims of the year. */
  hajj: 0.00075,
} as const;

/** Counts of places and groups the profile does not list, derived from the same population. */
export interface DemoPlaces {
  households: number;
  /** Couples of childbearing age (PUS), whom family planning counts. */
  couples: number;
  posyandu: number;
  posyanduLansia: number;
  /** Primary, junior and senior secondary schools (SD/MI, SMP/MTs, SMA/MA/SMK). */
  schools: { sd: number; smp: number; sma: number };
  /** Children in one school year (grade cohort). */
  gradeCohort: number;
  /** Children 2–12, whom deworming reaches. */
  children2to12: number;
  /** Expected TB cases of the year. */
  tbCases: number;
  /** Expected diarrhoea cases among under-fives (843 per 1.000 a year, assumed). */
  diarrhoeaUnderFive: number;
  /** People with a mental disorder (depression and the like) among those 15+. */
  mentalDisorders: number;
  /** JKN members registered at this Puskesmas. */
  jknMembers: number;
  drinkingWaterSites: number;
  publicPlaces: number;
  foodPlaces: number;
  foodIndustries: number;
  healthFacilities: number;
  businesses: number;
  civilSocietyGroups: number;
  pesantren: number;
  posUkk: number;
}

export interface DemoPopulation {
  population: number;
  profile: ProfileData;
  targets: Record<SasaranKey, number>;
  places: DemoPlaces;
}

const PREFIXES = [
  'Sido',
  'Tambak',
  'Karang',
  'Sumber',
  'Wono',
  'Tegal',
  'Kedung',
  'Mojo',
  'Bulu',
  'Jati',
  'Banyu',
  'Gondo',
  'Purwo',
  'Suko',
  'Margo',
  'Tlogo',
  'Ngemplak',
  'Guyang',
  'Kali',
  'Pondo',
];
const SUFFIXES = [
  'rejo',
  'harjo',
  'mulyo',
  'sari',
  'agung',
  'kerto',
  'makmur',
  'wetan',
  'kulon',
  'lor',
  'kidul',
  'asri',
  'luhur',
  'dadi',
];

/** Invented village names of the Javanese kind ("Sidorejo", "Tambakharjo"), distinct within a Puskesmas. */
function villageNames(count: number, random: Random): string[] {
  const names = new Set<string>();
  while (names.size < count) names.add(random.pick(PREFIXES) + random.pick(SUFFIXES));
  return [...names];
}

/** Splits `total` into `parts` whole numbers of uneven size (0,5–1,5 of the mean), summing exactly. */
function unevenSplit(total: number, parts: number, random: Random): number[] {
  const weights = Array.from({ length: parts }, () => random.between(0.5, 1.5));
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((total * w) / sum));
  for (let i = 0, rest = total - out.reduce((a, b) => a + b, 0); rest > 0; i++, rest--)
    out[i % parts] = (out[i % parts] ?? 0) + 1;
  return out;
}

/**
 * The profile of one demo Puskesmas-year. `random` varies its age structure (a younger or older
 * population shifts births, children and the elderly by up to 7 %), its villages and its staff.
 */
export function demoPopulation(p: DemoPuskesmas, random: Random): DemoPopulation {
  const s = DEMO_SHARES;
  const pop = p.population;
  const youth = random.between(0.93, 1.07);
  const share = (x: number) => Math.round(pop * x);

  const kelahiranHidup = share(s.liveBirths * youth);
  const underFifteen = share(s.underFifteen * youth);
  const lansia = share(s.elderly * (2 - youth));
  const usiaProduktif = pop - underFifteen - lansia;
  const adults = usiaProduktif + lansia;
  const households = Math.round(pop / s.peoplePerHousehold);
  const tbCases = share(s.tbIncidence);
  const ibuHamil = Math.round(kelahiranHidup * s.pregnantPerBirth);
  const bayi = Math.round(kelahiranHidup * s.infantSurvival);
  const balita = share(s.underFive * youth);
  const anakSekolah = share(s.schoolAge * youth);

  const targets: Record<SasaranKey, number> = {
    ibuHamil,
    ibuBersalin: Math.round(kelahiranHidup * s.deliveriesPerBirth),
    bayiBaruLahir: kelahiranHidup,
    bayi,
    balita,
    anakSekolah,
    usiaProduktif,
    lansia,
    hipertensi: Math.round(adults * s.hypertension),
    diabetes: Math.round(adults * s.diabetes),
    odgjBerat: Math.max(1, Math.round(households * s.severeMentalIllnessPerHousehold)),
    terdugaTb: tbCases * s.presumptivesPerTbCase,
    risikoHiv: ibuHamil + tbCases + share(s.hivKeyPopulations),
    kelahiranHidup,
    wus: share(s.wus),
    remajaPutri: share(s.adolescentGirls * youth),
    jemaahHaji: Math.max(5, share(s.hajj)),
  };

  const names = villageNames(p.villages, random);
  const people = unevenSplit(pop, p.villages, random);
  const villages = names.map((name, i) => ({ name, population: people[i] ?? 0 }));

  const sd = Math.max(4, Math.round((anakSekolah * (6 / 9)) / 190));
  const smp = Math.max(1, Math.round((anakSekolah * (3 / 9)) / 420));
  const sma = Math.max(1, Math.round(pop / 9_000));
  const places: DemoPlaces = {
    households,
    couples: share(0.18),
    posyandu: Math.max(p.villages, Math.round(balita / 75)),
    posyanduLansia: p.villages + Math.round(p.villages * random.between(0.2, 0.8)),
    schools: { sd, smp, sma },
    gradeCohort: Math.round(anakSekolah / 9),
    children2to12: share(0.175 * youth),
    tbCases,
    diarrhoeaUnderFive: Math.round(balita * 0.843),
    mentalDisorders: Math.round(adults * 0.061),
    jknMembers: share(random.between(0.3, 0.45)),
    drinkingWaterSites: Math.max(5, Math.round(pop / 400)),
    publicPlaces: Math.max(10, Math.round(pop / 600)),
    foodPlaces: Math.max(10, Math.round(pop / 300)),
    foodIndustries: Math.max(5, Math.round(pop / 700)),
    healthFacilities: Math.max(3, Math.round(pop / 3_000)),
    businesses: Math.max(3, Math.round(pop / 2_500)),
    civilSocietyGroups: Math.max(3, Math.round(pop / 5_000) + 3),
    pesantren: Math.round(pop / 12_000) + 1,
    posUkk: Math.round(p.villages / 3) + 1,
  };

  const pustu = Math.max(1, Math.round(p.villages / 5));
  const profile: ProfileData = {
    address: `Jl. Raya ${p.kecamatan} No. ${random.int(1, 120)}, Kecamatan ${p.kecamatan}, ${p.district}`,
    areaKm2: Math.round((pop / random.between(p.town ? 2_000 : 600, p.town ? 3_000 : 1_300)) * 100) / 100,
    villages,
    targetPopulations: targets,
    staff: {
      dokter: random.int(2, 4) + (p.rawatInap ? 1 : 0),
      dokterGigi: random.int(1, 2),
      perawat: random.int(6, 10) + (p.rawatInap ? random.int(6, 10) : 0),
      bidan: p.villages + random.int(3, 6),
      kesehatanMasyarakat: random.int(1, 2),
      kesehatanLingkungan: 1,
      atlm: random.int(1, 2),
      gizi: random.int(1, 2),
      kefarmasian: random.int(1, 3),
    },
    facilities: [
      { name: 'Gedung Puskesmas', count: 1, condition: 'baik' },
      { name: 'Puskesmas pembantu', count: pustu, condition: random.chance(0.3) ? 'rusak-ringan' : 'baik' },
      { name: 'Poliklinik kesehatan desa', count: Math.max(0, p.villages - pustu), condition: 'baik' },
      { name: 'Ambulans', count: p.rawatInap ? 2 : 1, condition: 'baik' },
      { name: 'Puskesmas keliling', count: 1, condition: random.chance(0.25) ? 'rusak-ringan' : 'baik' },
      ...(p.rawatInap
        ? [{ name: 'Tempat tidur rawat inap', count: random.int(10, 20), condition: 'baik' as const }]
        : []),
    ],
    // Every demo Puskesmas has a laboratory and a delivery room: no row is left out for lack of one.
    lacks: [],
  };
  return { population: pop, profile, targets, places };
}
