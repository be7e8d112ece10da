## Pesan terjadwal: pengingat, panggilan terakhir, ringkasan untuk atasan
schedule-reminder-line = ⏰ Pengingat: laporan progres pekan ini belum Anda kirim.
schedule-last-call-line = ⏳ Hari ini hari kerja terakhir pekan ini: mohon kirim laporan progres Anda hari ini.
schedule-digest-unlinked = Belum terhubung dengan dika: { $names }{ $more ->
        [0] { "" }
       *[other] {" "}dan { $more } lainnya
    }
schedule-digest-unreachable = Tidak dapat dihubungi (memblokir bot): { $names }{ $more ->
        [0] { "" }
       *[other] {" "}dan { $more } lainnya
    }

## npm run dika -- schedule run
schedule-run-usage =
    Cara penggunaan:
      npm run dika -- schedule run { $jobs } [--unit <jalur unit>] [--at <waktu ISO>]
schedule-run-bad-time = Waktu "{ $value }" tidak valid; gunakan waktu ISO, misalnya 2026-03-02T09:00+07:00.
schedule-run-no-channel = Tidak ada kanal untuk mengirim pesan: isi TELEGRAM_BOT_TOKEN terlebih dahulu.
schedule-run-done = Dijalankan untuk { $at }: { $done } tugas selesai, { $failed } gagal, { $released } dikembalikan untuk putaran berikutnya.
