## Evaluasi kinerja periodik (triwulan): tabel evaluasi SKP, rating hasil kerja dan perilaku kerja, predikat
cmd-evaluasi = Evaluasi kinerja triwulan pegawai yang Anda nilai
evaluation-person =
    📝 Evaluasi kinerja Triwulan { $quarter ->
        [1] I
        [2] II
        [3] III
       *[4] IV
    } { $year } · pegawai { $n } dari { $total }: { $name }
evaluation-row-rhk = { $n }. RHK: { $rhk }{ $kind ->
        [main] { "" }
       *[additional] {" "}(tambahan)
    }
evaluation-row-indicator = {"   "}Indikator: { $indicator }
evaluation-row-figures = {"   "}Target: { $target } · Realisasi: { $realisasi } · Capaian: { $capaian ->
        [none] –
       *[other] { $capaian }%
    }{ $level ->
        [below] {" "}(di bawah ekspektasi)
        [meets] {" "}(sesuai ekspektasi)
        [above] {" "}(di atas ekspektasi)
       *[none] { "" }
    }
evaluation-row-no-report = {"   "}Target: { $target } · Realisasi: belum dilaporkan pada triwulan ini (dihitung di bawah ekspektasi)
evaluation-row-evidence = {"   "}Bukti dukung: { $count ->
        [0] belum ada
       *[other] { $count }
    }
evaluation-row-link = {"   "}📎 { $url }
evaluation-row-feedback = {"   "}💬 { $author }, { DATETIME($date, day: "numeric", month: "short", year: "numeric") }: { $body }
evaluation-general-feedback = 💬 Umpan balik atas laporan ({ $author }, { DATETIME($date, day: "numeric", month: "short", year: "numeric") }): { $body }
evaluation-no-indicators = Belum ada indikator aktif pada triwulan ini.
evaluation-suggestion = 💡 Saran dika untuk rating hasil kerja: { $rating ->
        [below] Di bawah ekspektasi
        [meets] Sesuai ekspektasi
        [above] Di atas ekspektasi
       *[none] tidak ada (belum ada capaian yang dapat dinilai)
    }
evaluation-suggestion-tally = Dari { $counted } hasil kerja yang dihitung: { $above } di atas, { $meets } sesuai, { $below } di bawah ekspektasi.
evaluation-suggestion-rule = { $rule ->
        [most-above] Sebagian besar hasil kerja di atas ekspektasi dan tidak ada hasil kerja utama di bawah ekspektasi.
        [utama-below] Sebagian besar hasil kerja di atas ekspektasi, tetapi ada hasil kerja utama di bawah ekspektasi, sehingga paling tinggi "sesuai".
        [most-below] Sebagian besar hasil kerja di bawah ekspektasi.
        [otherwise] Sebagian besar hasil kerja sesuai ekspektasi.
       *[nothing-to-rate] Tidak ada capaian yang dapat dihitung; silakan nilai berdasarkan bukti dukung.
    } Capaian di bawah 100% dari target triwulan dihitung di bawah ekspektasi, mulai 110% di atas ekspektasi. Keputusan tetap pada Bapak/Ibu.
evaluation-previous = Tersimpan sebelumnya: hasil kerja { $result ->
        [below] di bawah ekspektasi
        [meets] sesuai ekspektasi
        [above] di atas ekspektasi
       *[none] –
    }, perilaku kerja { $behaviour ->
        [below] di bawah ekspektasi
        [meets] sesuai ekspektasi
        [above] di atas ekspektasi
       *[none] –
    }, predikat { $predikat ->
        [sangat-baik] Sangat Baik
        [baik] Baik
        [butuh-perbaikan] Butuh Perbaikan
        [kurang] Kurang/Misconduct
       *[sangat-kurang] Sangat Kurang
    }. Pilihan baru akan menggantikannya.
evaluation-ask-result = Bagaimana rating hasil kerja { $name } pada triwulan ini?
evaluation-ask-behaviour = Rating hasil kerja { $name }: { $result ->
        [below] di bawah ekspektasi
        [meets] sesuai ekspektasi
       *[above] di atas ekspektasi
    }. Bagaimana rating perilaku kerja (BerAKHLAK) { $name }?
evaluation-no-360 = Belum ada umpan balik perilaku 360°; silakan nilai berdasarkan pengamatan Bapak/Ibu.
evaluation-360-open = Umpan balik perilaku 360° triwulan ini masih berjalan hingga { DATETIME($closesOn, day: "numeric", month: "long", year: "numeric") }; hasilnya baru dapat dilihat setelah ditutup. Silakan nilai berdasarkan pengamatan Bapak/Ibu, atau kembali setelah tanggal itu.
evaluation-btn-result-below = Hasil kerja: di bawah ekspektasi
evaluation-btn-result-meets = Hasil kerja: sesuai ekspektasi
evaluation-btn-result-above = Hasil kerja: di atas ekspektasi
evaluation-btn-behaviour-below = Perilaku: di bawah ekspektasi
evaluation-btn-behaviour-meets = Perilaku: sesuai ekspektasi
evaluation-btn-behaviour-above = Perilaku: di atas ekspektasi
evaluation-btn-skip = Lewati
evaluation-btn-stop = Akhiri
evaluation-hint-buttons = Mohon pilih salah satu tombol di bawah, atau ketik /batal untuk berhenti.
evaluation-rated = ✅ Predikat { $name }: { $predikat ->
        [sangat-baik] Sangat Baik
        [baik] Baik
        [butuh-perbaikan] Butuh Perbaikan
        [kurang] Kurang/Misconduct
       *[sangat-kurang] Sangat Kurang
    } (hasil kerja { $result ->
        [below] di bawah ekspektasi
        [meets] sesuai ekspektasi
       *[above] di atas ekspektasi
    }, perilaku kerja { $behaviour ->
        [below] di bawah ekspektasi
        [meets] sesuai ekspektasi
       *[above] di atas ekspektasi
    }). Tersimpan.
evaluation-done = Evaluasi Triwulan { $quarter ->
        [1] I
        [2] II
        [3] III
       *[4] IV
    } { $year } selesai untuk saat ini: { $rated } pegawai dinilai, { $skipped } dilewati. Penilaian dapat diubah dengan /evaluasi sampai periode ditutup oleh pengelola kinerja.
evaluation-distribution = 📊 Sebaran predikat pegawai yang Anda nilai ({ $total } dari { $people } pegawai sudah berpredikat):
evaluation-distribution-line = • { $predikat ->
        [sangat-baik] Sangat Baik
        [baik] Baik
        [butuh-perbaikan] Butuh Perbaikan
        [kurang] Kurang/Misconduct
       *[sangat-kurang] Sangat Kurang
    }: { $count } ({ $percent }%)
evaluation-guideline = Dibandingkan dengan pola distribusi SE MenPANRB 3/2023 untuk capaian kinerja organisasi "{ $row ->
        [istimewa] Istimewa
        [baik] Baik
        [butuh-perbaikan] Butuh Perbaikan
        [kurang] Kurang
       *[sangat-kurang] Sangat Kurang
    }"{ $assumed ->
        [yes] {" "}(capaian kinerja organisasi belum diketahui, sehingga dipakai pola "Baik")
       *[no] { "" }
    }. Pola ini pedoman, bukan batasan.
evaluation-guideline-ok = ✔️ Sebaran ini sesuai dengan pola tersebut.
evaluation-warning-not-most = ⚠️ Pola menyarankan sebagian besar pegawai berpredikat { $group ->
        [sangat-baik] Sangat Baik
       *[baik] Baik
    }; saat ini { $count } orang ({ $percent }%).
evaluation-warning-above-max = ⚠️ Predikat { $group ->
        [sangat-baik] Sangat Baik
       *[baik] Baik
    } { $limit ->
        [0] sebaiknya tidak ada
       *[other] sebaiknya paling banyak { $limit }%
    }; saat ini { $count } orang ({ $percent }%).
evaluation-warning-below-min = ⚠️ Predikat { $group ->
        [butuh-perbaikan] Butuh Perbaikan
        [kurang] Kurang/Misconduct
        [sangat-kurang] Sangat Kurang
       *[kurang_butuh-perbaikan] Kurang/Misconduct dan/atau Butuh Perbaikan
    } sebaiknya sedikitnya { $limit }%; saat ini { $count } orang ({ $percent }%).
evaluation-warning-missing = ⚠️ Pola "Baik" menyebutkan adanya pegawai berpredikat Butuh Perbaikan dan/atau Kurang/Misconduct; saat ini tidak ada.
evaluation-closed-not-saved = Penilaian { $name } tidak tersimpan: periode ini sudah ditutup oleh pengelola kinerja. Evaluasi dihentikan.
evaluation-bad-period = Periode "{ $typed }" tidak dikenali. Tulis triwulan seperti /evaluasi 2026-TW4, atau /evaluasi saja untuk triwulan yang baru berakhir.
evaluation-not-appraiser = Perintah /evaluasi hanya dapat digunakan oleh pejabat penilai kinerja.
evaluation-future-period = Triwulan { $quarter ->
        [1] I
        [2] II
        [3] III
       *[4] IV
    } { $year } belum dimulai, sehingga belum dapat dievaluasi.
evaluation-period-closed = Periode Triwulan { $quarter ->
        [1] I
        [2] II
        [3] III
       *[4] IV
    } { $year } sudah ditutup oleh pengelola kinerja; penilaian tidak dapat diubah lagi.
evaluation-cancelled = Baik, evaluasi dihentikan. Penilaian yang sudah tersimpan tetap ada; ketik /evaluasi untuk melanjutkan.
period-cli-usage =
    Cara penggunaan: npm run dika -- period close <periode> | period open <periode>
    Periode ditulis 2026-Q4 (atau 2026-TW4) untuk triwulan, 2026 untuk tahun. Periode yang ditutup membekukan penilaian: pejabat penilai tidak dapat mengubahnya lagi.
period-cli-closed = Periode { $code } ditutup. Penilaian pada periode ini tidak dapat diubah lagi; tercatat di log audit.
period-cli-opened = Periode { $code } dibuka kembali. Pejabat penilai dapat mengubah penilaian lagi; tercatat di log audit.
period-cli-unchanged = Periode { $code } sudah { $status ->
        [closed] ditutup
       *[open] terbuka
    }; tidak ada yang diubah.
evaluation-reminder = 📝 { $phase ->
        [after] Triwulan { $quarter ->
            [1] I
            [2] II
            [3] III
           *[4] IV
        } { $year } telah berakhir.
       *[last-week] Triwulan { $quarter ->
            [1] I
            [2] II
            [3] III
           *[4] IV
        } { $year } berakhir pekan ini.
    } Masih ada { $pending } pegawai yang belum Anda beri predikat. Ketik /evaluasi { $code } untuk menilai hasil kerja dan perilaku kerja mereka.
evaluation-no-longer-yours = Penilaian { $name } tidak tersimpan: menurut data kepegawaian terbaru, Bapak/Ibu bukan lagi pejabat penilai kinerjanya. Evaluasi dihentikan; ketik /evaluasi untuk memulai lagi dengan daftar terbaru.
