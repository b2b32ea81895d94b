#!/bin/sh
# Issue 24's peer comparison, reproducible: chrono-node 2.10.3 against Dateline on this machine,
# in one run. Not part of the tests or CI. Needs node and npm, and a built target/dateline.jar.
#   bench/peers/run.sh            # the 1 MB text (in process) and start-up on one seed report
# The 1 MB text: the seed reports (sorted by name) joined by blank lines, repeated to 1,000,000 bytes.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
root=$(CDPATH= cd -- "$here/../.." && pwd)
seeds=${SEEDS:-$root/../shared/seeds}
work=${TMPDIR:-/tmp}/dateline-peers
mkdir -p "$work"
[ -d "$here/node_modules/chrono-node" ] || (cd "$here" && npm ci --no-audit --no-fund >/dev/null)
"$here/make-1mb.sh" "$seeds" "$work/seeds-1mb.txt"
echo "== in process, the 1 MB text ($(wc -c < "$work/seeds-1mb.txt") bytes); load average $(cut -d' ' -f1-3 /proc/loadavg)"
node "$here/chrono-bench.js" "$work/seeds-1mb.txt" 5
java -jar "$root/target/dateline.jar" bench --threads 1 --warmup 10 --seconds 10 "$work/seeds-1mb.txt" | grep 'one thread'
node "$here/chrono-bench.js" "$work/seeds-1mb.txt" 5
echo "== start-up, one seed report, whole process, best of 7; load average $(cut -d' ' -f1-3 /proc/loadavg)"
seed=$(ls "$seeds"/*.txt | sort | sed -n 3p)
best() { # best wall ms of 7 runs of the command
  b=999999
  for i in 1 2 3 4 5 6 7; do
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 )); [ "$ms" -lt "$b" ] && b=$ms
  done
  echo "$b"
}
d=$(best "$root/bin/dateline" --quiet --published 2024-01-23 "$seed")
c=$(best node "$here/chrono-once.js" "$seed")
echo "dateline $d ms, chrono-node (node's start included) $c ms: $(awk "BEGIN{printf \"%.2f\", $d/$c}")x"
