// Pesan untuk pengguna, Bahasa Indonesia (bahasa utama).
export const id = {
  DB_LOCKED:
    'Direktori data {dir} sedang dipakai oleh proses lain (PID {pid}). Hentikan proses itu dulu, atau pakai PKP_DATA_DIR lain.',
  DB_MIGRATIONS_OUT_OF_SYNC:
    'Basis data ini dibuat oleh versi pkp yang lain (migrasi {applied} tidak dikenal). Pakai versi pkp yang sesuai.',
  DB_UNREACHABLE: 'Tidak dapat terhubung ke basis data {target}: {reason}',
  CONFIG_INVALID: 'Pengaturan lingkungan tidak valid: {issues}',
  SCENARIO_INVALID: 'Berkas skenario tidak valid di {path}: {reason}',
  FILE_UNREADABLE: 'Berkas {file} tidak dapat dibaca: {reason}',
  FILE_NOT_FOUND: 'Berkas {file} tidak ada.',
  SCENARIO_NOT_JSON: 'Berkas skenario {file} bukan JSON yang sah: {reason}',
  CATALOG_NOT_BUILT_IN: 'pkp belum memiliki katalog bawaan untuk tahun {year} (tersedia: {years}).',
  DISTRICT_NOT_FOUND: 'Kabupaten/kota dengan kode {code} tidak ditemukan.',
  PUSKESMAS_NOT_FOUND: 'Puskesmas dengan kode {code} tidak ditemukan.',
  ORG_UNIT_NOT_FOUND: 'Unit {code} tidak ditemukan.',
  CATALOG_NOT_FOUND: 'Katalog indikator tahun {year} untuk {district} belum ada.',
  CATALOG_PUBLISHED: 'Katalog tahun {year} sudah diterbitkan dan tidak dapat diubah.',
  ASSESSMENT_NOT_FOUND: 'Penilaian {puskesmas} tahun {year} belum ada.',
  RESULT_NOT_FOUND: 'Hasil penilaian {puskesmas} tahun {year} belum dihitung.',
  INDICATOR_NOT_FOUND: 'Indikator {code} tidak ada di katalog tahun {year}.',
  VALUE_INVALID: 'Nilai {field} untuk indikator {code} bulan {month} tidak valid: {reason}',
  STALE_VALUE:
    'Nilai ini sudah diubah orang lain (versi {current}, Anda mengubah versi {expected}). Muat ulang lalu pilih nilai yang benar.',
  PERIOD_LOCKED: 'Penilaian {puskesmas} tahun {year} sudah dikunci.',
  UNAUTHENTICATED: 'Silakan masuk terlebih dahulu.',
  FORBIDDEN: 'Anda tidak memiliki akses ke data ini.',
  USAGE: '{text}',
} as const;
