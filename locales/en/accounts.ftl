## Account
link-instructions =
    Your Telegram account is not linked to dika yet.

    You can link it in one of two ways:
    1. Ask the performance administrator of your agency for an activation link, then open it in Telegram.
    2. Press the "Share my phone number" button below, if your phone number is in the staff records.
link-share-contact-button = 📱 Share my phone number
link-success = Thank you, { $name }. Your Telegram account is now linked to dika. Type /checkin to report this week's progress, or /bantuan to see all commands.
link-code-invalid = This activation link cannot be used. It may be incomplete, expired or already used. Please ask the performance administrator for a new link; if you have never used this link before, tell them so.
link-code-too-many = Too many failed activation attempts from this account. For your security, please try again in { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }, or ask the performance administrator for a new activation link.
link-contact-not-yours = For your security, only your own phone number can be used. Please press the "Share my phone number" button below.
link-contact-no-match = Sorry, your phone number could not be matched with the staff records. Please contact the performance administrator of your agency for an activation link.
link-cli-usage-one = Usage: npm run dika -- link-code <nip>
link-cli-usage-many = Usage: npm run dika -- link-codes --unit <work unit path> --out <file.csv>
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
checkin-no-dialog = No check-in is in progress. Type /checkin to start one, /status to see your indicators' achievement, or /bantuan for the list of commands.
checkin-reminder = ⏰ Reminder: this week's check-in is not filled in yet.
