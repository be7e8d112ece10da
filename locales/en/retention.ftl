## Data retention (npm run dika -- prune)
retention-cli-usage =
    Usage:
      npm run dika -- prune [--dry-run]
retention-rule-processed-events = records of inbound updates already processed
retention-rule-outbound-messages = outbound messages sent, failed or undeliverable
retention-rule-conversations = abandoned conversations
retention-rule-evidence-metadata = evidence file metadata (file id, name, type, size)
retention-rule-job-runs = records of finished scheduled jobs
retention-cli-rule = { "  " }• { $what }, older than { $days ->
        [one] 1 day
       *[other] { $days } days
    }: { $count }
retention-cli-rule-off = { "  " }• { $what }: kept indefinitely (period 0)
retention-cli-pruned =
    The retention periods have been applied. Deleted (evidence metadata: cleared):
    { $items }
    Check-ins, realisation figures, and the kind and links of evidence are kept.
retention-cli-dry-run =
    Under the current retention periods, this would be deleted (evidence metadata: cleared):
    { $items }
    Nothing has been changed yet. Run again without --dry-run to apply them.
