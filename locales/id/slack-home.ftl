## Slack: App Home (apa yang menunggu tindakan, tim atasan) dan halaman formulir check-in
slack-home-form = Isi formulir
slack-home-waiting = Menunggu tindakan Anda
slack-home-continuous-draft = ✍️ Umpan balik Anda untuk rekan kerja belum selesai dikirim. Ketik /umpanbalik untuk melanjutkannya.
slack-home-more = • … dan { $count } lainnya. Ketik { $command } untuk melihat semuanya.
slack-home-team-title = Tim Anda
slack-home-team-week = Pekan { checkin-week }:
slack-home-team-attention = { $count ->
        [0] ⚠️ Perlu perhatian: tidak ada.
       *[other] ⚠️ Perlu perhatian: { $count } pegawai.
    }
slack-home-team-rekap = Rekap lengkap
slack-form-next = Lanjut
slack-form-back = Kembali
slack-form-page = Halaman { $page } dari { $pages }. Isian halaman ini diperiksa dan disimpan saat Anda menekan Lanjut; laporan terkirim setelah Kirim di halaman terakhir.
slack-form-stale = Isian halaman sebelumnya tidak lagi tersimpan: formulir ini sudah dibuka lagi di tempat lain, pekannya sudah berganti, atau indikator Anda berubah. Silakan ketik /checkin untuk membuka formulir yang baru.
