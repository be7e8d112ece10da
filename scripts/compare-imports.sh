#!/usr/bin/env bash
# Times the CLI imports of two trees step by step, alternating, on PostgreSQL: a baseline (e.g.
# `git archive HEAD | tar -x -C /tmp/base`, with node_modules linked) and this tree. Each step runs
# the baseline, then this tree, each on its own scratch database, so a change of the machine's load
# during the run reaches both sides of a ratio alike (measure-imports.sh runs one tree at a time).
# Per run: wall time, rows/s, peak RSS and the CLI's CPU time (user + system: less sensitive to a
# shared machine than the wall time; the database's work is not in it).
#
#   scripts/compare-imports.sh <baseline tree> <employees.csv> <okr.csv>     # uses $PG_SERVER
set -euo pipefail
base=$(cd "$1" && pwd) employees=$2 okr=$3
here=$(cd "$(dirname "$0")/.." && pwd)
server=${PG_SERVER:-postgres://postgres@127.0.0.1:5432}
dbs=(dika_import_compare_base dika_import_compare_this)
trees=("$base" "$here")
labels=(baseline this)

for db in "${dbs[@]}"; do
  psql "$server/postgres" -qc "drop database if exists $db with (force)" -c "create database $db"
done

rows() { echo $(($(wc -l <"$1") - 1)); }
run() { # side kind file label
  local log wall rss cpu
  log=$(mktemp)
  (cd "${trees[$1]}" && DATABASE_URL="$server/${dbs[$1]}" /usr/bin/time -v \
    node --import tsx src/cli/main.ts import "$2" "$3" >"$log.out" 2>"$log") || true
  wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$log" | awk '{print int($NF/1024)}')
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$log")
  printf '%-8s %-10s %-28s rows=%-7s wall=%6.1fs  rows/s=%7.0f  cpu=%6.1fs  peakRSS=%5s MB  load=%s | %s\n' \
    "${labels[$1]}" "$2" "$4" "$(rows "$3")" "$wall" "$(echo "$(rows "$3") / $wall" | bc -l)" "$cpu" "$rss" \
    "$(cut -d' ' -f1 /proc/loadavg)" "$(head -c 160 "$log.out" | tr '\n' ' ')$(grep -v -e '^\s' -e '^Command' "$log" | head -c 300 | tr '\n' ' ')"
  rm -f "$log" "$log.out"
}

for step in "employees $employees new" "employees $employees again" "okr $okr new" "okr $okr again"; do
  read -r kind file label <<<"$step"
  for side in 0 1; do run "$side" "$kind" "$file" "$(basename "$file") $label"; done
done
for db in "${dbs[@]}"; do psql "$server/postgres" -qc "drop database if exists $db with (force)"; done
