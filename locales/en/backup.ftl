## Embedded database backup
backup-cli-usage =
    Usage:
      npm run dika -- backup --out <file.tar.gz>
      npm run dika -- restore --from <file.tar.gz> [--force]
backup-cli-postgres = DATABASE_URL is set: dika uses a PostgreSQL server. Back it up with PostgreSQL's tools, such as pg_dump --format=custom, and restore with pg_restore. backup and restore only serve the embedded database (DIKA_DATA_DIR).
backup-cli-written = Database backup written to { $file } ({ $size } KB). It holds every employee's personal data: keep it somewhere safe.
backup-cli-restored = The database in { $dir } has been restored from { $file }.
backup-cli-not-empty = The data folder { $dir } already holds a database. Restoring replaces it entirely; run again with --force if that is what you want.
backup-cli-file-exists = The file { $file } already exists. Choose another name: dika does not overwrite backups.
backup-cli-file-missing = The file { $file } was not found.
backup-cli-no-database = The data folder { $dir } holds no database yet; there is nothing to back up.
