## Status dan riwayat
status-header = 📊 Hasil kunci Anda ({ $count }):
status-kr = { $index }. { $title }
    {"   "}Realisasi: { $value ->
        [none] belum ada
       *[other] { $value }
    } dari target { $target }{ $progress ->
        [none] { "" }
       *[other] {" "}({ $progress }%)
    } · keyakinan { $confidence ->
        [none] –
       *[other] { $confidence }/10
    }
history-header = 🗂 Check-in terakhir Anda:
history-line = • Minggu ke-{ $week } ({ DATETIME($start, day: "numeric", month: "short") }): { $updated } dari { $total } hasil kunci diperbarui{ $blockers ->
        [0] { "" }
       *[other] , { $blockers } kendala
    }{ $dialog ->
        [yes] , minta dialog
       *[no] { "" }
    }{ $revised ->
        [yes] {" "}(direvisi)
       *[no] { "" }
    }
history-empty = Anda belum pernah mengirim check-in. Ketik /checkin untuk mulai.
