## CLI
cli-migrated = The database { $location } is up to date: every migration has been applied.
cli-usage =
    Usage: npm run dika -- <command> [--lang id|en]
    Commands:
    { $commands }
