#!/usr/bin/env bash
# Times `plantrack import` over a generated corpus, then `report` over the plans it
# wrote, for each document count given (default 1000 10000). Corpus and plans go
# under target/. Needs GNU time at /usr/bin/time for peak memory.
#
# Run: bash benches/import.sh [COUNT...]
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("${@:-1000}")
[ $# -eq 0 ] && counts=(1000 10000)
cargo build --release --quiet --bin plantrack --example gen_corpus
bin=target/release/plantrack
echo "cores: $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${counts[@]}"; do
    corpus=target/bench-corpus/$n
    plans=target/bench-plans/$n
    [ -d "$corpus" ] || target/release/examples/gen_corpus "$n" "$corpus"
    mb=$(du -sb --apparent-size "$corpus" | awk '{printf "%.1f", $1/1e6}')
    rm -rf "$plans"
    /usr/bin/time -v "$bin" import "$corpus" --out "$plans" >"target/bench-import-$n.out" 2>"target/bench-import-$n.time" || true
    /usr/bin/time -v "$bin" report "$plans" >"target/bench-report-$n.out" 2>"target/bench-report-$n.time" || true
    for step in import report; do
        awk -v n="$n" -v mb="$mb" -v step="$step" '
            /Elapsed \(wall clock\)/ { k = split($NF, t, ":"); wall = (k == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
            /User time/ { user = $NF }
            /System time/ { sys = $NF }
            /Maximum resident/ { rss = $NF / 1024 }
            /Exit status/ { rc = $NF }
            END {
                cpu = user + sys
                printf "%s %d docs (%s MB): wall %.1f s, cpu %.1f s, %.0f docs/s, %.0f docs per cpu-s, %.2f MB/s, %.2f MB per cpu-s, peak RSS %.0f MB, exit %d\n",
                    step, n, mb, wall, cpu, n / wall, n / cpu, mb / wall, mb / cpu, rss, rc
            }' "target/bench-$step-$n.time"
    done
    echo "  plans: $(ls "$plans"/*.toml | wc -l), linked: $(grep -c ' linked from ' "target/bench-import-$n.out"), load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
done
