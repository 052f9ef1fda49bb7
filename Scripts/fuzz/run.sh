#!/usr/bin/env bash
# Fuzzes the readers with libFuzzer (swiftc -sanitize=fuzzer,address).
# Usage: Scripts/fuzz/run.sh [SECONDS] [TARGET…]   (600 s each, every target by default)
# Seeds: Datasets/*.yaml, Scripts/whatif/*.yaml, a few edge lists, DOT graphs and side files. Findings
# (crash-*, timeout-*, oom-*) land in .build/fuzz/TARGET/; turn each into a regression test.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
shift || true
targets=("${@:-fuzz-circle-file fuzz-csv fuzz-dot fuzz-script fuzz-side-files fuzz-interchange}")
../install-deps.sh
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
root="$(cd ../.. && pwd)"
for target in ${targets[@]}; do
  corpus=".build/fuzz/$target/corpus"
  mkdir -p "$corpus"
  case "$target" in
    fuzz-circle-file) cp "$root"/Datasets/*.yaml "$corpus"/
              printf 'circle: {participants: [a, b]}\nnodes: [{id: x}, {id: y}]\nedges:\n  - {from: x, to: y, weight: 2, range: [-1, 3], drawn_by: [a]}\n  - {from: y, to: x, confidence: 0.5}\n' > "$corpus/doubt.yaml" ;;
    fuzz-script) cp "$root"/Scripts/whatif/*.yaml "$corpus"/ ;;
    fuzz-csv) printf 'source,target,weight,sign\na,b,2,+\nb,c,1,-\n' > "$corpus/seed.csv"
              printf 'from,to,quote,inferred,evidence\n"a ""x""",b,q,,\n' > "$corpus/evidence.csv" ;;
    fuzz-side-files) cp "$root"/Datasets/interventions.yaml "$corpus"/
              printf 'expert,from,to,rating\nanna,a,b,H\nben,a,b,0.1;0.2;0.3\n' > "$corpus/ratings.csv"
              printf 'id,value\na,1\n' > "$corpus/start.csv"; printf '{"a": 1, "b": 0.5}' > "$corpus/start.json"
              printf 'label,id\nUnternehmenskultur,kultur\n"Interne ""IK""",ik\n' > "$corpus/mapping.csv" ;;
    fuzz-interchange) cp "$root"/Tests/GraphFormatsTests/Fixtures/* "$corpus"/ ;;
    fuzz-dot) printf 'digraph { a -> b [weight=2, sign="-"]; b [ring=r, status=excluded] }\n' > "$corpus/seed.dot"
              printf 'graph { x -- y [weight=1.5] }\n' > "$corpus/undirected.dot" ;;
  esac
  # Foundation's XML parser on Linux leaks the CFError it makes of each libxml2 error (144
  # bytes, inside swift-corelibs-foundation); leak detection would stop at the first bad XML.
  leaks=1
  [ "$target" = fuzz-interchange ] && leaks=0
  echo "fuzz: $target for $seconds s" >&2
  (cd ".build/fuzz/$target" && ASAN_OPTIONS="detect_leaks=$leaks" "$OLDPWD/.build/release/$target" corpus -max_total_time="$seconds" \
      -rss_limit_mb=2048 -timeout=20 -detect_leaks="$leaks" -print_final_stats=1 2>&1 | tail -25)
done
