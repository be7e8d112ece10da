# dika — English messages.
# Every key here must also be in id.ftl; the locale-parity test fails otherwise.

## General
app-name = dika

## CLI
cli-usage =
    Usage: npm run dika -- <command> [--lang id|en]
    Commands:
    { $commands }
