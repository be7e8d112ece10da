## Hasil umpan balik 360° BerAKHLAK (/hasil360, ekspor untuk pengelola kinerja, ringkasan untuk penilaian perilaku kerja)

hasil360-title = 📊 { $own ->
        [yes] Hasil umpan balik 360° BerAKHLAK Bapak/Ibu
       *[other] Hasil umpan balik 360° BerAKHLAK { $name }
    }, periode { $period }.
    Jawaban rekan kerja dan bawahan anonim dan hanya ditampilkan bila sedikitnya { $k } orang mengisi. Skala: seberapa sering perilaku terlihat dalam 3 bulan terakhir, dari 1 (tidak pernah) sampai 5 (selalu).
hasil360-suppressed = { $category ->
        [peer] Rekan kerja
       *[other] Bawahan
    }: tidak ditampilkan (kurang dari { $k } penilai)
hasil360-nothing-shown = Belum ada hasil yang dapat ditampilkan.
hasil360-category = { $category ->
        [peer] Rekan kerja
       *[other] Bawahan
    } ({ $raters } penilai): rata-rata { $mean } dari 5 · selalu { $l5 }, sering { $l4 }, kadang-kadang { $l3 }, jarang { $l2 }, tidak pernah { $l1 }, tidak dapat menilai { $none }
hasil360-category-withheld = { $category ->
        [peer] Rekan kerja
       *[other] Bawahan
    } ({ $raters } penilai): sebaran dan rata-rata tidak ditampilkan karena kurang dari { $k } penilai dapat menilai setiap panduan perilaku (jawaban tidak dapat menilai: { $none })
hasil360-indicators = {"  "}per panduan perilaku: (1) { $i1 } · (2) { $i2 } · (3) { $i3 }
hasil360-comment = {"  "}💬 "{ $body }" ({ $category ->
        [peer] rekan kerja
       *[other] bawahan
    })
hasil360-appraiser = Pejabat penilai ({ $name }): { $rating ->
        [below] di bawah ekspektasi
        [meets] sesuai ekspektasi
        [above] di atas ekspektasi
       *[other] belum dinilai
    }
hasil360-named-comment = {"  "}✍️ "{ $body }"
hasil360-self = Penilaian diri: { $score ->
        [1] tidak pernah
        [2] jarang
        [3] kadang-kadang
        [4] sering
        [5] selalu
       *[other] tidak dapat menilai
    }
hasil360-overall = Komentar umum
hasil360-appraiser-overall = ✍️ Pejabat penilai ({ $name }): "{ $body }"
hasil360-self-overall = 🪞 Penilaian diri: "{ $body }"
hasil360-summary-category = {"  "}{ $category ->
        [peer] Rekan kerja
       *[other] Bawahan
    } ({ $raters } penilai): { $withheld ->
        [yes] rata-rata tidak ditampilkan (kurang dari { $k } penilai dapat menilai setiap panduan perilaku)
       *[other] rata-rata { $mean } dari 5
    }
hasil360-summary-title = Umpan balik 360° BerAKHLAK periode { $period } (masukan untuk Bapak/Ibu; keputusan tetap pada pejabat penilai):

## Jawaban atas /hasil360

hasil360-not-closed = Hasil umpan balik 360° periode { $period } tersedia setelah putaran ditutup. Pengisian berakhir pada { DATETIME($closes, day: "numeric", month: "long", year: "numeric") }.
hasil360-no-cycle = { $own ->
        [yes] Belum ada putaran umpan balik 360° yang menilai Bapak/Ibu
       *[other] Belum ada putaran umpan balik 360° yang menilai { $name }
    }{ $period ->
        [none] .
       *[other] {" "}pada periode { $period }.
    }
hasil360-not-allowed = Hasil umpan balik 360° hanya dapat dilihat oleh pegawai yang dinilai dan pejabat penilainya. Tidak ada pegawai dengan nama atau NIP tersebut yang Bapak/Ibu nilai.
hasil360-ambiguous = Ada { $count } pegawai yang Bapak/Ibu nilai dengan nama itu: { $names }. Tulis NIP-nya, misalnya /hasil360 { $nip }.
hasil360-chart-title = Seberapa sering perilaku BerAKHLAK terlihat: { $name }, { $period }
hasil360-chart-subtitle = Persentase jawaban "sering" atau "selalu" dari jawaban yang menilai, per kelompok penilai yang ditampilkan
hasil360-chart-axis = Jawaban sering atau selalu (%)
hasil360-chart-group = { $category ->
        [peer] Rekan kerja
       *[other] Bawahan
    }
hasil360-chart-caption = Grafik: persentase jawaban "sering" atau "selalu" per nilai BerAKHLAK.

## Ekspor untuk pengelola kinerja (npm run dika -- feedback-export)

hasil360-export-sheet = Hasil 360
hasil360-col-nip = NIP
hasil360-col-name = Nama
hasil360-col-unit = Unit kerja
hasil360-col-period = Periode
hasil360-col-category = Kelompok penilai
hasil360-col-value = Nilai BerAKHLAK
hasil360-col-raters = Jumlah penilai
hasil360-col-l5 = Selalu
hasil360-col-l4 = Sering
hasil360-col-l3 = Kadang-kadang
hasil360-col-l2 = Jarang
hasil360-col-l1 = Tidak pernah
hasil360-col-none = Tidak dapat menilai
hasil360-col-mean = Rata-rata (1–5)
hasil360-col-note = Keterangan
hasil360-export-category = { $category ->
        [peer] Rekan kerja
       *[other] Bawahan
    }
hasil360-export-suppressed = tidak ditampilkan (kurang dari { $k } penilai)
hasil360-export-withheld = sebaran dan rata-rata tidak ditampilkan (kurang dari { $k } penilai dapat menilai setiap panduan perilaku)
hasil360-cli-usage = Cara penggunaan: npm run dika -- feedback-export <periode, misalnya 2026-Q4> --out <berkas.csv|berkas.xlsx>
hasil360-cli-bad-period = Periode "{ $period }" tidak dikenal. Tulis misalnya 2026-Q4.
hasil360-cli-no-cycle = Tidak ada putaran umpan balik 360° yang sudah ditutup untuk periode { $period }.
hasil360-cli-open-skipped = Putaran { $period } untuk { $unit } belum ditutup (berakhir { $closes }) dan tidak diekspor.
hasil360-cli-written = Hasil umpan balik 360° { $period } untuk { $ratees } pegawai ({ $rows } baris agregat) ditulis ke { $file }.
hasil360-cli-failed = Berkas ekspor tidak dapat ditulis ({ $error }). Tidak ada berkas yang dibuat.
