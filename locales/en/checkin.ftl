## Weekly check-in
checkin-opening =
    🗓 Check-in for week { $week } ({ DATETIME($start, day: "numeric", month: "short") } – { DATETIME($end, day: "numeric", month: "short", year: "numeric") })
    You have { $count ->
        [one] one key result
       *[other] { $count } key results
    } to update. It takes 2–3 minutes.
checkin-btn-start = ▶️ Start
checkin-btn-later = ⏰ Later (in 2 hours)
checkin-btn-leave = 🌴 I'm on leave this week
checkin-snoozed = All right, I'll remind you again in { $hours } hours. The "Start" button above works any time.
checkin-on-leave = Enjoy your time off! This week is recorded as leave, so there will be no reminders until next week.
checkin-revise-offer =
    You already submitted your check-in for week { $week }. Would you like to change it? You can until the week ends.
checkin-btn-revise = ✏️ Change check-in
checkin-btn-keep = Keep it
checkin-revise-kept = All right, your check-in for this week stays as submitted.
checkin-resume = You are in the middle of a check-in. Let's continue from here:
checkin-no-krs = There are no active key results for this period, so there is nothing to report yet. If this is wrong, contact your unit's performance administrator (HR).
checkin-kr-value =
    📌 Key result { $index } of { $total }
    Objective: { $objective }
    { $title }
    Target: { $target } · Last: { $last ->
        [none] none yet
       *[other] { $last }
    }
    What is the current value? Type the number, e.g. 65, 2.5 or 1,500,000 (you may add a link to your evidence).
checkin-btn-same = Unchanged ({ $value })
checkin-btn-skip = Skip
checkin-hint-value = Please type the current value as a number ({ $unit }), e.g. 65, 65%, 2.5, 1,500,000 or 7 of 10. You can also type "done" or "same", or use the buttons above.
checkin-hint-value-range = That number is beyond what can be recorded: the value must be between −{ $max } and { $max }. Please type it again.
checkin-confirm-negative = { $value } is negative. Is that right?
checkin-confirm-backwards = { $value } is behind your last report ({ $last }). Is that right?
checkin-confirm-behind-baseline = { $value } is worse than this key result's baseline ({ $last }). Is that right?
checkin-confirm-far-beyond-target = { $value } is far beyond the target ({ $target }). Is that right?
checkin-btn-confirm-yes = Yes, that's right
checkin-btn-confirm-no = No, retype it
checkin-confidence =
    { $value ->
        [none] { $title }
       *[other] ✔️ { $title }: { $value } ({ $progress }% of target)
    }
    How confident are you that this key result will reach its target? (1 = not at all, 10 = certain){ $last ->
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
    📎 Any evidence? Send a link (https://…), a document or a photo. If there is none, tap "No evidence".
checkin-btn-no-evidence = No evidence
checkin-hint-evidence = Please send a link starting with https://, or attach a document or photo. Tap "No evidence" if there is none.
checkin-evidence-noted-ask-value = 📎 Evidence received. Now type the current value as a number.
checkin-evidence-noted-ask-confidence = 📎 Evidence received. Now pick your confidence.
checkin-blockers = 🚧 Any blockers this week? One per line, or tap "No blockers".
checkin-btn-no-blockers = No blockers
checkin-next-actions = 🎯 What is your action plan for next week? One item per line.
checkin-hint-text = Please write your answer as text, or use the buttons above.
checkin-dialog = 💬 Would you like a performance dialogue with your supervisor soon?
checkin-btn-dialog-yes = Yes, please
checkin-btn-dialog-no = Not needed
checkin-hint-yes-no = Please answer "yes" or "no", or use the buttons above.
checkin-hint-use-buttons = Please choose one of the buttons in the message above.
checkin-summary =
    📋 Summary of your check-in for week { $week }
    Check it once more, then tap "Submit".
checkin-summary-revision =
    📋 Summary of your changed check-in for week { $week }
    Check it once more, then tap "Submit".
checkin-summary-sent = 📋 Check-in for week { $week } ({ DATETIME($start, day: "numeric", month: "short") } – { DATETIME($end, day: "numeric", month: "short") })
checkin-summary-kr = { $index }. { $title }: { $value } / { $target } ({ $progress }%) · confidence { $confidence ->
        [none] –
       *[other] { $confidence }/10
    }{ $evidence ->
        [0] { "" }
       *[other] {" "}· 📎 { $evidence }
    }
checkin-summary-kr-skipped = { $index }. { $title }: skipped
checkin-summary-blockers = Blockers: { $count ->
        [0] none
       *[other] { $text }
    }
checkin-summary-actions = Action plan: { $count ->
        [0] –
       *[other] { $text }
    }
checkin-summary-dialog = Dialogue with supervisor: { $wants ->
        [yes] yes
       *[no] no
    }
checkin-btn-submit = ✅ Submit
checkin-btn-edit = ✏️ Edit
checkin-edit-menu = Which part would you like to change?
checkin-btn-edit-kr = { $index }. { $title }
checkin-btn-edit-blockers = Blockers
checkin-btn-edit-actions = Action plan
checkin-btn-edit-dialog = Supervisor dialogue
checkin-btn-back = ↩️ Back to summary
checkin-submitted = ✅ Thank you! Your check-in is saved. Type /checkin to change it before the week ends.
checkin-revised = ✅ The changes to your check-in are saved.
checkin-week-closed = The check-in for week { $week } is closed. Type /checkin to fill in this week's.
checkin-cancelled = Check-in cancelled; answers not yet submitted were not saved. Type /checkin to start again any time.
checkin-nothing-to-cancel = There is nothing in progress to cancel.
checkin-private-only = Check-ins happen only in a private chat with dika.
