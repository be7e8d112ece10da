cmd-cuti = Record your leave (days without check-in reminders)
leave-usage = Usage: /cuti <from> <to>, for example /cuti 7 Dec 11 Dec or /cuti 2026-12-07 2026-12-11. For one day: /cuti 7 Dec. To withdraw leave you recorded: /cuti batal.
leave-recorded = ✅ Your leave is recorded: { DATETIME($from, weekday: "long", day: "numeric", month: "short", year: "numeric") } to { DATETIME($to, weekday: "long", day: "numeric", month: "short", year: "numeric") }. While on leave you get no check-in reminders, and a week without working days counts as leave.
leave-recorded-day = ✅ Your leave is recorded: { DATETIME($from, weekday: "long", day: "numeric", month: "short", year: "numeric") }. You get no check-in reminders that day.
leave-already-recorded = { $text } (This leave was already recorded.)
leave-cancelled =
    { $count ->
        [0] You have no leave recorded with /cuti for today or later.
        [one] ✅ One leave period you recorded with /cuti is withdrawn from today. Leave recorded by the performance administrators stays.
       *[other] ✅ { $count } leave periods you recorded with /cuti are withdrawn from today. Leave recorded by the performance administrators stays.
    }
leave-recorded-list =
    { $count ->
        [0] No leave is recorded for today or later.
       *[other] Recorded leave:
    }
leave-period = • { DATETIME($from, day: "numeric", month: "short", year: "numeric") } – { DATETIME($to, day: "numeric", month: "short", year: "numeric") }
leave-invalid-date = The date "{ $value }" was not recognised. Write dates like 7 Dec, 7 December 2026, 7/12 or 2026-12-07.
leave-reversed = The end date ({ DATETIME($to, day: "numeric", month: "short", year: "numeric") }) is before the start date ({ DATETIME($from, day: "numeric", month: "short", year: "numeric") }). Write the start date first.
leave-too-long = A range of { $days } days is too long for /cuti (366 days at most). Longer leave is recorded by the performance administrators.
import-leave-done = Leave import finished: { $created } leave periods added, { $updated } updated, { $unchanged } unchanged.
leave-import-date = The date { $value } is not valid; write a full date with its year, for example 2026-12-07 or 7/12/2026.
leave-import-reversed = The end date { $value } is before the start date.
leave-import-duplicate = Leave of NIP { $value } with the same dates is already on row { $row }.
leave-import-unknown-nip = NIP { $value } is not registered; import the employee first.
