## Slack
slack-help =
    dika helps you report your performance progress every week: the actual value of each indicator, supporting evidence, blockers, the support you need and next week's work plan. Your appraiser receives your report as input for the performance dialogue and can give feedback.

    Commands in Slack:
    /checkin — fill in this week's check-in in a form with every indicator; /checkin chat asks the questions one by one in a direct message from dika
    /rekap — for supervisors, appraisers and unit heads: a summary of your staff (/rekap last week, /rekap quarter, /rekap <name>)
    /cuti — record your leave (e.g. /cuti 7 Dec 11 Dec; /cuti cancel to withdraw it)
    /umpanbalik — give BerAKHLAK feedback to a peer, your supervisor or a subordinate (anonymous from peers and subordinates)
    /dika status — see the achievement of your work results
    /dika history — see your previous check-ins
    /dika 360 — fill in the 360° BerAKHLAK behaviour feedback you were asked for (answers from peers and subordinates are anonymous)
    /dika peer — propose or decline a peer rater for your 360° feedback (e.g. /dika peer tolak Budi <reason>)
    /dika results360 — your 360° feedback results once the period is closed
    /dika evaluation — for appraisers: the quarterly performance evaluation (e.g. /dika evaluation 2026-TW4)
    /dika notifications — for appraisers: receive every report or a daily summary
    /dika privacy — the personal data dika keeps about you and your rights
    /dika bahasa — change the language (Bahasa Indonesia / English)
    /dika zona — set your time zone (WIB, WITA, WIT)
    /dika batal — cancel the conversation in progress
    /dika link <code> — link your Slack account with an activation code
    /dika help — show this message
slack-help-not-linked = Your Slack account is not linked to dika yet. Type /dika link <code> with the activation code from your performance administrator.
slack-link-instructions =
    Your Slack account is not linked to dika yet, so dika cannot show you any performance data.

    The email address in your Slack profile was not found in the staff records. Please ask your performance administrator for an activation code, then type /dika link <code>.
slack-linked-by-email = Welcome, { $name }. Your Slack account is now linked to dika through the email address in your Slack profile.
slack-linked = Thank you, { $name }. Your Slack account is now linked to dika. Type /checkin to report this week's progress, or /dika help to see every command.
slack-already-linked = Your Slack account is already linked to dika. Type /dika help to see every command.
slack-checkin-in-dm = The check-in questions have been sent to you as a direct message from dika. Please open the Messages tab of the dika app.
slack-dialog-in-dm = dika has replied in a direct message. Please open the Messages tab of the dika app.
slack-privacy-account = If you use Slack, dika also keeps the Slack account you linked (workspace id and user id).
slack-home-title = My performance
slack-home-week-open = Your progress report for the week of { checkin-week } has not been sent yet.
slack-home-week-submitted = Your progress report for the week of { checkin-week } has been sent. You can still change it until the end of the week.
slack-home-start = Fill in this week's check-in
slack-home-revise = Change this week's report
slack-form-title = Weekly check-in
slack-form-submit = Send
slack-form-close = Cancel
slack-form-loading = Loading your performance indicators…
slack-form-intro = Progress report for the week of { checkin-week }. An indicator left without an actual value and confidence is recorded as skipped.
slack-form-kr-hint = { $last ->
        [none] Target { $target }. No earlier report.
       *[other] Target { $target }. Last report: { $last }.
    }
slack-form-confidence = Confidence that the target will be met (1–10)
slack-form-evidence = Link to supporting evidence (optional)
slack-form-blockers = Blockers this week (one per line)
slack-form-support = Support you need from your supervisor
slack-form-next-actions = Next week's work plan (one per line)
slack-form-dialog = Performance dialogue
slack-form-dialog-yes = I would like to request a performance dialogue with my supervisor
