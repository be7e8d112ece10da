## Schedule: send rules and days (schedule show / schedule set)
schedule-rule-kind = { $kind ->
        [prompt] weekly prompt
        [reminder] reminder
        [lastCall] last call
       *[digest] supervisor digest
    }
schedule-rule-off = not sent
schedule-rule-first = first working day at { $hour }:{ $minute }
schedule-rule-last = last working day at { $hour }:{ $minute }
schedule-rule-nth = { $n ->
        [2] second
        [3] third
        [4] fourth
        [5] fifth
        [6] sixth
       *[7] seventh
    } working day at { $hour }:{ $minute }
schedule-rule-weekday = { $day ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    } at { $hour }:{ $minute }
schedule-rule-empty = The send rule is empty. For example: "first 09:00", "monday 09:00", "last 14:00", or "off".
schedule-rule-invalid-time = The time in "{ $text }" was not recognised. Write the local time like 09:00 or 14:30, without a time zone.
schedule-rule-invalid-day = The day "{ $text }" was not recognised. For example: monday, first working day, third working day, last working day.
schedule-rule-quiet-hours = { $hour }:{ $minute } is within quiet hours (20:00–07:00 local time), when dika sends no messages. Choose a time between 07:00 and 19:59.
schedule-rule-work-week-empty = The working week is empty. For example: monday-friday, monday-saturday, or monday,tuesday,wednesday,thursday,friday.
schedule-rule-invalid-work-week = The working week "{ $text }" was not recognised. For example: monday-friday, monday-saturday, or monday,tuesday,wednesday,thursday,friday.
schedule-day-name = { $day ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }
schedule-day-range = { $from ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }–{ $to ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }
schedule-day-off-weekend = weekend
schedule-day-off-holiday = public holiday: { $name }
schedule-day-off-collective-leave = collective leave (cuti bersama): { $name }

## Working calendar and schedules (npm run dika -- holidays …, schedule …)
holidays-usage =
    Usage:
      npm run dika -- holidays list [--year 2026] [--unit <unit path>]
      npm run dika -- holidays add <yyyy-mm-dd> --name "…" [--kind libur|cuti-bersama|masuk] [--unit <unit path>] [--source "…"]
      npm run dika -- holidays remove <yyyy-mm-dd> [--unit <unit path>]
      npm run dika -- holidays import <file.csv>   (columns: tanggal, nama, jenis, unit, sumber)
holidays-unit-not-found = Unit "{ $path }" was not found. Write its path as in the employee import, for example Deputi I/Biro A.
holidays-list-title = Holidays and collective leave { $year } — { $unit ->
        [national] national
       *[other] unit { $unit }
    }:
holidays-line = { DATETIME($date, weekday: "long", day: "numeric", month: "short", year: "numeric") } · { $kind ->
        [holiday] national holiday
        [collective-leave] collective leave (cuti bersama)
       *[workday] working day
    } · { $name }
holidays-source = {" "}({ $source })
holidays-origin-unit = {" "}[unit { $unit }]
holidays-origin-added = {" "}[added]
holidays-none = {"  "}(none)
holidays-year-missing = ⚠️ The { $year } holiday calendar is not loaded. Load { $year }'s national holidays and cuti bersama with npm run dika -- holidays import <file.csv> once the SKB 3 Menteri and the ASN cuti bersama Keppres are published.
holidays-invalid-date = The date "{ $value }" is not valid. Write a full date with its year, for example 2027-01-01.
holidays-invalid-kind = Unknown kind "{ $value }". Choose libur, cuti-bersama or masuk.
holidays-created = Added: { DATETIME($date, weekday: "long", day: "numeric", month: "short", year: "numeric") } ({ $unit ->
        [national] national
       *[other] unit { $unit }
    }).
holidays-updated = Updated: { DATETIME($date, weekday: "long", day: "numeric", month: "short", year: "numeric") } ({ $unit ->
        [national] national
       *[other] unit { $unit }
    }).
holidays-unchanged = Nothing changed: { DATETIME($date, weekday: "long", day: "numeric", month: "short", year: "numeric") } is already recorded that way.
holidays-removed = Removed: { DATETIME($date, weekday: "long", day: "numeric", month: "short", year: "numeric") } ({ $unit ->
        [national] national
       *[other] unit { $unit }
    }).
holidays-overridden = { DATETIME($date, weekday: "long", day: "numeric", month: "short", year: "numeric") } ({ $name }), shipped with dika, is now a working day nationally.
holidays-not-found = There is no holiday on { DATETIME($date, weekday: "long", day: "numeric", month: "short", year: "numeric") } in { $unit ->
        [national] the national calendar
       *[other] unit { $unit }
    }; nothing was changed.
holidays-import-done = Calendar import finished: { $created } days added, { $updated } updated, { $unchanged } unchanged.
holidays-import-date = The date { $value } is not valid; write a full date with its year, for example 2027-01-01.
holidays-import-kind = Unknown kind { $value }; choose libur, cuti-bersama or masuk.
holidays-import-unit = Unit { $value } was not found.
holidays-import-duplicate = The date { $value } for the same unit is already on row { $row }.
schedule-usage =
    Usage:
      npm run dika -- schedule show [--unit <unit path> | --nip <NIP>] [--at <ISO time>]
      npm run dika -- schedule set --unit <unit path> [--prompt "monday 09:00"] [--reminder …] [--last-call …] [--digest …] [--work-week monday-friday] [--off prompt|reminder|last-call|digest]
      npm run dika -- schedule pause|resume --unit <unit path>
schedule-nip-not-found = No employee with NIP { $nip } was found.
schedule-show-unit = Schedule of { $unit ->
        [national] dika's defaults (no unit)
       *[other] unit { $unit }
    }, { $zone } time
schedule-show-person = Schedule of { $name } (NIP { $nip }), { $unit ->
        [national] no unit
       *[other] unit { $unit }
    }, { $zone } time
schedule-show-status = Status: { $paused ->
        [yes] paused
       *[no] running
    } — { $from }
schedule-show-from-default = default
schedule-show-from-unit = from { $unit }
schedule-show-next = Next { $count } sends:
schedule-show-none = Nothing is scheduled.
schedule-show-paused = Nothing is sent while the schedule is paused.
schedule-show-moved = {" "}(moved from { DATETIME($date, weekday: "long", day: "numeric", month: "short") }: { $reason })
schedule-show-skipped = Days skipped:
schedule-show-skipped-day = { DATETIME($date, weekday: "long", day: "numeric", month: "short", year: "numeric") }: { $reason }
schedule-show-week-off = The week starting { DATETIME($date, day: "numeric", month: "short", year: "numeric") } has no working day: nothing is sent and the week counts as a holiday.
schedule-set-invalid = --{ $option }: { $message }
schedule-set-invalid-off = Unknown --off "{ $value }". Choose prompt, reminder, last-call or digest.
schedule-set-nothing = No setting given. { $usage }
schedule-set-done = The schedule of unit { $unit } is saved.
schedule-set-unchanged = Nothing changed: the schedule of unit { $unit } is already that way.
schedule-paused = The schedule of unit { $unit } and the units below it is paused: no prompts, reminders or digests are sent.
schedule-resumed = The schedule of unit { $unit } runs again.
schedule-pause-unchanged = Nothing changed: the schedule of unit { $unit } is already { $paused ->
        [yes] paused
       *[no] running
    }.
schedule-show-setting = { $label }: { $value } — { $from }
schedule-show-work-week = Working week
schedule-show-send = { DATETIME($date, weekday: "long", day: "numeric", month: "short", year: "numeric") } at { $hh }:{ $mm } { $zone } · { $kind }
