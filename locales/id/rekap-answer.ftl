## Jawaban /rekap: penolakan, grafik, ekspor
cmd-rekap = Rekap laporan pegawai yang Anda bimbing atau nilai
rekap-unknown-period = Periode "{ $input }" tidak dikenali. Contoh: /rekap, /rekap pekan lalu, /rekap bulan, /rekap triwulan, /rekap 2026-TW3, /rekap unit, atau /rekap diikuti nama atau NIP pegawai.
rekap-future-period = Periode itu belum dimulai. Pilih pekan, bulan, atau triwulan yang sedang berjalan atau sudah lewat.
rekap-not-allowed = Rekap tersedia bagi atasan, pejabat penilai, dan kepala unit untuk pegawai yang mereka bimbing atau nilai. Anda belum tercatat sebagai salah satunya; bila ini keliru, hubungi admin kepegawaian (Biro SDM).
rekap-not-found = Tidak ada pegawai dengan nama atau NIP itu dalam lingkup rekap Anda. Periksa ejaannya, atau ketik /rekap untuk melihat semua pegawai Anda.
rekap-ambiguous = Ada { $count } pegawai yang cocok: { $names }. Ketik nama lengkap atau NIP-nya, misalnya /rekap 198501012010011001.
rekap-empty = Belum ada pegawai aktif dalam lingkup rekap ini.
rekap-failed = Rekap belum dapat disiapkan karena gangguan sementara. Silakan ketik /rekap lagi beberapa saat lagi.
rekap-export-ready = 📎 Rekap { $people } pegawai dalam berkas { $format ->
        [csv] CSV (lembar capaian per indikator)
       *[other] Excel
    }.
rekap-chart-axis = Capaian (%)
rekap-chart-people-title = Capaian triwulan per pegawai
rekap-chart-units-title = Capaian triwulan per unit
rekap-chart-own-unit = Langsung di unit ini
rekap-chart-trend-title = Tren capaian 12 pekan: { $name }
rekap-chart-caption = 📈 Grafik capaian. Garis putus-putus menandai 100% dari target.
rekap-chart-caption-truncated = 📈 Grafik capaian (hanya sebagian yang ditampilkan; rinciannya ada di pesan di atas). Garis putus-putus menandai 100% dari target.
rekap-chart-saved = 📈 Grafik disimpan di { $path }
