## Umpan balik 360° BerAKHLAK: undangan, kuesioner, perintah admin

fb360-invite =
    📝 Umpan balik 360° BerAKHLAK: Bapak/Ibu diminta mengisi kuesioner untuk { $count } orang paling lambat { DATETIME($closes, day: "numeric", month: "long", year: "numeric") }.
fb360-remind =
    ⏰ Pengingat: kuesioner umpan balik 360° untuk { $count } orang belum dikirim. Batas pengisian { DATETIME($closes, day: "numeric", month: "long", year: "numeric") }.
fb360-list =
    📝 Kuesioner umpan balik 360° yang belum Bapak/Ibu kirim ({ $count }), paling lambat { DATETIME($closes, day: "numeric", month: "long", year: "numeric") }:
fb360-invite-ratee = • { $name } ({ $relation ->
        [appraiser] Bapak/Ibu sebagai pejabat penilai
        [subordinate] atasan langsung Bapak/Ibu
        [self] penilaian diri
       *[other] rekan kerja
    })
fb360-invite-choose = Pilih nama untuk mulai mengisi.
fb360-invite-anonymous = 🔒 Jawaban Anda anonim; hasil rekan kerja hanya ditampilkan bila sedikitnya { $k } orang mengisi.
fb360-invite-named = ✍️ Penilaian Bapak/Ibu sebagai pejabat penilai tercatat dengan nama Bapak/Ibu.
fb360-btn-ratee = { $relation ->
        [self] Penilaian diri
       *[other] { $name }
    }

fb360-intro = { $relation ->
        [appraiser] ✍️ Kuesioner BerAKHLAK untuk { $name }. Penilaian Bapak/Ibu sebagai pejabat penilai tercatat dengan nama Bapak/Ibu.
        [self] 🪞 Penilaian diri BerAKHLAK. Jawaban Bapak/Ibu tercatat sebagai penilaian diri.
        [subordinate] 🔒 Kuesioner BerAKHLAK untuk { $name }. Jawaban Anda anonim; hasil bawahan hanya ditampilkan bila sedikitnya { $k } orang mengisi.
       *[other] 🔒 Kuesioner BerAKHLAK untuk { $name }. Jawaban Anda anonim; hasil rekan kerja hanya ditampilkan bila sedikitnya { $k } orang mengisi.
    } Jawaban dapat diubah sampai dikirim.
fb360-value-head = Nilai { $n } dari { $total }
fb360-indicator = Panduan perilaku { $i } dari { $total }:
fb360-item-question = { $relation ->
        [self] Seberapa sering Bapak/Ibu menunjukkan perilaku ini dalam 3 bulan terakhir?
       *[other] Seberapa sering Anda melihat { $name } menunjukkan perilaku ini dalam 3 bulan terakhir?
    }
fb360-current-score = Jawaban saat ini: { $score ->
        [1] tidak pernah
        [2] jarang
        [3] kadang-kadang
        [4] sering
        [5] selalu
       *[other] tidak dapat menilai
    }
fb360-rating-indicators = Panduan perilaku:
fb360-expectation = Ekspektasi khusus pimpinan: { $text }
fb360-expectation-none = Ekspektasi khusus pimpinan: belum ditetapkan untuk nilai ini.
fb360-rating-question = Bagaimana perilaku kerja { $name } pada nilai ini dibandingkan ekspektasi?
fb360-current-rating = Penilaian saat ini: { $rating ->
        [below] di bawah ekspektasi
        [above] di atas ekspektasi
       *[other] sesuai ekspektasi
    }
fb360-comment-ask = Komentar untuk nilai ini (opsional, paling banyak { $max } karakter). Ketik komentar atau pilih Lewati.
fb360-overall-ask = Komentar umum untuk { $name } (opsional, paling banyak { $max } karakter). Ketik komentar atau pilih Lewati.
fb360-current-comment = Komentar saat ini: { $text }
fb360-comment-written = Bapak/Ibu sudah menulis komentar untuk nilai ini. Ketik komentar baru untuk menggantinya.
fb360-btn-back = ⬅️ Kembali
fb360-btn-skip = Lewati
fb360-btn-keep = Tidak perlu diubah
fb360-btn-clear = Hapus komentar
fb360-btn-send = ✅ Kirim
fb360-btn-edit-overall = Komentar umum
fb360-summary = { $relation ->
        [self] Ringkasan penilaian diri Bapak/Ibu:
       *[other] Ringkasan jawaban untuk { $name }:
    }
fb360-summary-scores = {"   "}{ $a ->
        [1] tidak pernah
        [2] jarang
        [3] kadang-kadang
        [4] sering
        [5] selalu
        [0] tidak dapat menilai
       *[other] –
    } · { $b ->
        [1] tidak pernah
        [2] jarang
        [3] kadang-kadang
        [4] sering
        [5] selalu
        [0] tidak dapat menilai
       *[other] –
    } · { $c ->
        [1] tidak pernah
        [2] jarang
        [3] kadang-kadang
        [4] sering
        [5] selalu
        [0] tidak dapat menilai
       *[other] –
    }
fb360-summary-rating = {"   "}{ $rating ->
        [below] di bawah ekspektasi
        [meets] sesuai ekspektasi
        [above] di atas ekspektasi
       *[other] –
    }
fb360-summary-comment = {"   "}💬 { $text }
fb360-summary-overall = Komentar umum: { $text }
fb360-summary-overall-none = Komentar umum: –
fb360-summary-overall-written = Komentar umum: ditulis
fb360-summary-answered = {"   "}{ $answered } dari { $total } perilaku dijawab
fb360-summary-commented = {"   "}💬 komentar ditulis
fb360-summary-hint =
    Periksa jawaban, lalu pilih Kirim. Untuk mengubah, pilih nama nilainya.
    Demi anonimitas, jawaban Anda tidak ditampilkan ulang dalam pesan.
fb360-incomplete = Masih ada pertanyaan yang belum dijawab. Silakan lengkapi terlebih dahulu.
fb360-submitted = { $relation ->
        [self] ✅ Penilaian diri Bapak/Ibu terkirim. Terima kasih.
       *[other] ✅ Kuesioner untuk { $name } terkirim. Terima kasih.
    }
fb360-not-saved = Kuesioner untuk { $name } tidak tersimpan: sudah pernah dikirim atau periode umpan balik sudah ditutup.
fb360-hint-buttons = Silakan pilih salah satu tombol di bawah.
fb360-hint-long = Komentar terlalu panjang ({ $length } karakter); paling banyak { $max } karakter.
fb360-finish-open-first = Bapak/Ibu masih mengisi kuesioner untuk { $name }. Selesaikan dan kirim dahulu, atau ketik /batal untuk membatalkannya.
fb360-nothing-asked = Tidak ada kuesioner umpan balik 360° yang perlu Bapak/Ibu isi saat ini.
fb360-cancelled = Pengisian kuesioner dibatalkan; jawaban yang belum dikirim dihapus.
fb360-not-allowed = Tombol ini tidak dapat Bapak/Ibu gunakan.

## Perintah admin: npm run dika -- feedback …

fb360-cli-usage =
    Penggunaan:
      feedback open <periode> [--unit <jalur unit>] [--close-at <yyyy-mm-dd>] [--peers 4] [--max-peer-requests 6] [--self] [--k 3]
      feedback status [<periode>]
      feedback close <periode> [--unit <jalur unit>]
fb360-cli-opened = Periode umpan balik 360° { $period } ({ $unit ->
        [all] seluruh unit
       *[other] { $unit }
    }) dibuka sampai { $closes }: { $ratees } pegawai dinilai, { $raters } penilai diundang, { $assignments } penugasan.
fb360-cli-already-open = Periode umpan balik 360° { $period } ({ $unit ->
        [all] seluruh unit
       *[other] { $unit }
    }) sudah pernah dibuka (status: { $status }). Tidak dibuka lagi.
fb360-cli-overlap = Periode umpan balik 360° { $period } sudah terbuka untuk { $unit ->
        [all] seluruh unit
       *[other] { $unit }
    }, yang mencakup sebagian pegawai yang sama. Tutup dahulu atau pilih unit lain.
fb360-cli-k-too-low = Jumlah minimum penilai (--k) paling sedikit { $min }.
fb360-cli-unit-not-found = Unit "{ $path }" tidak ditemukan.
fb360-cli-bad-period = Periode "{ $period }" tidak dikenal. Tulis seperti 2026-Q4.
fb360-cli-bad-close-date = Tanggal tutup (--close-at) harus berformat yyyy-mm-dd dan tidak lebih awal dari hari ini.
fb360-cli-no-cycle = Tidak ada periode umpan balik 360° { $period }.
fb360-cli-cycle = { $period } · { $unit ->
        [all] seluruh unit
       *[other] { $unit }
    } · { $status ->
        [open] terbuka
       *[other] ditutup
    } · batas { $closes } · minimum { $k } penilai per kelompok
fb360-cli-count = {"  "}{ $relation ->
        [appraiser] pejabat penilai
        [peer] rekan kerja
        [subordinate] bawahan
       *[other] diri sendiri
    }: { $submitted } dari { $asked } sudah mengisi
fb360-cli-already-closed = Periode umpan balik 360° { $period } sudah ditutup.
fb360-cli-closed = Periode umpan balik 360° { $period } ({ $unit ->
        [all] seluruh unit
       *[other] { $unit }
    }) ditutup; { $drafts } draf yang belum dikirim dihapus.

## /rekan: mengusulkan atau menolak rekan kerja penilai

fb360-peer-no-cycle = Saat ini tidak ada periode umpan balik 360° yang menilai Bapak/Ibu.
fb360-peer-list =
    Rekan kerja yang diminta menilai Bapak/Ibu: { $names }.
    Untuk mengusulkan atau menolak rekan kerja, ketik:
    /rekan usul <nama> <alasan>
    /rekan tolak <nama> <alasan>
    Pejabat penilai Bapak/Ibu akan membaca alasannya dan memutuskan.
fb360-peer-usage =
    Ketik /rekan usul <nama> <alasan> atau /rekan tolak <nama> <alasan>, misalnya:
    /rekan usul Dodi Pratama sering bekerja sama dalam tim anggaran
fb360-peer-no-reason = Mohon tuliskan alasannya setelah nama; pejabat penilai akan membacanya.
fb360-peer-unknown = Nama "{ $typed }" tidak ditemukan di antara rekan kerja yang dapat dipilih. Ketik /rekan untuk melihat daftarnya.
fb360-peer-no-appraiser = Bapak/Ibu belum memiliki pejabat penilai yang tercatat, sehingga usulan tidak dapat diteruskan.
fb360-peer-sent = { $kind ->
        [propose] Usulan agar { $name } ikut menilai Bapak/Ibu
       *[other] Permintaan agar { $name } tidak menilai Bapak/Ibu
    } diteruskan kepada pejabat penilai untuk diputuskan.
fb360-review = Permintaan perubahan rekan kerja penilai (umpan balik 360°):
fb360-review-line = • { $kind ->
        [propose] { $ratee } mengusulkan { $rater } sebagai rekan kerja penilai
       *[other] { $ratee } meminta agar { $rater } tidak menjadi rekan kerja penilai
    }. Alasan: { $reason }
fb360-btn-review-yes = ✅ Setujui: { $kind ->
        [propose] { $rater } menilai { $ratee }
       *[other] { $rater } tidak menilai { $ratee }
    }
fb360-btn-review-no = ❌ Tolak
fb360-review-gone = Permintaan ini sudah tidak berlaku.
fb360-review-done = { $accept ->
        [yes] Disetujui
       *[other] Ditolak
    }: { $kind ->
        [propose] usulan { $rater } sebagai rekan kerja penilai { $ratee }.
       *[other] permintaan agar { $rater } tidak menilai { $ratee }.
    }
cmd-360 = Isi umpan balik perilaku 360° yang diminta dari Anda
cmd-hasil360 = Lihat hasil umpan balik perilaku 360° Anda
