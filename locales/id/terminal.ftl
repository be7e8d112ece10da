## Terminal
terminal-usage = Cara penggunaan: npm run chat -- --nip <NIP 18 digit> [--lang id|en]
terminal-unknown-nip = Pegawai dengan NIP { $nip } tidak ditemukan atau tidak aktif. Impor data pegawai terlebih dahulu: npm run dika -- import employees examples/employees.csv
terminal-welcome = Ini dika di terminal, atas nama { $name }. Ketik nomor untuk memilih tombol, /file <nama> untuk melampirkan berkas, /bantuan untuk bantuan, /keluar untuk keluar.
terminal-help = Perintah: /checkin (mulai atau lanjutkan check-in), /status (capaian indikator Anda), /riwayat (check-in terakhir), /rekap [pekan lalu | bulan | triwulan | 2026-TW3 | <nama atau NIP> | unit] (bagi atasan dan pejabat penilai: rekap pegawai Anda), /evaluasi [2026-TW4] (bagi pejabat penilai: evaluasi kinerja triwulan), /umpanbalik (umpan balik BerAKHLAK untuk rekan kerja), /360 (umpan balik perilaku 360° yang diminta dari Anda), /hasil360 (hasil umpan balik 360° Anda), /batal (batalkan check-in), /file <nama> (lampirkan berkas sebagai bukti dukung), /keluar.
terminal-bye = Sampai jumpa!
