#!/usr/bin/env bash
# Measures `rol check` on a JSON Lines file of synthetic reports: wall time and peak memory from /usr/bin/time -v.
#   eng/measure-batch.sh [COUNT] [FORMAT]   COUNT reports (default 100000), --format FORMAT (default text)
# The reports are the benchmarks' SyntheticReports (built with the Testing package's builders: subjects × 4 years,
# 30 provinces, plan items, rates, some published late), written once to $TMPDIR/rol-batch-measure/. The goal for
# 100,000 reports on 2 cores: under 5 s and under 1 GB. The baseline, run on the same file in the same run, only
# deserializes every line with RuleOfLawJson on one thread. Not part of CI; figures vary with the machine's load.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-100000}"
format="${2:-text}"
work="${TMPDIR:-/tmp}/rol-batch-measure"
mkdir -p "$work"
file="$work/reports-$count.jsonl"

dotnet build "$root/src/RuleOfLaw.Cli" -c Release --nologo -v quiet > "$work/build.log"
dotnet build "$root/benchmarks/RuleOfLaw.Domain.Benchmarks" -c Release --nologo -v quiet >> "$work/build.log"
bench="$root/benchmarks/RuleOfLaw.Domain.Benchmarks/bin/Release/net10.0/RuleOfLaw.Domain.Benchmarks.dll"
if [ ! -s "$file" ]; then
  dotnet "$bench" jsonl "$count" "$file"
fi

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input: $file ($(wc -l < "$file") lines, $(du -h "$file" | cut -f1)), format $format, $(nproc) cores"
set +e
/usr/bin/time -v dotnet "$root/src/RuleOfLaw.Cli/bin/Release/net10.0/rol.dll" check --format "$format" --today 2026-06-01 "$file" \
  > "$work/output.$format" 2> "$work/time.txt"
code=$?
set -e
# rol exits 1 when there are findings at the fail level (the synthetic reports have some), 2 for an input error.
if [ "$code" -gt 1 ]; then
  echo "rol exited $code:" >&2
  grep -v -E '^\s+(Command|User|System|Percent|Elapsed|Average|Maximum|Major|Minor|Voluntary|Involuntary|Swaps|File|Socket|Signals|Page|Exit)' "$work/time.txt" | head -20 >&2
  exit "$code"
fi
echo "rol exit code: $code; output: $(wc -l < "$work/output.$format") lines in $work/output.$format"
grep -E 'Elapsed \(wall clock\)|Maximum resident set size|User time|System time|Percent of CPU' "$work/time.txt"

/usr/bin/time -v dotnet "$bench" deserialize "$file" > "$work/baseline.txt" 2> "$work/baseline-time.txt"
echo "baseline: $(cat "$work/baseline.txt")"
grep -E 'Elapsed \(wall clock\)|Maximum resident set size|User time|System time|Percent of CPU' "$work/baseline-time.txt"
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"; }
echo "ratio rol check / baseline (wall): $(awk -v a="$(wall "$work/time.txt")" -v b="$(wall "$work/baseline-time.txt")" 'BEGIN { printf "%.2f", a / b }')"
