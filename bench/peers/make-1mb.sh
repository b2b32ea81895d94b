#!/bin/sh
# The 1 MB text of issue 24: the seed reports (sorted by name) joined by blank lines, repeated
# until the text reaches 1,000,000 bytes, as one document. usage: make-1mb.sh SEEDS_DIR OUT
set -eu
seeds=$1; out=$2
: > "$out"
while [ "$(wc -c < "$out")" -lt 1000000 ]; do
  for f in $(ls "$seeds"/*.txt | sort); do
    [ -s "$out" ] && printf '\n\n' >> "$out"
    cat "$f" >> "$out"
    [ "$(wc -c < "$out")" -ge 1000000 ] && break
  done
done
