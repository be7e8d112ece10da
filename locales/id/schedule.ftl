## Jadwal: aturan kirim dan hari (schedule show / schedule set)
schedule-rule-kind = { $kind ->
        [prompt] ajakan mengisi laporan progres
        [reminder] pengingat
        [lastCall] panggilan terakhir
       *[digest] ringkasan untuk atasan
    }
schedule-rule-off = tidak dikirim
schedule-rule-first = hari kerja pertama, pukul { $hour }.{ $minute }
schedule-rule-last = hari kerja terakhir, pukul { $hour }.{ $minute }
schedule-rule-nth = hari kerja { $n ->
        [2] kedua
        [3] ketiga
        [4] keempat
        [5] kelima
        [6] keenam
       *[7] ketujuh
    }, pukul { $hour }.{ $minute }
schedule-rule-weekday = { $day ->
        [1] Senin
        [2] Selasa
        [3] Rabu
        [4] Kamis
        [5] Jumat
        [6] Sabtu
       *[7] Minggu
    }, pukul { $hour }.{ $minute }
schedule-rule-empty = Aturan kirim kosong. Contoh: "hari kerja pertama 09.00", "senin 09.00", "hari kerja terakhir 14.00", atau "mati".
schedule-rule-invalid-time = Waktu pada "{ $text }" tidak dikenali. Tulis jam setempat seperti 09.00 atau 14.30, tanpa zona waktu.
schedule-rule-invalid-day = Hari "{ $text }" tidak dikenali. Contoh: senin, hari kerja pertama, hari kerja ketiga, hari kerja terakhir.
schedule-rule-quiet-hours = Pukul { $hour }.{ $minute } termasuk jam tenang (20.00–07.00 waktu setempat), saat dika tidak mengirim pesan. Pilih waktu antara 07.00 dan 19.59.
schedule-rule-work-week-empty = Hari kerja kosong. Contoh: senin-jumat, senin-sabtu, atau senin,selasa,rabu,kamis,jumat.
schedule-rule-invalid-work-week = Hari kerja "{ $text }" tidak dikenali. Contoh: senin-jumat, senin-sabtu, atau senin,selasa,rabu,kamis,jumat.
schedule-day-name = { $day ->
        [1] Senin
        [2] Selasa
        [3] Rabu
        [4] Kamis
        [5] Jumat
        [6] Sabtu
       *[7] Minggu
    }
schedule-day-range = { $from ->
        [1] Senin
        [2] Selasa
        [3] Rabu
        [4] Kamis
        [5] Jumat
        [6] Sabtu
       *[7] Minggu
    }–{ $to ->
        [1] Senin
        [2] Selasa
        [3] Rabu
        [4] Kamis
        [5] Jumat
        [6] Sabtu
       *[7] Minggu
    }
schedule-day-off-weekend = akhir pekan
schedule-day-off-holiday = libur nasional: { $name }
schedule-day-off-collective-leave = cuti bersama: { $name }

## Kalender kerja dan jadwal (npm run dika -- holidays …, schedule …)
holidays-usage =
    Cara penggunaan:
      npm run dika -- holidays list [--year 2026] [--unit <jalur unit>]
      npm run dika -- holidays add <yyyy-mm-dd> --name "…" [--kind libur|cuti-bersama|masuk] [--unit <jalur unit>] [--source "…"]
      npm run dika -- holidays remove <yyyy-mm-dd> [--unit <jalur unit>]
      npm run dika -- holidays import <berkas.csv>   (kolom: tanggal, nama, jenis, unit, sumber)
holidays-unit-not-found = Unit kerja "{ $path }" tidak ditemukan. Tulis jalurnya seperti pada impor pegawai, misalnya Deputi I/Biro A.
holidays-list-title = Hari libur dan cuti bersama { $year } — { $unit ->
        [national] nasional
       *[other] unit { $unit }
    }:
holidays-line = { DATETIME($date, weekday: "long", day: "numeric", month: "short", year: "numeric") } · { $kind ->
        [holiday] libur nasional
        [collective-leave] cuti bersama
       *[workday] tetap masuk kerja
    } · { $name }
holidays-source = {" "}({ $source })
holidays-origin-unit = {" "}[unit { $unit }]
holidays-origin-added = {" "}[ditambahkan]
holidays-none = {"  "}(tidak ada)
holidays-year-missing = ⚠️ Kalender libur { $year } belum dimuat. Muat libur nasional dan cuti bersama { $year } dengan npm run dika -- holidays import <berkas.csv> setelah SKB 3 Menteri dan Keppres cuti bersama ASN terbit.
holidays-invalid-date = Tanggal "{ $value }" tidak valid. Tulis tanggal lengkap dengan tahunnya, misalnya 2027-01-01.
holidays-invalid-kind = Jenis "{ $value }" tidak dikenal. Pilih libur, cuti-bersama, atau masuk.
holidays-created = Ditambahkan: { DATETIME($date, weekday: "long", day: "numeric", month: "short", year: "numeric") } ({ $unit ->
        [national] nasional
       *[other] unit { $unit }
    }).
holidays-updated = Diperbarui: { DATETIME($date, weekday: "long", day: "numeric", month: "short", year: "numeric") } ({ $unit ->
        [national] nasional
       *[other] unit { $unit }
    }).
holidays-unchanged = Tidak ada perubahan: { DATETIME($date, weekday: "long", day: "numeric", month: "short", year: "numeric") } sudah tercatat seperti itu.
holidays-removed = Dihapus: { DATETIME($date, weekday: "long", day: "numeric", month: "short", year: "numeric") } ({ $unit ->
        [national] nasional
       *[other] unit { $unit }
    }).
holidays-overridden = { DATETIME($date, weekday: "long", day: "numeric", month: "short", year: "numeric") } ({ $name }) bawaan dika kini menjadi hari kerja secara nasional.
holidays-not-found = Tidak ada hari libur pada { DATETIME($date, weekday: "long", day: "numeric", month: "short", year: "numeric") } untuk { $unit ->
        [national] kalender nasional
       *[other] unit { $unit }
    }; tidak ada yang diubah.
holidays-import-done = Impor kalender selesai: { $created } hari ditambahkan, { $updated } diperbarui, { $unchanged } tidak berubah.
holidays-import-date = Tanggal { $value } tidak valid; tulis tanggal lengkap dengan tahunnya, misalnya 2027-01-01.
holidays-import-kind = Jenis { $value } tidak dikenal; pilih libur, cuti-bersama, atau masuk.
holidays-import-unit = Unit kerja { $value } tidak ditemukan.
holidays-import-duplicate = Tanggal { $value } untuk unit yang sama sudah ada di baris { $row }.
schedule-usage =
    Cara penggunaan:
      npm run dika -- schedule show [--unit <jalur unit> | --nip <NIP>] [--at <waktu ISO>]
      npm run dika -- schedule set --unit <jalur unit> [--prompt "senin 09.00"] [--reminder …] [--last-call …] [--digest …] [--work-week senin-jumat] [--off prompt|reminder|last-call|digest]
      npm run dika -- schedule pause|resume --unit <jalur unit>
schedule-nip-not-found = Pegawai dengan NIP { $nip } tidak ditemukan.
schedule-show-unit = Jadwal { $unit ->
        [national] bawaan (tanpa unit kerja)
       *[other] unit { $unit }
    }, waktu { $zone }
schedule-show-person = Jadwal { $name } (NIP { $nip }), { $unit ->
        [national] tanpa unit kerja
       *[other] unit { $unit }
    }, waktu { $zone }
schedule-show-status = Status: { $paused ->
        [yes] dijeda
       *[no] berjalan
    } — { $from }
schedule-show-from-default = bawaan
schedule-show-from-unit = dari { $unit }
schedule-show-next = { $count } pengiriman berikutnya:
schedule-show-none = Tidak ada pengiriman terjadwal.
schedule-show-paused = Tidak ada yang dikirim selama jadwal dijeda.
schedule-show-moved = {" "}(dipindah dari { DATETIME($date, weekday: "long", day: "numeric", month: "short") }: { $reason })
schedule-show-skipped = Hari yang dilewati:
schedule-show-skipped-day = { DATETIME($date, weekday: "long", day: "numeric", month: "short", year: "numeric") }: { $reason }
schedule-show-week-off = Pekan mulai { DATETIME($date, day: "numeric", month: "short", year: "numeric") } tidak memiliki hari kerja: tidak ada pengiriman dan pekan itu tercatat libur.
schedule-set-invalid = --{ $option }: { $message }
schedule-set-invalid-off = --off "{ $value }" tidak dikenal. Pilih prompt, reminder, last-call, atau digest.
schedule-set-nothing = Tidak ada pengaturan yang diberikan. { $usage }
schedule-set-done = Jadwal unit { $unit } disimpan.
schedule-set-unchanged = Tidak ada perubahan: jadwal unit { $unit } sudah seperti itu.
schedule-paused = Jadwal unit { $unit } dan unit di bawahnya dijeda: tidak ada ajakan, pengingat, atau ringkasan yang dikirim.
schedule-resumed = Jadwal unit { $unit } berjalan kembali.
schedule-pause-unchanged = Tidak ada perubahan: jadwal unit { $unit } sudah { $paused ->
        [yes] dijeda
       *[no] berjalan
    }.
schedule-show-setting = { $label }: { $value } — { $from }
schedule-show-work-week = Hari kerja
schedule-show-send = { DATETIME($date, weekday: "long", day: "numeric", month: "short", year: "numeric") } pukul { $hh }.{ $mm } { $zone } · { $kind }
