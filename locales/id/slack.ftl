## Slack
slack-help =
    dika membantu Anda melaporkan progres kinerja setiap pekan: realisasi indikator, bukti dukung, kendala, dukungan yang Anda perlukan, dan rencana kerja pekan depan. Pejabat penilai kinerja Anda menerima laporan Anda sebagai bahan dialog kinerja dan dapat memberi umpan balik.

    Perintah yang tersedia di Slack:
    /checkin — isi check-in pekan ini melalui formulir berisi semua indikator; /checkin chat mengirim pertanyaannya satu per satu melalui pesan langsung dari dika
    /rekap — bagi atasan, pejabat penilai, dan kepala unit: rekap pegawai Anda (/rekap pekan lalu, /rekap triwulan, /rekap <nama>)
    /cuti — catat cuti Anda (misalnya /cuti 7 Des 11 Des; /cuti batal untuk membatalkan)
    /umpanbalik — beri umpan balik BerAKHLAK kepada rekan kerja, atasan, atau bawahan (tanpa nama bagi rekan dan bawahan)
    /dika status — lihat capaian hasil kerja Anda
    /dika riwayat — lihat check-in sebelumnya
    /dika 360 — isi umpan balik perilaku 360° BerAKHLAK yang diminta dari Anda (jawaban rekan dan bawahan anonim)
    /dika rekan — usulkan atau tolak rekan penilai 360° Anda (misalnya /dika rekan tolak Budi <alasan>)
    /dika hasil360 — hasil umpan balik 360° Anda setelah periodenya ditutup
    /dika evaluasi — bagi pejabat penilai: evaluasi kinerja triwulan (misalnya /dika evaluasi 2026-TW4)
    /dika notifikasi — bagi pejabat penilai: terima setiap laporan atau ringkasan harian
    /dika privasi — data pribadi Anda yang disimpan dan hak Anda
    /dika bahasa — ganti bahasa (Bahasa Indonesia / English)
    /dika zona — atur zona waktu (WIB, WITA, WIT)
    /dika batal — batalkan percakapan yang sedang berjalan
    /dika link <kode> — hubungkan akun Slack Anda dengan kode aktivasi
    /dika help — tampilkan pesan ini
slack-help-not-linked = Akun Slack Anda belum terhubung dengan dika. Ketik /dika link <kode> dengan kode aktivasi dari pengelola kinerja.
slack-link-instructions =
    Akun Slack Anda belum terhubung dengan dika, sehingga dika belum dapat menampilkan data kinerja Anda.

    Alamat email pada profil Slack Anda tidak ditemukan dalam data kepegawaian. Silakan minta kode aktivasi kepada pengelola kinerja di instansi Anda, lalu ketik /dika link <kode>.
slack-linked-by-email = Selamat datang, { $name }. Akun Slack Anda sudah terhubung dengan dika melalui alamat email pada profil Slack Anda.
slack-linked = Terima kasih, { $name }. Akun Slack Anda sudah terhubung dengan dika. Ketik /checkin untuk melaporkan progres kinerja pekan ini, atau /dika help untuk melihat semua perintah.
slack-already-linked = Akun Slack Anda sudah terhubung dengan dika. Ketik /dika help untuk melihat semua perintah.
slack-checkin-in-dm = Pertanyaan check-in sudah dikirim melalui pesan langsung dari dika. Silakan buka tab Pesan pada aplikasi dika.
slack-dialog-in-dm = Balasan dika sudah dikirim melalui pesan langsung. Silakan buka tab Pesan pada aplikasi dika.
slack-privacy-account = Bila Anda menggunakan Slack, dika juga menyimpan akun Slack yang terhubung (ID ruang kerja dan ID pengguna Slack).
slack-home-title = Kinerja saya
slack-home-week-open = Laporan progres pekan { checkin-week } belum dikirim.
slack-home-week-submitted = Laporan progres pekan { checkin-week } sudah dikirim. Anda masih dapat mengubahnya sampai akhir pekan.
slack-home-start = Isi check-in pekan ini
slack-home-revise = Ubah laporan pekan ini
slack-form-title = Check-in kinerja
slack-form-submit = Kirim
slack-form-close = Batal
slack-form-loading = Memuat indikator kinerja Anda…
slack-form-intro = Laporan progres pekan { checkin-week }. Indikator yang realisasi dan keyakinannya dikosongkan dicatat sebagai dilewati.
slack-form-kr-hint = { $last ->
        [none] Target { $target }. Belum ada laporan sebelumnya.
       *[other] Target { $target }. Laporan terakhir: { $last }.
    }
slack-form-confidence = Keyakinan bahwa target tercapai (1–10)
slack-form-evidence = Tautan bukti dukung (opsional)
slack-form-blockers = Kendala pekan ini (satu per baris)
slack-form-support = Dukungan yang Anda perlukan dari atasan
slack-form-next-actions = Rencana kerja pekan depan (satu per baris)
slack-form-dialog = Dialog kinerja
slack-form-dialog-yes = Saya ingin mengajukan dialog kinerja dengan atasan
