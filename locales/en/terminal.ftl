## Terminal
terminal-usage = Usage: npm run chat -- --nip <18-digit NIP> [--lang id|en]
terminal-unknown-nip = No active employee with NIP { $nip }. Import the employees first: npm run dika -- import employees examples/employees.csv
terminal-welcome = This is dika in your terminal, as { $name }. Type a number to pick a button, /file <name> to attach a file, /bantuan for help, /keluar to quit.
terminal-help = Commands: /checkin (start or resume the check-in), /status (your indicators' achievement), /riwayat (latest check-ins), /rekap [last week | month | quarter | 2026-Q3 | <name or NIP> | unit] (for supervisors and appraisers: your people's summary), /evaluasi [2026-TW4] (for appraisers: the quarterly evaluation), /umpanbalik (BerAKHLAK feedback for a colleague), /360 (the 360° behaviour feedback you were asked for), /hasil360 (your 360° results), /batal (cancel the check-in), /file <name> (attach a file as evidence), /keluar.
terminal-bye = Goodbye!
