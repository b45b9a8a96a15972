#!/usr/bin/env bash
# Coverage-guided fuzzing of the readers with SharpFuzz and afl++ (see README.md). Not part of CI.
#   eng/fuzz/fuzz.sh json|text [SECONDS]   build, instrument, seed and run afl-fuzz (default: until Ctrl-C)
#   eng/fuzz/fuzz.sh seed                  only (re)build the seed corpus in eng/fuzz/work/seeds/
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$here/work"
target="${1:?usage: fuzz.sh json|text|seed [SECONDS]}"

seed() {
  rm -rf "$work/seeds" && mkdir -p "$work/seeds/json" "$work/seeds/text"
  # JSON: the golden documents of the wire format (every root) and the example profiles.
  cp "$root"/tests/RuleOfLaw.Domain.Tests/Json/*.json "$work/seeds/json/"
  cp "$root"/docs/profiles/*.json "$work/seeds/json/" 2>/dev/null || true
  # Text: the seed report, the synthetic sample and a few corpus texts (afl++ wants small seeds: the smallest ones).
  cp "$root"/tests/RuleOfLaw.Domain.Tests/Samples/*.txt "$work/seeds/text/"
  ls -S -r "$root"/tests/RuleOfLaw.Cli.Tests/Corpus/*.txt | head -n 6 | xargs -I{} cp {} "$work/seeds/text/"
  echo "seeds: $(ls "$work/seeds/json" | wc -l) JSON, $(ls "$work/seeds/text" | wc -l) text"
}

if [ "$target" = seed ]; then seed; exit 0; fi
[ "$target" = json ] || [ "$target" = text ] || { echo "usage: fuzz.sh json|text|seed [SECONDS]" >&2; exit 2; }
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: sudo apt-get install afl++" >&2; exit 2; }
command -v sharpfuzz >/dev/null || { echo "sharpfuzz not found: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0" >&2; exit 2; }

out="$work/bin"
rm -rf "$out"
dotnet publish "$here/RuleOfLaw.Fuzz/RuleOfLaw.Fuzz.csproj" -c Release -o "$out" --nologo -v quiet
seed
# The seeds must pass the target before afl++ starts (a failing seed is a finding already). This runs before
# instrumenting: instrumented code run outside afl-fuzz has no coverage map to write to and crashes.
dotnet "$out/RuleOfLaw.Fuzz.dll" "$target" "$work/seeds/$target"
# Instrument only the code under test; instrumenting twice fails, so each run publishes afresh above.
sharpfuzz "$out/RuleOfLaw.Domain.dll"

timeout_args=()
[ -n "${2:-}" ] && timeout_args=(-V "$2")
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI="${AFL_NO_UI:-}"
exec afl-fuzz -i "$work/seeds/$target" -o "$work/findings-$target" -t 10000 -m none "${timeout_args[@]}" \
  -- dotnet "$out/RuleOfLaw.Fuzz.dll" "$target"
