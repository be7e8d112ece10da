## Import
import-usage = Cara penggunaan: npm run dika -- import employees|okr|cuti <berkas.csv>
import-file-not-found = Berkas { $path } tidak ditemukan.
import-file-unreadable = Berkas { $path } tidak dapat dibaca. Pastikan itu berkas CSV dan Anda berhak membukanya.
import-refused = Impor dibatalkan karena ditemukan { $count } masalah. Tidak ada data yang diubah; perbaiki berkas, lalu impor ulang.
import-more-problems = … dan { $count } masalah lainnya.
import-at-row-column = Baris { $row }, kolom { $column }: { $message }
import-at-row = Baris { $row }: { $message }
import-employees-done = Impor pegawai selesai: { $created } ditambahkan, { $updated } diperbarui, { $unchanged } tidak berubah; { $units } unit kerja baru.
import-okr-done = Impor RHK dan indikator selesai: { $created } indikator ditambahkan, { $updated } diperbarui, { $unchanged } tidak berubah; { $objectives } RHK baru, { $periods } periode baru.
import-nothing-changed = Tidak ada perubahan: data di basis data sudah sesuai dengan isi berkas.
import-row-refused = Basis data menolak baris ini ({ $error }). Periksa baris ini dari karakter atau nilai yang tidak lazim.
import-rows-refused =
    Basis data menolak { $count ->
        [one] baris { $first }
       *[other] salah satu dari { $count } baris yang ditulis bersama antara baris { $first } dan baris { $last }
    } ({ $error }). Periksa baris-baris itu dari karakter atau nilai yang tidak lazim.
import-failed = Impor gagal ({ $error }). Impor berjalan dalam satu transaksi, jadi tidak ada data yang diubah. Coba lagi; jika masih gagal, sampaikan pesan ini kepada administrator.
import-nul-character = Sel ini berisi karakter kontrol tak terlihat (NUL) yang tidak dapat disimpan; ketik ulang isi sel ini.
import-empty-file = Berkas kosong. Baris pertama harus berisi nama kolom, diikuti satu baris untuk setiap data.
import-no-data-rows = Berkas hanya berisi baris judul kolom; tidak ada baris data yang dapat diimpor.
import-missing-columns = Kolom wajib tidak ditemukan: { $columns }.
import-duplicate-column = Nama kolom ini muncul lebih dari sekali di baris judul.
import-csv-quote = Tanda kutip (") yang dibuka di baris ini tidak pernah ditutup, sehingga sisa berkas tidak dapat dibaca.
import-csv-invalid = Isi berkas mulai baris ini tidak dapat dibaca sebagai CSV.
import-extra-cells = Baris ini berisi { $count } sel, lebih banyak daripada { $expected } kolom di baris judul. Kemungkinan ada pemisah { $delimiter } di dalam isian yang tidak diapit tanda kutip.
import-required = Sel ini wajib diisi.
import-nip-format = NIP harus 18 digit angka (tertulis: { $value }).
import-nip-excel-number = NIP { $value } tersimpan sebagai angka oleh Excel sehingga digitnya hilang; format kolom ini sebagai Teks, lalu ketik ulang NIP-nya.
import-email-invalid = Alamat email { $value } tidak valid.
import-phone-invalid = Nomor telepon { $value } tidak valid; tulis misalnya 0812-3456-7890 atau +62 812 3456 7890.
import-unit-invalid = Unit kerja { $value } memuat bagian yang kosong; pisahkan setiap tingkat dengan satu garis miring, misalnya Deputi Bidang X/Biro Y/Bagian Z.
import-timezone-invalid = Zona waktu { $value } tidak dikenal; gunakan WIB, WITA, WIT, atau nama zona IANA seperti Asia/Makassar.
import-locale-invalid = Bahasa { $value } tidak dikenal; gunakan id (Indonesia) atau en (Inggris).
import-role-invalid = Peran { $value } tidak dikenal; gunakan pegawai atau admin.
import-unit-head-invalid = Isian kepala unit { $value } tidak dikenal; gunakan ya atau tidak (juga yes/no atau 1/0), atau kosongkan sel ini untuk tidak.
import-unit-head-no-unit = Pegawai yang ditandai sebagai kepala unit harus memiliki unit kerja; isi kolom unit pada baris ini.
import-unit-head-twice = Unit kerja { $unit } memiliki dua kepala unit dalam berkas ini, di baris { $firstRow } dan baris { $row }; setiap unit kerja hanya boleh memiliki satu kepala unit.
import-duplicate-nip = NIP { $value } sudah tercantum di baris { $firstRow }; setiap pegawai hanya boleh muncul satu kali.
import-supervisor-unknown = NIP atasan langsung { $value } tidak ditemukan, baik di berkas maupun di basis data.
import-supervisor-self = Pegawai dengan NIP { $value } tidak boleh menjadi atasan bagi dirinya sendiri.
import-supervisor-cycle = Rantai atasan berputar kembali ke awal (tanda → berarti “atasannya adalah”): { $people }.
import-code-invalid = Kode { $value } tidak valid; gunakan huruf, angka, titik, garis bawah, garis miring, atau tanda hubung tanpa spasi, paling banyak 40 karakter.
import-duplicate-code = Kode { $value } sudah dipakai di baris { $firstRow }; setiap indikator harus memiliki kode yang unik.
import-owner-unknown = Pegawai dengan NIP { $value } belum terdaftar; impor data pegawai terlebih dahulu.
import-period-invalid = Periode { $value } tidak valid; tulis tahun (misalnya 2026) atau tahun dan triwulan (misalnya 2026-Q4).
import-number-invalid = { $value } bukan angka; tulis misalnya 75; 2,5; atau 1.500.000.
import-number-too-large = Angka { $value } terlalu besar untuk disimpan.
import-weight-invalid = Bobot harus berupa angka lebih besar dari 0 (tertulis: { $value }).
import-direction-invalid = Arah { $value } tidak dikenal; gunakan naik atau turun (pada kolom polaritas: positif atau negatif).
import-kind-invalid = Jenis { $value } tidak dikenal; gunakan committed atau aspirational.
import-target-below-baseline = Arahnya naik (polaritas positif), tetapi target ({ $target }) lebih kecil daripada nilai awal ({ $baseline }).
import-target-above-baseline = Arahnya turun (polaritas negatif), tetapi target ({ $target }) lebih besar daripada nilai awal ({ $baseline }).
import-parent-unknown = Kode induk { $value } tidak ditemukan, baik di berkas maupun di basis data.
import-parent-self = Indikator { $value } tidak boleh menjadi induk bagi dirinya sendiri.
import-parent-cycle = Rantai kode induk berputar kembali ke awal: { $codes }.
import-alias-clash = Kolom { $alias } adalah nama lain dari kolom { $name }, dan berkas ini memuat keduanya; hapus salah satunya agar jelas isian mana yang berlaku.
import-accumulation-invalid = Akumulasi { $value } tidak dikenal; gunakan kumulatif, terakhir, atau rata-rata, atau kosongkan sel ini agar mengikuti satuan (kumulatif untuk jumlah, terakhir untuk persentase dan indeks).
import-result-kind-invalid = Jenis RHK { $value } tidak dikenal; gunakan utama atau tambahan.
import-aspect-invalid = Aspek { $value } tidak dikenal; gunakan kuantitas, kualitas, waktu, atau biaya.
import-quarter-target-not-yearly = Target triwulan hanya untuk indikator tahunan (periode misalnya 2026); indikator ini sudah berperiode triwulan, jadi kosongkan kolom target_tw{ $quarter }.
import-quarter-target-wrong-way =
    Target triwulan { $quarter } ({ $value }) berlawanan arah dengan target tahunan: { $direction ->
        [up] indikator ini naik, jadi target triwulan tidak boleh lebih kecil daripada nilai awal ({ $baseline }).
       *[other] indikator ini turun, jadi target triwulan tidak boleh lebih besar daripada nilai awal ({ $baseline }).
    }
import-quarter-target-beyond-year = Target triwulan { $quarter } ({ $value }) melampaui target tahunan ({ $target }). Target triwulan adalah tingkat yang dicapai s.d. akhir triwulan itu, jadi dengan akumulasi kumulatif atau terakhir tidak boleh melampaui target tahunan.
import-quarter-target-falls-back =
    Target triwulan { $quarter } ({ $value }) { $direction ->
        [up] lebih kecil
       *[other] lebih besar
    } daripada target triwulan { $previous } ({ $previousValue }). Dengan akumulasi kumulatif atau terakhir, target triwulan tidak boleh mundur dari triwulan sebelumnya.
import-appraiser-unknown = NIP pejabat penilai { $value } tidak ditemukan, baik di berkas maupun di basis data.
import-appraiser-self = Pegawai dengan NIP { $value } tidak boleh menjadi pejabat penilai kinerja bagi dirinya sendiri; kosongkan sel ini bila atasan langsung yang menilai.
import-appraiser-cycle = Rantai pejabat penilai berputar kembali ke awal (tanda → berarti “dinilai oleh”; nip_penilai yang kosong berarti dinilai oleh atasan langsung): { $people }.
import-salutation-invalid = Sapaan { $value } tidak dikenal; gunakan Bapak atau Ibu, atau kosongkan sel ini.
