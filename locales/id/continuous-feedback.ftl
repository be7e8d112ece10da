## Umpan balik berkelanjutan (/umpanbalik): kapan saja, kepada rekan di unit sendiri dan unit sekitar
cmd-umpanbalik = Beri umpan balik BerAKHLAK kepada rekan kerja
cf-value = { $value ->
        [berorientasi-pelayanan] { berakhlak-berorientasi-pelayanan }
        [akuntabel] { berakhlak-akuntabel }
        [kompeten] { berakhlak-kompeten }
        [harmonis] { berakhlak-harmonis }
        [loyal] { berakhlak-loyal }
        [adaptif] { berakhlak-adaptif }
       *[kolaboratif] { berakhlak-kolaboratif }
    }
cf-ask-name = 💬 Umpan balik berkelanjutan. Kepada siapa Anda ingin memberi umpan balik? Ketik sebagian namanya. Penerima dapat berupa rekan di unit Anda dan unit sekitar, atasan langsung, atau bawahan langsung Anda.
cf-hint-short = Mohon ketik sedikitnya { $min } huruf dari nama yang Anda cari.
cf-not-found = Nama "{ $query }" tidak ditemukan di unit Anda dan unit sekitar.
cf-self = Anda tidak dapat memberi umpan balik kepada diri sendiri.
cf-pick = Pilih penerima umpan balik, atau ketik nama lain.{ $more ->
        [yes] { " " }Lebih dari { $max } nama cocok; ketik nama lebih lengkap bila yang Anda cari belum tampil.
       *[other] {""}
    }
cf-btn-colleague = { $name }{ $unit ->
        [none] {""}
       *[other] { " " }({ $unit })
    }
cf-ask-values = Nilai BerAKHLAK mana yang terkait dengan umpan balik Anda untuk { $name }? Pilih satu atau lebih, lalu tekan "Lanjut".
cf-ask-values-none = Mohon pilih sedikitnya satu nilai BerAKHLAK untuk { $name }, lalu tekan "Lanjut".
cf-btn-value = { $selected ->
        [yes] ✅
       *[other] ▫️
    } { cf-value }
cf-btn-next = Lanjut ➡️
cf-ask-kind = Apakah umpan balik Anda untuk { $name } berupa apresiasi atau saran?
cf-btn-appreciation = 👏 Apresiasi
cf-btn-suggestion = 💡 Saran
cf-ask-text = ✍️ Tulis { $kind ->
        [appreciation] apresiasi
       *[other] saran
    } Anda untuk { $name } (paling panjang { $max } karakter).
cf-anonymous-note = 🔒 Umpan balik Anda dikirim tanpa nama; penerima menerimanya dalam kumpulan bersama umpan balik lain. Bila ingin, Anda dapat memilih "Kirim dengan nama saya" pada ringkasan.
cf-named-note = 👤 Anda { $relation ->
        [appraiser] pejabat penilai kinerja
       *[other] atasan langsung
    } { $name }, sehingga umpan balik Anda selalu dikirim dengan nama Anda.
cf-hint-text = Mohon tulis umpan balik Anda sebagai teks untuk { $name }, atau ketik /batal.
cf-hint-long = Umpan balik paling panjang { $max } karakter (tertulis { $length }). Mohon persingkat, lalu kirim ulang.
cf-summary =
    📝 Ringkasan umpan balik untuk { $name }
    Jenis: { $kind ->
        [appreciation] apresiasi
       *[other] saran
    }
    Pengirim: { $named ->
        [yes] dengan nama Anda
       *[other] tanpa nama
    }
    "{ $body }"
    Nilai BerAKHLAK:
cf-value-line = {"   "}• { cf-value }
cf-btn-send = ✅ Kirim
cf-btn-send-anonymous = ✅ Kirim tanpa nama
cf-btn-send-named = 👤 Kirim dengan nama saya
cf-btn-cancel = Batal
cf-sent = ✅ Terima kasih. Umpan balik Anda untuk { $name } tersimpan { $named ->
        [yes] dan akan disampaikan dengan nama Anda pada kiriman berikutnya (pukul 16.00 pada hari kerja).
       *[other] tanpa nama. Penerima menerimanya dalam kumpulan bersama umpan balik lain, paling lambat sekitar satu pekan lagi.
    }
cf-cancelled = Baik, umpan balik dibatalkan. Tidak ada yang tersimpan.
cf-gone = Maaf, penerima ini sudah tidak berada di unit Anda dan unit sekitar. Umpan balik tidak tersimpan; ketik /umpanbalik untuk memulai lagi.
cf-changed = Maaf, hubungan kerja Anda dengan penerima berubah sejak Anda mulai menulis, sehingga ketentuan pencantuman nama pengirim juga berubah. Umpan balik tidak tersimpan; ketik /umpanbalik untuk memulai lagi.
cf-bundle = 💬 Umpan balik berkelanjutan untuk Anda ({ $count } umpan balik). Urutannya acak; umpan balik tanpa nama tidak menyebut pengirimnya.
cf-bundle-item =
    {""}
    { $index }. { $kind ->
        [appreciation] 👏 Apresiasi
       *[other] 💡 Saran
    }{ $from ->
        [none] {""}
       *[other] { " " }dari { $from }
    }
cf-bundle-body = {"   "}"{ $body }"
