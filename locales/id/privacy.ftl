## Data pribadi (UU 27/2022)
cmd-privasi = Data pribadi Anda dan hak Anda
privacy-text =
    Data pribadi Anda di dika

    Yang disimpan:
    • data kepegawaian dari impor instansi: NIP, nama, jabatan, unit kerja, email, dan nomor telepon;
    • akun Telegram yang terhubung (ID akun dan ID percakapan);
    • laporan progres mingguan: realisasi, tingkat keyakinan, bukti dukung (tautan atau nama berkas), kendala, dukungan yang Anda perlukan, rencana kerja pekan depan, dan permintaan dialog kinerja;
    • umpan balik dari pejabat penilai kinerja, dengan nama pemberi dan tanggalnya, waktu dialog kinerja yang diajukan, dan catatan dialog kinerja (kesepakatan, rencana tindak lanjut, tanggal reviu berikutnya);
    • evaluasi triwulan: rating hasil kerja, rating perilaku kerja, dan predikat dari pejabat penilai kinerja;
    • umpan balik perilaku 360° dan umpan balik berkelanjutan: siapa diminta menilai siapa dan siapa sudah mengisi; jawaban rekan kerja dan bawahan disimpan tanpa nama dan tanpa waktu, sehingga tidak dapat ditelusuri kepada pengisinya;
    • catatan cuti, percakapan yang sedang berjalan, dan catatan pesan yang dikirim dika kepada Anda.

    Siapa yang dapat melihatnya:
    • pejabat penilai kinerja Anda menerima laporan progres Anda sebagai bahan dialog kinerja dan dapat memberi umpan balik;
    • atasan langsung, pejabat penilai kinerja, dan kepala unit Anda dapat melihat rekap laporan Anda;
    • hasil umpan balik 360° hanya ditampilkan kepada Anda dan pejabat penilai Anda, per kelompok penilai yang diisi sedikitnya 3 orang;
    • pengelola kinerja di instansi Anda dapat mengekspor seluruh data Anda.
    Rekan kerja tidak dapat melihat check-in Anda.

    Berapa lama: selama Anda terdaftar sebagai pegawai di dika. Catatan teknis (pesan yang dikirim dika, percakapan yang tidak diselesaikan) dan rincian berkas bukti dukung dihapus otomatis setelah jangka waktu yang ditetapkan instansi Anda. Bila data pribadi Anda dihapus, angka realisasi tetap disimpan tanpa identitas agar rekap unit kerja tetap utuh.

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
      • teks umpan balik atas laporannya: { $feedback }
      • teks dukungan yang dibutuhkan: { $support }
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
