cmd-cuti = Catat cuti Anda (hari tanpa pengingat check-in)
leave-usage = Cara penggunaan: /cuti <dari> <sampai>, misalnya /cuti 7 Des 11 Des atau /cuti 2026-12-07 2026-12-11. Untuk satu hari: /cuti 7 Des. Untuk membatalkan cuti yang Anda catat: /cuti batal.
leave-recorded = ✅ Cuti Anda dicatat: { DATETIME($from, weekday: "long", day: "numeric", month: "short", year: "numeric") } sampai { DATETIME($to, weekday: "long", day: "numeric", month: "short", year: "numeric") }. Selama cuti, Anda tidak menerima pengingat check-in dan pekan tanpa hari kerja tercatat sebagai cuti.
leave-recorded-day = ✅ Cuti Anda dicatat: { DATETIME($from, weekday: "long", day: "numeric", month: "short", year: "numeric") }. Pada hari itu Anda tidak menerima pengingat check-in.
leave-already-recorded = { $text } (Cuti ini sudah tercatat sebelumnya.)
leave-cancelled =
    { $count ->
        [0] Tidak ada cuti yang Anda catat dengan /cuti untuk hari ini atau setelahnya.
       *[other] ✅ { $count } cuti yang Anda catat dengan /cuti dibatalkan mulai hari ini. Cuti dari pengelola kinerja tetap tercatat.
    }
leave-recorded-list =
    { $count ->
        [0] Belum ada cuti yang tercatat untuk hari ini atau setelahnya.
       *[other] Cuti yang tercatat:
    }
leave-period = • { DATETIME($from, day: "numeric", month: "short", year: "numeric") } – { DATETIME($to, day: "numeric", month: "short", year: "numeric") }
leave-invalid-date = Tanggal "{ $value }" tidak dikenali. Tulis tanggal seperti 7 Des, 7 Desember 2026, 7/12 atau 2026-12-07.
leave-reversed = Tanggal selesai ({ DATETIME($to, day: "numeric", month: "short", year: "numeric") }) lebih awal daripada tanggal mulai ({ DATETIME($from, day: "numeric", month: "short", year: "numeric") }). Tulis tanggal mulai lebih dahulu.
leave-too-long = Rentang { $days } hari terlalu panjang untuk /cuti (paling lama 366 hari). Cuti yang lebih panjang dicatat oleh pengelola kinerja.
import-leave-done = Impor cuti selesai: { $created } cuti ditambahkan, { $updated } diperbarui, { $unchanged } tidak berubah.
leave-import-date = Tanggal { $value } tidak valid; tulis tanggal lengkap dengan tahunnya, misalnya 2026-12-07 atau 7/12/2026.
leave-import-reversed = Tanggal selesai { $value } lebih awal daripada tanggal mulai.
leave-import-duplicate = Cuti NIP { $value } dengan tanggal yang sama sudah ada di baris { $row }.
leave-import-unknown-nip = NIP { $value } tidak terdaftar; impor pegawainya lebih dahulu.
