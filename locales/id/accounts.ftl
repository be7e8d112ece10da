## Akun
link-instructions =
    Akun Telegram Anda belum terhubung dengan dika.

    Anda dapat menghubungkannya dengan salah satu cara berikut:
    1. Minta tautan aktivasi kepada pengelola kinerja di instansi Anda, lalu buka tautan tersebut di Telegram.
    2. Tekan tombol "Bagikan nomor telepon saya" di bawah, bila nomor telepon Anda sudah tercatat di data kepegawaian.
link-share-contact-button = 📱 Bagikan nomor telepon saya
link-success = Terima kasih, { $name }. Akun Telegram Anda sudah terhubung dengan dika. Ketik /checkin untuk melaporkan progres kinerja pekan ini, atau /bantuan untuk melihat semua perintah.
link-code-invalid = Tautan aktivasi ini tidak dapat digunakan. Mungkin tautannya tidak lengkap, masa berlakunya sudah habis, atau tautan ini sudah pernah digunakan. Silakan minta tautan baru kepada pengelola kinerja; bila Anda belum pernah menggunakan tautan ini, sampaikan juga hal tersebut.
link-code-too-many = Terlalu banyak percobaan kode aktivasi yang gagal dari akun ini. Demi keamanan, silakan coba kembali dalam { $minutes } menit, atau minta tautan aktivasi baru kepada pengelola kinerja.
link-contact-not-yours = Demi keamanan, hanya nomor telepon Anda sendiri yang dapat digunakan. Silakan tekan tombol "Bagikan nomor telepon saya" di bawah.
link-contact-no-match = Maaf, nomor telepon Anda tidak dapat dicocokkan dengan data kepegawaian. Silakan hubungi pengelola kinerja di instansi Anda untuk mendapatkan tautan aktivasi.
link-cli-usage-one = Cara penggunaan: npm run dika -- link-code <nip>
link-cli-usage-many = Cara penggunaan: npm run dika -- link-codes --unit <jalur unit kerja> --out <berkas.csv>
link-cli-unknown-nip = Pegawai aktif dengan NIP { $nip } tidak ditemukan.
link-cli-unknown-unit = Unit kerja "{ $unit }" tidak ditemukan. Tulis jalur unit kerja lengkap seperti pada data impor, misalnya Deputi Bidang X/Biro Y.
link-cli-link =
    Tautan aktivasi untuk { $name } (NIP { $nip }):
    { $link }
    Berlaku sampai { $expires } dan hanya dapat digunakan satu kali. Kirimkan hanya kepada pegawai yang bersangkutan.
link-cli-code-only =
    Kode aktivasi untuk { $name } (NIP { $nip }): { $code }
    Berlaku sampai { $expires } dan hanya dapat digunakan satu kali.
    Nama pengguna bot tidak diketahui (atur TELEGRAM_BOT_USERNAME atau TELEGRAM_BOT_TOKEN). Minta pegawai mengirim pesan berikut ke bot: /start { $code }
link-cli-no-username = Nama pengguna bot tidak diketahui (atur TELEGRAM_BOT_USERNAME atau TELEGRAM_BOT_TOKEN). Kolom link (tautan) berisi pesan yang harus dikirim pegawai ke bot: /start <kode>.
link-cli-getme-failed = Nama pengguna bot tidak dapat diambil dari Telegram; kode ditampilkan tanpa tautan.
link-cli-written = { $count } tautan aktivasi ditulis ke { $file }. Berkas ini berisi kode rahasia: bagikan dengan hati-hati dan hapus setelah digunakan.
checkin-no-dialog = Tidak ada check-in yang sedang berjalan. Ketik /checkin untuk memulai, /status untuk melihat capaian indikator Anda, atau /bantuan untuk daftar perintah.
checkin-reminder = ⏰ Pengingat: check-in pekan ini belum diisi.
