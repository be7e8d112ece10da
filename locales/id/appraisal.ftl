## Pejabat penilai kinerja: laporan check-in, umpan balik, dialog kinerja
cmd-notifikasi = Atur pemberitahuan laporan pegawai yang Anda nilai
appraisal-report =
    📋 Laporan progres { $name }, pekan { DATETIME($start, day: "numeric", month: "short") } – { DATETIME($end, day: "numeric", month: "short", year: "numeric") }
appraisal-report-revised =
    📋 Laporan progres { $name }, pekan { DATETIME($start, day: "numeric", month: "short") } – { DATETIME($end, day: "numeric", month: "short", year: "numeric") } (diperbarui, revisi { $revision })
appraisal-report-indicator = { $index }. { $title }: { $averaged ->
        [yes] realisasi rata-rata
       *[other] realisasi
    } { $value } · keyakinan { $confidence ->
        [none] –
       *[other] { $confidence }/10
    }
appraisal-report-indicator-skipped = { $index }. { $title }: belum dilaporkan pekan ini
appraisal-report-capaian-quarter = {"   "}capaian { $capaian ->
        [none] –
       *[other] { $capaian }%
    } dari target TW { $quarter } ({ $target })
appraisal-report-capaian-year = {"   "}capaian { $capaian ->
        [none] –
       *[other] { $capaian }%
    } dari target { $year } ({ $target })
appraisal-report-evidence-link = {"   "}📎 bukti dukung: { $url }
appraisal-report-evidence-file = {"   "}📎 bukti dukung: { $count } berkas terlampir
appraisal-report-evidence-none = {"   "}📎 belum ada bukti dukung
appraisal-report-blockers =
    🚧 Kendala:
    { $text }
appraisal-report-blockers-none = 🚧 Kendala: tidak ada
appraisal-report-support =
    🤝 Dukungan yang dibutuhkan: { $text }
appraisal-report-support-none = 🤝 Dukungan yang dibutuhkan: tidak ada
appraisal-report-next =
    🎯 Rencana kerja pekan depan:
    { $text }
appraisal-report-next-none = 🎯 Rencana kerja pekan depan: belum diisi
appraisal-report-dialog-yes = 💬 Pegawai mengajukan dialog kinerja dengan Anda.
appraisal-report-dialog-no = 💬 Tidak mengajukan dialog kinerja.
appraisal-btn-feedback-all = 💬 Beri umpan balik (seluruh laporan)
appraisal-btn-feedback-indicator = 💬 Umpan balik indikator { $index }
appraisal-btn-propose = 📅 Ajukan waktu dialog
appraisal-btn-open = 📋 Laporan { $name }
appraisal-btn-cancel = Batal
appraisal-not-allowed = Tombol ini tidak dapat Anda gunakan atau sudah tidak berlaku.
appraisal-feedback-ask = ✍️ Tulis umpan balik Anda untuk { $indicator ->
        [none] seluruh laporan pekan { DATETIME($start, day: "numeric", month: "short") } – { DATETIME($end, day: "numeric", month: "short", year: "numeric") }
       *[other] indikator "{ $indicator }"
    } dari { $name }. Ketik /batal untuk membatalkan.
appraisal-feedback-hint-text = Mohon tulis umpan balik sebagai teks untuk { $name }, atau ketik /batal.
appraisal-feedback-hint-long = Umpan balik paling panjang { $max } karakter (tertulis { $length }). Mohon persingkat, lalu kirim ulang.
appraisal-feedback-saved = ✅ Umpan balik Anda tersimpan dan sudah dikirim kepada { $name }.
appraisal-feedback-cancelled = Baik, umpan balik dibatalkan. Tidak ada yang tersimpan.
appraisal-feedback-received =
    💬 Umpan balik dari { $from } untuk { $indicator ->
        [none] laporan pekan { DATETIME($start, day: "numeric", month: "short") } – { DATETIME($end, day: "numeric", month: "short", year: "numeric") }
       *[other] indikator "{ $indicator }" (pekan { DATETIME($start, day: "numeric", month: "short") } – { DATETIME($end, day: "numeric", month: "short", year: "numeric") })
    }:
    { $body }
appraisal-time-ask = 📅 Pilih waktu dialog kinerja dengan { $name } (waktu { $zone }), atau ketik tanggal dan jam, misalnya 3/12 10.00.
appraisal-time-option = { DATETIME($date, weekday: "short", day: "numeric", month: "short") } { $hh }.{ $mm }
appraisal-time-hint-format = Format waktu tidak dikenali. Ketik tanggal/bulan dan jam, misalnya 3/12 10.00 (waktu { $zone }), atau pilih tombol di atas.
appraisal-time-hint-date = Tanggal itu tidak ada di kalender. Ketik tanggal/bulan dan jam, misalnya 3/12 10.00.
appraisal-time-hint-past = Waktu itu sudah lewat. Pilih atau ketik waktu yang akan datang, misalnya 3/12 10.00.
appraisal-time-hint-too-far = Waktu itu lebih dari tiga bulan lagi. Pilih atau ketik waktu yang lebih dekat.
appraisal-time-saved = ✅ Waktu dialog kinerja dengan { $name } diajukan: { DATETIME($date, weekday: "long", day: "numeric", month: "long", year: "numeric") } pukul { $hh }.{ $mm } { $zone }. { $name } sudah diberi tahu.
appraisal-time-cancelled = Baik, pengajuan waktu dialog dibatalkan.
appraisal-time-no-request = Pengajuan dialog kinerja ini sudah tidak terbuka, jadi tidak ada waktu yang perlu diajukan.
appraisal-time-proposed = 📅 { $from } mengajukan dialog kinerja dengan Anda pada { DATETIME($date, weekday: "long", day: "numeric", month: "long", year: "numeric") } pukul { $hh }.{ $mm } { $zone }.
appraisal-digest = 📋 Ringkasan harian: { $count } laporan progres baru{ $parts ->
        [1] { "" }
       *[other] {" "}(bagian { $part } dari { $parts })
    }. Tekan nama pegawai untuk membaca laporannya dan memberi umpan balik.
appraisal-digest-item = • { $name }, pekan { DATETIME($start, day: "numeric", month: "short") } – { DATETIME($end, day: "numeric", month: "short") }{ $revision ->
        [1] { "" }
       *[other] {" "}(revisi { $revision })
    }: { $indicators } indikator dilaporkan, { $blockers } kendala{ $dialog ->
        [yes] , mengajukan dialog kinerja
       *[no] { "" }
    }
appraisal-notify-prompt = Bagaimana Anda ingin menerima laporan progres pegawai yang Anda nilai? Saat ini: { $mode ->
        [daily] ringkasan harian (pukul 16.00 pada hari kerja)
       *[each] setiap laporan, segera setelah dikirim
    }.
appraisal-notify-btn-each = Setiap laporan
appraisal-notify-btn-daily = Ringkasan harian
appraisal-notify-set = Baik, mulai sekarang Anda menerima { $mode ->
        [daily] ringkasan harian pukul 16.00 pada hari kerja.
       *[each] setiap laporan segera setelah dikirim.
    }
