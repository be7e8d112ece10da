# dika — pesan berbahasa Indonesia (bahasa bawaan).
# Setiap kunci di sini wajib ada juga di en.ftl; tes locale-parity gagal bila tidak.

## Umum
app-name = dika

## CLI
cli-migrated = Basis data { $location } sudah mutakhir: semua migrasi telah diterapkan.
cli-usage =
    Pemakaian: npm run dika -- <perintah> [--lang id|en]
    Perintah:
    { $commands }

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

## Telegram
db-unavailable-queued = Pesan Anda sudah kami terima. Sistem sedang sibuk, jadi pesan ini akan diproses otomatis sebentar lagi — tidak perlu dikirim ulang.
error-generic = Maaf, terjadi kesalahan. Silakan coba lagi beberapa saat lagi.
stale-button = Tombol ini sudah tidak berlaku. Ketik /checkin untuk memulai lagi.
tg-group-private-only = Check-in kinerja hanya dilakukan lewat chat pribadi agar data Anda tetap terjaga. Silakan mulai percakapan dengan saya di { $link }
tg-welcome = Selamat datang kembali, { $name }. Ketik /checkin untuk melaporkan progres kinerja minggu ini, atau /bantuan untuk melihat semua perintah.
tg-not-understood = Maaf, saya belum memahami pesan tersebut. Ketik /checkin untuk memulai check-in atau /bantuan untuk melihat daftar perintah.
tg-edited-message = Pesan yang diubah setelah terkirim tidak diproses oleh dika. Silakan kirim ulang jawaban Anda sebagai pesan baru. Jawaban yang sudah tercatat dapat diperbaiki melalui tombol "Ubah" pada ringkasan check-in.
cmd-start = Mulai atau hubungkan akun Anda
cmd-checkin = Isi check-in kinerja minggu ini
cmd-status = Lihat capaian hasil kerja Anda
cmd-riwayat = Lihat riwayat check-in Anda
cmd-bahasa = Ganti bahasa
cmd-zona = Atur zona waktu
cmd-bantuan = Bantuan dan daftar perintah
cmd-batal = Batalkan percakapan yang sedang berjalan
help-text =
    dika membantu Anda melaporkan progres kinerja setiap minggu: realisasi hasil kerja, bukti dukung, kendala, dan rencana aksi. Atasan Anda menerima rekapnya sebagai bahan dialog kinerja.

    Perintah yang tersedia:
    /checkin — isi check-in minggu ini
    /status — lihat capaian hasil kerja Anda
    /riwayat — lihat check-in sebelumnya
    /bahasa — ganti bahasa (Bahasa Indonesia / English)
    /zona — atur zona waktu (WIB, WITA, WIT)
    /privasi — data pribadi Anda yang disimpan dan hak Anda
    /batal — batalkan percakapan yang sedang berjalan
    /bantuan — tampilkan pesan ini
help-not-linked = Akun Telegram Anda belum terhubung dengan dika. Ketik /start untuk melihat cara menghubungkannya.
settings-language-prompt = Silakan pilih bahasa yang Anda inginkan:
settings-language-button-id = Bahasa Indonesia
settings-language-button-en = English
settings-language-set = Baik, mulai sekarang dika akan menggunakan Bahasa Indonesia.
settings-timezone-prompt = Zona waktu Anda saat ini: { $zone }. Silakan pilih zona waktu tempat Anda bekerja:
settings-timezone-set = Zona waktu Anda sekarang { $zone }. Pengingat check-in akan dikirim sesuai zona waktu ini.

## Akun
link-instructions =
    Akun Telegram Anda belum terhubung dengan dika.

    Anda dapat menghubungkannya dengan salah satu cara berikut:
    1. Minta tautan aktivasi kepada Biro SDM (pengelola kinerja), lalu buka tautan tersebut di Telegram.
    2. Tekan tombol "Bagikan nomor telepon saya" di bawah, bila nomor telepon Anda sudah tercatat di data kepegawaian.
link-share-contact-button = 📱 Bagikan nomor telepon saya
link-success = Terima kasih, { $name }. Akun Telegram Anda sudah terhubung dengan dika. Ketik /checkin untuk melaporkan progres kinerja minggu ini, atau /bantuan untuk melihat semua perintah.
link-code-invalid = Tautan aktivasi ini tidak dapat digunakan. Mungkin tautannya tidak lengkap, masa berlakunya sudah habis, atau tautan ini sudah pernah digunakan. Silakan minta tautan baru kepada pengelola kinerja; bila Anda belum pernah menggunakan tautan ini, sampaikan juga hal tersebut.
link-code-too-many = Terlalu banyak percobaan kode aktivasi yang gagal dari akun ini. Demi keamanan, silakan coba kembali dalam { $minutes } menit, atau minta tautan aktivasi baru kepada pengelola kinerja.
link-contact-not-yours = Demi keamanan, hanya nomor telepon Anda sendiri yang dapat digunakan. Silakan tekan tombol "Bagikan nomor telepon saya" di bawah.
link-contact-no-match = Maaf, nomor telepon Anda tidak dapat dicocokkan dengan data kepegawaian. Silakan hubungi Biro SDM untuk mendapatkan tautan aktivasi.
link-cli-usage-one = Pemakaian: npm run dika -- link-code <nip>
link-cli-usage-many = Pemakaian: npm run dika -- link-codes --unit <path unit kerja> --out <berkas.csv>
link-cli-unknown-nip = Pegawai aktif dengan NIP { $nip } tidak ditemukan.
link-cli-unknown-unit = Unit kerja "{ $unit }" tidak ditemukan. Tulis path lengkap seperti pada data impor, misalnya Deputi Bidang X/Biro Y.
link-cli-link =
    Tautan aktivasi untuk { $name } (NIP { $nip }):
    { $link }
    Berlaku sampai { $expires } dan hanya dapat digunakan satu kali. Kirimkan hanya kepada pegawai yang bersangkutan.
link-cli-code-only =
    Kode aktivasi untuk { $name } (NIP { $nip }): { $code }
    Berlaku sampai { $expires } dan hanya dapat digunakan satu kali.
    Nama pengguna bot tidak diketahui (atur TELEGRAM_BOT_USERNAME atau TELEGRAM_BOT_TOKEN). Minta pegawai mengirim pesan berikut ke bot: /start { $code }
link-cli-no-username = Nama pengguna bot tidak diketahui (atur TELEGRAM_BOT_USERNAME atau TELEGRAM_BOT_TOKEN). Kolom link berisi pesan yang harus dikirim pegawai ke bot: /start <kode>.
link-cli-getme-failed = Nama pengguna bot tidak dapat diambil dari Telegram; kode ditampilkan tanpa tautan.
link-cli-written = { $count } tautan aktivasi ditulis ke { $file }. Berkas ini berisi kode rahasia: bagikan dengan hati-hati dan hapus setelah digunakan.
checkin-no-dialog = Tidak ada check-in yang sedang berjalan. Ketik /checkin untuk memulai, /status untuk melihat hasil kunci Anda, atau /bantuan untuk daftar perintah.
checkin-reminder = ⏰ Pengingat: check-in minggu ini belum diisi.

## Import
import-usage = Pemakaian: npm run dika -- import employees|okr <berkas.csv>
import-file-not-found = Berkas { $path } tidak ditemukan.
import-file-unreadable = Berkas { $path } tidak dapat dibaca. Pastikan itu berkas CSV dan Anda berhak membukanya.
import-refused = Impor dibatalkan karena ditemukan { $count } masalah. Tidak ada data yang diubah; perbaiki berkas, lalu impor ulang.
import-more-problems = … dan { $count } masalah lainnya.
import-at-row-column = Baris { $row }, kolom { $column }: { $message }
import-at-row = Baris { $row }: { $message }
import-employees-done = Impor pegawai selesai: { $created } ditambahkan, { $updated } diperbarui, { $unchanged } tidak berubah; { $units } unit kerja baru.
import-okr-done = Impor OKR selesai: { $created } hasil kunci ditambahkan, { $updated } diperbarui, { $unchanged } tidak berubah; { $objectives } sasaran baru, { $periods } periode baru.
import-nothing-changed = Tidak ada perubahan: data di basis data sudah sesuai dengan isi berkas.
import-row-refused = Basis data menolak baris ini ({ $error }). Periksa baris ini dari karakter atau nilai yang tidak lazim.
import-rows-refused =
    Basis data menolak { $count ->
        [one] baris { $first }
       *[other] salah satu dari { $count } baris yang ditulis bersama antara baris { $first } dan baris { $last }
    } ({ $error }). Periksa baris-baris itu dari karakter atau nilai yang tidak lazim.
import-failed = Impor gagal ({ $error }). Impor berjalan dalam satu transaksi, jadi tidak ada data yang diubah. Coba lagi; jika masih gagal, sampaikan pesan ini kepada administrator.
import-nul-character = Sel ini berisi karakter kontrol tak terlihat (NUL) yang tidak dapat disimpan; ketik ulang isi sel ini.
import-empty-file = Berkas kosong. Baris pertama harus berisi nama kolom, diikuti satu baris untuk setiap data.
import-no-data-rows = Berkas hanya berisi baris judul kolom; tidak ada baris data yang dapat diimpor.
import-missing-columns = Kolom wajib tidak ditemukan: { $columns }.
import-duplicate-column = Nama kolom ini muncul lebih dari sekali di baris judul.
import-csv-quote = Tanda kutip (") yang dibuka di baris ini tidak pernah ditutup, sehingga sisa berkas tidak dapat dibaca.
import-csv-invalid = Isi berkas mulai baris ini tidak dapat dibaca sebagai CSV.
import-extra-cells = Baris ini berisi { $count } sel, lebih banyak daripada { $expected } kolom di baris judul. Kemungkinan ada pemisah { $delimiter } di dalam isian yang tidak diapit tanda kutip.
import-required = Sel ini wajib diisi.
import-nip-format = NIP harus 18 digit angka (tertulis: { $value }).
import-nip-excel-number = NIP { $value } tersimpan sebagai angka oleh Excel sehingga digitnya hilang; format kolom ini sebagai Teks, lalu ketik ulang NIP-nya.
import-email-invalid = Alamat email { $value } tidak sah.
import-phone-invalid = Nomor telepon { $value } tidak sah; tulis misalnya 0812-3456-7890 atau +62 812 3456 7890.
import-unit-invalid = Unit kerja { $value } memuat bagian yang kosong; pisahkan setiap tingkat dengan satu garis miring, misalnya Deputi Bidang X/Biro Y/Bagian Z.
import-timezone-invalid = Zona waktu { $value } tidak dikenal; gunakan WIB, WITA, WIT, atau nama zona IANA seperti Asia/Makassar.
import-locale-invalid = Bahasa { $value } tidak dikenal; gunakan id (Indonesia) atau en (Inggris).
import-role-invalid = Peran { $value } tidak dikenal; gunakan pegawai atau admin.
import-duplicate-nip = NIP { $value } sudah tercantum di baris { $firstRow }; setiap pegawai hanya boleh muncul satu kali.
import-supervisor-unknown = NIP atasan { $value } tidak ditemukan, baik di berkas maupun di basis data.
import-supervisor-self = Pegawai dengan NIP { $value } tidak boleh menjadi atasan bagi dirinya sendiri.
import-supervisor-cycle = Rantai atasan berputar kembali ke awal (tanda → berarti “atasannya adalah”): { $people }.
import-code-invalid = Kode { $value } tidak sah; gunakan huruf, angka, titik, garis bawah, garis miring, atau tanda hubung tanpa spasi, paling banyak 40 karakter.
import-duplicate-code = Kode { $value } sudah dipakai di baris { $firstRow }; setiap hasil kunci harus memiliki kode yang unik.
import-owner-unknown = Pegawai dengan NIP { $value } belum terdaftar; impor data pegawai terlebih dahulu.
import-period-invalid = Periode { $value } tidak sah; tulis tahun (misalnya 2026) atau tahun dan triwulan (misalnya 2026-Q4).
import-number-invalid = { $value } bukan angka; tulis misalnya 75, 2,5, atau 1.500.000.
import-number-too-large = Angka { $value } terlalu besar untuk disimpan.
import-weight-invalid = Bobot harus berupa angka lebih besar dari 0 (tertulis: { $value }).
import-direction-invalid = Arah { $value } tidak dikenal; gunakan naik atau turun.
import-kind-invalid = Jenis { $value } tidak dikenal; gunakan committed atau aspirational.
import-target-equals-baseline = Target ({ $target }) sama dengan nilai awal ({ $baseline }); hasil kunci harus menargetkan perubahan.
import-target-below-baseline = Arahnya naik, tetapi target ({ $target }) lebih kecil daripada nilai awal ({ $baseline }).
import-target-above-baseline = Arahnya turun, tetapi target ({ $target }) lebih besar daripada nilai awal ({ $baseline }).
import-parent-unknown = Kode induk { $value } tidak ditemukan, baik di berkas maupun di basis data.
import-parent-self = Hasil kunci { $value } tidak boleh menjadi induk bagi dirinya sendiri.
import-parent-cycle = Rantai kode induk berputar kembali ke awal: { $codes }.

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

## Terminal
terminal-usage = Pemakaian: npm run chat -- --nip <NIP 18 digit> [--lang id|en]
terminal-unknown-nip = Pegawai dengan NIP { $nip } tidak ditemukan atau tidak aktif. Impor data pegawai dulu: npm run dika -- import employees examples/employees.csv
terminal-welcome = Halo, { $name }! Ini dika di terminal. Ketik nomor untuk memilih tombol, /file <nama> untuk melampirkan berkas, /bantuan untuk bantuan, /keluar untuk keluar.
terminal-help = Perintah: /checkin (mulai atau lanjutkan check-in), /status (hasil kunci Anda), /riwayat (check-in terakhir), /batal (batalkan check-in), /file <nama> (lampirkan berkas sebagai bukti dukung), /keluar.
terminal-bye = Sampai jumpa!

## Data pribadi (UU 27/2022)
cmd-privasi = Data pribadi Anda dan hak Anda
privacy-text =
    Data pribadi Anda di dika

    Yang disimpan:
    • data kepegawaian dari impor instansi: NIP, nama, jabatan, unit kerja, email, dan nomor telepon;
    • akun Telegram yang terhubung (ID akun dan ID percakapan);
    • check-in mingguan: realisasi, tingkat keyakinan, bukti dukung (tautan atau nama berkas), kendala, rencana kerja pekan depan, dan permintaan dialog kinerja;
    • catatan cuti, percakapan yang sedang berjalan, dan catatan pesan yang dikirim dika kepada Anda.

    Siapa yang dapat melihatnya:
    • atasan langsung Anda (pejabat penilai kinerja) menerima rekap check-in Anda sebagai bahan dialog kinerja;
    • pengelola kinerja di instansi Anda dapat mengekspor seluruh data Anda.
    Rekan kerja tidak dapat melihat check-in Anda.

    Berapa lama: selama Anda terdaftar sebagai pegawai di dika. Bila data pribadi Anda dihapus, angka realisasi tetap disimpan tanpa identitas agar rekap unit kerja tetap utuh.

    Hak Anda: sesuai UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, Anda dapat meminta salinan seluruh data Anda atau penghapusan data pribadi Anda. Sampaikan permintaan tersebut kepada pengelola kinerja di instansi Anda.
person-cli-usage =
    Cara penggunaan:
      npm run dika -- person export <nip> --out <berkas.json>
      npm run dika -- person erase <nip> [--yes]
person-cli-unknown-nip = Pegawai dengan NIP { $nip } tidak ditemukan.
person-cli-file-exists = Berkas { $file } sudah ada. Pilih nama berkas lain: dika tidak menimpa berkas yang berisi data pribadi.
person-cli-file-unwritable = Berkas { $file } tidak dapat ditulis ({ $code }).
person-cli-exported = Data { $name } (NIP { $nip }), termasuk { $checkins } check-in, ditulis ke { $file }. Berkas ini berisi data pribadi: serahkan hanya kepada yang bersangkutan dan hapus setelah digunakan.
person-cli-nothing-to-erase = Tidak ada pegawai dengan NIP { $nip } (mungkin datanya sudah dihapus). Tidak ada yang diubah.
person-cli-erase-items =
      • nama, NIP, email, nomor telepon, dan jabatan diganti kode anonim atau dikosongkan
      • akun percakapan: { $identities }
      • kode aktivasi: { $linkCodes }
      • catatan percobaan kode aktivasi: { $linkCodeAttempts }
      • percakapan yang sedang berjalan: { $conversations }
      • pesan keluar: { $outboundMessages }
      • pengingat terjadwal: { $scheduledJobs }
      • teks kendala: { $blockers }
      • teks rencana kerja: { $nextActions }
      • catatan realisasi: { $notes }
      • tautan dan nama berkas bukti dukung: { $evidence }
      • catatan audit yang disamarkan: { $auditEntries }
person-cli-erase-plan =
    Penghapusan data pribadi { $name } (NIP { $nip }) akan menghapus atau menyamarkan:
    { $items }
    Check-in beserta angka realisasinya tetap disimpan tanpa identitas agar rekap unit kerja tetap utuh.
    Belum ada yang diubah. Jalankan ulang dengan --yes untuk menghapus.
person-cli-erased =
    Data pribadi { $name } (NIP { $nip }) telah dihapus. Pegawai ini kini tercatat sebagai { $placeholder }.
    { $items }
    Penghapusan dicatat di log audit tanpa data yang dihapus.

## Cadangan basis data bawaan
backup-cli-usage =
    Cara penggunaan:
      npm run dika -- backup --out <berkas.tar.gz>
      npm run dika -- restore --from <berkas.tar.gz> [--force]
backup-cli-postgres = DATABASE_URL terisi: dika memakai server PostgreSQL. Cadangkan dengan alat PostgreSQL, misalnya pg_dump --format=custom, dan pulihkan dengan pg_restore. Perintah backup dan restore hanya untuk basis data bawaan (DIKA_DATA_DIR).
backup-cli-written = Cadangan basis data ditulis ke { $file } ({ $size } KB). Berkas ini berisi data pribadi seluruh pegawai: simpan di tempat yang aman.
backup-cli-restored = Basis data di { $dir } telah dipulihkan dari { $file }.
backup-cli-not-empty = Folder data { $dir } sudah berisi basis data. Pemulihan akan menggantinya seluruhnya; jalankan ulang dengan --force bila memang itu yang diinginkan.
backup-cli-file-exists = Berkas { $file } sudah ada. Pilih nama berkas lain: dika tidak menimpa cadangan.
backup-cli-file-missing = Berkas { $file } tidak ditemukan.
backup-cli-no-database = Folder data { $dir } belum berisi basis data; tidak ada yang dapat dicadangkan.
