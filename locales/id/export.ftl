## Ekspor rekap untuk pengelola kinerja (XLSX dan CSV): nama lembar, judul kolom, isi sel
export-sheet-compliance = Kepatuhan
export-sheet-capaian = Capaian per indikator
export-sheet-notes = Kendala dan dukungan
export-sheet-dialogs = Dialog kinerja
export-sheet-evaluations = Evaluasi

export-col-name = Nama
export-col-nip = NIP
export-col-unit = Unit
export-col-result-kind = Jenis RHK
export-col-rhk = Rencana Hasil Kerja
export-col-indicator = Indikator
export-col-unit-label = Satuan
export-col-target = Target
export-col-target-quarter = Target TW { $quarter ->
        [1] I
        [2] II
        [3] III
       *[4] IV
    }
export-col-realisasi = Realisasi
export-col-realisasi-quarter = Realisasi TW { $quarter ->
        [1] I
        [2] II
        [3] III
       *[4] IV
    }
export-col-realisasi-date = Tanggal Realisasi
export-col-capaian = Capaian
export-col-capaian-quarter = Capaian TW { $quarter ->
        [1] I
        [2] II
        [3] III
       *[4] IV
    }
export-col-feedback = Umpan Balik Berkelanjutan
export-col-evidence = Bukti Dukung
export-col-submitted = Melapor
export-col-leave = Cuti
export-col-no-workday = Libur
export-col-missed = Tidak melapor
export-col-compliance = Kepatuhan
export-col-week = Pekan
export-col-note-kind = Jenis
export-col-note-text = Isi
export-col-dialog-date = Tanggal Dialog
export-col-held-by = Dicatat oleh
export-col-agreement = Kesepakatan
export-col-follow-up = Rencana Tindak Lanjut
export-col-next-review = Reviu Berikutnya
export-col-period = Periode
export-col-appraiser = Pejabat Penilai Kinerja
export-col-appraiser-nip = NIP Pejabat Penilai Kinerja
export-col-result-rating = Rating Hasil Kerja
export-col-behaviour-rating = Rating Perilaku Kerja
export-col-predikat = Predikat Kinerja
export-col-updated = Diperbarui

export-week-status-submitted = Melapor
export-week-status-leave = Cuti
export-week-status-no-workday = Libur
export-week-status-missed = Tidak melapor
export-week-status-open = Belum melapor
export-week-status-no-indicators = Tanpa indikator
export-total-row = Jumlah
export-result-kind-main = Utama
export-result-kind-additional = Tambahan
export-note-blocker = Kendala
export-note-support = Dukungan yang dibutuhkan
export-rating-below = Di bawah ekspektasi
export-rating-meets = Sesuai ekspektasi
export-rating-above = Di atas ekspektasi
export-predikat-sangat-baik = Sangat Baik
export-predikat-baik = Baik
export-predikat-butuh-perbaikan = Butuh Perbaikan
export-predikat-kurang = Kurang/Misconduct
export-predikat-sangat-kurang = Sangat Kurang
export-feedback-line = { DATETIME($date, day: "numeric", month: "short", year: "numeric") } · { $author }: { $body }

## npm run dika -- export rekap
export-cli-usage =
    Cara penggunaan: npm run dika -- export rekap --period <periode> [--unit <jalur unit kerja>] --format xlsx|csv --out <berkas> [--lang id|en]
    Periode: triwulan seperti 2026-TW4 (atau 2026-Q4), atau "triwulan", "bulan", "pekan lalu", "pekan ini".
    CSV memuat lembar capaian per indikator saja.
export-cli-bad-period = Periode "{ $period }" tidak dikenali. Tulis triwulan seperti 2026-TW4 (atau 2026-Q4), atau "triwulan", "bulan", "pekan lalu", "pekan ini". Tidak ada berkas yang ditulis.
export-cli-future-period = Periode "{ $period }" belum dimulai, jadi belum ada yang dapat direkap. Tidak ada berkas yang ditulis.
export-cli-unknown-unit = Unit kerja "{ $unit }" tidak ditemukan. Tulis jalur lengkapnya, misalnya "Deputi Bidang X/Biro Y". Tidak ada berkas yang ditulis.
export-cli-failed = Ekspor gagal ({ $error }). Tidak ada berkas yang ditulis.
export-cli-written = Rekap { $period } untuk { $people } pegawai ditulis ke { $file }.
