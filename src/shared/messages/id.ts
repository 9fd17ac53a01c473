// Pesan untuk pengguna, Bahasa Indonesia (bahasa utama).
export const id = {
  DB_LOCKED:
    'Direktori data {dir} sedang dipakai oleh proses lain (PID {pid}). Hentikan proses itu dulu, atau pakai PKP_DATA_DIR lain.',
  DB_DIR_PATH_TOO_LONG:
    'Jalur direktori data {dir} terlalu panjang untuk kuncinya (paling banyak {max} byte). Pakai PKP_DATA_DIR yang lebih pendek, atau jalankan pkp dari direktori di dekatnya.',
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
  CATALOG_NOT_FOUND:
    'Katalog indikator tahun {year} untuk {district} belum dibuat. Admin Dinkes membuka tahun baru.',
  CATALOG_PUBLISHED: 'Katalog tahun {year} sudah diterbitkan dan tidak dapat diubah.',
  ASSESSMENT_NOT_FOUND: 'Penilaian {puskesmas} tahun {year} belum ada.',
  RESULT_NOT_FOUND: 'Hasil penilaian {puskesmas} tahun {year} belum dihitung.',
  INDICATOR_NOT_FOUND: 'Indikator {code} tidak ada di katalog tahun {year}.',
  VALUE_INVALID: 'Nilai {field} untuk indikator {code} bulan {month} tidak valid: {reason}',
  STALE_VALUE:
    'Nilai ini sudah diubah orang lain (versi {current}, Anda mengubah versi {expected}). Muat ulang lalu pilih nilai yang benar.',
  PERIOD_LOCKED: 'Penilaian {puskesmas} tahun {year} sudah dikunci.',
  YEAR_SUBMITTED:
    'Penilaian {puskesmas} tahun {year} sudah dikirim ke Dinas Kesehatan: Puskesmas tidak dapat mengubahnya lagi. Perbaikan dilakukan melalui verifikasi Dinkes.',
  YEAR_READ_ONLY:
    'Peran Anda tidak dapat mengubah penilaian {puskesmas} tahun {year} yang berstatus {status}.',
  TARGET_DINKES_ONLY:
    'Target indikator {code} ditetapkan oleh Dinas Kesehatan. Puskesmas mengisi sasaran, pilihan, dan keterangan tidak berlaku.',
  UNAUTHENTICATED: 'Silakan masuk terlebih dahulu.',
  FORBIDDEN: 'Anda tidak memiliki akses ke data ini.',
  INVALID_CREDENTIALS: 'Nama pengguna atau kata sandi salah.',
  LOGIN_LOCKED:
    'Akun ini dikunci sementara karena terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {minutes} menit.',
  TOO_MANY_ATTEMPTS: 'Terlalu banyak percobaan masuk dari alamat ini. Coba lagi dalam {minutes} menit.',
  CSRF_INVALID: 'Permintaan ditolak: token keamanan (CSRF) tidak ada atau tidak cocok. Muat ulang halaman.',
  JSON_REQUIRED: 'Permintaan ini harus dikirim sebagai JSON (Content-Type: application/json).',
  PASSWORD_TOO_SHORT: 'Kata sandi ({field}) minimal {min} karakter.',
  PASSWORD_IS_USERNAME: 'Kata sandi ({field}) tidak boleh sama dengan nama pengguna.',
  PASSWORD_UNCHANGED: 'Kata sandi baru ({field}) harus berbeda dari kata sandi lama.',
  PASSWORD_WRONG: 'Kata sandi saat ini ({field}) salah.',
  PASSWORD_CHANGE_REQUIRED: 'Ganti kata sandi Anda terlebih dahulu.',
  PASSWORD_TOO_COMMON: 'Kata sandi ({field}) terlalu umum sehingga mudah ditebak. Pilih kata sandi lain.',
  BODY_TOO_LARGE: 'Isi permintaan terlalu besar (paling banyak {limit}).',
  TEXT_UNSTORABLE:
    'Isian {field} memuat karakter yang tidak dapat disimpan (karakter NUL atau teks Unicode yang rusak).',
  PORT_IN_USE:
    'Port {port} sudah dipakai program lain. Pilih port lain, misalnya: PORT={suggestion} npm start, atau pkp serve --port {suggestion}.',
  USERNAME_TAKEN: 'Nama pengguna {username} sudah dipakai.',
  USER_NOT_FOUND: 'Pengguna #{id} tidak ditemukan di {district}.',
  ROLE_UNIT_MISMATCH: 'Peran {role} tidak dapat ditempatkan di unit tingkat {level} (hanya: {levels}).',
  ORG_UNIT_OUTSIDE_DISTRICT: 'Unit {code} tidak termasuk wilayah {district}.',
  USER_SELF_CHANGE:
    'Anda tidak dapat mengubah peran, unit, status, atau mengatur ulang kata sandi akun Anda sendiri di sini.',
  FIELD_INVALID: 'Isian {field} tidak valid: {reason}',
  INDICATOR_FIELD_INVALID: 'Isian {field} untuk indikator {code} tidak valid: {reason}',
  PROFILE_SASARAN_MISSING:
    'Profil Puskesmas tahun {year} belum mencatat sasaran "{label}". Isi profilnya dulu, atau tulis angka sasarannya.',
  UKMP_KEY_TAKEN:
    'Layanan {service} sudah memilih indikator kunci {other}. Satu indikator kunci per layanan (kriteria 2.7.1): batalkan pilihan itu dulu.',
  WARNING_CHANGED:
    'Angka yang diperingatkan ({about}) sudah berubah sejak Anda membacanya. Periksa angka yang baru, lalu tandai lagi.',
  WARNING_CLOSED:
    'Peringatan tentang {about} sudah tidak ada: angkanya sudah diperbaiki atau tidak janggal lagi.',
  USAGE: '{text}',
} as const;
