## Import
import-usage = Usage: npm run dika -- import employees|okr|cuti <file.csv>
import-file-not-found = File { $path } not found.
import-file-unreadable = File { $path } cannot be read. Check that it is a CSV file and that you are allowed to open it.
import-refused =
    Import cancelled: { $count ->
        [one] 1 problem found.
       *[other] { $count } problems found.
    } Nothing was changed; fix the file and import it again.
import-more-problems = … and { $count } more.
import-at-row-column = Row { $row }, column { $column }: { $message }
import-at-row = Row { $row }: { $message }
import-employees-done =
    Employee import finished: { $created } added, { $updated } updated, { $unchanged } unchanged; { $units ->
        [one] 1 new work unit.
       *[other] { $units } new work units.
    }
import-okr-done =
    Work result plan import finished: { $created ->
        [one] 1 indicator added
       *[other] { $created } indicators added
    }, { $updated } updated, { $unchanged } unchanged; { $objectives ->
        [one] 1 new work result plan (RHK)
       *[other] { $objectives } new work result plans (RHK)
    }, { $periods ->
        [one] 1 new period.
       *[other] { $periods } new periods.
    }
import-nothing-changed = Nothing changed: the database already matches the file.
import-row-refused = The database refused this row ({ $error }). Check it for unusual characters or values.
import-rows-refused =
    The database refused { $count ->
        [one] row { $first }
       *[other] one of the { $count } rows written together between row { $first } and row { $last }
    } ({ $error }). Check those rows for unusual characters or values.
import-failed = The import failed ({ $error }). It runs as one transaction, so nothing was changed. Try again; if it fails again, pass this message on to your administrator.
import-nul-character = This cell holds an invisible control character (NUL) that cannot be stored; type the cell again.
import-empty-file = The file is empty. The first row must hold the column names, followed by one row per record.
import-no-data-rows = The file holds only the header row; there are no data rows to import.
import-missing-columns = Required columns not found: { $columns }.
import-duplicate-column = This column name appears more than once in the header row.
import-csv-quote = A quotation mark (") opened in this row is never closed, so the rest of the file cannot be read.
import-csv-invalid = From this row on, the file cannot be read as CSV.
import-extra-cells = This row has { $count } cells, more than the { $expected } columns in the header row. A { $delimiter } inside a value that is not enclosed in quotation marks is the likely cause.
import-required = This cell must not be empty.
import-nip-format = A NIP must be 18 digits (found: { $value }).
import-nip-excel-number = Excel stored NIP { $value } as a number and lost its digits; format this column as Text and type the NIP again.
import-email-invalid = The email address { $value } is not valid.
import-phone-invalid = The phone number { $value } is not valid; write it like 0812-3456-7890 or +62 812 3456 7890.
import-unit-invalid = The work unit { $value } has an empty part; separate the levels with a single slash, e.g. Deputi Bidang X/Biro Y/Bagian Z.
import-timezone-invalid = Unknown time zone { $value }; use WIB, WITA, WIT or an IANA zone name such as Asia/Makassar.
import-locale-invalid = Unknown language { $value }; use id (Indonesian) or en (English).
import-role-invalid = Unknown role { $value }; use pegawai or admin.
import-unit-head-invalid = Unknown head-of-unit value { $value }; use ya or tidak (also yes/no or 1/0), or leave the cell empty for tidak.
import-unit-head-no-unit = An employee marked as head of unit needs a work unit; fill in the unit column of this row.
import-unit-head-twice = Work unit { $unit } has two heads of unit in this file, in row { $firstRow } and row { $row }; each work unit may have only one head.
import-duplicate-nip = NIP { $value } is already listed in row { $firstRow }; each employee may appear only once.
import-supervisor-unknown = Direct supervisor NIP { $value } is neither in the file nor in the database.
import-supervisor-self = The employee with NIP { $value } cannot be their own supervisor.
import-supervisor-cycle = The supervisor chain loops back on itself (→ means “reports to”): { $people }.
import-code-invalid = The code { $value } is not valid; use letters, digits, dots, underscores, slashes or hyphens, no spaces, at most 40 characters.
import-duplicate-code = The code { $value } is already used in row { $firstRow }; every indicator needs its own code.
import-owner-unknown = No employee with NIP { $value } is registered; import the employees first.
import-period-invalid = The period { $value } is not valid; write a year (e.g. 2026) or a year and quarter (e.g. 2026-Q4).
import-number-invalid = { $value } is not a number; write e.g. 75; 2,5; or 1.500.000.
import-number-too-large = The number { $value } is too large to store.
import-weight-invalid = The weight must be a number greater than 0 (found: { $value }).
import-direction-invalid = Unknown direction { $value }; use naik (up) or turun (down) (in a polaritas column: positif or negatif).
import-kind-invalid = Unknown type { $value }; use committed or aspirational.
import-target-below-baseline = The direction is naik (up; polaritas positif), but the target ({ $target }) is below the baseline ({ $baseline }).
import-target-above-baseline = The direction is turun (down; polaritas negatif), but the target ({ $target }) is above the baseline ({ $baseline }).
import-parent-unknown = The parent code { $value } is neither in the file nor in the database.
import-parent-self = Indicator { $value } cannot be its own parent.
import-parent-cycle = The chain of parent codes loops back on itself: { $codes }.
import-alias-clash = Column { $alias } is another name for column { $name }, and this file has both; remove one so that it is clear which value counts.
import-accumulation-invalid = Unknown accumulation { $value }; use kumulatif (cumulative), terakhir (latest) or rata-rata (average), or leave the cell empty to follow the unit (cumulative for counts, latest for percentages and indices).
import-result-kind-invalid = Unknown work result type { $value }; use utama (main) or tambahan (additional).
import-aspect-invalid = Unknown aspect { $value }; use kuantitas (quantity), kualitas (quality), waktu (time) or biaya (cost).
import-quarter-target-not-yearly = Quarterly targets are only for yearly indicators (a period such as 2026); this indicator's period is already a quarter, so leave column target_tw{ $quarter } empty.
import-quarter-target-wrong-way =
    The quarter { $quarter } target ({ $value }) lies the opposite way from the yearly target: { $direction ->
        [up] this indicator goes up, so a quarterly target must not be below the baseline ({ $baseline }).
       *[other] this indicator goes down, so a quarterly target must not be above the baseline ({ $baseline }).
    }
import-quarter-target-beyond-year = The quarter { $quarter } target ({ $value }) goes beyond the yearly target ({ $target }). A quarterly target is the level to reach by the end of that quarter, so with cumulative or latest accumulation it must not go beyond the year's.
import-quarter-target-falls-back =
    The quarter { $quarter } target ({ $value }) is { $direction ->
        [up] lower
       *[other] higher
    } than the quarter { $previous } target ({ $previousValue }). With cumulative or latest accumulation, a quarterly target must not fall back from the quarter before.
import-appraiser-unknown = Appraiser NIP { $value } is neither in the file nor in the database.
import-appraiser-self = The employee with NIP { $value } cannot be their own appraiser (Pejabat Penilai Kinerja); leave the cell empty when the direct supervisor appraises.
import-appraiser-cycle = The chain of appraisers loops back on itself (→ means “is appraised by”; an empty nip_penilai means the direct supervisor appraises): { $people }.
import-salutation-invalid = Unknown salutation { $value }; use Bapak or Ibu, or leave the cell empty.
