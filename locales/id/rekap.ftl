## /rekap: rekap kinerja untuk atasan dan pejabat penilai
rekap-title = 📊 Rekap { $periodKind ->
        [week] pekan { DATETIME($from, day: "numeric", month: "short") } – { DATETIME($to, day: "numeric", month: "short", year: "numeric") }
        [month] { DATETIME($from, month: "long", year: "numeric") }
       *[quarter] triwulan { $quarter } { $year }
    }
rekap-week-headline = { $submitted } dari { $expected } pegawai sudah melapor{ $leave ->
        [0] { "" }
       *[other] {" "}· { $leave } cuti
    }{ $noWorkday ->
        [0] { "" }
       *[other] {" "}· { $noWorkday } libur
    }{ $pending ->
        [0] { "" }
       *[other] {" "}· belum melapor: { $names }{ $more ->
            [0] { "" }
           *[other] {" "}dan { $more } lainnya
        }
    }
rekap-week-no-indicators = Belum ada indikator aktif (minta pengelola kinerja mengimpornya): { $names }{ $more ->
        [0] { "" }
       *[other] {" "}dan { $more } lainnya
    }
rekap-attention-title = ⚠️ Perlu perhatian ({ $count } pegawai):
rekap-attention-none = ⚠️ Perlu perhatian: tidak ada.
rekap-attention-person = • { $name }{ $silentWeeks ->
        [0] { "" }
       *[other] {" "}· tidak ada laporan { $silentWeeks } pekan
    }{ $behind ->
        [none] { "" }
       *[other] {" "}· di bawah laju target: { $behind }
    }{ $lowConfidence ->
        [none] { "" }
       *[other] {" "}· keyakinan rendah (≤ 4): { $lowConfidence }
    }{ $noEvidence ->
        [none] { "" }
       *[other] {" "}· belum ada bukti dukung: { $noEvidence }
    }
rekap-text-item = • { $name }: { $text }
rekap-blockers-title = 🚧 Kendala:
rekap-blockers-none = 🚧 Kendala: tidak ada.
rekap-support-title = 🤝 Dukungan yang dibutuhkan:
rekap-support-none = 🤝 Dukungan yang dibutuhkan: tidak ada.
rekap-dialogs-title = 💬 Pengajuan dialog kinerja yang belum dilaksanakan ({ $count }):
rekap-dialog-item = • { $name }, diajukan { DATETIME($requestedOn, day: "numeric", month: "short", year: "numeric") }{ $proposed ->
        [yes] {" "}· waktu sudah diajukan
       *[no] {" "}· waktu belum diajukan
    }
rekap-btn-dialog-held = ✅ Tandai dialog sudah dilaksanakan: { $name }
rekap-period-headline = Kepatuhan: { $submitted } dari { $judged } pekan dilaporkan{ $leave ->
        [0] { "" }
       *[other] {" "}· { $leave } pekan cuti
    }{ $noWorkday ->
        [0] { "" }
       *[other] {" "}· { $noWorkday } pekan libur
    } (pekan cuti dan libur tidak dihitung)
rekap-period-people = 👥 Per pegawai:
rekap-period-person = • { $name }: { $submitted } dari { $judged } pekan dilaporkan{ $leave ->
        [0] { "" }
       *[other] {" "}· { $leave } pekan cuti
    }{ $noWorkday ->
        [0] { "" }
       *[other] {" "}· { $noWorkday } pekan libur
    }
rekap-period-indicator = {"   "}{ $code }: capaian TW { $quarter } { $capaianQuarter } · capaian { $year } { $capaianYear }
rekap-unit-title = 🏢 Rekap { $path }, pekan { DATETIME($from, day: "numeric", month: "short") } – { DATETIME($to, day: "numeric", month: "short", year: "numeric") }
rekap-unit-line = • { $name ->
        [own] Langsung di unit ini
       *[other] { $name }
    }: { $submitted } dari { $expected } melapor{ $leave ->
        [0] { "" }
       *[other] {" "}· { $leave } cuti
    }{ $pending ->
        [0] { "" }
       *[other] {" "}· { $pending } belum melapor
    } · rata-rata capaian { $capaian }{ $attention ->
        [0] { "" }
       *[other] {" "}· { $attention } perlu perhatian
    }
rekap-btn-unit = 🔎 { $name }
rekap-person-title = 👤 { $name } (NIP { $nip }), rekap { $periodKind ->
        [week] pekan { DATETIME($from, day: "numeric", month: "short") } – { DATETIME($to, day: "numeric", month: "short", year: "numeric") }
        [month] { DATETIME($from, month: "long", year: "numeric") }
       *[quarter] triwulan { $quarter } { $year }
    }
rekap-person-indicator = • { $code } { $title }: { $averaged ->
        [yes] realisasi rata-rata
       *[other] realisasi
    } { $value } ({ DATETIME($date, day: "numeric", month: "short") }){ $hasQuarter ->
        [yes] {" "}· capaian TW { $quarter } { $capaianQuarter }
       *[no] { "" }
    } · capaian { $year } { $capaianYear }{ $changeSign ->
        [up] {" "}· naik { $change } dari periode sebelumnya
        [down] {" "}· turun { $change } dari periode sebelumnya
        [same] {" "}· sama dengan periode sebelumnya
       *[none] { "" }
    } · keyakinan { $confidence ->
        [none] –
       *[other] { $confidence }/10
    } · { $evidence ->
        [0] belum ada bukti dukung
       *[other] { $evidence } bukti dukung
    }
rekap-person-indicator-none = • { $code } { $title }: belum ada realisasi yang dilaporkan
rekap-person-parent = {"   "}↑ mendukung { $code } { $title } ({ $owner })
rekap-person-feedback = {"   "}💬 Umpan balik { $author }, { DATETIME($date, day: "numeric", month: "short") }: { $body }
rekap-rollup-title = 🔗 Roll-up { $code } { $title }: rata-rata capaian indikator turunan { $mean } (dari { $count } indikator)
rekap-rollup-child = {"   "}↳ { $name } · { $code }: capaian { $capaian }
rekap-trend-title = 📈 Tren 12 pekan ({ DATETIME($from, day: "numeric", month: "short") } – { DATETIME($to, day: "numeric", month: "short", year: "numeric") }), dari yang terlama:
rekap-trend-status = Status: { $s1 ->
        [submitted] ✅
        [missed] ❌
        [leave] 🌴
        [no-workday] 📅
        [open] ⏳
        [no-indicators] ➖
       *[other] ·
    } { $s2 ->
        [submitted] ✅
        [missed] ❌
        [leave] 🌴
        [no-workday] 📅
        [open] ⏳
        [no-indicators] ➖
       *[other] ·
    } { $s3 ->
        [submitted] ✅
        [missed] ❌
        [leave] 🌴
        [no-workday] 📅
        [open] ⏳
        [no-indicators] ➖
       *[other] ·
    } { $s4 ->
        [submitted] ✅
        [missed] ❌
        [leave] 🌴
        [no-workday] 📅
        [open] ⏳
        [no-indicators] ➖
       *[other] ·
    } { $s5 ->
        [submitted] ✅
        [missed] ❌
        [leave] 🌴
        [no-workday] 📅
        [open] ⏳
        [no-indicators] ➖
       *[other] ·
    } { $s6 ->
        [submitted] ✅
        [missed] ❌
        [leave] 🌴
        [no-workday] 📅
        [open] ⏳
        [no-indicators] ➖
       *[other] ·
    } { $s7 ->
        [submitted] ✅
        [missed] ❌
        [leave] 🌴
        [no-workday] 📅
        [open] ⏳
        [no-indicators] ➖
       *[other] ·
    } { $s8 ->
        [submitted] ✅
        [missed] ❌
        [leave] 🌴
        [no-workday] 📅
        [open] ⏳
        [no-indicators] ➖
       *[other] ·
    } { $s9 ->
        [submitted] ✅
        [missed] ❌
        [leave] 🌴
        [no-workday] 📅
        [open] ⏳
        [no-indicators] ➖
       *[other] ·
    } { $s10 ->
        [submitted] ✅
        [missed] ❌
        [leave] 🌴
        [no-workday] 📅
        [open] ⏳
        [no-indicators] ➖
       *[other] ·
    } { $s11 ->
        [submitted] ✅
        [missed] ❌
        [leave] 🌴
        [no-workday] 📅
        [open] ⏳
        [no-indicators] ➖
       *[other] ·
    } { $s12 ->
        [submitted] ✅
        [missed] ❌
        [leave] 🌴
        [no-workday] 📅
        [open] ⏳
        [no-indicators] ➖
       *[other] ·
    }
rekap-trend-indicator = { $code }: { $c1 } · { $c2 } · { $c3 } · { $c4 } · { $c5 } · { $c6 } · { $c7 } · { $c8 } · { $c9 } · { $c10 } · { $c11 } · { $c12 }
rekap-trend-legend = ✅ melapor · ❌ tidak melapor · 🌴 cuti · 📅 libur · ⏳ pekan berjalan · ➖ tanpa indikator aktif · · tidak diketahui. Capaian terhadap target tahunan.
