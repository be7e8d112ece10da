#!/usr/bin/env bash
# Times the CLI imports on big generated files (scripts/generate-import-files.ts) with /usr/bin/time:
# wall time, rows/s and peak RSS, on PostgreSQL (a scratch database, dropped first) or PGlite (a fresh
# data folder, both migrated first). Each file is imported twice: the second run is the no-op re-import.
#
#   scripts/measure-imports.sh pg     <employees.csv> [okr.csv]   # uses $PG_SERVER (default below)
#   scripts/measure-imports.sh pglite <employees.csv> [okr.csv]
set -euo pipefail
backend=$1 employees=$2 okr=${3:-}
server=${PG_SERVER:-postgres://postgres@127.0.0.1:5432}
scratch=${SCRATCH_DB:-dika_import_measure}
cd "$(dirname "$0")/.."

if [ "$backend" = pg ]; then
  psql "$server/postgres" -qc "drop database if exists $scratch with (force)" -c "create database $scratch"
  export DATABASE_URL="$server/$scratch"
else
  dir=$(mktemp -d /tmp/dika-measure-XXXX)
  export DIKA_DATA_DIR="$dir/data"
  unset DATABASE_URL
fi

# The database is migrated first, untimed: a deployment migrates once, at its start; the figures are the imports'.
node --import tsx src/cli/main.ts migrate >/dev/null

# CPU seconds of the PostgreSQL server's finished processes (the postmaster's reaped children: the
# import's backend among them), when the server runs here: CPU time is steadier than wall time on a
# shared machine. Empty elsewhere (PGlite runs inside node: its CPU is node's).
postmaster=$(pgrep -o -x postgres || true)
server_cpu() { [ -n "$postmaster" ] && awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($16 + $17) / hz}' "/proc/$postmaster/stat"; }

rows() { echo $(($(wc -l <"$1") - 1)); }
run() { # kind file label
  local log
  log=$(mktemp)
  local wall rss cpu before after
  before=$(server_cpu || true)
  /usr/bin/time -v node --import tsx src/cli/main.ts import "$1" "$2" >"$log.out" 2>"$log" || true
  after=$(server_cpu || true)
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$log")
  [ -n "$before" ] && [ "$backend" = pg ] && cpu="$cpu+$(echo "$after - $before" | bc)"
  wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$log" | awk '{print int($NF/1024)}')
  printf '%-8s %-10s %-28s rows=%-7s wall=%6.1fs  rows/s=%7.0f  cpu(node+server)=%-11s peakRSS=%5s MB  load=%s | %s\n' \
    "$backend" "$1" "$3" "$(rows "$2")" "$wall" "$(echo "$(rows "$2") / $wall" | bc -l)" "$cpu" "$rss" \
    "$(cut -d' ' -f1 /proc/loadavg)" \
    "$(head -c 300 "$log.out" | tr '\n' ' ')$(grep -v -e '^\s' -e '^Command' "$log" | head -c 300 | tr '\n' ' ')"
  rm -f "$log" "$log.out"
}

run employees "$employees" "$(basename "$employees") new"
run employees "$employees" "$(basename "$employees") again"
if [ -n "$okr" ]; then
  run okr "$okr" "$(basename "$okr") new"
  run okr "$okr" "$(basename "$okr") again"
fi
[ "$backend" = pg ] && psql "$server/postgres" -qc "drop database if exists $scratch with (force)"
[ "$backend" = pglite ] && rm -rf "$dir"
exit 0
