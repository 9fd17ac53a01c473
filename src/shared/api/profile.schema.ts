// The Puskesmas profile API's shapes (zod): Bab II of the annual report, one document per Puskesmas-year.
import { z } from 'zod';
import { PROFILE_LIMITS } from '../../domain/assessment/number-bounds.ts';
import { YearHeader } from './org-units.schema.ts';

/**
 * The target populations (sasaran) a profile records, the groups of the 12 SPM services first. A
 * target's sasaran can be taken from here (`fromProfile` on PUT …/targets/{indicatorCode}).
 */
export const SASARAN_KEYS = [
  'ibuHamil',
  'ibuBersalin',
  'bayiBaruLahir',
  'bayi',
  'balita',
  'anakSekolah',
  'usiaProduktif',
  'lansia',
  'hipertensi',
  'diabetes',
  'odgjBerat',
  'terdugaTb',
  'risikoHiv',
  'kelahiranHidup',
  'wus',
  'remajaPutri',
  'jemaahHaji',
] as const;
export type SasaranKey = (typeof SASARAN_KEYS)[number];

export const SASARAN_LABELS: Record<SasaranKey, string> = {
  ibuHamil: 'Ibu hamil',
  ibuBersalin: 'Ibu bersalin',
  bayiBaruLahir: 'Bayi baru lahir',
  bayi: 'Bayi',
  balita: 'Balita',
  anakSekolah: 'Anak usia pendidikan dasar',
  usiaProduktif: 'Usia produktif (15–59 tahun)',
  lansia: 'Usia lanjut (≥ 60 tahun)',
  hipertensi: 'Penderita hipertensi',
  diabetes: 'Penderita diabetes melitus',
  odgjBerat: 'Orang dengan gangguan jiwa berat',
  terdugaTb: 'Orang terduga tuberkulosis',
  risikoHiv: 'Orang berisiko terinfeksi HIV',
  kelahiranHidup: 'Kelahiran hidup',
  wus: 'Wanita usia subur',
  remajaPutri: 'Remaja putri',
  jemaahHaji: 'Jemaah haji',
};

/** The nine strategic health professions (Permenkes 43/2019), as management item A3.1 counts them. */
export const PROFESSIONS = [
  'dokter',
  'dokterGigi',
  'perawat',
  'bidan',
  'kesehatanMasyarakat',
  'kesehatanLingkungan',
  'atlm',
  'gizi',
  'kefarmasian',
] as const;
export type Profession = (typeof PROFESSIONS)[number];

export const PROFESSION_LABELS: Record<Profession, string> = {
  dokter: 'Dokter',
  dokterGigi: 'Dokter gigi',
  perawat: 'Perawat',
  bidan: 'Bidan',
  kesehatanMasyarakat: 'Tenaga kesehatan masyarakat',
  kesehatanLingkungan: 'Tenaga kesehatan lingkungan',
  atlm: 'Ahli teknologi laboratorium medik',
  gizi: 'Tenaga gizi',
  kefarmasian: 'Tenaga kefarmasian',
};

/** ASPAK's condition classes. */
export const FACILITY_CONDITIONS = ['baik', 'rusak-ringan', 'rusak-berat'] as const;

// Whole people and units, each within a plausible maximum (domain/assessment/number-bounds.ts).
const People = z.number().int().nonnegative().max(PROFILE_LIMITS.people);
const Population = People.nullable();

export const Village = z.object({
  name: z.string().trim().min(1).max(200),
  population: People,
});

export const Facility = z.object({
  name: z.string().trim().min(1).max(200),
  count: z.number().int().nonnegative().max(PROFILE_LIMITS.facilities),
  condition: z.enum(FACILITY_CONDITIONS),
});

export const TargetPopulations = z.object(
  Object.fromEntries(SASARAN_KEYS.map((key) => [key, Population])) as Record<SasaranKey, typeof Population>,
);
export type TargetPopulations = z.infer<typeof TargetPopulations>;

const StaffCount = z.number().int().nonnegative().max(PROFILE_LIMITS.staff);

export const Staff = z.object(
  Object.fromEntries(PROFESSIONS.map((key) => [key, StaffCount])) as Record<Profession, typeof StaffCount>,
);
export type Staff = z.infer<typeof Staff>;

/** What the profile document holds (stored as puskesmas_profiles.data). */
export const ProfileData = z.object({
  address: z.string().trim().max(500),
  /** Area of the working area, km². */
  areaKm2: z.number().nonnegative().max(PROFILE_LIMITS.areaKm2).nullable(),
  /** Desa/kelurahan of the working area. */
  villages: z.array(Village).max(300),
  targetPopulations: TargetPopulations,
  staff: Staff,
  facilities: z.array(Facility).max(300),
  /**
   * What the catalog's rows may require (`requires`: "laboratorium") that this Puskesmas does not
   * have in the year: the rows requiring it are marked not applicable. Absent from a document saved
   * before it existed: it lacks nothing.
   */
  lacks: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
});
export type ProfileData = z.infer<typeof ProfileData>;

/** GET /api/puskesmas/{code}/years/{year}/profile. `version` 0: nothing saved for the year yet. */
export const ProfileView = YearHeader.extend({
  profile: ProfileData,
  /** Σ of the villages' population. */
  population: z.number(),
  /** What the year's catalog rows require (`requires`), for the profile to say which the Puskesmas lacks. */
  capabilities: z.array(z.string()),
  version: z.number().int(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type ProfileView = z.infer<typeof ProfileView>;

/**
 * PUT …/profile: the whole document, and the rawat inap status (which changes which indicators apply,
 * for every year of the Puskesmas that is not locked). `expectedVersion` is the version read (0 for none).
 */
export const ProfileBody = z.object({
  rawatInap: z.boolean(),
  profile: ProfileData,
  expectedVersion: z.number().int().nonnegative(),
  /** Why, for the audit trail. */
  reason: z.string().trim().max(500).optional(),
});
export type ProfileBody = z.infer<typeof ProfileBody>;
