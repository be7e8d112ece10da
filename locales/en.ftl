# dika — English messages.
# Every key here must also be in id.ftl; the locale-parity test fails otherwise.

## General
app-name = dika

## CLI
cli-migrated = The database { $location } is up to date: every migration has been applied.
cli-usage =
    Usage: npm run dika -- <command> [--lang id|en]
    Commands:
    { $commands }

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

## Telegram
db-unavailable-queued = We have your message. The system is busy right now; it will be processed automatically shortly — no need to send it again.
error-generic = Sorry, something went wrong. Please try again in a moment.
stale-button = This button is no longer valid. Type /checkin to start again.
tg-group-private-only = Performance check-ins happen in private chats only, to keep your data private. Please start a chat with me at { $link }
tg-welcome = Welcome back, { $name }. Type /checkin to report this week's progress, or /bantuan to see all commands.
tg-not-understood = Sorry, I didn't understand that. Type /checkin to start a check-in or /bantuan to see the list of commands.
tg-edited-message = dika does not process messages edited after sending. Please send your answer again as a new message. Answers already recorded can be changed with the "Edit" button on the check-in summary.
cmd-start = Start or link your account
cmd-checkin = Fill in this week's check-in
cmd-status = See progress on your key results
cmd-riwayat = See your past check-ins
cmd-bahasa = Change language
cmd-zona = Set your time zone
cmd-bantuan = Help and list of commands
cmd-batal = Cancel the current conversation
help-text =
    dika helps you report your progress every week: actual values of your key results, supporting evidence, blockers and your action plan. Your supervisor receives a summary to prepare your performance dialogue.

    Available commands:
    /checkin — fill in this week's check-in
    /status — see progress on your key results
    /riwayat — see past check-ins
    /bahasa — change language (Bahasa Indonesia / English)
    /zona — set your time zone (WIB, WITA, WIT)
    /privasi — the personal data dika stores and your rights
    /batal — cancel the current conversation
    /bantuan — show this message
help-not-linked = Your Telegram account is not linked to dika yet. Type /start to see how to link it.
settings-language-prompt = Please choose your language:
settings-language-button-id = Bahasa Indonesia
settings-language-button-en = English
settings-language-set = Done. From now on dika will write to you in English.
settings-timezone-prompt = Your current time zone: { $zone }. Please choose the time zone you work in:
settings-timezone-set = Your time zone is now { $zone }. Check-in reminders will follow this time zone.

## Account
link-instructions =
    Your Telegram account is not linked to dika yet.

    You can link it in one of two ways:
    1. Ask HR (Biro SDM) for an activation link, then open it in Telegram.
    2. Press the "Share my phone number" button below, if your phone number is in the staff records.
link-share-contact-button = 📱 Share my phone number
link-success = Thank you, { $name }. Your Telegram account is now linked to dika. Type /checkin to report this week's progress, or /bantuan to see all commands.
link-code-invalid = This activation link cannot be used. It may be incomplete, expired or already used. Please ask HR for a new link; if you have never used this link before, tell them so.
link-code-too-many = Too many failed activation attempts from this account. For your security, please try again in { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }, or ask HR for a new activation link.
link-contact-not-yours = For your security, only your own phone number can be used. Please press the "Share my phone number" button below.
link-contact-no-match = Sorry, your phone number could not be matched with the staff records. Please contact HR (Biro SDM) for an activation link.
link-cli-usage-one = Usage: npm run dika -- link-code <nip>
link-cli-usage-many = Usage: npm run dika -- link-codes --unit <unit path> --out <file.csv>
link-cli-unknown-nip = No active employee with NIP { $nip } was found.
link-cli-unknown-unit = Work unit "{ $unit }" was not found. Write the full path as in the import data, e.g. Deputi Bidang X/Biro Y.
link-cli-link =
    Activation link for { $name } (NIP { $nip }):
    { $link }
    Valid until { $expires }, and it works only once. Send it only to this employee.
link-cli-code-only =
    Activation code for { $name } (NIP { $nip }): { $code }
    Valid until { $expires }, and it works only once.
    The bot's username is unknown (set TELEGRAM_BOT_USERNAME or TELEGRAM_BOT_TOKEN). Ask the employee to send this message to the bot: /start { $code }
link-cli-no-username = The bot's username is unknown (set TELEGRAM_BOT_USERNAME or TELEGRAM_BOT_TOKEN). The link column holds the message each employee must send to the bot: /start <code>.
link-cli-getme-failed = Could not get the bot's username from Telegram; showing codes without links.
link-cli-written =
    { $count ->
        [one] One activation link was
       *[other] { $count } activation links were
    } written to { $file }. This file contains secret codes: share it carefully and delete it after use.
checkin-no-dialog = No check-in is in progress. Type /checkin to start one, /status to see your key results, or /bantuan for the list of commands.
checkin-reminder = ⏰ Reminder: this week's check-in is still open.

## Import
import-usage = Usage: npm run dika -- import employees|okr <file.csv>
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
    OKR import finished: { $created ->
        [one] 1 key result added
       *[other] { $created } key results added
    }, { $updated } updated, { $unchanged } unchanged; { $objectives ->
        [one] 1 new objective
       *[other] { $objectives } new objectives
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
import-duplicate-nip = NIP { $value } is already listed in row { $firstRow }; each employee may appear only once.
import-supervisor-unknown = Supervisor NIP { $value } is neither in the file nor in the database.
import-supervisor-self = The employee with NIP { $value } cannot be their own supervisor.
import-supervisor-cycle = The supervisor chain loops back on itself (→ means “reports to”): { $people }.
import-code-invalid = The code { $value } is not valid; use letters, digits, dots, underscores, slashes or hyphens, no spaces, at most 40 characters.
import-duplicate-code = The code { $value } is already used in row { $firstRow }; every key result needs its own code.
import-owner-unknown = No employee with NIP { $value } is registered; import the employees first.
import-period-invalid = The period { $value } is not valid; write a year (e.g. 2026) or a year and quarter (e.g. 2026-Q4).
import-number-invalid = { $value } is not a number; write e.g. 75, 2,5 or 1.500.000.
import-number-too-large = The number { $value } is too large to store.
import-weight-invalid = The weight must be a number greater than 0 (found: { $value }).
import-direction-invalid = Unknown direction { $value }; use naik (up) or turun (down).
import-kind-invalid = Unknown type { $value }; use committed or aspirational.
import-target-equals-baseline = The target ({ $target }) equals the baseline ({ $baseline }); a key result must aim for a change.
import-target-below-baseline = The direction is naik (up), but the target ({ $target }) is below the baseline ({ $baseline }).
import-target-above-baseline = The direction is turun (down), but the target ({ $target }) is above the baseline ({ $baseline }).
import-parent-unknown = The parent code { $value } is neither in the file nor in the database.
import-parent-self = Key result { $value } cannot be its own parent.
import-parent-cycle = The chain of parent codes loops back on itself: { $codes }.

## Status and history
status-header = 📊 Your key results ({ $count }):
status-kr = { $index }. { $title }
    {"   "}Current: { $value ->
        [none] none yet
       *[other] { $value }
    } of target { $target }{ $progress ->
        [none] { "" }
       *[other] {" "}({ $progress }%)
    } · confidence { $confidence ->
        [none] –
       *[other] { $confidence }/10
    }
history-header = 🗂 Your latest check-ins:
history-line = • Week { $week } ({ DATETIME($start, day: "numeric", month: "short") }): { $updated } of { $total } key results updated{ $blockers ->
        [0] { "" }
       *[other] , { $blockers } blockers
    }{ $dialog ->
        [yes] , dialogue requested
       *[no] { "" }
    }{ $revised ->
        [yes] {" "}(revised)
       *[no] { "" }
    }
history-empty = You have not submitted a check-in yet. Type /checkin to start.

## Terminal
terminal-usage = Usage: npm run chat -- --nip <18-digit NIP> [--lang id|en]
terminal-unknown-nip = No active employee with NIP { $nip }. Import the employees first: npm run dika -- import employees examples/employees.csv
terminal-welcome = Hello, { $name }! This is dika in your terminal. Type a number to pick a button, /file <name> to attach a file, /bantuan for help, /keluar to quit.
terminal-help = Commands: /checkin (start or resume the check-in), /status (your key results), /riwayat (latest check-ins), /batal (cancel the check-in), /file <name> (attach a file as evidence), /keluar.
terminal-bye = Goodbye!

## Personal data (UU 27/2022)
cmd-privasi = Your personal data and your rights
privacy-text =
    Your personal data in dika

    What is stored:
    • your staff record from your agency's import: NIP, name, position, unit, email and phone number;
    • the Telegram account you linked (account id and chat id);
    • weekly check-ins: realisation, confidence, evidence (links or file names), blockers, next week's work plan and requests for a performance dialogue;
    • leave, conversations in progress, and a record of the messages dika sent you.

    Who can see it:
    • your direct supervisor (your performance assessor) receives a summary of your check-ins for your performance dialogue;
    • the performance administrator of your agency can export all of your data.
    Colleagues cannot see your check-ins.

    How long: as long as you are registered as an employee in dika. If your personal data is erased, the realisation figures are kept without your identity so that unit summaries still add up.

    Your rights: under Law No. 27 of 2022 on Personal Data Protection you may ask for a copy of all your data or for the erasure of your personal data. Send the request to the performance administrator of your agency.
person-cli-usage =
    Usage:
      npm run dika -- person export <nip> --out <file.json>
      npm run dika -- person erase <nip> [--yes]
person-cli-unknown-nip = No employee with NIP { $nip } was found.
person-cli-file-exists = The file { $file } already exists. Choose another name: dika does not overwrite files holding personal data.
person-cli-file-unwritable = The file { $file } cannot be written ({ $code }).
person-cli-exported = The data of { $name } (NIP { $nip }), including { $checkins } check-ins, was written to { $file }. The file holds personal data: hand it only to the person concerned and delete it after use.
person-cli-nothing-to-erase = No employee has NIP { $nip } (their data may already have been erased). Nothing was changed.
person-cli-erase-items =
      • name, NIP, email, phone and position replaced by an anonymous code or emptied
      • chat accounts: { $identities }
      • link codes: { $linkCodes }
      • link-code attempt records: { $linkCodeAttempts }
      • conversations in progress: { $conversations }
      • outbound messages: { $outboundMessages }
      • scheduled reminders: { $scheduledJobs }
      • blocker texts: { $blockers }
      • work plan texts: { $nextActions }
      • realisation notes: { $notes }
      • evidence links and file names: { $evidence }
      • audit entries anonymised: { $auditEntries }
person-cli-erase-plan =
    Erasing the personal data of { $name } (NIP { $nip }) will remove or anonymise:
    { $items }
    Check-ins and their realisation figures are kept without identity so that unit summaries stay whole.
    Nothing has been changed yet. Run again with --yes to erase.
person-cli-erased =
    The personal data of { $name } (NIP { $nip }) has been erased. The employee is now recorded as { $placeholder }.
    { $items }
    The erasure is recorded in the audit log without the erased data.

## Embedded database backup
backup-cli-usage =
    Usage:
      npm run dika -- backup --out <file.tar.gz>
      npm run dika -- restore --from <file.tar.gz> [--force]
backup-cli-postgres = DATABASE_URL is set: dika uses a PostgreSQL server. Back it up with PostgreSQL's tools, such as pg_dump --format=custom, and restore with pg_restore. backup and restore only serve the embedded database (DIKA_DATA_DIR).
backup-cli-written = Database backup written to { $file } ({ $size } KB). It holds every employee's personal data: keep it somewhere safe.
backup-cli-restored = The database in { $dir } has been restored from { $file }.
backup-cli-not-empty = The data folder { $dir } already holds a database. Restoring replaces it entirely; run again with --force if that is what you want.
backup-cli-file-exists = The file { $file } already exists. Choose another name: dika does not overwrite backups.
backup-cli-file-missing = The file { $file } was not found.
backup-cli-no-database = The data folder { $dir } holds no database yet; there is nothing to back up.
