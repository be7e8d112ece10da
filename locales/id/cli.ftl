## CLI
cli-migrated = Basis data { $location } sudah mutakhir: semua migrasi telah diterapkan.
cli-usage =
    Cara penggunaan: npm run dika -- <perintah> [--lang id|en]
    Perintah:
    { $commands }
