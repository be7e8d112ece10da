## Status dan riwayat
status-header = 📊 Indikator Anda ({ $count }):
status-kr = { $index }. { $title }
    {"   "}{ checkin-figures } · keyakinan { $confidence ->
        [none] –
       *[other] { $confidence }/10
    }
status-kr-unreported = { $index }. { $title }
    {"   "}Target: { $target } · realisasi belum dilaporkan
history-header = 🗂 Laporan progres terakhir Anda:
history-line = • Pekan { checkin-week }: { $updated } dari { $total } indikator diperbarui{ $blockers ->
        [0] { "" }
       *[other] , { $blockers } kendala
    }{ $dialog ->
        [yes] , mengajukan dialog kinerja
       *[no] { "" }
    }{ $revised ->
        [yes] {" "}(diubah)
       *[no] { "" }
    }{ $support ->
        [none] { "" }
       *[other] {"\u000A"}{"   "}Dukungan yang diperlukan: { $support }
    }
history-empty = Anda belum pernah mengirim laporan progres. Ketik /checkin untuk mulai.
