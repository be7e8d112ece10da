## Personal data (UU 27/2022)
cmd-privasi = Your personal data and your rights
privacy-text =
    Your personal data in dika

    What is stored:
    • your staff record from your agency's import: NIP, name, position, unit, email and phone number;
    • the Telegram account you linked (account id and chat id);
    • weekly progress reports: actual values, confidence, evidence (links or file names), blockers, the support you need, next week's work plan and requests for a performance dialogue;
    • feedback from your appraiser, with its author and date, the dialogue times proposed, and performance dialogue records (agreement, follow-up, next review date);
    • quarterly evaluations: the rating of work results, the rating of work behaviour and the predikat from your appraiser;
    • 360° behaviour feedback and continuous feedback: who was asked to rate whom and who has answered; peers' and subordinates' answers are stored without a name or a time, so they cannot be traced to whoever gave them;
    • leave, conversations in progress, and a record of the messages dika sent you.

    Who can see it:
    • your appraiser (Pejabat Penilai Kinerja) receives your progress reports for your performance dialogue and can give you feedback;
    • your supervisor, your appraiser and your unit head can see the summary (rekap) of your reports;
    • 360° results are shown only to you and your appraiser, per group of raters that at least 3 people answered;
    • the performance administrator of your agency can export all of your data.
    Colleagues cannot see your check-ins.

    How long: as long as you are registered as an employee in dika. Technical records (messages dika sent, unfinished conversations) and the file details of evidence are deleted automatically after the periods your agency sets. If your personal data is erased, the realisation figures are kept without your identity so that unit summaries still add up.

    Your rights: under Law No. 27 of 2022 on Personal Data Protection you may ask for a copy of all your data or for the erasure of your personal data. Send the request to the performance administrator of your agency.
person-cli-usage =
    Usage:
      npm run dika -- person export <nip> --out <file.json>
      npm run dika -- person erase <nip> [--yes]
person-cli-unknown-nip = No employee with NIP { $nip } was found.
person-cli-file-exists = The file { $file } already exists. Choose another name: dika does not overwrite files holding personal data.
person-cli-file-unwritable = The file { $file } cannot be written ({ $code }).
person-cli-exported = The data of { $name } (NIP { $nip }), including { $checkins ->
        [one] 1 check-in
       *[other] { $checkins } check-ins
    }, was written to { $file }. The file holds personal data: hand it only to the person concerned and delete it after use.
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
      • feedback texts on their reports: { $feedback }
      • support-needed texts: { $support }
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
