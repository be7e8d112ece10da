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
cmd-status = See the achievement of your work results
cmd-riwayat = See your past check-ins
cmd-bahasa = Change language
cmd-zona = Set your time zone
cmd-bantuan = Help and list of commands
cmd-batal = Cancel the current conversation
help-text =
    dika helps you report your progress every week: the actual values of your indicators, evidence, blockers, the support you need and next week's work plan. Your appraiser receives your report to prepare your performance dialogue and can give you feedback.

    Available commands:
    /checkin — fill in this week's check-in
    /status — see the achievement of your work results
    /riwayat — see past check-ins
    /bahasa — change language (Bahasa Indonesia / English)
    /zona — set your time zone (WIB, WITA, WIT)
    /cuti — record your leave (e.g. /cuti 7 Dec to 11 Dec; /cuti batal to cancel it)
    /privasi — the personal data dika stores and your rights
    /rekap — for supervisors, appraisers and unit heads: your people's summary (/rekap last week, /rekap quarter, /rekap <name>, /rekap unit)
    /notifikasi — for appraisers: each report at once or a daily summary
    /evaluasi — for appraisers: the quarterly performance evaluation (e.g. /evaluasi 2026-TW4)
    /umpanbalik — give BerAKHLAK feedback to a colleague, your supervisor or your direct reports (anonymous from peers and subordinates)
    /360 — give the BerAKHLAK 360° behaviour feedback you were asked for (peers' and subordinates' answers are anonymous)
    /rekan — propose or decline a peer rater for your 360° (e.g. /rekan tolak Budi reason)
    /hasil360 — your 360° feedback results once its period has closed
    /batal — cancel the current conversation
    /bantuan — show this message
help-not-linked = Your Telegram account is not linked to dika yet. Type /start to see how to link it.
settings-language-prompt = Please choose your language:
settings-language-button-id = Bahasa Indonesia
settings-language-button-en = English
settings-language-set = Done. From now on dika will write to you in English.
settings-timezone-prompt = Your current time zone: { $zone }. Please choose the time zone you work in:
settings-timezone-set = Your time zone is now { $zone }. Check-in reminders will follow this time zone.
