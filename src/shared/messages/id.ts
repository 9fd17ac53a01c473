// Pesan untuk pengguna, Bahasa Indonesia (bahasa utama).
export const id = {
  DB_LOCKED:
    'Direktori data {dir} sedang dipakai oleh proses lain (PID {pid}). Hentikan proses itu dulu, atau pakai PKP_DATA_DIR lain.',
  DB_DIR_PATH_TOO_LONG:
    'Jalur direktori data {dir} terlalu panjang untuk kuncinya (paling banyak {max} byte). Pakai PKP_DATA_DIR yang lebih pendek, atau jalankan pkp dari direktori di dekatnya.',
  DB_MIGRATIONS_OUT_OF_SYNC:
    'Basis data ini dibuat oleh versi pkp yang lain (migrasi {applied} tidak dikenal). Pakai versi pkp yang sesuai.',
  DEMO_NATIONAL_NEEDS_POSTGRES:
    'Demo skala nasional (~11 000 Puskesmas) hanya untuk PostgreSQL: atur DATABASE_URL lalu jalankan lagi.',
  DB_FULL:
    'Penyimpanan server penuh: perubahan ini belum tersimpan. Coba lagi nanti, dan beri tahu admin server.',
  DB_UNAVAILABLE:
    'Basis data sedang tidak dapat dipakai: perubahan ini belum tersimpan. Coba lagi sebentar lagi.',
  DB_UNREACHABLE: 'Tidak dapat terhubung ke basis data {target}: {reason}',
  BACKUP_NOTHING: 'Tidak ada basis data di {target} untuk dicadangkan.',
  BACKUP_INVALID: 'Berkas ini bukan cadangan pkp yang utuh: {reason}.',
  BACKUP_KIND_MISMATCH:
    'Cadangan ini dari basis data {backup}; tujuan pemulihan adalah {target}. Pulihkan ke jenis basis data yang sama (PKP_DATA_DIR untuk pglite, DATABASE_URL untuk postgres).',
  RESTORE_TARGET_NOT_EMPTY:
    'Tujuan pemulihan {target} sudah berisi data: cadangan hanya dipulihkan ke basis data yang kosong.',
  BACKUP_TOOL_MISSING:
    'Perintah {tool} tidak terpasang: pasang klien PostgreSQL (paket postgresql-client) lalu ulangi.',
  BACKUP_TOOL_FAILED: '{tool} gagal: {reason}',
  CONFIG_INVALID: 'Pengaturan lingkungan tidak valid: {issues}',
  SCENARIO_INVALID: 'Berkas skenario tidak valid di {path}: {reason}',
  FILE_UNREADABLE: 'Berkas {file} tidak dapat dibaca: {reason}',
  FILE_NOT_FOUND: 'Berkas {file} tidak ada.',
  SCENARIO_NOT_JSON: 'Berkas skenario {file} bukan JSON yang sah: {reason}',
  CATALOG_NOT_BUILT_IN: 'pkp belum memiliki katalog bawaan untuk tahun {year} (tersedia: {years}).',
  GROUPING_UNKNOWN: 'Katalog tidak memiliki pengelompokan "{grouping}" (yang ada: {groupings}).',
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
  ENTRY_LINKED:
    'Indikator {code} menghitung hal yang sama dengan baris {twin} di tabel lain: nilai bulanannya diisi di baris {twin}, sekali saja.',
  STALE_VALUE:
    'Nilai ini sudah diubah orang lain (versi {current}, Anda mengubah versi {expected}). Muat ulang lalu pilih nilai yang benar.',
  PERIOD_LOCKED: 'Penilaian {puskesmas} tahun {year} sudah dikunci.',
  YEAR_SUBMITTED:
    'Penilaian {puskesmas} tahun {year} sudah dikirim ke Dinas Kesehatan: Puskesmas tidak dapat mengubahnya lagi. Perbaikan dilakukan melalui verifikasi Dinkes.',
  YEAR_READ_ONLY:
    'Peran Anda tidak dapat mengubah penilaian {puskesmas} tahun {year} yang berstatus {status}.',
  TARGET_DINKES_ONLY:
    'Target indikator {code} ditetapkan oleh Dinas Kesehatan. Puskesmas mengisi sasaran, pilihan, dan keterangan tidak berlaku.',
  TARGET_DISTRICT_SHARE:
    'Target indikator {code} adalah bagian Puskesmas dari target seluruh kabupaten: Dinas Kesehatan membaginya sekaligus untuk semua Puskesmas di layar Target kabupaten, agar jumlahnya tetap sama dengan target SK.',
  SHARES_INVALID: 'Bagian target {code} tidak disimpan: {count} masalah (semua disebut per Puskesmas).',
  SHARED_TARGET_NOT_FOUND: 'Indikator {code} tahun {year} tidak memiliki target kabupaten untuk dibagi.',
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
  // Data exchange: importing DHIS2 JSON, ADX and FHIR files, and exporting them (src/exchange/).
  IMPORT_DUPLICATE_VALUE:
    'Isian {field} indikator {code}{period} untuk {puskesmas} tahun {year} sudah ada di berkas ini ({other}): setiap isian hanya boleh diberikan sekali.',
  IMPORT_ELEMENT_UNKNOWN:
    'Kode dataElement "{dataElement}" tidak dikenal: pakai kode indikator diikuti .NUM, .DEN, .VAL, .FLAG, .TARGET, .TARGET_SASARAN, .SASARAN, .APPLICABLE, .CHOSEN, .LEVEL, .PERCENT atau .SCORE.',
  IMPORT_PERIOD_INVALID: 'Periode "{period}" tidak sesuai untuk {dataElement}: {expected}.',
  IMPORT_VALUE_NOT_READABLE: 'Nilai "{value}" untuk {dataElement} tidak dapat dibaca: {expected}.',
  IMPORT_DATASET_UNKNOWN:
    'Data set "{dataSet}" bukan PKP: berkas ini bukan data penilaian kinerja Puskesmas.',
  IMPORT_SCORE_COMPUTED:
    'Skor {dataElement} dihitung pkp dari isian dan tidak diimpor (nilai di berkas diabaikan).',
  IMPORT_FILE_INVALID: 'Berkas {format} tidak valid di {path}: {reason}',
  IMPORT_FORMAT_UNKNOWN:
    'Format berkas {file} tidak dikenali: pkp mengimpor JSON dataValueSets DHIS2, XML ADX, dan buku kerja Excel pkp.',
  IMPORT_FORMAT_UNAVAILABLE: 'Format {format} belum dapat dipakai di pkp versi ini.',
  IMPORT_USER_NOT_FOUND: 'Pengguna {username} tidak ada atau tidak aktif.',
  PROFILE_SASARAN_MISSING:
    'Profil Puskesmas tahun {year} belum mencatat sasaran "{label}". Isi profilnya dulu, atau tulis angka sasarannya.',
  UKMP_KEY_TAKEN:
    'Layanan {service} sudah memilih indikator kunci {other}. Satu indikator kunci per layanan (kriteria 2.7.1): batalkan pilihan itu dulu.',
  WARNING_CHANGED:
    'Angka yang diperingatkan ({about}) sudah berubah sejak Anda membacanya. Periksa angka yang baru, lalu tandai lagi.',
  WARNING_CLOSED:
    'Peringatan tentang {about} sudah tidak ada: angkanya sudah diperbaiki atau tidak janggal lagi.',
  MONTH_NOT_ENDED:
    'Bulan {month|month} belum berakhir: laporannya dapat dikirim mulai tanggal 1 bulan berikutnya.',
  MONTH_INCOMPLETE:
    'Bulan {month|month} belum lengkap: {missing} indikator belum diisi ({indicators}). Lengkapi dulu, lalu laporkan.',
  CORRECTION_REASON_REQUIRED:
    'Bulan {month|month} sudah dilaporkan ke Dinas Kesehatan pada {reportedOn|date}: koreksi indikator {code} memerlukan alasan.',
  REPORTED_MONTH_CLEAR:
    'Bulan {month|month} sudah dilaporkan ke Dinas Kesehatan: nilai indikator {code} dapat dikoreksi dengan alasan, tetapi tidak dikosongkan.',
  // The assessment cycle (domain/assessment/workflow.ts) and published results.
  MOVE_STATUS_CHANGED:
    'Status penilaian {puskesmas} tahun {year} sudah diubah orang lain sejak Anda membukanya. Muat ulang untuk melihat statusnya sekarang.',
  MOVE_NOT_NOW:
    'Langkah ini tidak berlaku untuk penilaian {puskesmas} tahun {year} dalam statusnya sekarang.',
  MOVE_REASON_REQUIRED:
    'Tuliskan alasannya: langkah ini membuka kembali pekerjaan orang lain, dan mereka perlu tahu mengapa.',
  MOVE_REASON_TOO_LONG: 'Alasan paling banyak {max} karakter.',
  RETURNS_OPEN:
    '{count} butir yang dikembalikan ke {puskesmas} belum ditutup. Periksa jawabannya dan tutup dulu, lalu verifikasi.',
  YEAR_NOT_OVER:
    'Tahun {year} belum berakhir: penilaian {puskesmas} dapat diajukan mulai 1 Januari {next}. Bulan yang belum diisi akan dihitung 0 setelah diajukan.',
  PUBLICATION_BLOCKED:
    'Hasil {district} tahun {year} belum dapat dipublikasikan: {count} Puskesmas belum final ({names}).',
  PUBLICATION_CHANGED:
    'Penilaian {district} tahun {year} sudah berubah sejak Anda membukanya ({expected} siap, sekarang {current}). Muat ulang lalu periksa lagi.',
  ALREADY_PUBLISHED: 'Hasil {district} tahun {year} sudah dipublikasikan.',
  RESULTS_NOT_PUBLISHED: 'Hasil penilaian tahun {year} belum dipublikasikan oleh Dinas Kesehatan.',
  PUBLICATION_UNREADABLE:
    'Publikasi hasil {district} tahun {year} tidak dapat dibaca oleh versi pkp ini. Publikasikan ulang dari hasil yang tersimpan.',
  // Evidence files and meetings
  EVIDENCE_TOO_LARGE:
    'Berkas terlalu besar: paling banyak {limit}. Perkecil pindaiannya atau pisahkan menjadi beberapa berkas.',
  EVIDENCE_TYPE_REFUSED:
    'Isi berkas "{name}" bukan PDF, JPEG, PNG, DOCX, atau XLSX{detected}. Jenis berkas dibaca dari isinya, bukan dari namanya.',
  EVIDENCE_NAME_INVALID:
    'Nama berkas "{name}" tidak dapat dipakai: nama berkas tidak boleh memuat folder (/ atau \\), ".." atau karakter kendali.',
  EVIDENCE_UPLOAD_INCOMPLETE:
    'Unggahan terputus sebelum selesai ({reason}); tidak ada yang disimpan. Unggah ulang berkasnya.',
  EVIDENCE_FORM_INVALID: 'Unggahan tidak lengkap atau tidak sah: {reason}',
  EVIDENCE_NOT_FOUND: 'Berkas bukti #{id} tidak ada pada {puskesmas} tahun {year}.',
  EVIDENCE_TARGET_NOT_FOUND:
    'Tidak ada {attachedTo} "{attachedKey}" pada {puskesmas} tahun {year} untuk dilampiri berkas.',
  EVIDENCE_ROLE_REFUSED: 'Peran Anda tidak dapat melampirkan atau menghapus berkas pada {attachedTo}.',
  EVIDENCE_YEAR_CLOSED:
    'Penilaian {puskesmas} tahun {year} berstatus {status}: berkas pada {attachedTo} tidak dapat ditambah atau dihapus lagi.',
  EVIDENCE_SUBMITTED_WITH:
    'Berkas "{name}" sudah ikut saat penilaian diajukan ke Dinas Kesehatan: hanya Dinkes yang dapat menghapusnya.',
  EVIDENCE_NOT_UPLOADER:
    'Berkas "{name}" diunggah oleh {uploadedBy}: hanya pengunggahnya atau Dinkes yang dapat menghapusnya.',
  EVIDENCE_DAMAGED:
    'Berkas "{name}" rusak: isinya tidak sama lagi dengan saat diunggah (SHA-256 berbeda). Pulihkan dari cadangan, atau unggah ulang.',
  EVIDENCE_MISSING:
    'Isi berkas "{name}" tidak ditemukan di penyimpanan. Pulihkan dari cadangan, atau unggah ulang.',
  MEETING_NOT_FOUND: 'Rapat #{id} tidak ada pada {puskesmas} tahun {year}.',
  MEETING_DATE_INVALID: 'Tanggal rapat {date} tidak dapat dipakai: {reason}',
  MEETING_RTL_NOT_FOUND:
    'Keputusan rapat menunjuk RTL #{id} yang tidak ada pada penilaian {puskesmas} tahun {year}.',
  MEETING_YEAR_CLOSED:
    'Penilaian {puskesmas} tahun {year} berstatus {status}: rapatnya tidak dapat dicatat atau diubah lagi.',
  // Feedback, Bab V (analysis) and Bab VI (RTL): domain/improvement/
  FEEDBACK_NOT_FOUND: 'Surat umpan balik #{id} tidak ada pada penilaian ini.',
  FEEDBACK_POINT_NOT_FOUND: 'Poin umpan balik #{id} tidak ada pada surat yang sudah dikirim ini.',
  FEEDBACK_SENT:
    'Surat umpan balik {number} sudah dikirim: isinya tidak dapat diubah lagi. Tulis surat baru bila ada tambahan.',
  FEEDBACK_INCOMPLETE:
    'Surat belum dapat dikirim: nomor, penanda tangan (nama dan jabatan), ringkasan, dan sedikitnya satu poin berisi harus diisi.',
  FEEDBACK_TOPIC_INVALID: 'Poin umpan balik: {code} bukan {scope} pada katalog tahun {year}.',
  FEEDBACK_YEAR_CLOSED:
    'Penilaian {puskesmas} tahun {year} berstatus {status}: umpan baliknya tidak dapat diubah.',
  ANALYSIS_CLOSED:
    'Analisis capaian (Bab V) {puskesmas} tahun {year} sudah diverifikasi Dinkes (status {status}): tidak dapat diubah lagi.',
  RTL_CLOSED:
    'Penilaian {puskesmas} tahun {year} sudah final: RTL-nya tidak dapat diubah lagi. Tindakan yang belum selesai dilanjutkan pada RTL tahun berikutnya.',
  RTL_ACTION_NOT_FOUND: 'Tindakan RTL #{id} tidak ada pada penilaian ini.',
  RTL_NEEDS_PROBLEM: 'Tuliskan dulu masalah indikator {code} (Bab V) sebelum menambah tindakan RTL-nya.',
  RTL_DATES_INVALID: 'Tanggal mulai ({start|date}) tidak boleh sesudah batas waktu ({due|date}).',
  RTL_CARRY_CLOSED:
    'RTL {from} hanya dapat dilanjutkan ke tahun {to} selagi penilaian {puskesmas} tahun {to} masih draf (sekarang: {status}).',
  PROGRAMME_NOT_FOUND: 'Program {code} tidak ada di katalog tahun {year}.',
  // Verification: Dinkes' corrections, returned items, the verifier's looks (domain/verification/)
  VERIFICATION_CLOSED:
    'Koreksi, pengembalian dan tinjauan Dinkes hanya dapat dilakukan selama penilaian {puskesmas} tahun {year} berstatus Diajukan. Bila sudah Diverifikasi, buka kembali verifikasinya dulu.',
  VERIFIER_ONLY: 'Hanya verifikator atau admin Dinkes yang dapat mengoreksi, mengembalikan atau meninjau.',
  DINKES_CORRECTION_REASON_REQUIRED:
    'Koreksi Dinkes wajib disertai alasan: tuliskan mengapa angka Puskesmas diganti (atau mengapa koreksinya dibatalkan).',
  CORRECTION_SAME_AS_OWN:
    'Angka koreksi untuk {code} sama dengan angka Puskesmas: tidak ada yang dikoreksi. Bila angka Puskesmas sudah benar, tandai programnya sudah ditinjau.',
  RETURN_COMMENT_REQUIRED: 'Tuliskan komentar untuk Puskesmas: apa yang perlu diperiksa atau diperbaiki.',
  RETURN_ANSWER_REQUIRED: 'Tuliskan jawaban untuk verifikator: apa yang diperiksa atau diperbaiki.',
  RETURN_NOT_FOUND: 'Butir yang dikembalikan #{id} tidak ada pada penilaian ini.',
  RETURN_EXISTS:
    '{name} sudah dikembalikan ke Puskesmas dan belum selesai. Tambahkan komentar pada butir itu (kembalikan lagi) setelah Puskesmas menjawab.',
  RETURN_MOVED:
    'Butir yang dikembalikan ini sudah diubah orang lain (atau di tab lain): dijawab, ditutup atau dikembalikan lagi. Muat ulang untuk melihat keadaannya sekarang.',
  RETURN_YEAR_CLOSED:
    'Penilaian {puskesmas} tahun {year} tidak lagi menunggu jawaban Puskesmas: butir yang dikembalikan tidak dapat dijawab sekarang.',
  // Excel workbooks: Tables 1–5, the monthly entry workbook and its import (src/exchange/xlsx/)
  WORKBOOK_NOT_XLSX:
    'Berkas ini bukan buku kerja Excel (.xlsx). Simpan sebagai "Excel Workbook (.xlsx)" lalu unggah lagi.',
  WORKBOOK_DAMAGED:
    'Berkas Excel ini rusak atau terpotong ({reason}). Buka dan simpan ulang di Excel, atau unduh buku isian lagi.',
  WORKBOOK_TOO_LARGE:
    'Berkas Excel terlalu besar (paling besar {limit}). Buku isian bulanan pkp jauh lebih kecil.',
  WORKBOOK_TOO_MANY_ROWS:
    'Ada lembar dengan lebih dari {max} baris: ini bukan buku isian bulanan pkp. Unduh buku isian dari pkp lalu isi.',
  WORKBOOK_TEMPLATE_UNKNOWN:
    'Berkas ini bukan buku isian bulanan pkp, atau dari versi lain ({template}). Unduh buku isian dari pkp lalu isi.',
  WORKBOOK_OTHER_PUSKESMAS:
    'Buku isian ini milik Puskesmas {found}, bukan {expected}. Unggah buku isian Puskesmas ini.',
  WORKBOOK_OTHER_YEAR: 'Buku isian ini untuk tahun {found}, bukan {expected}. Unggah buku isian tahun ini.',
  WORKBOOK_LAYOUT_CHANGED:
    "Susunan lembar '{sheet}' berubah ({reason}): kolom tidak boleh disisipkan, dihapus atau dipindah. Unduh ulang buku isian.",
  IMPORT_TOO_LARGE:
    'Berkas impor terlalu besar (paling besar {limit}). Impor per Puskesmas dengan pkp import.',
  IMPORT_OUTSIDE_DISTRICT: 'Puskesmas {code} bukan Puskesmas {district}: nilainya tidak diimpor di sini.',
  IMPORT_OTHER_YEAR: 'Nilai tahun {year}, bukan tahun {expected} yang sedang diimpor.',
  CATALOG_NOT_PUBLISHED:
    'Katalog {district} tahun {year} belum diterbitkan: terbitkan dulu (pkp catalog publish), lalu buka tahunnya.',
  CATALOG_EXISTS: 'Tahun {year} sudah memiliki katalog: ubah katalog itu, atau impor berkas ke drafnya.',
  CATALOG_FILE_TOO_LARGE: 'Berkas katalog terlalu besar (paling besar {limit}).',
  CATALOG_INVALID: 'Katalog tidak disimpan: {count} masalah (semua disebut per baris).',
  // Districts: adding one under its province, adopting another district's catalog.
  COUNTRY_NOT_FOUND: 'Unit nasional dengan kode {code} tidak ditemukan.',
  PROVINCE_NOT_FOUND: 'Provinsi dengan kode {code} tidak ditemukan.',
  ORG_UNIT_CODE_TAKEN: 'Kode {code} sudah dipakai oleh {name}: pilih kode lain.',
  PUSKESMAS_CSV_INVALID:
    'Kabupaten/kota tidak ditambahkan: {count} masalah pada daftar Puskesmas (semua disebut per baris).',
  CATALOG_ADOPT_NOT_PUBLISHED:
    'Katalog {district} tahun {year} belum diterbitkan: hanya katalog yang sudah terbit dapat diadopsi.',
  // Reports (the annual report, district documents, the batch job).
  REPORT_NOT_VERIFIED:
    'Belum ada hasil verifikasi Dinas Kesehatan untuk {puskesmas} tahun {year}. Buat laporan dengan angka penilaian mandiri, atau tunggu verifikasi.',
  REPORT_FORMAT_UNKNOWN: 'Format laporan "{format}" tidak dikenal: pilih pdf atau docx.',
  REPORT_JOB_NOT_FOUND:
    'Pekerjaan pembuatan laporan {id} tidak ditemukan (mungkin sudah kedaluwarsa). Mulai lagi.',
  REPORT_JOB_NOT_DONE: 'Laporan masih dibuat ({done} dari {total}). Tunggu sampai selesai.',
  REPORT_JOB_RUNNING: 'Laporan {district} tahun {year} sedang dibuat. Tunggu atau batalkan dulu.',
  REPORT_TEXT_TOO_LONG: 'Teks {section} terlalu panjang (paling banyak {max} karakter).',
  USAGE: '{text}',
} as const;
