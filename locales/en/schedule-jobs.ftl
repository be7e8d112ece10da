## Scheduled messages: reminders, last calls, supervisor digests
schedule-reminder-line = ⏰ Reminder: you have not sent this week's progress report yet.
schedule-last-call-line = ⏳ Today is the last working day of the week: please send your progress report today.
schedule-digest-unlinked = Not linked to dika yet: { $names }{ $more ->
        [0] { "" }
       *[other] {" "}and { $more } more
    }
schedule-digest-unreachable = Cannot be reached (blocked the bot): { $names }{ $more ->
        [0] { "" }
       *[other] {" "}and { $more } more
    }

## npm run dika -- schedule run
schedule-run-usage =
    Usage:
      npm run dika -- schedule run { $jobs } [--unit <unit path>] [--at <ISO time>]
schedule-run-bad-time = "{ $value }" is not a valid time; use an ISO time such as 2026-03-02T09:00+07:00.
schedule-run-no-channel = No channel to send messages on: set TELEGRAM_BOT_TOKEN first.
schedule-run-done = Ran for { $at }: { $done } { $done ->
        [one] job
       *[other] jobs
    } done, { $failed } failed, { $released } given back for the next round.
