## Appraiser: check-in reports, feedback, performance dialogue
cmd-notifikasi = How you hear of the reports of people you appraise
appraisal-report =
    📋 Progress report of { $name }, week of { DATETIME($start, day: "numeric", month: "short") } – { DATETIME($end, day: "numeric", month: "short", year: "numeric") }
appraisal-report-revised =
    📋 Progress report of { $name }, week of { DATETIME($start, day: "numeric", month: "short") } – { DATETIME($end, day: "numeric", month: "short", year: "numeric") } (updated, revision { $revision })
appraisal-report-indicator = { $index }. { $title }: { $averaged ->
        [yes] average actual
       *[other] actual
    } { $value } · confidence { $confidence ->
        [none] –
       *[other] { $confidence }/10
    }
appraisal-report-indicator-skipped = { $index }. { $title }: not reported this week
appraisal-report-capaian-quarter = {"   "}achievement { $capaian ->
        [none] –
       *[other] { $capaian }%
    } of the Q{ $quarterNumber } target ({ $target })
appraisal-report-capaian-year = {"   "}achievement { $capaian ->
        [none] –
       *[other] { $capaian }%
    } of the { $year } target ({ $target })
appraisal-report-evidence-link = {"   "}📎 evidence: { $url }
appraisal-report-evidence-file = {"   "}📎 evidence: { $count ->
        [one] one file attached
       *[other] { $count } files attached
    }
appraisal-report-evidence-none = {"   "}📎 no evidence yet
appraisal-report-blockers =
    🚧 Blockers:
    { $text }
appraisal-report-blockers-none = 🚧 Blockers: none
appraisal-report-support =
    🤝 Support needed: { $text }
appraisal-report-support-none = 🤝 Support needed: none
appraisal-report-next =
    🎯 Work plan for next week:
    { $text }
appraisal-report-next-none = 🎯 Work plan for next week: not filled in yet
appraisal-report-dialog-yes = 💬 Asks for a performance dialogue with you.
appraisal-report-dialog-no = 💬 No performance dialogue requested.
appraisal-btn-feedback-all = 💬 Give feedback (whole report)
appraisal-btn-feedback-indicator = 💬 Feedback on indicator { $index }
appraisal-btn-propose = 📅 Propose a dialogue time
appraisal-btn-open = 📋 Report of { $name }
appraisal-btn-cancel = Cancel
appraisal-not-allowed = You cannot use this button, or it is no longer valid.
appraisal-feedback-ask = ✍️ Write your feedback on { $indicator ->
        [none] the whole report for the week of { DATETIME($start, day: "numeric", month: "short") } – { DATETIME($end, day: "numeric", month: "short", year: "numeric") }
       *[other] the indicator "{ $indicator }"
    } from { $name }. Type /batal to cancel.
appraisal-feedback-hint-text = Please write your feedback for { $name } as text, or type /batal.
appraisal-feedback-hint-long = Feedback can be at most { $max } characters (this was { $length }). Please shorten it and send it again.
appraisal-feedback-saved = ✅ Your feedback is saved and was sent to { $name }.
appraisal-feedback-cancelled = All right, the feedback is cancelled. Nothing was saved.
appraisal-feedback-received =
    💬 Feedback from { $from } on { $indicator ->
        [none] your report for the week of { DATETIME($start, day: "numeric", month: "short") } – { DATETIME($end, day: "numeric", month: "short", year: "numeric") }
       *[other] the indicator "{ $indicator }" (week of { DATETIME($start, day: "numeric", month: "short") } – { DATETIME($end, day: "numeric", month: "short", year: "numeric") })
    }:
    { $body }
appraisal-time-ask = 📅 Choose a time for the performance dialogue with { $name } ({ $zone } time), or type a date and time, e.g. 3/12 10.00.
appraisal-time-option = { DATETIME($date, weekday: "short", day: "numeric", month: "short") } { $hh }:{ $mm }
appraisal-time-hint-format = That time was not understood. Type day/month and time, e.g. 3/12 10.00 ({ $zone } time), or choose a button above.
appraisal-time-hint-date = That date is not in the calendar. Type day/month and time, e.g. 3/12 10.00.
appraisal-time-hint-past = That time has passed. Choose or type a time to come, e.g. 3/12 10.00.
appraisal-time-hint-too-far = That time is more than three months away. Choose or type a nearer time.
appraisal-time-saved = ✅ Performance dialogue with { $name } proposed for { DATETIME($date, weekday: "long", day: "numeric", month: "long", year: "numeric") } at { $hh }:{ $mm } { $zone }. { $name } has been told.
appraisal-time-cancelled = All right, the dialogue time proposal is cancelled.
appraisal-time-no-request = This performance dialogue request is no longer open, so there is no time to propose.
appraisal-time-proposed = 📅 { $from } proposes a performance dialogue with you on { DATETIME($date, weekday: "long", day: "numeric", month: "long", year: "numeric") } at { $hh }:{ $mm } { $zone }.
appraisal-digest = 📋 Daily summary: { $count ->
        [one] one new progress report
       *[other] { $count } new progress reports
    }{ $parts ->
        [1] { "" }
       *[other] {" "}(part { $part } of { $parts })
    }. Press a name to read the report and give feedback.
appraisal-digest-item = • { $name }, week of { DATETIME($start, day: "numeric", month: "short") } – { DATETIME($end, day: "numeric", month: "short") }{ $revision ->
        [1] { "" }
       *[other] {" "}(revision { $revision })
    }: { $indicators ->
        [one] one indicator reported
       *[other] { $indicators } indicators reported
    }, { $blockers ->
        [one] one blocker
       *[other] { $blockers } blockers
    }{ $dialog ->
        [yes] , asks for a performance dialogue
       *[no] { "" }
    }
appraisal-notify-prompt = How do you want to receive the progress reports of the people you appraise? Now: { $mode ->
        [daily] a daily summary (16.00 on working days)
       *[each] each report, as soon as it is sent
    }.
appraisal-notify-btn-each = Each report
appraisal-notify-btn-daily = Daily summary
appraisal-notify-set = All right, from now on you receive { $mode ->
        [daily] a daily summary at 16.00 on working days.
       *[each] each report as soon as it is sent.
    }
