## Weekly check-in (progress report)
# Opening greeting; $part: morning | midday | afternoon | evening (local time).
greeting-formal = Good { $part ->
        [morning] morning
        [midday] day
        [evening] evening
       *[afternoon] afternoon
    }, { $salutation ->
        [Bapak] Mr
       *[Ibu] Ms
    } { $name }.
greeting-plain = Good { $part ->
        [morning] morning
        [midday] day
        [evening] evening
       *[afternoon] afternoon
    }, { $name }.
# A week is named by its Monday–Friday dates, never by its ISO number.
checkin-week = { $weekSpan ->
        [month] { DATETIME($weekFrom, day: "numeric") }
        [year] { DATETIME($weekFrom, day: "numeric", month: "short") }
       *[years] { DATETIME($weekFrom, day: "numeric", month: "short", year: "numeric") }
    } – { DATETIME($weekTo, day: "numeric", month: "short", year: "numeric") }
checkin-deadline = { DATETIME($deadline, weekday: "long", day: "numeric", month: "short", year: "numeric") } at 23:59 { $zone }
# The figures shown for a reported value: achievement first, with its target.
checkin-figures = { $averaged ->
        [yes] average actual
       *[no] actual
    } { $realisasi } · achievement { $quarter ->
        [none] { "" }
       *[other] Q{ $quarter } { $quarterCapaian ->
            [none] –
           *[other] { $quarterCapaian }%
        } of target { $quarterTarget } · achievement { $year }{" "}
    }{ $capaian ->
        [none] –
       *[other] { $capaian }%
    } of target { $target }
checkin-quarter = { $quarter }
checkin-opening =
    🗓 Progress report, week of { checkin-week }
    You have { $count ->
        [one] one indicator
       *[other] { $count } indicators
    } to update. It takes 2–3 minutes.
checkin-aspect = { $aspect ->
        [quantity] quantity
        [quality] quality
        [time] time
       *[cost] cost
    }
checkin-btn-start = ▶️ Start
checkin-btn-later = ⏰ Later (in 2 hours)
checkin-btn-leave = 🌴 I'm on leave this week
checkin-snoozed = All right, I'll remind you in { $hours ->
        [one] one hour
       *[other] { $hours } hours
    }. The "Start" button above works any time.
checkin-on-leave = All right, this week is recorded as leave. No reminders until next week.
checkin-revise-offer =
    You already submitted your progress report for the week of { checkin-week }. Would you like to change it? You can until { checkin-deadline }.
checkin-btn-revise = ✏️ Change report
checkin-btn-keep = No change needed
checkin-revise-kept = All right, your progress report for this week stays as submitted.
checkin-resume = You are in the middle of a progress report. Let's continue from here:
checkin-no-krs = There are no active indicators for this period, so there is nothing to report yet. If this is wrong, contact your unit's performance administrator.
checkin-kr-value =
    📌 Indicator { $index } of { $total }
    { $resultKind ->
        [additional] Additional work result plan
       *[main] Work result plan
    }: { $objective }
    { $title }{ $aspect ->
        [none] { "" }
       *[other] {" "}({ checkin-aspect } aspect)
    }
    Target { $year }: { $target }{ $quarter ->
        [none] { "" }
       *[other] {" "}· Target Q{ $quarter }: { $quarterTarget }
    } · Baseline: { $baseline } · Last report: { $last ->
        [none] none yet
       *[other] { $last }{ $lastDate ->
            [none] { "" }
           *[other] {" "}({ DATETIME($lastDate, day: "numeric", month: "short", year: "numeric") })
        }
    }
    { $accumulation ->
        [cumulative] What is the cumulative actual to date?
       *[other] What is the current value?
    } Type the number, e.g. 65; 2.5; or 1,500,000 (you may add a link to your evidence).
checkin-btn-same = Unchanged ({ $value })
checkin-btn-skip = Skip
checkin-hint-value = Please type the actual as a number ({ $unit }), e.g. 65; 65%; 2.5; 1,500,000; or 7 of 10. You can also type "done" or "same", or use the buttons above.
checkin-hint-value-range = That number is beyond what can be recorded: the actual must be between −{ $max } and { $max }. Please type it again.
checkin-confirm-negative = { $value } is negative. Is that right?
checkin-confirm-backwards = { $value } is worse than your last report ({ $last }). Is that right?
checkin-confirm-behind-baseline = { $value } is worse than this indicator's baseline ({ $baseline }). Is that right?
checkin-confirm-far-beyond-target = { $value } is far beyond the target ({ $target }). Is that right?
checkin-btn-confirm-yes = Yes, that's right
checkin-btn-confirm-no = No, retype it
checkin-confidence =
    { $value ->
        [none] { $title }
       *[other] ✔️ { $title }: { checkin-figures }
    }
    How confident are you that this target will be met by { DATETIME($due, day: "numeric", month: "short", year: "numeric") }? (1 = not confident, 10 = very confident){ $last ->
        [none] { "" }
       *[other] {" "}Last week: { $last }.
    }
checkin-btn-number = { $n }
checkin-hint-confidence = Please pick a confidence from 1 to 10 with the buttons above, or type the number.
checkin-evidence =
    { $confidence ->
        [none] { $title }
       *[other] ✔️ { $title }: confidence { $confidence }/10
    }
    📎 Any supporting evidence? Send a link (https://…), a document or a photo. If there is none yet, tap "No evidence yet".
checkin-btn-no-evidence = No evidence yet
checkin-hint-evidence = Please send a link starting with https://, or attach a document or photo. Tap "No evidence yet" if there is none.
checkin-evidence-noted-ask-value = 📎 Evidence received. Now type the actual as a number.
checkin-evidence-noted-ask-confidence = 📎 Evidence received. Now pick your confidence.
checkin-blockers = 🚧 Any blockers this week? One per line, or tap "No blockers".
checkin-btn-no-blockers = No blockers
checkin-support = 🤝 What support do you need from your supervisor? Write it briefly, or tap "Skip".
checkin-next-actions = 🎯 What is your work plan for next week? One item per line.
checkin-hint-text = Please write your answer as text, or use the buttons above.
checkin-dialog = 💬 Would you like to request a performance dialogue with your supervisor?
checkin-btn-dialog-yes = Yes, request it
checkin-btn-dialog-no = Not needed
checkin-hint-yes-no = Please answer "yes" or "no", or use the buttons above.
checkin-hint-use-buttons = Please choose one of the buttons in the message above.
checkin-summary =
    📋 Summary of your progress report, week of { checkin-week }
    Check it once more, then tap "Submit". After submitting you can still change it until { checkin-deadline }.
checkin-summary-revision =
    📋 Summary of your changed progress report, week of { checkin-week }
    Check it once more, then tap "Submit". Changes are possible until { checkin-deadline }.
checkin-summary-sent = 📋 Progress report, week of { checkin-week }
checkin-summary-kr = { $index }. { $title }: { checkin-figures } · confidence { $confidence ->
        [none] –
       *[other] { $confidence }/10
    }{ $evidence ->
        [0] {" "}· no evidence yet
        [one] {" "}· 📎 one piece of evidence
       *[other] {" "}· 📎 { $evidence } pieces of evidence
    }
checkin-summary-kr-skipped = { $index }. { $title }: skipped
checkin-summary-blockers = Blockers: { $count ->
        [0] none
       *[other] { $text }
    }
checkin-summary-support = Support needed: { $text ->
        [none] –
       *[other] { $text }
    }
checkin-summary-actions = Work plan for next week: { $count ->
        [0] –
       *[other] { $text }
    }
checkin-summary-dialog = Performance dialogue with supervisor: { $wants ->
        [yes] requested
       *[no] not requested
    }
checkin-btn-submit = ✅ Submit
checkin-btn-edit = ✏️ Edit
checkin-edit-menu = Which part would you like to change?
checkin-btn-edit-kr = { $index }. { $title }
checkin-btn-edit-blockers = Blockers
checkin-btn-edit-support = Support
checkin-btn-edit-actions = Work plan
checkin-btn-edit-dialog = Performance dialogue
checkin-btn-back = ↩️ Back to summary
checkin-submitted = ✅ Thank you! Your progress report is saved. You can change it with /checkin until { checkin-deadline }.
checkin-revised = ✅ The changes to your progress report are saved. You can still change it until { checkin-deadline }.
checkin-week-closed = The progress report for the week of { checkin-week } is closed. Type /checkin to fill in this week's.
checkin-cancelled = Progress report cancelled; answers not yet submitted were not saved. Type /checkin to start again any time.
checkin-nothing-to-cancel = There is nothing in progress to cancel.
checkin-private-only = Progress reports are filled in only in a private conversation with dika.
