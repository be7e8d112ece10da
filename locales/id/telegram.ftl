## Telegram
db-unavailable-queued = Pesan Anda sudah kami terima. Sistem sedang sibuk, jadi pesan ini akan diproses otomatis sebentar lagi — tidak perlu dikirim ulang.
error-generic = Maaf, terjadi kesalahan. Silakan coba lagi beberapa saat lagi.
stale-button = Tombol ini sudah tidak berlaku. Ketik /checkin untuk memulai lagi.
tg-group-private-only = Check-in kinerja hanya dilakukan melalui percakapan pribadi agar data Anda tetap terjaga. Silakan mulai percakapan dengan saya di { $link }
tg-welcome = Selamat datang kembali, { $name }. Ketik /checkin untuk melaporkan progres kinerja pekan ini, atau /bantuan untuk melihat semua perintah.
tg-not-understood = Maaf, saya belum memahami pesan tersebut. Ketik /checkin untuk memulai check-in atau /bantuan untuk melihat daftar perintah.
tg-edited-message = Pesan yang diubah setelah terkirim tidak diproses oleh dika. Silakan kirim ulang jawaban Anda sebagai pesan baru. Jawaban yang sudah tercatat dapat diperbaiki melalui tombol "Ubah" pada ringkasan check-in.
cmd-start = Mulai atau hubungkan akun Anda
cmd-checkin = Isi check-in kinerja pekan ini
cmd-status = Lihat capaian hasil kerja Anda
cmd-riwayat = Lihat riwayat check-in Anda
cmd-bahasa = Ganti bahasa
cmd-zona = Atur zona waktu
cmd-bantuan = Bantuan dan daftar perintah
cmd-batal = Batalkan percakapan yang sedang berjalan
help-text =
    dika membantu Anda melaporkan progres kinerja setiap pekan: realisasi indikator, bukti dukung, kendala, dukungan yang Anda perlukan, dan rencana kerja pekan depan. Pejabat penilai kinerja Anda menerima laporan Anda sebagai bahan dialog kinerja dan dapat memberi umpan balik.

    Perintah yang tersedia:
    /checkin — isi check-in pekan ini
    /status — lihat capaian hasil kerja Anda
    /riwayat — lihat check-in sebelumnya
    /bahasa — ganti bahasa (Bahasa Indonesia / English)
    /zona — atur zona waktu (WIB, WITA, WIT)
    /cuti — catat cuti Anda (misalnya /cuti 7 Des s.d. 11 Des; /cuti batal untuk membatalkan)
    /privasi — data pribadi Anda yang disimpan dan hak Anda
    /rekap — bagi atasan, pejabat penilai, dan kepala unit: rekap pegawai Anda (/rekap pekan lalu, /rekap triwulan, /rekap <nama>, /rekap unit)
    /notifikasi — bagi pejabat penilai: terima setiap laporan atau ringkasan harian
    /evaluasi — bagi pejabat penilai: evaluasi kinerja triwulan (misalnya /evaluasi 2026-TW4)
    /umpanbalik — beri umpan balik BerAKHLAK kepada rekan kerja, atasan, atau bawahan (tanpa nama bagi rekan dan bawahan)
    /360 — isi umpan balik perilaku 360° BerAKHLAK yang diminta dari Anda (jawaban rekan dan bawahan anonim)
    /rekan — usulkan atau tolak rekan penilai 360° Anda (misalnya /rekan tolak Budi alasan)
    /hasil360 — hasil umpan balik 360° Anda setelah periodenya ditutup
    /batal — batalkan percakapan yang sedang berjalan
    /bantuan — tampilkan pesan ini
help-not-linked = Akun Telegram Anda belum terhubung dengan dika. Ketik /start untuk melihat cara menghubungkannya.
settings-language-prompt = Silakan pilih bahasa yang Anda inginkan:
settings-language-button-id = Bahasa Indonesia
settings-language-button-en = English
settings-language-set = Baik, mulai sekarang dika akan menggunakan Bahasa Indonesia.
settings-timezone-prompt = Zona waktu Anda saat ini: { $zone }. Silakan pilih zona waktu tempat Anda bekerja:
settings-timezone-set = Zona waktu Anda sekarang { $zone }. Pengingat check-in akan dikirim sesuai zona waktu ini.
