## /rekap answers: refusals, charts, exports
cmd-rekap = Summary of the reports of the people you lead or appraise
rekap-unknown-period = The period "{ $input }" was not recognised. Examples: /rekap, /rekap last week, /rekap month, /rekap quarter, /rekap 2026-Q3, /rekap unit, or /rekap followed by a name or NIP.
rekap-future-period = That period has not started yet. Choose a week, month or quarter that is running or past.
rekap-not-allowed = The summary is available to supervisors, appraisers and unit heads for the people they lead or appraise. You are not recorded as one of them; if this is wrong, contact your HR administrator (Biro SDM).
rekap-not-found = No one with that name or NIP is within your summary. Check the spelling, or type /rekap to see all your people.
rekap-ambiguous = { $count } people match: { $names }. Type the full name or the NIP, for example /rekap 198501012010011001.
rekap-empty = There are no active employees within this summary yet.
rekap-failed = The summary could not be prepared because of a temporary problem. Please type /rekap again in a moment.
rekap-export-ready = 📎 Summary of { $people } employees as { $format ->
        [csv] a CSV file (the capaian per indicator sheet)
       *[other] an Excel file
    }.
rekap-chart-axis = Capaian (%)
rekap-chart-people-title = Quarter capaian per employee
rekap-chart-units-title = Quarter capaian per unit
rekap-chart-own-unit = Directly in this unit
rekap-chart-trend-title = 12-week capaian trend: { $name }
rekap-chart-caption = 📈 Capaian chart. The dashed line marks 100% of the target.
rekap-chart-caption-truncated = 📈 Capaian chart (only part is shown; the details are in the message above). The dashed line marks 100% of the target.
rekap-chart-saved = 📈 Chart saved to { $path }
