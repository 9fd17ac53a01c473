// Which population of the Puskesmas profile is an indicator's sasaran, as the catalog reads the row.
// The targets screen offers it ("ambil dari profil"), so a suggestion must never contradict the
// catalog: where no profile population evidently is the sasaran, there is none.
import type { CatalogIndicator } from '../domain/catalog/types.ts';
import type { SasaranKey } from '../shared/api/profile.schema.ts';

/**
 * Rows of the Pati catalog whose interpretation reads the sasaran otherwise than printed
 * (docs/catalog-notes.md), and the population that reading names; null: no profile population is it.
 */
const READ_AS: Readonly<Record<string, SasaranKey | null>> = {
  // "Sasaran printed "Bayi" for an antenatal visit: read as the pregnant women (ibu hamil)".
  'UKM.C1.A.2': 'ibuHamil',
  'UKM.C1.A.3': 'ibuHamil',
  'UKM.C1.A.4': 'ibuHamil',
  // "As SPM 11: the sasaran is the estimated number of presumptive TB (terduga TB)".
  'UKM.D1.1': 'terdugaTb',
  // "As SPM 12: the sasaran is the estimated number of people at risk of HIV" (printed "Orang").
  'UKM.D3.1': 'risikoHiv',
  // "Cases found against the estimated number of diarrhoea cases among balita": not all balita.
  'UKM.D5.1': null,
};

/** Printed sasaran texts that name a profile population exactly, and nothing narrower or wider. */
const PRINTED: Readonly<Record<string, SasaranKey>> = {
  bayi: 'bayi',
  balita: 'balita',
  'anak yang berusia 0 - 59 bulan': 'balita',
  'ibu hamil': 'ibuHamil',
  bumil: 'ibuHamil',
  'ibu bersalin': 'ibuBersalin',
  neonatus: 'bayiBaruLahir',
  'bayi baru lahir': 'bayiBaruLahir',
  lansia: 'lansia',
  'wanita usia subur': 'wus',
  wus: 'wus',
  'remaja putri': 'remajaPutri',
  'terduga tb': 'terdugaTb',
  'jemaah haji tahun berjalan': 'jemaahHaji',
};

/** The 12 SPM services print no sasaran: their name says whom they serve. */
const SPM_NAMES: readonly [RegExp, SasaranKey][] = [
  [/ibu hamil/i, 'ibuHamil'],
  [/ibu bersalin/i, 'ibuBersalin'],
  [/bayi baru lahir/i, 'bayiBaruLahir'],
  [/balita/i, 'balita'],
  [/usia pendidikan dasar/i, 'anakSekolah'],
  [/usia produktif/i, 'usiaProduktif'],
  [/usia lanjut/i, 'lansia'],
  [/hipertensi/i, 'hipertensi'],
  [/diabetes/i, 'diabetes'],
  [/gangguan jiwa berat/i, 'odgjBerat'],
  [/terduga tuberkulosis/i, 'terdugaTb'],
  [/terinfeksi hiv/i, 'risikoHiv'],
];

/**
 * The profile population to suggest as `indicator`'s sasaran, or null. In order:
 * - only a coverage or rate entered as a count or a stock has a sasaran to set (a ratio's
 *   denominator is entered month by month);
 * - a row the catalog reads otherwise than printed (`READ_AS`);
 * - a rate is per what its unit says ("Per 100.000 kelahiran hidup": the live births), whatever the
 *   sasaran column prints; per population or per participant is no profile target population;
 * - an SPM service by its name;
 * - a row whose interpretation speaks of its sasaran and is not in `READ_AS` gets nothing: the
 *   catalog reads that sasaran in words this module does not know (the F1.7 screenings' "Penderita …"
 *   is the population to screen, not the people with the disease);
 * - otherwise the printed sasaran, when it names a profile population exactly ("Bumil KEK" is not
 *   all pregnant women, "Usia Subur" may be couples or women).
 */
export function suggestedSasaran(indicator: CatalogIndicator): SasaranKey | null {
  if (indicator.kind !== 'coverage' && indicator.kind !== 'rate') return null;
  if (indicator.entry !== 'count' && indicator.entry !== 'level') return null;
  if (indicator.code in READ_AS) return READ_AS[indicator.code] ?? null;
  if (indicator.kind === 'rate') return /kelahiran hidup/i.test(indicator.unit) ? 'kelahiranHidup' : null;
  const printed = indicator.sasaran.trim().toLowerCase();
  if (printed === '') return SPM_NAMES.find(([pattern]) => pattern.test(indicator.name))?.[1] ?? null;
  if (/sasaran/i.test(indicator.interpretation ?? '')) return null;
  return PRINTED[printed] ?? null;
}
