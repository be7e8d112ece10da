## Check-in mingguan (laporan progres)
# Salam pembuka; $part: morning | midday | afternoon | evening (waktu setempat).
greeting-formal = Selamat { $part ->
        [morning] pagi
        [midday] siang
        [afternoon] sore
       *[evening] malam
    }, { $salutation } { $name }.
greeting-plain = Selamat { $part ->
        [morning] pagi
        [midday] siang
        [afternoon] sore
       *[evening] malam
    }, { $name }.
# Pekan disebut dengan tanggal Senin–Jumat, tidak dengan nomor pekan ISO.
checkin-week = { $weekSpan ->
        [month] { DATETIME($weekFrom, day: "numeric") }
        [year] { DATETIME($weekFrom, day: "numeric", month: "short") }
       *[years] { DATETIME($weekFrom, day: "numeric", month: "short", year: "numeric") }
    } – { DATETIME($weekTo, day: "numeric", month: "short", year: "numeric") }
checkin-deadline = { DATETIME($deadline, weekday: "long", day: "numeric", month: "short", year: "numeric") } pukul 23.59 { $zone }
# Angka yang ditampilkan untuk sebuah realisasi: capaian lebih dahulu, dengan targetnya.
checkin-figures = { $averaged ->
        [yes] realisasi rata-rata
       *[no] realisasi
    } { $realisasi } · capaian { $quarter ->
        [none] { "" }
       *[other] TW { checkin-quarter } { $quarterCapaian ->
            [none] –
           *[other] { $quarterCapaian }%
        } dari target { $quarterTarget } · capaian { $year }{" "}
    }{ $capaian ->
        [none] –
       *[other] { $capaian }%
    } dari target { $target }
checkin-quarter = { $quarter ->
        [1] I
        [2] II
        [3] III
       *[4] IV
    }
checkin-opening =
    🗓 Laporan progres pekan { checkin-week }
    Ada { $count } indikator yang perlu Anda perbarui. Hanya perlu 2–3 menit.
checkin-aspect = { $aspect ->
        [quantity] kuantitas
        [quality] kualitas
        [time] waktu
       *[cost] biaya
    }
checkin-btn-start = ▶️ Mulai
checkin-btn-later = ⏰ Nanti (2 jam lagi)
checkin-btn-leave = 🌴 Saya cuti pekan ini
checkin-snoozed = Baik, saya akan mengingatkan Anda { $hours } jam lagi. Tombol "Mulai" di atas tetap dapat digunakan kapan saja.
checkin-on-leave = Baik, pekan ini dicatat sebagai cuti. Tidak ada pengingat sampai pekan depan.
checkin-revise-offer =
    Anda sudah mengirim laporan progres pekan { checkin-week }. Ingin mengubahnya? Perubahan dapat dilakukan sampai { checkin-deadline }.
checkin-btn-revise = ✏️ Ubah laporan
checkin-btn-keep = Tidak perlu diubah
checkin-revise-kept = Baik, laporan progres Anda pekan ini tetap seperti yang sudah dikirim.
checkin-resume = Anda sedang mengisi laporan progres. Kita lanjutkan dari sini:
checkin-no-krs = Belum ada indikator aktif untuk periode ini, jadi belum ada yang perlu dilaporkan. Bila ini keliru, hubungi pengelola kinerja di unit Anda.
checkin-kr-value =
    📌 Indikator { $index } dari { $total }
    RHK{ $resultKind ->
        [additional] {" "}tambahan
       *[main] { "" }
    }: { $objective }
    { $title }{ $aspect ->
        [none] { "" }
       *[other] {" "}(aspek { checkin-aspect })
    }
    Target { $year }: { $target }{ $quarter ->
        [none] { "" }
       *[other] {" "}· Target TW { checkin-quarter }: { $quarterTarget }
    } · Nilai awal: { $baseline } · Laporan terakhir: { $last ->
        [none] belum ada
       *[other] { $last }{ $lastDate ->
            [none] { "" }
           *[other] {" "}({ DATETIME($lastDate, day: "numeric", month: "short", year: "numeric") })
        }
    }
    { $accumulation ->
        [cumulative] Berapa realisasi kumulatif s.d. hari ini?
       *[other] Berapa nilai terkini?
    } Ketik angkanya, misalnya 65; 2,5; atau 1.500.000 (boleh disertai tautan bukti dukung).
checkin-btn-same = Tetap ({ $value })
checkin-btn-skip = Lewati
checkin-hint-value = Mohon ketik realisasi dalam angka ({ $unit }), misalnya 65; 65%; 2,5; 1.500.000; atau 7 dari 10. Dapat juga "selesai" atau "tetap", atau gunakan tombol di atas.
checkin-hint-value-range = Angka itu di luar batas yang dapat dicatat: realisasi paling besar { $max } dan paling kecil −{ $max }. Mohon ketik ulang realisasinya.
checkin-confirm-negative = Angka { $value } negatif. Apakah sudah benar?
checkin-confirm-backwards = Angka { $value } lebih buruk daripada laporan terakhir ({ $last }). Apakah sudah benar?
checkin-confirm-behind-baseline = Angka { $value } lebih buruk daripada nilai awal indikator ini ({ $baseline }). Apakah sudah benar?
checkin-confirm-far-beyond-target = Angka { $value } jauh melampaui target ({ $target }). Apakah sudah benar?
checkin-btn-confirm-yes = Ya, benar
checkin-btn-confirm-no = Tidak, ketik ulang
checkin-confidence =
    { $value ->
        [none] { $title }
       *[other] ✔️ { $title }: { checkin-figures }
    }
    Seberapa yakin Anda bahwa target ini tercapai pada { DATETIME($due, day: "numeric", month: "short", year: "numeric") }? (1 = tidak yakin, 10 = sangat yakin){ $last ->
        [none] { "" }
       *[other] {" "}Pekan lalu: { $last }.
    }
checkin-btn-number = { $n }
checkin-hint-confidence = Mohon pilih tingkat keyakinan 1 sampai 10 dengan tombol di atas, atau ketik angkanya.
checkin-evidence =
    { $confidence ->
        [none] { $title }
       *[other] ✔️ { $title }: keyakinan { $confidence }/10
    }
    📎 Ada bukti dukung? Kirim tautan (https://…), dokumen, atau foto. Bila belum ada, tekan "Belum ada bukti dukung".
checkin-btn-no-evidence = Belum ada bukti dukung
checkin-hint-evidence = Mohon kirim tautan yang diawali https://, atau lampirkan dokumen atau foto. Tekan "Belum ada bukti dukung" bila belum ada.
checkin-evidence-noted-ask-value = 📎 Bukti dukung diterima. Sekarang ketik realisasinya dalam angka.
checkin-evidence-noted-ask-confidence = 📎 Bukti dukung diterima. Sekarang pilih tingkat keyakinan Anda.
checkin-blockers = 🚧 Adakah kendala pekan ini? Tulis satu per baris, atau tekan "Tidak ada kendala".
checkin-btn-no-blockers = Tidak ada kendala
checkin-support = 🤝 Dukungan apa yang Anda perlukan dari atasan? Tulis singkat, atau tekan "Lewati".
checkin-next-actions = 🎯 Apa rencana kerja pekan depan? Tulis satu per baris.
checkin-hint-text = Mohon tulis jawaban Anda sebagai teks, atau gunakan tombol di atas.
checkin-dialog = 💬 Apakah Anda ingin mengajukan dialog kinerja dengan atasan?
checkin-btn-dialog-yes = Ya, ajukan
checkin-btn-dialog-no = Tidak perlu
checkin-hint-yes-no = Mohon jawab "ya" atau "tidak", atau gunakan tombol di atas.
checkin-hint-use-buttons = Mohon pilih salah satu tombol pada pesan di atas.
checkin-summary =
    📋 Ringkasan laporan progres pekan { checkin-week }
    Periksa sekali lagi, lalu tekan "Kirim". Setelah dikirim, Anda masih dapat mengubahnya sampai { checkin-deadline }.
checkin-summary-revision =
    📋 Ringkasan perubahan laporan progres pekan { checkin-week }
    Periksa sekali lagi, lalu tekan "Kirim". Perubahan dapat dilakukan sampai { checkin-deadline }.
checkin-summary-sent = 📋 Laporan progres pekan { checkin-week }
checkin-summary-kr = { $index }. { $title }: { checkin-figures } · keyakinan { $confidence ->
        [none] –
       *[other] { $confidence }/10
    }{ $evidence ->
        [0] {" "}· belum ada bukti dukung
       *[other] {" "}· 📎 { $evidence } bukti dukung
    }
checkin-summary-kr-skipped = { $index }. { $title }: dilewati
checkin-summary-blockers = Kendala: { $count ->
        [0] tidak ada
       *[other] { $text }
    }
checkin-summary-support = Dukungan yang diperlukan: { $text ->
        [none] –
       *[other] { $text }
    }
checkin-summary-actions = Rencana kerja pekan depan: { $count ->
        [0] –
       *[other] { $text }
    }
checkin-summary-dialog = Dialog kinerja dengan atasan: { $wants ->
        [yes] diajukan
       *[no] tidak diajukan
    }
checkin-btn-submit = ✅ Kirim
checkin-btn-edit = ✏️ Ubah
checkin-edit-menu = Bagian mana yang ingin Anda ubah?
checkin-btn-edit-kr = { $index }. { $title }
checkin-btn-edit-blockers = Kendala
checkin-btn-edit-support = Dukungan
checkin-btn-edit-actions = Rencana kerja
checkin-btn-edit-dialog = Dialog kinerja
checkin-btn-back = ↩️ Kembali ke ringkasan
checkin-submitted = ✅ Terima kasih! Laporan progres Anda sudah tersimpan. Anda dapat mengubahnya dengan /checkin sampai { checkin-deadline }.
checkin-revised = ✅ Perubahan laporan progres Anda sudah tersimpan. Anda masih dapat mengubahnya sampai { checkin-deadline }.
checkin-week-closed = Laporan progres pekan { checkin-week } sudah ditutup. Ketik /checkin untuk mengisi laporan pekan ini.
checkin-cancelled = Pengisian laporan progres dibatalkan; jawaban yang belum dikirim tidak disimpan. Ketik /checkin untuk mulai lagi kapan saja.
checkin-nothing-to-cancel = Tidak ada percakapan yang sedang berjalan.
checkin-private-only = Laporan progres hanya diisi melalui percakapan pribadi dengan dika.
