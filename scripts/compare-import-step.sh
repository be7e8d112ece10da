#!/usr/bin/env bash
# Times one import step of two trees, alternating, ROUNDS times (default 2): a baseline (e.g. `git archive HEAD |
# tar -x -C /tmp/base`, with node_modules linked) and this tree. Before each timed run the side gets a fresh scratch
# database and the setup imports, untimed, through its own tree. For a step compare-imports.sh cannot isolate: new
# key results on a database that already holds the employees, or a file that changes every stored row.
#
#   scripts/compare-import-step.sh <baseline tree> <kind> <file> [<setup kind>:<setup file> ...]   # uses $PG_SERVER
#   e.g. scripts/compare-import-step.sh /tmp/base okr /tmp/big/okr-400000.csv employees:/tmp/big/employees-100000.csv
set -euo pipefail
base=$(cd "$1" && pwd) kind=$2 file=$3
shift 3
here=$(cd "$(dirname "$0")/.." && pwd)
server=${PG_SERVER:-postgres://postgres@127.0.0.1:5432}
trees=("$base" "$here")
labels=(baseline this)
db=dika_import_step_compare

rows() { echo $(($(wc -l <"$1") - 1)); }
for round in $(seq 1 "${ROUNDS:-2}"); do
  for side in 0 1; do
    psql "$server/postgres" -qc "drop database if exists $db with (force)" -c "create database $db" 2>/dev/null
    for setup in "$@"; do
      (cd "${trees[$side]}" && DATABASE_URL="$server/$db" node --import tsx src/cli/main.ts import "${setup%%:*}" "${setup#*:}" >/dev/null)
    done
    log=$(mktemp)
    (cd "${trees[$side]}" && DATABASE_URL="$server/$db" /usr/bin/time -v \
      node --import tsx src/cli/main.ts import "$kind" "$file" >"$log.out" 2>"$log") || true
    wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(grep 'Maximum resident set size' "$log" | awk '{print int($NF/1024)}')
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$log")
    printf 'round %s %-8s %-10s %-28s rows=%-7s wall=%6.1fs  rows/s=%7.0f  cpu=%6.1fs  peakRSS=%5s MB  load=%s | %s\n' \
      "$round" "${labels[$side]}" "$kind" "$(basename "$file")" "$(rows "$file")" "$wall" \
      "$(echo "$(rows "$file") / $wall" | bc -l)" "$cpu" "$rss" "$(cut -d' ' -f1 /proc/loadavg)" \
      "$(head -c 160 "$log.out" | tr '\n' ' ')$(grep -v -e '^\s' -e '^Command' "$log" | head -c 300 | tr '\n' ' ')"
    rm -f "$log" "$log.out"
  done
done
psql "$server/postgres" -qc "drop database if exists $db with (force)"
