## Rekap export for the performance administrator (XLSX and CSV): sheet names, column headers, cell texts
export-sheet-compliance = Compliance
export-sheet-capaian = Achievement per indicator
export-sheet-notes = Blockers and support
export-sheet-dialogs = Performance dialogues
export-sheet-evaluations = Evaluation

export-col-name = Name
export-col-nip = NIP
export-col-unit = Unit
export-col-result-kind = Result type
export-col-rhk = Planned work result
export-col-indicator = Indicator
export-col-unit-label = Unit of measure
export-col-target = Target
export-col-target-quarter = Q{ $quarter } target
export-col-realisasi = Actual
export-col-realisasi-quarter = Q{ $quarter } actual
export-col-realisasi-date = Date of actual
export-col-capaian = Achievement
export-col-capaian-quarter = Q{ $quarter } achievement
export-col-feedback = Continuous feedback
export-col-evidence = Supporting evidence
export-col-submitted = Reported
export-col-leave = Leave
export-col-no-workday = Holiday
export-col-missed = Not reported
export-col-compliance = Compliance
export-col-week = Week
export-col-note-kind = Type
export-col-note-text = Text
export-col-dialog-date = Dialogue date
export-col-held-by = Recorded by
export-col-agreement = Agreement
export-col-follow-up = Follow-up plan
export-col-next-review = Next review
export-col-period = Period
export-col-appraiser = Performance appraiser
export-col-appraiser-nip = Appraiser NIP
export-col-result-rating = Work result rating
export-col-behaviour-rating = Work behaviour rating
export-col-predikat = Performance rating
export-col-updated = Updated

export-week-status-submitted = Reported
export-week-status-leave = Leave
export-week-status-no-workday = Holiday
export-week-status-missed = Not reported
export-week-status-open = Not yet reported
export-week-status-no-indicators = No indicators
export-total-row = Total
export-result-kind-main = Main
export-result-kind-additional = Additional
export-note-blocker = Blocker
export-note-support = Support needed
export-rating-below = Below expectation
export-rating-meets = Meets expectation
export-rating-above = Above expectation
export-predikat-sangat-baik = Outstanding
export-predikat-baik = Good
export-predikat-butuh-perbaikan = Needs Improvement
export-predikat-kurang = Poor (Misconduct)
export-predikat-sangat-kurang = Very Poor
export-feedback-line = { DATETIME($date, day: "numeric", month: "short", year: "numeric") } · { $author }: { $body }

## npm run dika -- export rekap
export-cli-usage =
    Usage: npm run dika -- export rekap --period <period> [--unit <unit path>] --format xlsx|csv --out <file> [--lang id|en]
    Period: a quarter such as 2026-Q4 (or 2026-TW4), or "quarter", "month", "last week", "this week".
    The CSV holds the achievement-per-indicator sheet only.
export-cli-bad-period = Period "{ $period }" is not recognised. Write a quarter such as 2026-Q4 (or 2026-TW4), or "quarter", "month", "last week", "this week". No file was written.
export-cli-future-period = Period "{ $period }" has not begun, so there is nothing to summarise yet. No file was written.
export-cli-unknown-unit = Unit "{ $unit }" was not found. Write its full path, for example "Deputi Bidang X/Biro Y". No file was written.
export-cli-failed = The export failed ({ $error }). No file was written.
export-cli-written = Rekap { $period } for { $people } employees written to { $file }.
