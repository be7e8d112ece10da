## /rekap: performance summaries for supervisors and appraisers
rekap-title = 📊 Summary for { $periodKind ->
        [week] the week of { DATETIME($from, day: "numeric", month: "short") } – { DATETIME($to, day: "numeric", month: "short", year: "numeric") }
        [month] { DATETIME($from, month: "long", year: "numeric") }
       *[quarter] Q{ $quarterNumber } { $year }
    }
rekap-week-headline = { $submitted } of { $expected } employees have reported{ $leave ->
        [0] { "" }
       *[other] {" "}· { $leave } on leave
    }{ $noWorkday ->
        [0] { "" }
       *[other] {" "}· { $noWorkday } with no working day
    }{ $pending ->
        [0] { "" }
       *[other] {" "}· not reported yet: { $names }{ $more ->
            [0] { "" }
           *[other] {" "}and { $more } more
        }
    }
rekap-week-no-indicators = No active indicators (ask the performance administrator to import them): { $names }{ $more ->
        [0] { "" }
       *[other] {" "}and { $more } more
    }
rekap-attention-title = ⚠️ Needs attention ({ $count ->
        [one] one employee
       *[other] { $count } employees
    }):
rekap-attention-none = ⚠️ Needs attention: nobody.
rekap-attention-person = • { $name }{ $silentWeeks ->
        [0] { "" }
       *[other] {" "}· no report for { $silentWeeks } weeks
    }{ $behind ->
        [none] { "" }
       *[other] {" "}· behind the target's pace: { $behind }
    }{ $lowConfidence ->
        [none] { "" }
       *[other] {" "}· low confidence (≤ 4): { $lowConfidence }
    }{ $noEvidence ->
        [none] { "" }
       *[other] {" "}· no evidence yet: { $noEvidence }
    }
rekap-text-item = • { $name }: { $text }
rekap-blockers-title = 🚧 Blockers:
rekap-blockers-none = 🚧 Blockers: none.
rekap-support-title = 🤝 Support needed:
rekap-support-none = 🤝 Support needed: none.
rekap-dialogs-title = 💬 Performance dialogue requests not yet held ({ $count }):
rekap-dialog-item = • { $name }, asked on { DATETIME($requestedOn, day: "numeric", month: "short", year: "numeric") }{ $proposed ->
        [yes] {" "}· a time was proposed
       *[no] {" "}· no time proposed yet
    }
rekap-btn-dialog-held = ✅ Mark the dialogue as held: { $name }
rekap-period-headline = Compliance: { $submitted } of { $judged } weeks reported{ $leave ->
        [0] { "" }
       *[other] {" "}· { $leave } weeks on leave
    }{ $noWorkday ->
        [0] { "" }
       *[other] {" "}· { $noWorkday } weeks without a working day
    } (leave and holiday weeks are not counted)
rekap-period-people = 👥 Per employee:
rekap-period-person = • { $name }: { $submitted } of { $judged } weeks reported{ $leave ->
        [0] { "" }
       *[other] {" "}· { $leave } weeks on leave
    }{ $noWorkday ->
        [0] { "" }
       *[other] {" "}· { $noWorkday } weeks without a working day
    }
rekap-period-indicator = {"   "}{ $code }: achievement Q{ $quarterNumber } { $capaianQuarter } · achievement { $year } { $capaianYear }
rekap-unit-title = 🏢 Summary of { $path }, week of { DATETIME($from, day: "numeric", month: "short") } – { DATETIME($to, day: "numeric", month: "short", year: "numeric") }
rekap-unit-line = • { $name ->
        [own] Directly in this unit
       *[other] { $name }
    }: { $submitted } of { $expected } reported{ $leave ->
        [0] { "" }
       *[other] {" "}· { $leave } on leave
    }{ $pending ->
        [0] { "" }
       *[other] {" "}· { $pending } not reported yet
    } · mean achievement { $capaian }{ $attention ->
        [0] { "" }
       *[other] {" "}· { $attention } need attention
    }
rekap-btn-unit = 🔎 { $name }
rekap-person-title = 👤 { $name } (NIP { $nip }), summary for { $periodKind ->
        [week] the week of { DATETIME($from, day: "numeric", month: "short") } – { DATETIME($to, day: "numeric", month: "short", year: "numeric") }
        [month] { DATETIME($from, month: "long", year: "numeric") }
       *[quarter] Q{ $quarterNumber } { $year }
    }
rekap-person-indicator = • { $code } { $title }: { $averaged ->
        [yes] average actual
       *[other] actual
    } { $value } ({ DATETIME($date, day: "numeric", month: "short") }){ $hasQuarter ->
        [yes] {" "}· achievement Q{ $quarterNumber } { $capaianQuarter }
       *[no] { "" }
    } · achievement { $year } { $capaianYear }{ $changeSign ->
        [up] {" "}· up { $change } on the previous period
        [down] {" "}· down { $change } on the previous period
        [same] {" "}· same as the previous period
       *[none] { "" }
    } · confidence { $confidence ->
        [none] –
       *[other] { $confidence }/10
    } · { $evidence ->
        [0] no evidence yet
        [one] one piece of evidence
       *[other] { $evidence } pieces of evidence
    }
rekap-person-indicator-none = • { $code } { $title }: no actual reported yet
rekap-person-parent = {"   "}↑ supports { $code } { $title } ({ $owner })
rekap-person-feedback = {"   "}💬 Feedback from { $author }, { DATETIME($date, day: "numeric", month: "short") }: { $body }
rekap-rollup-title = 🔗 Roll-up of { $code } { $title }: mean achievement of the cascaded indicators { $mean } (of { $count ->
        [one] one indicator
       *[other] { $count } indicators
    })
rekap-rollup-child = {"   "}↳ { $name } · { $code }: achievement { $capaian }
rekap-trend-title = 📈 12-week trend ({ DATETIME($from, day: "numeric", month: "short") } – { DATETIME($to, day: "numeric", month: "short", year: "numeric") }), oldest first:
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
rekap-trend-legend = ✅ reported · ❌ not reported · 🌴 leave · 📅 holiday · ⏳ week running · ➖ no active indicator · · unknown. Achievement against the year's target.
