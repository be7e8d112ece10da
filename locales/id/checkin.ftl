## Check-in mingguan
checkin-opening =
    🗓 Check-in minggu ke-{ $week } ({ DATETIME($start, day: "numeric", month: "short") } – { DATETIME($end, day: "numeric", month: "short", year: "numeric") })
    Ada { $count } hasil kunci yang perlu Anda perbarui. Hanya perlu 2–3 menit.
checkin-btn-start = ▶️ Mulai
checkin-btn-later = ⏰ Nanti (2 jam lagi)
checkin-btn-leave = 🌴 Saya cuti minggu ini
checkin-snoozed = Baik, saya akan mengingatkan Anda lagi { $hours } jam lagi. Tombol "Mulai" di atas tetap bisa dipakai kapan saja.
checkin-on-leave = Selamat beristirahat! Minggu ini dicatat sebagai cuti, jadi tidak ada pengingat sampai minggu depan.
checkin-revise-offer =
    Anda sudah mengirim check-in minggu ke-{ $week }. Ingin mengubahnya? Perubahan bisa dilakukan sampai minggu ini berakhir.
checkin-btn-revise = ✏️ Ubah check-in
checkin-btn-keep = Biarkan saja
checkin-revise-kept = Baik, check-in Anda minggu ini tetap seperti yang sudah dikirim.
checkin-resume = Anda sedang mengisi check-in. Kita lanjutkan dari sini:
checkin-no-krs = Belum ada hasil kunci aktif untuk periode ini, jadi belum ada yang perlu dilaporkan. Bila ini keliru, hubungi pengelola kinerja (Biro SDM) di unit Anda.
checkin-kr-value =
    📌 Hasil kunci { $index } dari { $total }
    Sasaran: { $objective }
    { $title }
    Target: { $target } · Terakhir: { $last ->
        [none] belum ada
       *[other] { $last }
    }
    Berapa realisasinya sekarang? Ketik angkanya, misalnya 65, 2,5 atau 1.500.000 (boleh disertai tautan bukti dukung).
checkin-btn-same = Tetap ({ $value })
checkin-btn-skip = Lewati
checkin-hint-value = Mohon ketik realisasi dalam angka ({ $unit }), misalnya 65, 65%, 2,5, 1.500.000 atau 7 dari 10. Bisa juga "selesai" atau "tetap", atau pakai tombol di atas.
checkin-hint-value-range = Angka itu di luar batas yang bisa dicatat: realisasi paling besar { $max } dan paling kecil −{ $max }. Mohon ketik ulang realisasinya.
checkin-confirm-negative = Nilai { $value } bernilai negatif. Apakah benar?
checkin-confirm-backwards = Nilai { $value } mundur dibandingkan laporan terakhir ({ $last }). Apakah benar?
checkin-confirm-behind-baseline = Nilai { $value } lebih buruk daripada nilai awal hasil kunci ini ({ $last }). Apakah benar?
checkin-confirm-far-beyond-target = Nilai { $value } jauh melampaui target ({ $target }). Apakah benar?
checkin-btn-confirm-yes = Ya, benar
checkin-btn-confirm-no = Bukan, ketik ulang
checkin-confidence =
    { $value ->
        [none] { $title }
       *[other] ✔️ { $title }: { $value } ({ $progress }% dari target)
    }
    Seberapa yakin Anda hasil kunci ini akan mencapai targetnya? (1 = tidak yakin, 10 = sangat yakin){ $last ->
        [none] { "" }
       *[other] {" "}Minggu lalu: { $last }.
    }
checkin-btn-number = { $n }
checkin-hint-confidence = Mohon pilih tingkat keyakinan 1 sampai 10 dengan tombol di atas, atau ketik angkanya.
checkin-evidence =
    { $confidence ->
        [none] { $title }
       *[other] ✔️ { $title }: keyakinan { $confidence }/10
    }
    📎 Ada bukti dukung? Kirim tautan (https://…), dokumen, atau foto. Bila tidak ada, tekan "Tanpa bukti".
checkin-btn-no-evidence = Tanpa bukti
checkin-hint-evidence = Mohon kirim tautan yang diawali https://, atau lampirkan dokumen atau foto. Tekan "Tanpa bukti" bila tidak ada.
checkin-evidence-noted-ask-value = 📎 Bukti dukung diterima. Sekarang ketik realisasinya dalam angka.
checkin-evidence-noted-ask-confidence = 📎 Bukti dukung diterima. Sekarang pilih tingkat keyakinan Anda.
checkin-blockers = 🚧 Adakah kendala minggu ini? Tulis satu per baris, atau tekan "Tidak ada kendala".
checkin-btn-no-blockers = Tidak ada kendala
checkin-next-actions = 🎯 Apa rencana aksi Anda untuk minggu depan? Tulis satu per baris.
checkin-hint-text = Mohon tulis jawaban Anda sebagai teks, atau pakai tombol di atas.
checkin-dialog = 💬 Apakah Anda ingin berdialog kinerja dengan atasan dalam waktu dekat?
checkin-btn-dialog-yes = Ya, jadwalkan
checkin-btn-dialog-no = Tidak perlu
checkin-hint-yes-no = Mohon jawab "ya" atau "tidak", atau pakai tombol di atas.
checkin-hint-use-buttons = Mohon pilih salah satu tombol pada pesan di atas.
checkin-summary =
    📋 Ringkasan check-in minggu ke-{ $week }
    Periksa sekali lagi, lalu tekan "Kirim".
checkin-summary-revision =
    📋 Ringkasan perubahan check-in minggu ke-{ $week }
    Periksa sekali lagi, lalu tekan "Kirim".
checkin-summary-sent = 📋 Check-in minggu ke-{ $week } ({ DATETIME($start, day: "numeric", month: "short") } – { DATETIME($end, day: "numeric", month: "short") })
checkin-summary-kr = { $index }. { $title }: { $value } / { $target } ({ $progress }%) · keyakinan { $confidence ->
        [none] –
       *[other] { $confidence }/10
    }{ $evidence ->
        [0] { "" }
       *[other] {" "}· 📎 { $evidence }
    }
checkin-summary-kr-skipped = { $index }. { $title }: dilewati
checkin-summary-blockers = Kendala: { $count ->
        [0] tidak ada
       *[other] { $text }
    }
checkin-summary-actions = Rencana aksi: { $count ->
        [0] –
       *[other] { $text }
    }
checkin-summary-dialog = Dialog dengan atasan: { $wants ->
        [yes] ya
       *[no] tidak
    }
checkin-btn-submit = ✅ Kirim
checkin-btn-edit = ✏️ Ubah
checkin-edit-menu = Bagian mana yang ingin Anda ubah?
checkin-btn-edit-kr = { $index }. { $title }
checkin-btn-edit-blockers = Kendala
checkin-btn-edit-actions = Rencana aksi
checkin-btn-edit-dialog = Dialog atasan
checkin-btn-back = ↩️ Kembali ke ringkasan
checkin-submitted = ✅ Terima kasih! Check-in Anda sudah tersimpan. Ketik /checkin bila ingin mengubahnya sebelum minggu ini berakhir.
checkin-revised = ✅ Perubahan check-in Anda sudah tersimpan.
checkin-week-closed = Check-in minggu ke-{ $week } sudah ditutup. Ketik /checkin untuk mengisi check-in minggu ini.
checkin-cancelled = Check-in dibatalkan; jawaban yang belum dikirim tidak disimpan. Ketik /checkin untuk mulai lagi kapan saja.
checkin-nothing-to-cancel = Tidak ada percakapan yang sedang berjalan.
checkin-private-only = Check-in hanya dilakukan lewat chat pribadi dengan dika.
