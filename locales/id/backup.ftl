## Cadangan basis data bawaan
backup-cli-usage =
    Cara penggunaan:
      npm run dika -- backup --out <berkas.tar.gz>
      npm run dika -- restore --from <berkas.tar.gz> [--force]
backup-cli-postgres = DATABASE_URL terisi: dika memakai server PostgreSQL. Cadangkan dengan alat PostgreSQL, misalnya pg_dump --format=custom, dan pulihkan dengan pg_restore. Perintah backup dan restore hanya untuk basis data bawaan (DIKA_DATA_DIR).
backup-cli-written = Cadangan basis data ditulis ke { $file } ({ $size } KB). Berkas ini berisi data pribadi seluruh pegawai: simpan di tempat yang aman.
backup-cli-restored = Basis data di { $dir } telah dipulihkan dari { $file }.
backup-cli-not-empty = Folder data { $dir } sudah berisi basis data. Pemulihan akan menggantinya seluruhnya; jalankan ulang dengan --force bila memang itu yang diinginkan.
backup-cli-file-exists = Berkas { $file } sudah ada. Pilih nama berkas lain: dika tidak menimpa cadangan.
backup-cli-file-missing = Berkas { $file } tidak ditemukan.
backup-cli-no-database = Folder data { $dir } belum berisi basis data; tidak ada yang dapat dicadangkan.
