## Catatan dialog kinerja: kesepakatan, rencana tindak lanjut, tanggal reviu berikutnya
dialog-record-btn-held = ✅ Tandai dialog dengan { $name } sudah dilaksanakan
dialog-record-btn-skip = Lewati
dialog-record-ask-agreement = 📝 Catatan dialog kinerja dengan { $name }. Apa kesepakatan dalam dialog tersebut? Ketik /batal untuk membatalkan.
dialog-record-ask-follow-up = Apa rencana tindak lanjutnya? Tekan Lewati bila tidak ada.
dialog-record-ask-next-review = Kapan reviu berikutnya? Ketik tanggalnya, misalnya { $example }, atau tekan Lewati.
dialog-record-hint-text = Mohon tulis jawabannya sebagai teks, atau ketik /batal.
dialog-record-hint-long = Jawaban paling panjang { $max } karakter (tertulis { $length }). Mohon persingkat, lalu kirim ulang.
dialog-record-hint-date = Tanggal tidak dikenali. Ketik tanggal/bulan, misalnya { $example }, atau tekan Lewati.
dialog-record-hint-past = Tanggal reviu berikutnya harus setelah hari ini. Ketik tanggal yang akan datang, misalnya { $example }.
dialog-record-hint-far = Tanggal itu lebih dari setahun lagi. Ketik tanggal yang lebih dekat, misalnya { $example }.
dialog-record-saved =
    ✅ Dialog kinerja dengan { $name } tercatat dan sudah diberitahukan kepadanya.
    Kesepakatan: { $agreement }
    Rencana tindak lanjut: { $followUp ->
        [none] –
       *[other] { $followUp }
    }
    Reviu berikutnya: { $next ->
        [none] belum ditentukan
       *[other] { DATETIME($next, day: "numeric", month: "long", year: "numeric") }
    }
dialog-record-cancelled = Baik, catatan dialog kinerja dibatalkan. Pengajuan dialog tetap terbuka.
dialog-record-closed = Pengajuan dialog kinerja ini sudah tidak terbuka (sudah dicatat atau dibatalkan).
dialog-record-received =
    📝 { $from } mencatat dialog kinerja dengan Anda.
    Kesepakatan: { $agreement }
    Rencana tindak lanjut: { $followUp ->
        [none] –
       *[other] { $followUp }
    }
    Reviu berikutnya: { $next ->
        [none] belum ditentukan
       *[other] { DATETIME($next, day: "numeric", month: "long", year: "numeric") }
    }
